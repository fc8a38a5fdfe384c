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
  const a = Float64Array.from(lons).sort();
  const m = a.length;
  // the gap left open by [a[0], a[m - 1]] is the one across the antimeridian
  let gap = a[0] + 360 - a[m - 1];
  let after = 0;
  for (let i = 0; i + 1 < m; i++) {
    const d = a[i + 1] - a[i];
    if (d > gap) [gap, after] = [d, i + 1];
  }
  return after === 0 ? [a[0], a[m - 1]] : [a[after], a[after - 1] + 360];
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
    const lons = new Float64Array(vertices);
    let i = 0;
    for (const f of features) eachPosition(f.geometry, ([x]) => void (lons[i++] = x));
    [w, e] = longitudeExtent(lons);
  }
  return { bbox: vertices ? [w, s, e, n] : [0, 0, 0, 0], kinds, vertexCount: vertices };
}
