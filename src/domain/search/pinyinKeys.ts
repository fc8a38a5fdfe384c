/**
 * Pinyin search keys without pinyin-pro: the data build computes the keys of every built-in name
 * once (./pinyin) and writes them to public/generated/search-keys.json; the app reads them from
 * that table, so the 141 KB (gzip) dictionary is needed only to index imported layers.
 */

/** Pinyin forms of a text. */
export interface PinyinForms {
  /** lowercase, toneless, ü as v, no separators; Latin letters and digits kept ("g75lanzhou…") */
  full: string;
  /** offsets in `full` where each syllable or Latin/digit run starts */
  starts: number[];
  /** first letter of each syllable, plus Latin/digit runs as they are ("g75lzzhk") */
  initials: string;
}

/** One syllable (lowercase letters, ü as v) or one run of Latin letters and digits (lowercased). */
export interface PinyinPiece {
  text: string;
  run: boolean;
}

/** Turns a text into its pinyin forms (./pinyin `toPinyin`, or a table lookup). */
export type PinyinFn = (text: string) => PinyinForms;

/**
 * Chinese text → its pieces joined by `'`, runs upper-cased so they are told from syllables
 * (lowercase letters only): 白鹤滩 → "bai'he'tan", G75兰州 → "G75'lan'zhou".
 */
export type SearchKeyTable = Record<string, string>;

/** The forms of a sequence of pieces: a syllable gives its first letter to the initials, a run all of itself. */
export function formsOfPieces(pieces: PinyinPiece[]): PinyinForms {
  const starts: number[] = [];
  const firsts: string[] = [];
  let length = 0;
  for (const p of pieces) {
    starts.push(length);
    firsts.push(p.run ? p.text : p.text[0]);
    length += p.text.length;
  }
  // joined (not concatenated piecewise) so the keys are flat strings, fast to scan
  return { full: pieces.map((p) => p.text).join(''), starts, initials: firsts.join('') };
}

/** The table form of pieces (see {@link SearchKeyTable}). */
export function encodePieces(pieces: PinyinPiece[]): string {
  return pieces.map((p) => (p.run ? p.text.toUpperCase() : p.text)).join("'");
}

/** Pieces from the table form; inverse of {@link encodePieces} ('' → none). */
export function decodePieces(s: string): PinyinPiece[] {
  if (s === '') return [];
  return s.split("'").map((t) => ({ text: t.toLowerCase(), run: /[A-Z0-9]/.test(t) }));
}

/**
 * A {@link PinyinFn} reading the table. A name missing from it (a table older than the data)
 * gets empty keys: it is still found by its characters and English name.
 */
export function tablePinyin(table: SearchKeyTable): PinyinFn {
  return (text) => formsOfPieces(decodePieces(table[text] ?? ''));
}
