/**
 * The edges of a set of closed rings, in a flatbush index: point-in-polygon (even–odd), "is this
 * point on the boundary" and edge lookup by box, all in O(log n + k). Coordinates lon/lat degrees.
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { EPS, onSegment, rayCrosses, rayCrossesWest } from './segments';
import type { Bbox } from './types';

/** Heights (fractions of the bbox's height) of the lines {@link EdgeSet.interiorPoint} tries, in order. */
const INTERIOR_LINE_HEIGHTS = [0.5, 0.3, 0.7, 0.15, 0.85, 0.05, 0.95];
/** An inside run at least this wide (degrees, ~0.1 m) is taken at once. */
const MIN_INTERIOR_RUN_DEG = 1e-6;

/** Indexed edges of closed rings (a region's, or one county part's). */
export class EdgeSet {
  /** edge i runs from (xy[4i], xy[4i+1]) to (xy[4i+2], xy[4i+3]) */
  readonly xy: Float64Array;
  /** ring number of each edge, counting rings in input order */
  readonly ring: Uint32Array;
  /** first edge of each ring, plus a final entry = edge count */
  readonly ringStart: number[];
  /** per ring: +1 when, as stored, the polygon's interior lies on its left (outer ring
   * counter-clockwise or hole clockwise), else -1 */
  readonly ringSign: Int8Array;
  readonly bbox: Bbox;
  private readonly tree: Flatbush;
  /** {@link interiorPoint}, once found (undefined: not yet asked) */
  private interior: [number, number] | null | undefined;

  /**
   * @param rings closed rings (first position repeated last)
   * @param holes per ring, whether it is a hole (default: none is)
   */
  constructor(rings: Position[][], holes: boolean[] = []) {
    let n = 0;
    for (const r of rings) n += Math.max(0, r.length - 1);
    this.xy = new Float64Array(4 * n);
    this.ring = new Uint32Array(n);
    this.ringStart = [];
    this.ringSign = Int8Array.from(rings, (r, i) => ((signedArea(r) >= 0) !== (holes[i] ?? false) ? 1 : -1));
    this.tree = new Flatbush(Math.max(1, n));
    let e = 0;
    rings.forEach((r, ri) => {
      this.ringStart.push(e);
      for (let i = 0; i + 1 < r.length; i++, e++) {
        const [ax, ay] = r[i], [bx, by] = r[i + 1];
        this.xy[4 * e] = ax;
        this.xy[4 * e + 1] = ay;
        this.xy[4 * e + 2] = bx;
        this.xy[4 * e + 3] = by;
        this.ring[e] = ri;
        this.tree.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
    });
    this.ringStart.push(e);
    if (n === 0) this.tree.add(0, 0, 0, 0);
    this.tree.finish();
    this.bbox = n === 0 ? [0, 0, 0, 0] : [this.tree.minX, this.tree.minY, this.tree.maxX, this.tree.maxY];
  }

  get size(): number {
    return this.ring.length;
  }

  /** Indices of edges whose bbox meets the box `[w, s, e, n]`. */
  search(w: number, s: number, e: number, n: number): number[] {
    if (this.size === 0) return [];
    return this.tree.search(w, s, e, n);
  }

  /**
   * Even–odd point-in-polygon: true inside (holes excluded); either answer on the boundary itself.
   * The ray runs towards the nearer side of the bbox, east or west (fewer edges to look up): the
   * line y meets an even number of edges (half-open rule) and each crossing lies east or west of
   * x unless exactly at x, so both rays give the same answer off the boundary.
   */
  contains(x: number, y: number): boolean {
    let inside = false;
    const xy = this.xy;
    if (x - this.bbox[0] < this.bbox[2] - x) {
      for (const i of this.search(this.bbox[0], y, x, y)) {
        if (rayCrossesWest(x, y, xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3])) inside = !inside;
      }
      return inside;
    }
    for (const i of this.search(x, y, this.bbox[2], y)) {
      if (rayCrosses(x, y, xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3])) inside = !inside;
    }
    return inside;
  }

  /** Whether `(x, y)` lies on an edge, within 1e-9°. */
  onBoundary(x: number, y: number): boolean {
    const xy = this.xy;
    for (const i of this.search(x - EPS, y - EPS, x + EPS, y + EPS)) {
      if (onSegment(x, y, xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3])) return true;
    }
    return false;
  }

  /**
   * A point strictly inside the rings (even–odd, so not in a hole), `[lon, lat]` degrees, or null
   * when they enclose no area (no inside run wider than 1e-9°). Found on a horizontal line through the bbox: the middle of the
   * widest run between consecutive crossings that lies inside. Lines at a few heights are tried
   * until a run wider than 1e-6° (~0.1 m) is found, so the point is well off every edge. Computed
   * once per edge set (O(log n + k)).
   */
  interiorPoint(): [number, number] | null {
    if (this.interior !== undefined) return this.interior;
    const [w, s, e, n] = this.bbox, xy = this.xy;
    let best: [number, number] | null = null, bestWidth = 0;
    const xs: number[] = [];
    for (const f of INTERIOR_LINE_HEIGHTS) {
      const y = s + f * (n - s);
      xs.length = 0;
      for (const i of this.search(w, y, e, y)) {
        const ax = xy[4 * i], ay = xy[4 * i + 1], bx = xy[4 * i + 2], by = xy[4 * i + 3];
        // the half-open rule of rayCrosses: a line through a vertex counts it once, so runs pair up
        if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        if (xs[k + 1] - xs[k] > bestWidth) [best, bestWidth] = [[(xs[k] + xs[k + 1]) / 2, y], xs[k + 1] - xs[k]];
      }
      if (bestWidth > MIN_INTERIOR_RUN_DEG) break;
    }
    this.interior = bestWidth > EPS ? best : null;
    return this.interior;
  }

  /** 'in', 'out' or 'edge' (on the boundary within 1e-9°). */
  locate(x: number, y: number): 'in' | 'out' | 'edge' {
    if (this.onBoundary(x, y)) return 'edge';
    return this.contains(x, y) ? 'in' : 'out';
  }
}

/** Planar signed area of a closed ring in lon/lat (> 0 counter-clockwise). */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** The edge set of MultiPolygon coordinates: every ring, the first of each polygon outer. */
export function polygonEdges(polygons: Position[][][]): EdgeSet {
  return new EdgeSet(polygons.flat(), polygons.flatMap((p) => p.map((_, i) => i > 0)));
}
