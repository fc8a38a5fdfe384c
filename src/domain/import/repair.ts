/**
 * Polygon hygiene: ring orientation (RFC 7946 §3.1.6, rewound with `@turf/rewind`) and
 * self-intersections (found with the project's indexed edge test, O(n log n) per polygon —
 * `@turf/kinks` is O(n²): on a 2,000-vertex ring 0.7 ms against 14 ms here, so 1,000 such polygons
 * would take 14 s; see src/domain/analysis/selfIntersection.ts — and repaired on request with
 * `@turf/unkink-polygon`, ../analysis/repair.ts, as the analysis repairs a drawing).
 */
import { rewind } from '@turf/rewind';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { EdgeSet } from '../analysis/edges';
import { findSelfIntersection } from '../analysis/selfIntersection';
import { splitAtCrossings } from '../analysis/repair';
import type { IssueLog } from './issues';
import { polygonsOf, ringArea, type Layer } from './layer';

/**
 * Rewinds, in place, polygons whose outer ring is clockwise or whose holes are counter-clockwise
 * (planar signed area in degrees; zero-area rings are left alone). Tallies the rings turned.
 */
export function fixWinding(layer: Layer, log: IssueLog): void {
  layer.features.forEach((f, i) => {
    let wrong = 0;
    for (const poly of polygonsOf(f.geometry)) {
      poly.forEach((ring, r) => {
        const a = ringArea(ring);
        if (r === 0 ? a < 0 : a > 0) wrong++;
      });
    }
    if (!wrong) return;
    rewind(f.geometry as Polygon | MultiPolygon, { mutate: true });
    log.tally('winding', { origin: layer.origins[i] }, { n: wrong });
  });
}

/** Where a polygon first crosses itself (`[lon, lat]` degrees), or null when simple (touching at points allowed). */
export function firstCrossing(rings: Position[][]): [number, number] | null {
  return findSelfIntersection(new EdgeSet(rings))?.position ?? null;
}

/**
 * Finds polygon features that cross themselves. Without `repair` they are tallied (the warning
 * names the first crossing) and kept; with it each is replaced, in place, by the valid polygons
 * `@turf/unkink-polygon` splits it into (a MultiPolygon when several), tallied as repaired.
 * @returns whether any self-intersection was found
 */
export function checkSelfIntersections(layer: Layer, log: IssueLog, repair: boolean, progress: (done: number) => void): boolean {
  let found = false;
  layer.features.forEach((f, i) => {
    if (i % 1000 === 0) progress(i);
    const polys = polygonsOf(f.geometry);
    let at: [number, number] | null = null;
    for (const poly of polys) if ((at = firstCrossing(poly))) break;
    if (!at) return;
    found = true;
    const site = { origin: layer.origins[i], position: at };
    if (!repair) return log.tally('self-intersection', site);
    try {
      const parts = splitAtCrossings(polys);
      f.geometry = parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
      log.tally('repaired', site, { extra: parts.length });
    } catch {
      log.tally('repair-failed', site);
    }
  });
  return found;
}
