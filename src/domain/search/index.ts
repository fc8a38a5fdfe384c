/**
 * Search over the atlas: provinces, prefectures, counties, plan projects, rivers and special
 * areas by Chinese name, pinyin (full or initials) and English name, tolerant of small typos.
 * Build the index once at load with {@link buildSearchIndex}, then call {@link search} per keystroke.
 */
export { buildSearchIndex, MAX_USER_SEARCH, RIVER_LAYERS, userSearchEntries } from './build';
export { search } from './search';
export { toPinyin, type PinyinForms } from './pinyin';
export { coreNameEn, coreNameZh, foldLatin, hasCjk } from './names';
export { prefixEditDistance, typoBudget } from './editDistance';
export type { BBox, MatchKind, SearchDisplay, SearchEntry, SearchIndex, SearchKind, SearchResult } from './types';
