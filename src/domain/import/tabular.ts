/**
 * Tables (CSV, Excel) → point features: find the longitude/latitude columns by name (or as the
 * user chose), read each row's position, keep every column as a property.
 */
import { ImportError } from './errors';
import type { IssueLog } from './issues';
import type { Layer } from './layer';
import { fmtValue, issue, msg, type Text } from './messages';
import type { UserFeature, UserProperties, UserValue } from './types';
import { parseCoordinate, setProperty } from './values';

export type Cell = string | number | boolean | Date | null | undefined;

/** Lower case, no spaces, no bracketed units: "经度 (°)" → "经度", " Longitude " → "longitude". */
function normalise(header: string): string {
  return header.trim().toLowerCase().replace(/[(（[【].*?[)）\]】]/g, '').replace(/\s+/g, '');
}

const NAMES = {
  lon: { exact: ['longitude', 'lon', 'lng', 'long', '经度', '东经'], token: ['longitude', 'lon', 'lng', 'long'], cjk: /经度|东经/, xy: ['x', 'point_x', 'pointx', 'coord_x', 'xcoord', 'x坐标', '坐标x'] },
  lat: { exact: ['latitude', 'lat', '纬度', '北纬'], token: ['latitude', 'lat'], cjk: /纬度|北纬/, xy: ['y', 'point_y', 'pointy', 'coord_y', 'ycoord', 'y坐标', '坐标y'] },
};

/** How surely a header names the axis: 3 exact word, 2 a word inside (wgs84_lon, 高德经度), 1 x/y, 0 no. */
function score(header: string, axis: 'lon' | 'lat'): number {
  const n = normalise(header);
  const names = NAMES[axis];
  if (names.exact.includes(n)) return 3;
  if (n.split(/[_\-.:/]+/).some((t) => names.token.includes(t)) || names.cjk.test(n)) return 2;
  return names.xy.includes(n) ? 1 : 0;
}

/** Index of the best-named column for an axis (first among equals), or -1. */
function findColumn(headers: string[], axis: 'lon' | 'lat', not = -1): number {
  let best = -1, bestScore = 0;
  headers.forEach((h, i) => {
    const s = i === not ? 0 : score(h, axis);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

/** Headers made usable as property names: blanks become "column N", repeats get " (2)", " (3)". */
export function uniqueHeaders(raw: Cell[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((c, i) => {
    let h = c === null || c === undefined ? '' : String(c).trim();
    if (!h) h = `column ${i + 1}`;
    const k = (seen.get(h) ?? 0) + 1;
    seen.set(h, k);
    return k > 1 ? `${h} (${k})` : h;
  });
}

/** Finds a user-chosen column: exact, then trimmed and case-insensitive. */
function chosen(headers: string[], name: string): number {
  const i = headers.indexOf(name);
  return i >= 0 ? i : headers.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
}

function noColumns(headers: string[], missing: Text): ImportError {
  return new ImportError(issue('no-coordinate-columns', 'error', msg.noCoordinateColumns(headers, missing)), { columns: headers });
}

/**
 * The longitude and latitude column indices.
 * @throws ImportError 'no-coordinate-columns' (with `columns`) when either is not found
 */
export function coordinateColumns(headers: string[], options: { lonColumn?: string; latColumn?: string }): [number, number] {
  const pick = (axis: 'lon' | 'lat', name: string | undefined, not: number) => {
    if (name === undefined) return findColumn(headers, axis, not);
    const i = chosen(headers, name);
    if (i < 0) throw noColumns(headers, { en: `there is no column “${name}”`, zh: `没有名为“${name}”的列` });
    return i;
  };
  const lon = pick('lon', options.lonColumn, -1);
  const lat = pick('lat', options.latColumn, lon);
  if (lon < 0 || lat < 0) {
    const which = lon < 0 && lat < 0 ? { en: 'neither longitude nor latitude', zh: '经度和纬度都没有' } : lon < 0 ? { en: 'no longitude', zh: '没有经度' } : { en: 'no latitude', zh: '没有纬度' };
    throw noColumns(headers, which);
  }
  return [lon, lat];
}

/**
 * Splits raw rows into header and data: the first non-blank row is the header, blank rows are
 * skipped, `numberOf(i)` gives the 1-based line/row number of raw row i.
 */
export function splitTable<C>(data: C[][], blank: (row: C[]) => boolean, numberOf: (i: number) => number): { header: C[]; rows: C[][]; rowNumbers: number[] } {
  const start = data.findIndex((r) => !blank(r));
  const rows: C[][] = [];
  const rowNumbers: number[] = [];
  for (let i = start + 1; start >= 0 && i < data.length; i++) {
    if (blank(data[i])) continue;
    rows.push(data[i]);
    rowNumbers.push(numberOf(i));
  }
  return { header: start < 0 ? [] : data[start], rows, rowNumbers };
}

export interface TableInput {
  headers: string[];
  rows: Cell[][];
  /** 1-based line (CSV) or row (Excel) number of each row, for messages */
  rowNumbers: number[];
  unit: 'line' | 'row';
  /** turns a non-empty cell into a property value */
  value: (cell: Exclude<Cell, null | undefined>) => UserValue;
}

/**
 * One Point feature per row with a usable longitude/latitude; rows without are skipped and
 * tallied ('bad-row'); coordinates with a decimal comma or degree sign are read and tallied.
 * Every column, the coordinate columns included, becomes a property.
 * @throws ImportError 'empty' (no data rows), 'no-coordinate-columns'
 */
export function tableToLayer(t: TableInput, options: { lonColumn?: string; latColumn?: string }, log: IssueLog): Layer {
  if (!t.rows.length) throw new ImportError(issue('empty', 'error', msg.emptyTable()));
  const [lonAt, latAt] = coordinateColumns(t.headers, options);
  const features: UserFeature[] = [];
  const origins: number[] = [];
  t.rows.forEach((row, i) => {
    const origin = t.rowNumbers[i];
    const coords: number[] = [];
    for (const at of [lonAt, latAt]) {
      const cell = row[at];
      const p = cell instanceof Date ? null : parseCoordinate(typeof cell === 'string' || typeof cell === 'number' ? cell : null);
      if (!p) return log.tally('bad-row', { origin, column: t.headers[at], value: fmtValue(cell ?? '') }, { dropped: true });
      if (p.reformatted) log.tally('num-text', { origin, column: t.headers[at], value: fmtValue(cell) });
      coords.push(p.value);
    }
    const properties: UserProperties = {};
    t.headers.forEach((h, k) => {
      const c = row[k];
      setProperty(properties, h, c === null || c === undefined || c === '' ? null : t.value(c));
    });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: coords }, properties });
    origins.push(origin);
  });
  return { features, origins, unit: t.unit, total: t.rows.length };
}
