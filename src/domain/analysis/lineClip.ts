/**
 * Clip a polyline to the region: each edge is cut where the region's outline meets it (edges
 * found through the region's edge index), and each piece kept when its midpoint is inside or on
 * the outline. Planar in lon/lat, as GeoJSON draws both.
 */
import type { Position } from 'geojson';
import type { EdgeSet } from './edges';
import { contact, EPS } from './segments';

/** Position at parameter t of a–b, returning the endpoints themselves at t = 0 and 1. */
function at(a: Position, b: Position, t: number): Position {
  if (t <= 0) return a;
  if (t >= 1) return b;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/**
 * The pieces of `line` (`[lon, lat]` positions) inside the region whose outline is `region`,
 * as polylines in order along the line; [] when none.
 */
export function clipLine(line: Position[], region: EdgeSet): Position[][] {
  const pieces: Position[][] = [];
  let open: Position[] | null = null;
  const ts: number[] = [];
  const r = region.xy;
  for (let v = 0; v + 1 < line.length; v++) {
    const a = line[v], b = line[v + 1];
    ts.length = 0;
    ts.push(0, 1);
    for (const j of region.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]))) {
      contact(a[0], a[1], b[0], b[1], r[4 * j], r[4 * j + 1], r[4 * j + 2], r[4 * j + 3], ts);
    }
    ts.sort((x, y) => x - y);
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (let k = 0; k + 1 < ts.length; k++) {
      if ((ts[k + 1] - ts[k]) * len <= EPS) continue;
      const mid = at(a, b, (ts[k] + ts[k + 1]) / 2);
      if (region.locate(mid[0], mid[1]) === 'out') {
        open = null;
        continue;
      }
      const p = at(a, b, ts[k]), q = at(a, b, ts[k + 1]);
      if (!open) pieces.push((open = [p]));
      open.push(q);
    }
  }
  return pieces;
}
