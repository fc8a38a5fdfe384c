/**
 * Self-intersection test of polygon rings through the edge index: O(n log n) where
 * `@turf/kinks` compares every pair of edges (O(n²): 10 ms for Henan's 1,358 edges, 40 ms for
 * Sichuan's 2,720 on this machine). Two edges that are not neighbours in one ring may not cross
 * (a point interior to both) nor overlap along a stretch. Unlike `@turf/kinks`, mere touching at
 * a point is allowed: the provinces and prefectures the app offers as regions have islands and
 * holes that meet their outline at single vertices (valid OGC polygons), and kinks would refuse
 * 22 of them. For rings without touching points the two tests agree
 * (test/unit/analysisProperties.test.ts).
 */
import { contact, EPS } from './segments';
import type { EdgeSet } from './edges';

export interface SelfIntersection {
  /** `[lon, lat]` of the contact, degrees */
  position: [number, number];
  /** the two edges, as ring number and edge number within the ring */
  a: { ring: number; edge: number };
  b: { ring: number; edge: number };
}

function adjacent(edges: EdgeSet, i: number, j: number): boolean {
  const r = edges.ring[i];
  if (edges.ring[j] !== r) return false;
  const first = edges.ringStart[r], last = edges.ringStart[r + 1] - 1;
  return Math.abs(i - j) === 1 || (Math.min(i, j) === first && Math.max(i, j) === last);
}

/** Whether edges e and f overlap collinearly along a stretch longer than the tolerance. */
function overlapStretch(ts: number[], lenE: number): boolean {
  return ts.length >= 2 && (Math.max(...ts) - Math.min(...ts)) * lenE > EPS;
}

/**
 * The first crossing or collinear overlap between non-adjacent edges (lowest edge number, then
 * lowest partner), or null when the rings are simple (touching at points allowed).
 */
export function findSelfIntersection(edges: EdgeSet): SelfIntersection | null {
  const xy = edges.xy;
  const ts: number[] = [];
  for (let i = 0; i < edges.size; i++) {
    const ax = xy[4 * i], ay = xy[4 * i + 1], bx = xy[4 * i + 2], by = xy[4 * i + 3];
    let best = -1, bestT = 0;
    for (const j of edges.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
      if (j <= i || (best >= 0 && j > best) || adjacent(edges, i, j)) continue;
      ts.length = 0;
      const c = contact(ax, ay, bx, by, xy[4 * j], xy[4 * j + 1], xy[4 * j + 2], xy[4 * j + 3], ts);
      if (c === 'cross' || (c === 'touch' && overlapStretch(ts, Math.hypot(bx - ax, by - ay)))) {
        best = j;
        bestT = Math.min(...ts);
      }
    }
    if (best >= 0) {
      const where = (e: number) => ({ ring: edges.ring[e], edge: e - edges.ringStart[edges.ring[e]] });
      return { position: [ax + bestT * (bx - ax), ay + bestT * (by - ay)], a: where(i), b: where(best) };
    }
  }
  return null;
}
