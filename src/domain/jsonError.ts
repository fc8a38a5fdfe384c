/**
 * Where a JSON text stops being JSON. `JSON.parse` in V8 does not always give a position
 * ("Unexpected token '}', ... is not valid JSON"), so a failed parse is re-read with
 * jsonc-parser (the parser of VS Code's JSON support), strict: no comments, no trailing commas.
 */
import { visit } from 'jsonc-parser';
import type { Bilingual } from './model';

/** 1-based line and column (UTF-16 units) of the first character that breaks the JSON grammar. */
export interface JsonErrorPlace {
  offset: number;
  line: number;
  column: number;
  /** what the grammar allowed there, and what was found */
  expected: Bilingual;
}

const tokens = (...t: string[]): Bilingual => ({ en: t.map((x) => `'${x}'`).join(' or '), zh: t.map((x) => `“${x}”`).join('或') });
const VALUE: Bilingual = { en: 'a value', zh: '一个值' };
const ESCAPE: Bilingual = { en: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)', zh: '合法的转义序列' };

/**
 * What each jsonc-parser `ParseErrorCode` expected (the codes are a `const enum` in its
 * typings, which isolated modules cannot read, so they are written out as numbers here).
 */
const EXPECTED: Record<number, Bilingual> = {
  1: VALUE, // InvalidSymbol
  2: { en: 'a number', zh: '数字' }, // InvalidNumberFormat
  3: { en: 'a property name in double quotes', zh: '双引号括起的属性名' }, // PropertyNameExpected
  4: VALUE, // ValueExpected
  5: tokens(':'), // ColonExpected
  6: tokens(','), // CommaExpected (refined by the enclosing bracket below)
  7: tokens(',', '}'), // CloseBraceExpected
  8: tokens(',', ']'), // CloseBracketExpected
  9: { en: 'the end of the data', zh: '数据结束' }, // EndOfFileExpected
  10: { en: 'no comment (JSON has none)', zh: '不含注释（JSON 不允许注释）' }, // InvalidCommentToken
  11: { en: 'the end of the comment', zh: '注释结束' }, // UnexpectedEndOfComment
  12: tokens('"'), // UnexpectedEndOfString
  13: { en: 'a digit', zh: '数字' }, // UnexpectedEndOfNumber
  14: ESCAPE, // InvalidUnicode
  15: ESCAPE, // InvalidEscapeCharacter
  16: { en: 'no raw control character inside a string', zh: '字符串内不能有未转义的控制字符' }, // InvalidCharacter
};
/** codes raised inside a string token: the place is the offending character, not the opening quote */
const IN_STRING = new Set([12, 14, 15, 16]);

/** The first offending character of a string token starting at `start` (its opening quote). */
function inString(text: string, start: number, code: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return code === 12 ? i : start;
    if (c < 0x20) return i; // a raw line break ends the string for the scanner: that is the place either way
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : e === undefined || !'"\\/bfnrt'.includes(e)) return i;
      i += e === 'u' ? 5 : 1;
    }
  }
  return text.length;
}

/**
 * Parse `text` as strict JSON (RFC 8259) and return the place of the first error, or null when
 * it is valid to jsonc-parser (which also accepts a few whitespace characters JSON.parse does not).
 * @example locateJsonError('{"a": 1,\n}') → { line: 2, column: 1, expected: { en: "expected a property name in double quotes, found \"}\"", … } }
 */
export function locateJsonError(text: string): JsonErrorPlace | null {
  let first: { code: number; offset: number } | null = null;
  /** the open brackets at the error, so CommaExpected can name the closing one */
  const open: string[] = [];
  let closeAt: string | undefined;
  /** the grammar's state before the error: 'key' = a property name may come, 'done' = the top value ended */
  let state: 'key' | 'value' | 'done' = 'value';
  /** the innermost bracket was just opened: nothing or its first item may come */
  let fresh = false;
  let unknownExpected: Bilingual | undefined;
  const ended = () => {
    if (!open.length) state = 'done';
  };
  try {
    visit(
      text,
      {
        onObjectBegin: () => void (first || (open.push('}'), (state = 'key'), (fresh = true))),
        // an end of length 0 is the parser closing a bracket the text left open: not a bracket read
        onObjectEnd: (_o, length) => void (first || !length || (open.pop(), (fresh = false), ended())),
        onArrayBegin: () => void (first || (open.push(']'), (state = 'value'), (fresh = true))),
        onArrayEnd: (_o, length) => void (first || !length || (open.pop(), (fresh = false), ended())),
        onObjectProperty: () => void (first || ((state = 'value'), (fresh = false))),
        onLiteralValue: () => void (first || ((state = 'value'), (fresh = false), ended())),
        onSeparator: (sep) => void (first || ((state = sep === ',' && open.at(-1) === '}' ? 'key' : 'value'), (fresh = false))),
        onError: (code, offset) => {
          // an unknown symbol ('x', NaN, a single quote) is skipped by the scanner, so the grammar's
          // state before it says what was expected there
          if (first) return;
          closeAt = open.at(-1);
          if (code === 1) unknownExpected = state === 'key' ? EXPECTED[3] : state === 'done' ? EXPECTED[9] : VALUE;
        else if (fresh && code === 8) unknownExpected = { en: `${VALUE.en} or ']'`, zh: `${VALUE.zh}或“]”` };
        else if (fresh && code === 7) unknownExpected = { en: `${EXPECTED[3].en} or '}'`, zh: `${EXPECTED[3].zh}或“}”` };
          first = { code, offset };
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch {
    return null; // RangeError: nested too deep for the recursive parser; the caller says so without a place
  }
  const err = first as { code: number; offset: number } | null;
  if (!err) return null;
  const i = IN_STRING.has(err.code) ? inString(text, err.offset, err.code) : err.offset;
  const expected = err.code === 6 && closeAt ? tokens(',', closeAt) : (unknownExpected ?? EXPECTED[err.code] ?? VALUE);
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  const column = i - before.lastIndexOf('\n');
  const found: Bilingual = i >= text.length ? { en: 'the end of the file', zh: '文件结尾' } : { en: JSON.stringify(text[i]), zh: `“${text[i]}”` };
  return { offset: i, line, column, expected: { en: `expected ${expected.en}, found ${found.en}`, zh: `应为${expected.zh}，实际为${found.zh}` } };
}
