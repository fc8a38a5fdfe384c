/**
 * Search over the atlas: provinces, prefectures, counties, plan projects, rivers and special
 * areas by Chinese name, pinyin (full or initials) and English name, tolerant of small typos.
 * Build the index once at load with {@link buildSearchIndex}, then call {@link search} per keystroke.
 */
export { buildSearchIndex, buildSearchIndexWith, RIVER_LAYERS } from './build';
// pinyin-pro comes in with these two: the app should take them from './userEntries' lazily
export { MAX_USER_SEARCH, userSearchEntries } from './userEntries';
export { search } from './search';
export { toPinyin, pinyinPieces } from './pinyin';
export { decodePieces, encodePieces, formsOfPieces, tablePinyin, type PinyinFn, type PinyinForms, type PinyinPiece, type SearchKeyTable } from './pinyinKeys';
export { coreNameEn, coreNameZh, foldLatin, hasCjk } from './names';
export { prefixEditDistance, typoBudget } from './editDistance';
export type { BBox, MatchKind, SearchDisplay, SearchEntry, SearchIndex, SearchKind, SearchResult } from './types';
