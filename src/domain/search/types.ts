/**
 * Shapes of the search index (built once at load by {@link buildSearchIndex}) and of its results.
 * Pure data: no DOM, no map library.
 */

/**
 * What an entry is. Catalog records of the river layers (RIVER_LAYERS in ./build) are kind
 * 'river' (instead of 'project'): they are drawn as river corridors and are what a user finds
 * when searching a river by name; their `id` is still the catalog record id.
 */
export type SearchKind = 'province' | 'prefecture' | 'county' | 'project' | 'river' | 'area' | 'user';

/** `[west, south, east, north]` in WGS84 degrees; a point gives west = east, south = north. */
export type BBox = [number, number, number, number];

/** How a result matched the query, best first. */
export type MatchKind = 'exact' | 'prefix' | 'substring' | 'fuzzy';

/** What an entry shows and where it flies to; shared by entries and results. */
export interface SearchDisplay {
  kind: SearchKind;
  /**
   * province: 2-digit provCode ("41"); prefecture: 4-digit prefCode ("4101"); county: 6-digit
   * adcode; project/river: catalog record id; area: special-area id; user: "<layer id>#<feature index>".
   */
  id: string;
  name_zh: string;
  name_en?: string;
  /** tells same-named entries apart: "朝阳区 · 长春市" (county · prefecture), "吉林市 · 吉林省" */
  label: string;
  /** province(s) for display, zh: "四川省", "四川省、云南省", "甘肃省、四川省等5省" */
  province: string;
  /** the same in English ("Sichuan, Yunnan"), '' where unknown */
  province_en: string;
  /** extent to fly to */
  bbox: BBox;
  /** catalog layer id for kinds 'project' and 'river' */
  layer?: string;
}

/** One searchable thing: its display fields and the keys it is matched by. */
export interface SearchEntry extends SearchDisplay {
  /** name without generic suffix (白鹤滩水电站 → 白鹤滩, 河南蒙古族自治县 → 河南) */
  core_zh: string;
  /** full pinyin of name_zh: lowercase, toneless, no spaces, ü as v ("baihetanshuidianzhan") */
  pinyin: string;
  /** offsets in `pinyin` where a syllable (or a run of Latin letters/digits) starts */
  pinyinStarts: number[];
  /** first letters of the syllables of name_zh ("bhtsdz") */
  initials: string;
  /** pinyin and initials of core_zh ("baihetan", "bht") */
  core_pinyin: string;
  core_initials: string;
  /** name_en folded: lowercase, no diacritics, punctuation as single spaces; '' when no English name */
  en: string;
  /** keys whose exact equality with the normalized query counts as an exact match (zh, pinyin, initials, English) */
  exact: string[];
}

/** The index: entries in a stable order (provinces, prefectures, counties, projects/rivers, areas). */
export interface SearchIndex {
  entries: SearchEntry[];
}

/** A hit: the display fields of its entry, how it matched and, for 'fuzzy', the edit distance. */
export interface SearchResult extends SearchDisplay {
  match: MatchKind;
  /** edit distance of a fuzzy match (typos); 0 otherwise */
  distance: number;
}
