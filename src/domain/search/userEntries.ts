/**
 * Search entries of imported layers: the only search code that needs pinyin-pro (./pinyin), as
 * imported names are not known to the data build. Import this module where imported layers are
 * indexed (lazily, so the dictionary stays out of the first load).
 */
import type { UserLayer } from '../model';
import { nameField, userFeatureId } from '../userData';
import { summarize } from '../import/fields';
import { makeEntry } from './entry';
import { hasCjk } from './names';
import { toPinyin } from './pinyin';
import type { SearchEntry } from './types';

/** At most this many features of one imported layer are searchable (pinyin costs ~0.1 ms a name). */
export const MAX_USER_SEARCH = 5000;

/**
 * Search entries of an imported layer's features: kind 'user', id "<layer id>#<index>", named by
 * the layer's name field (src/domain/userData.ts), labelled with the layer title; each entry's
 * bbox is the feature's extent as the import computes it (east > 180 across the antimeridian).
 * @returns at most {@link MAX_USER_SEARCH} entries, features without a name field value skipped
 */
export function userSearchEntries(layer: UserLayer): SearchEntry[] {
  const field = nameField(layer.data.fields);
  if (!field) return [];
  const out: SearchEntry[] = [];
  for (let i = 0; i < layer.data.features.length && out.length < MAX_USER_SEARCH; i++) {
    const f = layer.data.features[i];
    const v = f.properties[field];
    if (v === null || v === undefined || v === '') continue;
    const name = String(v);
    out.push(makeEntry({ kind: 'user', id: userFeatureId(layer.id, i), name_zh: name, name_en: hasCjk(name) ? undefined : name, label: `${name} · ${layer.title}`, province: '', province_en: '', bbox: summarize([f]).bbox, layer: layer.id }, toPinyin));
  }
  return out;
}
