/**
 * Name normalization for search: folding Latin text and stripping generic suffixes so that the
 * distinctive part of a name ("白鹤滩" of 白鹤滩水电站) can match exactly.
 */

/** The 55 minority nationalities as they appear before 族 in names of autonomous units. */
const ETHNIC = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
/** "<core>(<nationality>族)+自治区|州|县|旗"; 族 is optional for 新疆维吾尔自治区. */
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族?)+自治[区州县旗]$`);

/**
 * Generic endings of Chinese names, longest first within a family. Only one is stripped, and only
 * when at least two characters remain (兴县 stays 兴县).
 */
const ZH_SUFFIXES = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '省', '市', '县', '区', '盟', '旗',
  '水电基地', '水电站', '机场', '高速公路', '公路', '铁路', '电厂', '灌区', '治理', '水利枢纽', '天然气管道', '管道',
  '示范工程', '示范项目', '工程', '项目', '开发', '革命老区',
].sort((a, b) => b.length - a.length);

/** Generic endings of folded English names (see {@link foldLatin}); one is stripped. */
const EN_SUFFIXES = [
  'hydropower station', 'hydropower base', 'airport', 'railway', 'power plant', 'flood control', 'irrigation district',
  'water control project', 'natural gas pipeline', 'pipeline', 'expressway', 'shale gas development',
  'coal bed methane project', 'contiguous destitute area', 'revolutionary old area',
].sort((a, b) => b.length - a.length);

/** True when `s` holds a CJK ideograph. */
export function hasCjk(s: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(s);
}

/**
 * Fold Latin text for matching: NFKD, diacritics dropped (Lüliang → luliang), lowercase, every
 * run of other characters (spaces, punctuation, CJK) as one space, trimmed.
 * @example foldLatin("Xi'an–Shiyan Railway") === 'xi an shiyan railway'
 */
export function foldLatin(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The distinctive part of a Chinese name: ethnic-autonomous endings (河南蒙古族自治县 → 河南,
 * 黔东南苗族侗族自治州 → 黔东南) or one generic suffix (白鹤滩水电站 → 白鹤滩, 大别山区 → 大别山)
 * removed; the name itself when nothing fits or fewer than two characters would remain.
 */
export function coreNameZh(name: string): string {
  const m = AUTONOMOUS.exec(name);
  if (m) return m[1];
  const suffix = ZH_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/**
 * The distinctive part of an English name, folded: parentheses dropped, one generic ending
 * removed ("Wushan Airport (relocation)" → "wushan"); '' for ''.
 */
export function coreNameEn(name: string): string {
  const folded = foldLatin(name.replace(/\([^)]*\)/g, ' '));
  const suffix = EN_SUFFIXES.find((s) => folded.endsWith(` ${s}`));
  return suffix ? folded.slice(0, -suffix.length - 1) : folded;
}
