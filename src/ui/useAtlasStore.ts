/**
 * The user's kept work (imported layers, regions, reports, views) for React: opens the IndexedDB
 * store (src/state/store), mirrors its lists, reloads a list when another tab changed it, and
 * turns failures into messages. Without IndexedDB the lists live in memory for this page only.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AtlasStore, Versioned } from '../state/store/store';
import { StoreError } from '../state/store/errors';
import { STORE_KINDS, type StoreKind, type StoreValues } from '../state/store/records';
import { getUi, useUi } from './store';

/**
 * The store's code (IndexedDB, with zod checking every record read: about 30 KB gzip), loaded
 * once the first map is drawn, so the page's first load carries none of it.
 */
function afterFirstMap(): Promise<void> {
  // a page whose data failed to load draws no map: its store opens at once
  const done = (s: ReturnType<typeof getUi>) => s.mapDrawn || s.load.state === 'error';
  if (done(getUi())) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useUi.subscribe((s) => {
      if (!done(s)) return;
      stop();
      resolve();
    });
  });
}

const storeModules = () => afterFirstMap().then(() => Promise.all([import('../state/store/store'), import('../state/store/migrate')]));

export type Lists = { [K in StoreKind]: Versioned<K>[] };

/** `list` with `rec` in place of the record of the same id (or appended); views kept in `order`. */
function sortedWith<K extends StoreKind>(list: Versioned<K>[], rec: Versioned<K>): Versioned<K>[] {
  const i = list.findIndex((r) => r.id === rec.id);
  const next = i < 0 ? [...list, rec] : list.map((r, j) => (j === i ? rec : r));
  const order = (r: Versioned<K>) => ('order' in (r.value as object) ? (r.value as { order: number }).order : 0);
  return next.sort((a, b) => order(a) - order(b));
}
const EMPTY: Lists = { layers: [], regions: [], reports: [], views: [] };

/** A write refused because another tab changed the record first: both versions, for the user to choose. */
export interface Conflict {
  kind: StoreKind;
  mine: StoreValues[StoreKind];
  /** what this tab tried: write its version, or delete the record */
  op: 'put' | 'delete';
  /** the other tab's record, or null when it deleted it */
  theirs: Versioned<StoreKind> | null;
  message: { zh: string; en: string };
}

export interface StoreApi {
  status: 'opening' | 'ready' | 'memory';
  lists: Lists;
  /**
   * Write `value` over `prev` (null: a new record). Resolves true when kept; false when refused
   * (the message went to `onError`, a conflict to `conflict`); the lists are never left half-changed.
   * `lastWins`: write whatever another tab did meanwhile (for records kept automatically).
   */
  put: <K extends StoreKind>(kind: K, value: StoreValues[K], prev: Versioned<K> | null, lastWins?: boolean) => Promise<boolean>;
  remove: <K extends StoreKind>(kind: K, prev: Versioned<K>) => Promise<boolean>;
  conflict: Conflict | null;
  /** keep the other tab's version (reload) or write mine over it */
  resolve: (choice: 'theirs' | 'mine') => void;
  store: AtlasStore | null;
  /** the store once it has opened (it opens after the first map is drawn), null when it cannot (memory only) */
  whenOpen: () => Promise<AtlasStore | null>;
  reload: () => Promise<void>;
  /** writes not yet committed (shown already); leaving the page now would lose them */
  saving: boolean;
}

/**
 * @param onError receives a bilingual message for anything not kept (quota, unavailable, invalid)
 * @param onRemoteChange called with the kind another tab changed (after the list is reloaded)
 */
