/**
 * Search over the atlas: provinces, prefectures, counties, plan projects, rivers and special
 * areas by Chinese name, pinyin (full or initials) and English name, tolerant of small typos.
 * Build the index once at load with {@link buildSearchIndex}, then call {@link search} per keystroke.
 */
export { buildSearchIndex } from './build';
export { search } from './search';
export { coreNameEn, coreNameZh, foldLatin } from './names';
export { prefixEditDistance, typoBudget } from './editDistance';
// pinyin-pro (141 KB gzip) comes with './userEntries' and './pinyin': import them from there,
// lazily in the app (src/ui/usePage.ts), so the first load does without it
export type { SearchEntry, SearchIndex, SearchKind, SearchResult } from './types';
