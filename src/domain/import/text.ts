/** Bytes → text for the text formats, and JSON with a syntax error's line and column. */
import { ImportError } from './errors';
import { issue, msg } from './messages';
import { locateJsonError } from '../jsonError';

/**
 * Decodes a text file: UTF-8 (BOM stripped); UTF-16 when it starts with a UTF-16 BOM; when the
 * bytes are not valid UTF-8, GB18030 (a superset of GBK/GB2312, what Chinese Excel and WPS save
 * CSV as), falling back to UTF-8 with replacement characters where GB18030 is unavailable.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(body);
    } catch {
      return new TextDecoder('utf-8').decode(body);
    }
  }
}

/** 1-based line and column of a 0-based character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, start = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: end - start + 1 };
}

/**
 * `JSON.parse` that reports where a syntax error is. Engines word it differently: V8 gives
 * "… in JSON at position 42" (and, newer, "(line 3 column 14)"), Firefox "… at line 3 column 14
 * of the JSON data", "Unexpected end of JSON input" means the end of the text.
 * @throws ImportError 'invalid-json' naming line and column (1-based)
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (text.trim() === '') throw new ImportError(issue('empty', 'error', msg.emptyFile(), {}));
    // jsonc-parser names the place and what was expected in both languages; the engine's own
    // message (English, position worded per engine, often none in V8) only when it finds nothing
    const scanned = locateJsonError(text);
    const message = e instanceof Error ? e.message : String(e);
    const lc = /line (\d+) column (\d+)/i.exec(message);
    const pos = /position (\d+)/i.exec(message);
    const at = scanned
      ? { line: scanned.line, column: scanned.column }
      : lc
        ? { line: Number(lc[1]), column: Number(lc[2]) }
        : lineColumn(text, pos ? Number(pos[1]) : /end of (JSON )?(input|data)/i.test(message) ? text.length : 0);
    const engine = message.replace(/, (?:\.\.\.)?"[\s\S]*is not valid JSON$/, '').replace(/^JSON\.parse: /, '').replace(/ (in JSON )?at (position \d+|line \d+ column \d+).*$/i, '').replace(/ in JSON$/, '');
    const detail = scanned ? scanned.expected : { en: engine, zh: engine };
    throw new ImportError(issue('invalid-json', 'error', msg.invalidJson(at.line, at.column, detail), { line: at.line, column: String(at.column) }));
  }
}
