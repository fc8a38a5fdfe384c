/**
 * Area of a county part ∩ region without building the intersection polygon. `@turf/area` is the
 * shoelace formula in the Lambert cylindrical equal-area plane (x = λ, y = sin φ; Chamberlain &
 * Duquette 2007), and a shoelace sum only needs the directed boundary pieces of P ∩ R: the
 * pieces of P's rings inside R plus the pieces of R's rings inside P, each with its ring's
 * interior on the left. Cutting edges at the same lon/lat crossing points polyclip would use,
 * this equals `@turf/area(@turf/intersect(P, R))` up to rounding (checked in
 * test/unit/analysisProperties.test.ts), at a fraction of the cost (no sweep line, no
 * big-number arithmetic). Only for outlines in general position: any touch (a vertex on the other
 * outline, a shared edge) returns null and the caller clips with `@turf/intersect` instead.
 */
import type { EdgeSet } from './edges';
import { EARTH_RADIUS_KM } from './geodesy';
import { contact } from './segments';

const RAD = Math.PI / 180;

/**
 * Shoelace sum (x = λ − λ0 radians, y = sin φ − y0) of the pieces of edges `ids` (ascending) of
 * `own` that lie inside `other`, each signed by its ring's orientation; null at the first touch.
 * Whether an edge starts inside is one point-in-polygon test at the start of each run of
 * consecutive edges of a ring, then carried along: an edge ends inside when it starts inside
 * and crosses `other` an even number of times (only proper crossings reach here — any touch,
 * hence any crossing through a vertex, has returned null).
 */
function piecesInside(own: EdgeSet, ids: ArrayLike<number>, other: EdgeSet, lon0: number, y0: number): number | null {
  const xy = own.xy, o = other.xy;
  const ts: number[] = [];
  let sum = 0;
  let prev = -2, endsInside = false;
  for (let k = 0, m = ids.length; k < m; k++) {
    const i = ids[k];
    const ax = xy[4 * i], ay = xy[4 * i + 1], bx = xy[4 * i + 2], by = xy[4 * i + 3];
    ts.length = 0;
    for (const j of other.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
      if (contact(ax, ay, bx, by, o[4 * j], o[4 * j + 1], o[4 * j + 2], o[4 * j + 3], ts) === 'touch') return null;
    }
    const startsInside: boolean = i === prev + 1 && own.ring[i] === own.ring[prev] ? endsInside : other.contains(ax, ay);
    endsInside = startsInside !== ((ts.length & 1) === 1);
    prev = i;
    if (ts.length === 0) {
      if (startsInside) sum += own.ringSign[own.ring[i]] * (((ax - lon0) * RAD) * (Math.sin(by * RAD) - y0) - ((bx - lon0) * RAD) * (Math.sin(ay * RAD) - y0));
      continue;
    }
    ts.sort((a, b) => a - b);
    ts.push(1);
    let inside = startsInside;
    let t0 = 0, x1 = (ax - lon0) * RAD, y1 = Math.sin(ay * RAD) - y0;
    let edgeSum = 0;
    for (const t of ts) {
      const x2 = (ax + t * (bx - ax) - lon0) * RAD, y2 = Math.sin((ay + t * (by - ay)) * RAD) - y0;
      if (inside && t > t0) edgeSum += x1 * y2 - x2 * y1;
      inside = !inside;
      [t0, x1, y1] = [t, x2, y2];
    }
    sum += own.ringSign[own.ring[i]] * edgeSum;
  }
  return sum;
}

/** The edge numbers 0 … n − 1 (a view of one shared array, grown as needed). */
let ALL = new Uint32Array(0);
function allEdges(n: number): Uint32Array {
  if (ALL.length < n) ALL = Uint32Array.from({ length: Math.max(n, 2 * ALL.length) }, (_, i) => i);
  return ALL.subarray(0, n);
}

/**
 * Geodesic area (km², as `@turf/area` measures) of part ∩ region, or null when the outlines
 * touch anywhere (then clip exactly instead).
 * @param part edge set of one county polygon (outer ring and holes)
 * @param region edge set of the region
 * @param nearRegionEdges region edges whose bbox meets the part's bbox (any order; not changed)
 */
export function overlapAreaKm2(part: EdgeSet, region: EdgeSet, nearRegionEdges: number[]): number | null {
  const lon0 = part.xy[0], y0 = Math.sin(part.xy[1] * RAD);
  const own = piecesInside(part, allEdges(part.size), region, lon0, y0);
  if (own === null) return null;
  const theirs = piecesInside(region, Uint32Array.from(nearRegionEdges).sort(), part, lon0, y0);
  if (theirs === null) return null;
  return Math.max(0, ((own + theirs) / 2) * EARTH_RADIUS_KM * EARTH_RADIUS_KM);
}
