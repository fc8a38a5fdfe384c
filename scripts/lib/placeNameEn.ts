/**
 * English for a Chinese place name that has no authored English name: the name transliterated with
 * pinyin-pro (place-name readings of src/domain/search/pinyin.ts) and its administrative suffix
 * translated (市 City, 自治州 Autonomous Prefecture, 地区 Prefecture, 盟 League, 县 County …).
 * A transliteration, not an official English name: callers mark the result as derived.
 */
import { pinyinPieces } from '../../src/domain/search/pinyin';

/** Longest first, so 自治县 wins over 县. */
const SUFFIXES: [string, string][] = [
  ['特别行政区', 'Special Administrative Region'], ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'], ['地区', 'Prefecture'], ['林区', 'Forest District'], ['市', 'City'], ['盟', 'League'],
  ['县', 'County'], ['区', 'District'], ['旗', 'Banner'],
];

/** `text` in pinyin, one capitalised word (成都 → Chengdu); Latin and digits kept. */
function translit(text: string): string {
  const s = pinyinPieces(text).map((p) => p.text).join('');
  return s ? s[0].toUpperCase() + s.slice(1) : text;
}

/** One name with its suffix: 凉山彝族自治州 → Liangshanyizu Autonomous Prefecture. */
function oneName(name: string): string {
  for (const [zh, en] of SUFFIXES) {
    if (name.endsWith(zh) && name.length > zh.length) return `${translit(name.slice(0, -zh.length))} ${en}`;
  }
  return translit(name);
}

/**
 * English for a place name. A river reach written `河(甲县境)` or `河(甲县、乙区界)` becomes
 * `River (in Jia County)` / `River (Jia County–Yi District border)`; any other bracket is
 * transliterated as it stands.
 * @example placeNameEn('金沙江(德钦县境)') → 'Jinshajiang (in Deqin County)'
 */
export function placeNameEn(zh: string): string {
  const m = /^(.*?)[(（](.*)[)）]$/.exec(zh.trim());
  if (!m) return oneName(zh.trim());
  const [, head, inner] = m;
  let tail: string;
  if (inner.endsWith('境')) tail = `in ${inner.slice(0, -1).split('、').map(oneName).join(', ')}`;
  else if (inner.endsWith('界')) tail = `${inner.slice(0, -1).split('、').map(oneName).join('–')} border`;
  else tail = inner.split('、').map(oneName).join(', ');
  return `${oneName(head)} (${tail})`;
}
