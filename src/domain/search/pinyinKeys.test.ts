/** The precomputed key table gives the search index pinyin-pro would (issue 15, item 2). */
import { describe, expect, it } from 'vitest';
import { atlas } from '../../../test/unit/generatedData';
import { buildSearchIndex, buildSearchIndexWith } from './build';
import { pinyinPieces, toPinyin } from './pinyin';
import { decodePieces, encodePieces, formsOfPieces, tablePinyin } from './pinyinKeys';

describe('search keys precomputed in the data build', () => {
  it('the index from search-keys.json equals the one built with pinyin-pro, entry by entry', () => {
    const data = atlas();
    const fromTable = buildSearchIndex(data);
    const withPinyinPro = buildSearchIndexWith(data, toPinyin);
    expect(fromTable.entries.length).toBeGreaterThan(3000);
    expect(fromTable).toEqual(withPinyinPro);
    expect(fromTable.entries.find((e) => e.name_zh === '重庆市')?.pinyin).toBe('chongqingshi');
  });

  it('pieces survive the table form: syllables, Latin and digit runs, corrected readings', () => {
    for (const text of ['白鹤滩水电站', 'G75兰州—海口', '乐亭县', 'A 2016 站', '']) {
      const s = encodePieces(pinyinPieces(text));
      expect(formsOfPieces(decodePieces(s)), text).toEqual(toPinyin(text));
    }
    expect(encodePieces(pinyinPieces('G75兰州'))).toBe("G75'lan'zhou");
  });

  it('a name missing from the table gets empty keys', () => {
    expect(tablePinyin({ 巫山: "wu'shan" })('白鹤滩')).toEqual({ full: '', starts: [], initials: '' });
    expect(tablePinyin({ 巫山: "wu'shan" })('巫山')).toEqual({ full: 'wushan', starts: [0, 2], initials: 'ws' });
  });
});
