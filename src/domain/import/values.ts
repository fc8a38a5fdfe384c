/**
 * Reading untrusted values: coordinates that may be numbers written as text, and property values
 * that may be anything JSON (or a spreadsheet) holds. Never interprets HTML: strings stay strings.
 */
import type { UserProperties, UserValue } from './types';

export interface ParsedNumber {
  value: number;
  /** the value was text (e.g. "116.4", " 116.4 ", "116,4"), not a number */
  fromText: boolean;
  /** the text needed more than trimming: a decimal comma or a degree sign */
  reformatted: boolean;
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * A coordinate as a finite number, or null. Accepts numbers and numeric text with surrounding
 * spaces, a trailing "°" or a decimal comma ("116,4" → 116.4); rejects everything else
 * (null, booleans, "", "abc", NaN, Infinity, objects).
 */
export function parseCoordinate(v: unknown): ParsedNumber | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, fromText: false, reformatted: false } : null;
  if (typeof v !== 'string' || v.length > 64) return null;
  const trimmed = v.trim();
  let t = trimmed.replace(/°$/, '');
  if (DECIMAL_COMMA.test(t)) t = t.replace(',', '.');
  else if (!PLAIN.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? { value, fromText: true, reformatted: t !== trimmed } : null;
}

/** Plain decimal text that can be a number without losing anything (no leading zeros, ≤ 15 digits). */
const NUMERIC_TEXT = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;

/** A CSV cell as a property value: "" → null, plain decimal text → number, else the string. */
export function cellValue(text: string): UserValue {
  const t = text.trim();
  if (t === '') return null;
  return NUMERIC_TEXT.test(t) ? Number(t) : text;
}

/** JSON text of a value, or a short placeholder when it cannot be serialised (BigInt, too deep). */
function jsonText(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Array.isArray(v) ? '[array]' : '[object]';
  }
}

/** One property value: strings, finite numbers, booleans and null kept; dates as ISO text; objects/arrays as JSON text. */
export function propertyValue(v: unknown): UserValue | undefined {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'bigint':
      return String(v);
    case 'undefined':
      return null;
    case 'object':
      if (v === null) return null;
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
      return jsonText(v);
    default:
      return undefined; // functions, symbols: not data
  }
}

/** Sets `key` as an own property even when it is "__proto__", so no prototype is ever replaced. */
export function setProperty(out: UserProperties, key: string, value: UserValue): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * Clean properties of a feature: a plain object whose own enumerable string keys are copied with
 * {@link propertyValue}. `null`/missing → `{}`; any other non-object is kept under key "properties"
 * as JSON text, so nothing is lost silently.
 */
export function cleanProperties(raw: unknown): UserProperties {
  const out: UserProperties = {};
  if (raw === null || raw === undefined) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const v = Array.isArray(raw) ? jsonText(raw) : propertyValue(raw);
    if (v !== undefined) out.properties = v;
    return out;
  }
  for (const key of Object.keys(raw)) {
    const v = propertyValue((raw as Record<string, unknown>)[key]);
    if (v !== undefined) setProperty(out, key, v);
  }
  return out;
}