export function useAtlasStore(onError: (m: { zh: string; en: string }) => void, onRemoteChange: (kind: StoreKind) => void): StoreApi {
  const [status, setStatus] = useState<StoreApi['status']>('opening');
  const [lists, setLists] = useState<Lists>(EMPTY);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const store = useRef<AtlasStore | null>(null);
  /**
   * Settles once the store has opened or failed to: it opens after the first map is drawn, and
   * a write made before (a file dropped while the map draws) waits for it rather than going to
   * memory and being replaced by the stored lists when they load.
   */
  const [opening] = useState(() => {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });
  /** "kind/id/rev" → rev this tab's own write turned it into: a write based on a rev this tab itself replaced continues from its own newer rev (fast typing is no conflict) */
  const own = useRef(new Map<string, number>());
  /** per "kind/id": the tail of its queued writes, so writes of one record never overlap */
  const queue = useRef(new Map<string, Promise<unknown>>());
  const pending = useRef(0);
  const [saving, setSaving] = useState(false);
  const serial = useCallback(<T,>(key: string, fn: () => Promise<T>): Promise<T> => {
    pending.current++;
    setSaving(true);
    const run = (queue.current.get(key) ?? Promise.resolve()).then(fn, fn).finally(() => {
      if (--pending.current === 0) setSaving(false);
    });
    queue.current.set(key, run);
    return run;
  }, []);

  // The page says whether everything shown is on disk; leaving with writes pending asks first.
  useEffect(() => {
    document.body.dataset.store = saving ? 'saving' : 'saved';
    if (!saving) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saving]);
  const baseRev = (kind: StoreKind, id: string, rev: number): number => {
    let r = rev;
    for (let next = own.current.get(`${kind}/${id}/${r}`); next !== undefined; next = own.current.get(`${kind}/${id}/${r}`)) r = next;
    return r;
  };
  const cbs = useRef({ onError, onRemoteChange });
  // the latest callbacks, for the store's events and writes (updated after render, not during it)
  useLayoutEffect(() => {
    cbs.current = { onError, onRemoteChange };
  });
  /** the open store, for the project file (the ref serves the writes; this re-renders when it opens) */
  const [opened, setOpened] = useState<AtlasStore | null>(null);

  const reloadKind = useCallback(async (kind: StoreKind) => {
    const s = store.current;
    if (!s) return;
    const records = await s.list(kind);
    setLists((l) => ({ ...l, [kind]: records }));
  }, []);
  const reload = useCallback(async () => {
    for (const k of STORE_KINDS) await reloadKind(k);
  }, [reloadKind]);

  useEffect(() => {
    let unsubscribe = () => {};
    let closed = false;
    storeModules()
      .then(async ([{ openAtlasStore }, { migrateLocalStorageViews }]) => {
        if (closed) return;
        const s = await openAtlasStore({ onCorrupt: (c) => cbs.current.onError({ zh: `已跳过损坏的记录 ${c.kind}/${c.id}：${c.problem.zh}`, en: `Skipped a damaged record ${c.kind}/${c.id}: ${c.problem.en}` }) });
        if (closed) return s.close();
        store.current = s;
        try {
          await migrateLocalStorageViews(s, window.localStorage);
        } catch (e) {
          if (e instanceof StoreError) cbs.current.onError(e.text);
        }
        await reload();
        unsubscribe = s.subscribe((change) => {
          void reloadKind(change.kind).then(() => cbs.current.onRemoteChange(change.kind));
        });
        setOpened(s);
        setStatus('ready');
        opening.resolve();
      })
      .catch((e: unknown) => {
        setStatus('memory');
        opening.resolve();
        cbs.current.onError(e instanceof StoreError ? e.text : { zh: String(e), en: String(e) });
      });
    return () => {
      closed = true;
      unsubscribe();
      store.current?.close();
      store.current = null;
      setOpened(null);
    };
  }, [reload, reloadKind, opening]);

  const fail = useCallback(
    <K extends StoreKind>(kind: K, value: StoreValues[K], e: unknown, op: 'put' | 'delete' = 'put') => {
      if (e instanceof StoreError && e.code === 'conflict') {
        setConflict({ kind, mine: value, op, theirs: (e.current as Versioned<StoreKind> | null | undefined) ?? null, message: e.text });
        void reloadKind(kind);
      } else cbs.current.onError(e instanceof StoreError ? e.text : { zh: String(e), en: String(e) });
      return false;
    },
    [reloadKind],
  );

  const put = useCallback(
    async <K extends StoreKind>(kind: K, value: StoreValues[K], prev: Versioned<K> | null, lastWins = false): Promise<boolean> => {
      await opening.promise;
      const s = store.current;
      if (!s) {
        // memory only: same list semantics, no persistence
        const rec = { id: value.id, rev: (prev?.rev ?? 0) + 1, updatedAt: new Date().toISOString(), tab: 'memory', value } as Versioned<K>;
        setLists((l) => ({ ...l, [kind]: sortedWith(l[kind] as Versioned<K>[], rec) }));
        return true;
      }
      // shown at once (a checkbox must not wait for the disk); put back if the write fails
      const shown = { id: value.id, rev: prev?.rev ?? 0, updatedAt: new Date().toISOString(), tab: 'pending', value } as Versioned<K>;
      setLists((l) => ({ ...l, [kind]: sortedWith(l[kind] as Versioned<K>[], shown) }));
      const undo = () => setLists((l) => ({ ...l, [kind]: prev ? sortedWith(l[kind] as Versioned<K>[], prev) : (l[kind] as Versioned<K>[]).filter((r) => r.id !== value.id) }));
      return serial(`${kind}/${value.id}`, async () => {
        try {
          const expected = lastWins ? undefined : prev ? baseRev(kind, value.id, prev.rev) : null;
          const rec = await s.put(kind, value, expected);
          if (typeof expected === 'number') own.current.set(`${kind}/${value.id}/${expected}`, rec.rev);
          // the written record as stored; re-reading the list would clone every layer again
          setLists((l) => ({ ...l, [kind]: sortedWith(l[kind] as Versioned<K>[], rec) }));
          return true;
        } catch (e) {
          undo();
          return fail(kind, value, e);
        }
      });
    },
    [fail, serial, opening],
  );

  const remove = useCallback(
    async <K extends StoreKind>(kind: K, prev: Versioned<K>): Promise<boolean> => {
      await opening.promise;
      const s = store.current;
      if (!s) {
        setLists((l) => ({ ...l, [kind]: (l[kind] as Versioned<K>[]).filter((r) => r.id !== prev.id) }));
        return true;
      }
      return serial(`${kind}/${prev.id}`, async () => {
        try {
          await s.delete(kind, prev.id, baseRev(kind, prev.id, prev.rev));
          setLists((l) => ({ ...l, [kind]: (l[kind] as Versioned<K>[]).filter((r) => r.id !== prev.id) }));
          return true;
        } catch (e) {
          return fail(kind, prev.value, e, 'delete');
        }
      });
    },
    [fail, serial, opening],
  );

  const resolve = useCallback(
    (choice: 'theirs' | 'mine') => {
      const c = conflict;
      setConflict(null);
      if (!c || choice === 'theirs') return;
      if (c.op === 'delete') {
        // deleting over their change: nothing to write back; already gone means done
        if (c.theirs) void remove(c.kind, c.theirs);
      } else void put(c.kind, c.mine, c.theirs);
    },
    [conflict, put, remove],
  );

  const whenOpen = useCallback(() => opening.promise.then(() => store.current), [opening]);
  return { status, lists, put, remove, conflict, resolve, store: opened, whenOpen, reload, saving };
}
