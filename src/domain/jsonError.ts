/**
 * Where a JSON text stops being JSON. `JSON.parse` in V8 does not always give a position
 * ("Unexpected token '}', ... is not valid JSON"), so a failed parse is re-scanned here.
 */
/** A text in both UI languages. */
type Bilingual = { zh: string; en: string };

/** 1-based line and column (UTF-16 units) of the first character that breaks the JSON grammar. */
export interface JsonErrorPlace {
  offset: number;
  line: number;
  column: number;
  /** what the grammar allowed there, and what was found */
  expected: Bilingual;
}

class Stop {
  constructor(readonly expected: Bilingual) {}
}
const tokens = (...t: string[]): Bilingual => ({ en: t.map((x) => `'${x}'`).join(' or '), zh: t.map((x) => `“${x}”`).join('或') });
const VALUE: Bilingual = { en: 'a value', zh: '一个值' };
const KEY: Bilingual = { en: 'a property name in double quotes', zh: '双引号括起的属性名' };
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Scan `text` as JSON (RFC 8259) and return the place of the first error, or null when it is
 * valid (or nested too deep to scan).
 * @example locateJsonError('{"a": 1,\n}') → { line: 2, column: 1, expected: { en: "a property name in double quotes", … } }
 */
export function locateJsonError(text: string): JsonErrorPlace | null {
  let i = 0;
  const n = text.length;
  const stop = (expected: Bilingual): never => {
    throw new Stop(expected);
  };
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) stop(tokens('"'));
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) stop({ en: 'no raw control character inside a string', zh: '字符串内不能有未转义的控制字符' });
      if (c !== 0x5c) {
        i++;
        continue;
      }
      const e = text[i + 1];
      if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else {
        i++;
        stop({ en: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)', zh: '合法的转义序列' });
      }
    }
  };
  /** `{…}` or `[…]`: items separated by commas, `open` at `i`. */
  const sequence = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') stop(tokens(',', close));
      i++;
    }
  };
  const member = () => {
    ws();
    if (text[i] !== '"') stop(KEY);
    string();
    ws();
    if (text[i] !== ':') stop(tokens(':'));
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return sequence('}', member);
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    NUMBER_RE.lastIndex = i;
    if (NUMBER_RE.test(text)) return void (i = NUMBER_RE.lastIndex);
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
    stop(VALUE);
  };
  try {
    value();
    ws();
    if (i < n) stop({ en: 'the end of the data', zh: '数据结束' });
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) return null; // RangeError: nested too deep to scan; caller says so without a place
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    const column = i - before.lastIndexOf('\n');
    const found: Bilingual = i >= n ? { en: 'the end of the file', zh: '文件结尾' } : { en: JSON.stringify(text[i]), zh: `“${text[i]}”` };
    return { offset: i, line, column, expected: { en: `expected ${e.expected.en}, found ${found.en}`, zh: `应为${e.expected.zh}，实际为${found.zh}` } };
  }
}
