/** What an imported layer holds: its property fields (for styling, filters, legend) and extent. */
import { eachPosition, kindOf } from './layer';
import type { FieldInfo, ImportedData, UserFeature } from './types';

const TOP_VALUES = 50;

interface Acc {
  number: number;
  string: number;
  boolean: number;
  counts: Map<string, number>;
  min: number;
  max: number;
}

/**
 * One {@link FieldInfo} per property name, in order of first appearance. `type` is the kind most
 * non-null values have (ties: string, then number); `values` the 50 most frequent values as text
 * (ties by text); `min`/`max` over the numeric values of number fields. O(features × fields).
 */
export function describeFields(features: UserFeature[]): FieldInfo[] {
  const accs = new Map<string, Acc>();
  for (const f of features) {
    const props = f.properties;
    for (const name of Object.keys(props)) {
      const v = props[name];
      let a = accs.get(name);
      if (!a) accs.set(name, (a = { number: 0, string: 0, boolean: 0, counts: new Map(), min: Infinity, max: -Infinity }));
      if (v === null) continue;
      const t = typeof v as 'number' | 'string' | 'boolean';
      a[t]++;
      if (t === 'number') {
        a.min = Math.min(a.min, v as number);
        a.max = Math.max(a.max, v as number);
      }
      const key = String(v);
      a.counts.set(key, (a.counts.get(key) ?? 0) + 1);
    }
  }
  return [...accs].map(([name, a]) => {
    const type = a.string >= a.number && a.string >= a.boolean ? 'string' : a.number >= a.boolean ? 'number' : 'boolean';
    const values = [...a.counts]
      .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))
      .slice(0, TOP_VALUES)
      .map(([value, count]) => ({ value, count }));
    const info: FieldInfo = { name, type, count: a.number + a.string + a.boolean, values, distinct: a.counts.size };
    if (type === 'number' && a.number) {
      info.min = a.min;
      info.max = a.max;
    }
    return info;
  });
}

/**
 * The smallest interval of longitudes covering every value of `lons` (degrees, −180…180) on the
 * circle: `[west, east]` with west ≤ east; when that interval crosses the antimeridian east is
 * above 180 (east − 360 is the east edge as drawn), e.g. [177, 180, −178] → [177, 182].
 * −180 and 180 are the same meridian. O(n log n); `lons` must not be empty.
 */
export function longitudeExtent(lons: ArrayLike<number>): [number, number] {
  const a = Float64Array.from(lons);
  return spanExtent(a, a);
}

/**
 * {@link longitudeExtent} of spans `[west[i], east[i]]` (degrees, west ≤ east, −180…180): the
 * smallest interval on the circle covering all of them. An edge of a line or ring covers the
 * longitudes between its ends (GeoJSON edges are straight in lon/lat, RFC 7946 §3.1.1), so a ring
 * drawn from −180 to 180 (Antarctica in world-borders files) covers every longitude, which its
 * vertices alone would not say. O(n log n).
 */
export function spanExtent(west: Float64Array, east: Float64Array): [number, number] {
  const m = west.length;
  const order = Uint32Array.from({ length: m }, (_, i) => i).sort((i, j) => west[i] - west[j]);
  const first = west[order[0]];
  // sweep in order of west edge: a gap is where the next span starts beyond every earlier east edge
  let reach = east[order[0]];
  let gap = -1, gapWest = 0, gapEast = 0;
  for (let k = 1; k < m; k++) {
    const i = order[k];
    if (west[i] - reach > gap) [gap, gapWest, gapEast] = [west[i] - reach, west[i], reach];
    if (east[i] > reach) reach = east[i];
  }
  // the gap across the antimeridian, from the farthest east edge round to the first west edge
  const wrap = first + 360 - reach;
  return gap <= wrap ? [first, reach] : [gapWest, gapEast + 360];
}

/** Calls `fn(west, east)` for each point (a span of width 0) and each edge of a line or ring. */
function eachSpan(g: UserFeature['geometry'], fn: (west: number, east: number) => void): void {
  const path = (ps: number[][]) => {
    if (ps.length === 1) fn(ps[0][0], ps[0][0]);
    for (let i = 1; i < ps.length; i++) fn(Math.min(ps[i - 1][0], ps[i][0]), Math.max(ps[i - 1][0], ps[i][0]));
  };
  if (g.type === 'Point') fn(g.coordinates[0], g.coordinates[0]);
  else if (g.type === 'MultiPoint') for (const p of g.coordinates) fn(p[0], p[0]);
  else if (g.type === 'LineString') path(g.coordinates);
  else if (g.type === 'MultiLineString' || g.type === 'Polygon') for (const l of g.coordinates) path(l);
  else if (g.type === 'MultiPolygon') for (const poly of g.coordinates) for (const r of poly) path(r);
}

/**
 * Extent `[w, s, e, n]` degrees (the smallest longitude interval, see {@link longitudeExtent}:
 * e > 180 when the data crosses or touches ±180° from both sides), counts by kind and total
 * positions of the features. `[0, 0, 0, 0]` without positions.
 */
export function summarize(features: UserFeature[]): Pick<ImportedData, 'bbox' | 'kinds' | 'vertexCount'> {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity, vertices = 0;
  const kinds = { point: 0, line: 0, polygon: 0 };
  for (const f of features) {
    kinds[kindOf(f.geometry)]++;
    eachPosition(f.geometry, ([x, y]) => {
      vertices++;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    });
  }
  if (e - w > 180) {
    // wider than half the world: an interval across the antimeridian may be smaller
    const west: number[] = [], east: number[] = [];
    for (const f of features) eachSpan(f.geometry, (a, b) => void (west.push(a), east.push(b)));
    [w, e] = spanExtent(Float64Array.from(west), Float64Array.from(east));
  }
  return { bbox: vertices ? [w, s, e, n] : [0, 0, 0, 0], kinds, vertexCount: vertices };
}
