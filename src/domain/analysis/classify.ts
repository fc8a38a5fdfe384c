/**
 * Where a county part lies relative to the region, decided from the two outlines without
 * clipping: wholly inside, wholly outside, or crossed by the region's outline (only then does its
 * area need computing). Exact for outlines that share vertices and edges (a picked province
 * against its own counties, a county against itself) thanks to the 1e-9° tolerance of ./segments.
 */
import type { EdgeSet } from './edges';
import { contact, EPS } from './segments';
import type { Bbox } from './types';

export type PartPlacement = 'inside' | 'outside' | 'crossed';

/** Whether part edge j has the ends (ax, ay) and (bx, by), in either direction (exactly). */
function isPartEdge(p: Float64Array, j: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cx = p[4 * j], cy = p[4 * j + 1], dx = p[4 * j + 2], dy = p[4 * j + 3];
  return (cx === ax && cy === ay && dx === bx && dy === by) || (cx === bx && cy === by && dx === ax && dy === ay);
}

/**
 * Whether some region edge near the part enters the part's interior. A region edge that is a
 * part edge (the same two vertices: outlines built from shared arcs, as a province's and its
 * counties') lies on the part's boundary and is passed over at once; as a shared stretch of
 * outline runs edge after edge, the part edge next to the last one shared is tried before any
 * lookup.
 */
function outlineEntersPart(region: EdgeSet, part: EdgeSet, candidates: number[]): boolean {
  const r = region.xy, p = part.xy, m = part.size;
  const ts: number[] = [];
  let shared = -1; // the part edge the previous region edge was, or -1
  for (const i of Uint32Array.from(candidates).sort()) {
    const ax = r[4 * i], ay = r[4 * i + 1], bx = r[4 * i + 2], by = r[4 * i + 3];
    // a ring lying wholly inside the part has no contact with it: test its first vertex
    if (i === region.ringStart[region.ring[i]] && part.locate(ax, ay) === 'in') return true;
    if (shared >= 0) {
      const next = shared + 1 < m && isPartEdge(p, shared + 1, ax, ay, bx, by) ? shared + 1 : shared > 0 && isPartEdge(p, shared - 1, ax, ay, bx, by) ? shared - 1 : -1;
      shared = next;
      if (next >= 0) continue;
    }
    const near = part.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    if (near.length === 0) continue;
    for (const j of near) if (isPartEdge(p, j, ax, ay, bx, by)) shared = j;
    if (shared >= 0) continue;
    ts.length = 0;
    ts.push(0, 1);
    for (const j of near) {
      if (contact(ax, ay, bx, by, p[4 * j], p[4 * j + 1], p[4 * j + 2], p[4 * j + 3], ts) === 'cross') return true;
    }
    if (ts.length === 2) continue; // no contact: the edge is wholly in or out, and its ring is tested above or touches elsewhere
    ts.sort((a, b) => a - b);
    const len = Math.hypot(bx - ax, by - ay);
    for (let k = 0; k + 1 < ts.length; k++) {
      if ((ts[k + 1] - ts[k]) * len <= EPS) continue;
      const t = (ts[k] + ts[k + 1]) / 2;
      if (part.locate(ax + t * (bx - ax), ay + t * (by - ay)) === 'in') return true;
    }
  }
  return false;
}

/**
 * Place a county part (its edge index and bbox) against the region's edge index. When no region
 * edge enters the part's interior, that interior (connected, holes and all) lies wholly on one
 * side of the region's outline, told by one point-in-polygon test of a point strictly inside the
 * part ({@link EdgeSet.interiorPoint}). This holds also where the part's outline lies partly or
 * wholly on the region's (a county picked as its own region; islands and coastal counties of a
 * picked province or of all China), which so need no clip. Only a part with no area, or whose
 * interior point falls on the region's outline (within 1e-9°, which the first test excludes up to
 * rounding), is returned as 'crossed' so the caller clips it.
 */
export function placePart(region: EdgeSet, part: EdgeSet, partBbox: Bbox): PartPlacement {
  const candidates = region.search(...partBbox);
  if (candidates.length === 0) return region.contains(part.xy[0], part.xy[1]) ? 'inside' : 'outside';
  if (outlineEntersPart(region, part, candidates)) return 'crossed';
  const p = part.interiorPoint();
  if (!p || region.onBoundary(p[0], p[1])) return 'crossed';
  return region.contains(p[0], p[1]) ? 'inside' : 'outside';
}
