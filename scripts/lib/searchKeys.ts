/**
 * The search-key table of the atlas's own names (public/generated/search-keys.json): the search
 * index is built once here with pinyin-pro (src/domain/search/pinyin.ts), and every name it asks
 * is recorded with its pieces, so the app builds the same index from the table alone.
 */
import type { AtlasData } from '../../src/domain/atlasData';
import { buildSearchIndexWith } from '../../src/domain/search/build';
import { pinyinPieces } from '../../src/domain/search/pinyin';
import { encodePieces, formsOfPieces, type SearchKeyTable } from '../../src/domain/search/pinyinKeys';

/** Name → pieces (see SearchKeyTable) for every name the search index of `data` reads, sorted by name. */
export function searchKeyTable(data: Omit<AtlasData, 'searchKeys'>): SearchKeyTable {
  const table: SearchKeyTable = {};
  buildSearchIndexWith({ ...data, searchKeys: {} }, (text) => {
    const pieces = pinyinPieces(text);
    table[text] = encodePieces(pieces);
    return formsOfPieces(pieces);
  });
  return Object.fromEntries(Object.keys(table).sort().map((k) => [k, table[k]]));
}
