/**
 * Locating the plan's words: character spans into the plan text
 * (`data/plan/poverty-plan-2016-ch10-11.zh.txt`, chapters 10–11 of the 13th Five-Year Plan for
 * poverty alleviation, State Council, 2016). Offsets are UTF-16 code-unit indexes into the whole
 * text, as JavaScript strings count them.
 */

/** An editorial note on verbatim words of the plan ([sic]); the text itself is never changed. */
export interface PlanNote {
  /** span of the words in the whole text, [start, end) */
  start: number;
  end: number;
  quote: string;
  note: { zh: string; en: string };
  /** where the correction comes from */
  source: string;
}

export interface Citation {
  /** plan section, e.g. "第三节" */
  section: string;
  /** column (专栏), e.g. "专栏17(一)", when the words stand in one */
  column?: string;
  /** the quoted words, verbatim */
  quote: string;
  /** span of `quote` in the whole text, [start, end) */
  start: number;
  end: number;
  /** 0-based paragraph (line) index holding the quote */
  paragraph: number;
  /** span of the enclosing sentence, [start, end), in the whole text */
  sentenceStart: number;
  sentenceEnd: number;
}

// The plan text mixes full-width and ASCII punctuation ("…水电站;加快推进…").
const SENTENCE_END = /[。；;！？]/;

/**
 * Find `quote` in `text`, searching from the first occurrence of `after` (or the start).
 * @returns the citation with spans and paragraph index
 * @throws Error naming the quote when the anchor or the quote does not occur
 */
export function locate(text: string, src: { section: string; column?: string; quote: string; after?: string }): Citation {
  const from = src.after ? text.indexOf(src.after) : 0;
  if (from < 0) throw new Error(`anchor "${src.after}" does not occur in the plan text`);
  const start = text.indexOf(src.quote, from);
  if (start < 0) throw new Error(`quote "${src.quote}" does not occur in the plan text${src.after ? ` after "${src.after}"` : ''}`);
  const end = start + src.quote.length;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let sentenceStart = start;
  while (sentenceStart > lineStart && !SENTENCE_END.test(text[sentenceStart - 1])) sentenceStart--;
  let sentenceEnd = end;
  while (sentenceEnd < lineEnd && !SENTENCE_END.test(text[sentenceEnd - 1] ?? '')) sentenceEnd++;
  const paragraph = text.slice(0, start).split('\n').length - 1;
  return { section: src.section, column: src.column, quote: src.quote, start, end, paragraph, sentenceStart, sentenceEnd };
}

/** Split the plan text into paragraphs (lines), dropping a trailing empty line. */
export function paragraphs(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
