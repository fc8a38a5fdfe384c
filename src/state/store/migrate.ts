/**
 * One-time move of the saved views that earlier builds kept in localStorage
 * ('plan-atlas.views.v1', see ../views.ts) into the IndexedDB store.
 *
 * After the views are committed to IndexedDB the localStorage entry is removed: IndexedDB is
 * then the one place views live, so a view deleted later cannot come back from the old copy,
 * and the migration needs no marker of its own. It is removed only after the commit, so a
 * failed migration loses nothing and runs again next time; an entry that cannot be read is
 * left alone (it may be repairable by hand).
 */
import { importViews, STORAGE_KEY } from '../views';
import type { Bilingual } from './errors';
import { nextViewOrder } from './records';
import type { AtlasStore } from './store';

export interface ViewsMigration {
  /** views written to IndexedDB */
  migrated: number;
  /** views whose id was in IndexedDB already (kept as stored there: it is the newer copy) */
  skipped: number;
  /** whether the localStorage entry was removed */
  cleared: boolean;
  /** the localStorage entry was unreadable: nothing migrated, entry kept */
  error?: Bilingual;
}

/**
 * Copy views from `storage` into `store` (appended after the views already there, in their
 * old order) in one transaction, then remove the localStorage entry. Safe to call on every
 * start: with no entry it does nothing; two tabs migrating at once do not duplicate views.
 * @throws StoreError from the write ('quota', 'unavailable'); localStorage is then untouched
 */
export async function migrateLocalStorageViews(store: AtlasStore, storage: Pick<Storage, 'getItem' | 'removeItem'>): Promise<ViewsMigration> {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    text = null; // storage blocked: there is nothing we could migrate
  }
  if (text === null) return { migrated: 0, skipped: 0, cleared: false };
  const parsed = await importViews(text);
  if ('error' in parsed) {
    return {
      migrated: 0,
      skipped: 0,
      cleared: false,
      error: { en: `Saved views of an earlier version could not be read (${parsed.error.en}); they were left in place.`, zh: `无法读取旧版本保存的视图（${parsed.error.zh}），已原样保留。` },
    };
  }
  const counts = await store.batch(
    { en: `${parsed.views.length} saved views moved from an earlier version`, zh: `从旧版本迁移的 ${parsed.views.length} 个视图` },
    async (w) => {
      let order = nextViewOrder(await w.list('views'));
      let migrated = 0;
      let skipped = 0;
      for (const v of parsed.views) {
        if (await w.has('views', v.id)) skipped++;
        else {
          await w.put('views', { ...v, order: order++ }, null);
          migrated++;
        }
      }
      return { migrated, skipped };
    },
    { kinds: ['views'] },
  );
  let cleared = true;
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    cleared = false; // next start finds the ids stored and skips them
  }
  return { ...counts, cleared };
}
