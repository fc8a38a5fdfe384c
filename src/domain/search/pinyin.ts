/**
 * Chinese → pinyin for search keys, with pinyin-pro (word-aware, so 重庆 → chongqing,
 * 长沙 → changsha) corrected for place-name readings it gets wrong.
 */
import { pinyin } from 'pinyin-pro';
import { formsOfPieces, type PinyinForms, type PinyinPiece } from './pinyinKeys';

export type { PinyinForms } from './pinyinKeys';

/** Syllables of place names where pinyin-pro's general reading is wrong (checked against pinyin-pro 3.29.4). */
const WORD_READINGS: Record<string, string[]> = {
  乐亭: ['lao', 'ting'], 乐清: ['yue', 'qing'], 单县: ['shan', 'xian'], 洪洞: ['hong', 'tong'], 尉犁: ['yu', 'li'],
  蔚县: ['yu', 'xian'], 大埔: ['da', 'bu'], 筠连: ['jun', 'lian'], 歙县: ['she', 'xian'], 浚县: ['xun', 'xian'],
  繁峙: ['fan', 'shi'], 涡阳: ['guo', 'yang'], 泌阳: ['bi', 'yang'], 覃塘: ['tan', 'tang'], 穆棱: ['mu', 'ling'],
  六合: ['lu', 'he'], 六安: ['lu', 'an'],
};
/** Characters whose place-name reading is always one: 都 du (宁都, 丰都), 藏 zang (藏区). */
const CHAR_READINGS: Record<string, string> = { 都: 'du', 藏: 'zang' };

/**
 * Pinyin of `text` for matching. Non-Chinese characters other than [a-z0-9] are dropped.
 * @example toPinyin('白鹤滩水电站') → { full: 'baihetanshuidianzhan', starts: [0,3,5,8,12,16], initials: 'bhtsdz' }
 */
export function toPinyin(text: string): PinyinForms {
  return formsOfPieces(pinyinPieces(text));
}

/**
 * The syllables and Latin/digit runs of `text` in order (what {@link toPinyin} and the data
 * build's key table are made of). Place-name readings corrected as listed above.
 */
export function pinyinPieces(text: string): PinyinPiece[] {
  const chars = pinyin(text, { toneType: 'none', type: 'all', v: true });
  const syllables: (string | null)[] = chars.map((c) => (c.isZh ? CHAR_READINGS[c.origin] ?? c.pinyin : null));
  const origins = chars.map((c) => c.origin);
  for (const [word, readings] of Object.entries(WORD_READINGS)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const i = charIndexAt(origins, at);
      if (i >= 0) readings.forEach((r, k) => (syllables[i + k] = r));
    }
  }
  const pieces: PinyinPiece[] = [];
  let latinRun = false;
  chars.forEach((c, i) => {
    const syl = syllables[i];
    const piece = syl ?? c.origin.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (!piece) return void (latinRun = false);
    if (syl === null && latinRun) pieces[pieces.length - 1].text += piece;
    else pieces.push({ text: piece, run: syl === null });
    latinRun = syl === null;
  });
  return pieces;
}

/** Index in `origins` of the character starting at string offset `at`, or -1. */
function charIndexAt(origins: string[], at: number): number {
  let offset = 0;
  for (let i = 0; i < origins.length; i++) {
    if (offset === at) return i;
    offset += origins[i].length;
  }
  return -1;
}
