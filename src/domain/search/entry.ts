/**
 * One search entry from its display fields: computes the matching keys (core name, pinyin,
 * initials, folded English, exact keys).
 */
import { coreNameEn, coreNameZh, foldLatin } from './names';
import type { PinyinFn } from './pinyinKeys';
import type { SearchDisplay, SearchEntry } from './types';

/**
 * Build a {@link SearchEntry}. `aliases` are further Chinese names that match exactly (by
 * characters, pinyin or initials), e.g. the river 金沙江 for 金沙江水电基地. `toPinyin` gives the
 * pinyin of a name: ./pinyin's (pinyin-pro) for imported names, the precomputed table
 * (./pinyinKeys) for the atlas's own.
 */
export function makeEntry(base: SearchDisplay, toPinyin: PinyinFn, aliases: string[] = []): SearchEntry {
  const core_zh = coreNameZh(base.name_zh);
  const full = toPinyin(base.name_zh);
  const core = core_zh === base.name_zh ? full : toPinyin(core_zh);
  const en = base.name_en ? foldLatin(base.name_en) : '';
  const exact = [base.name_zh, core_zh, full.full, core.full, en, base.name_en ? coreNameEn(base.name_en) : ''];
  exact.push(...initialsKeys(full.initials, core.initials));
  for (const a of aliases) {
    const p = toPinyin(a);
    exact.push(a, p.full, ...initialsKeys(p.initials));
  }
  // one object literal: every entry gets the same properties in the same order, all stored in
  // the object itself (one hidden class keeps the scan over ~3,400 entries fast)
  const d = base;
  return {
    kind: d.kind, id: d.id, name_zh: d.name_zh, name_en: d.name_en, label: d.label, province: d.province, province_en: d.province_en, bbox: d.bbox, layer: d.layer,
    core_zh, pinyin: full.full, pinyinStarts: full.starts, initials: full.initials, core_pinyin: core.full, core_initials: core.initials, en,
    exact: [...new Set(exact.filter((k) => k !== ''))],
  };
}

/** Initials count as exact keys only from two letters on (a lone "x" is no name). */
function initialsKeys(...keys: string[]): string[] {
  return keys.filter((k) => k.length >= 2);
}

/** The display fields in a fixed order, absent optional ones as undefined (one object shape). */
export function displayOf(d: SearchDisplay): SearchDisplay {
  return { kind: d.kind, id: d.id, name_zh: d.name_zh, name_en: d.name_en, label: d.label, province: d.province, province_en: d.province_en, bbox: d.bbox, layer: d.layer };
}
