/**
 * A synthetic layer of poor villages for the bench: China registered about 128,000 建档立卡贫困村;
 * their positions are not public, so the layer spreads that many points over the county polygons
 * in proportion to area, deterministically. Counted against regions on flat typed arrays
 * (points in bands of latitude sorted by longitude, the region on a grid: ./regionGrid).
 */
import type { AnalysisIndex } from './analysisIndex';
import type { CatalogIndex } from './catalogIndex';
import { mulberry32 } from './prng';
import { buildRegionGrid, CELLS_PER_EDGE as GRID_CELLS_PER_EDGE, gridContains, scanContains } from './regionGrid';
import { EdgeSet } from './edges';
import { validateRegion, type ValidRegion } from './region';
import { CATALOG_LAYER } from '../catalogLayers';

export interface VillagePoints {
  /** interleaved `[lon, lat, …]` degrees */
  xy: Float64Array;
  /** index of the county (in the input order) each point lies in */
  county: Uint32Array;
}

/**
 * Village points in bands of latitude ({@link BAND_DEG}), sorted by longitude within a band, as
 * flat arrays: a region's bbox is read band by band from a binary search on longitude.
 */
export interface VillageIndex {
  points: VillagePoints;
  /** longitude and latitude of the k-th point in band order (by band of latitude, then by longitude), degrees */
  x: Float64Array;
  y: Float64Array;
  /** its index in `points` */
  order: Uint32Array;
  /** points of band b (latitude y0 + b·BAND_DEG up to the next): positions `bandStart[b] … bandStart[b + 1]` */
  bandStart: Uint32Array;
  y0: number;
  /**
   * per `layer@km` of the catalog last asked: per point (in band order) 0 not yet measured,
   * 1 within km of the layer, 2 beyond — filled as regions reach the points
   */
  near: { catalog: CatalogIndex | null; byLayer: Map<string, Uint8Array> };
}

/** Largest-remainder split of n into integer shares proportional to `weights`. */
function apportion(n: number, weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total > 0 ? (n * w) / total : 0));
  const out = exact.map(Math.floor);
  let left = n - out.reduce((s, k) => s + k, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k][1]]++;
  return out;
}

/**
 * `n` points inside the county polygons, deterministic for a `seed`: each county part gets a
 * share of n proportional to its geodesic area (largest remainder), and its points are drawn
 * uniformly in lon/lat within the part's bbox (mulberry32) and kept when inside the part
 * (rejection sampling; about 2 draws per point).
 * @param index the analysis index (county parts, their areas and bboxes)
 */
export function syntheticVillages(index: AnalysisIndex, n = 128_000, seed = 2016): VillagePoints {
  const rand = mulberry32(seed);
  const owners = index.partOwner;
  const quota = apportion(n, owners.map(([ci, pi]) => index.counties[ci].partAreasKm2[pi]));
  const xy = new Float64Array(2 * n);
  const county = new Uint32Array(n);
  let k = 0;
  owners.forEach(([ci], item) => {
    if (quota[item] === 0) return;
    const [w, s, e, nn] = index.partBbox[item];
    const edges = index.partEdges(item);
    for (let got = 0; got < quota[item]; ) {
      const x = w + rand() * (e - w), y = s + rand() * (nn - s);
      if (!edges.contains(x, y)) continue;
      xy[2 * k] = x;
      xy[2 * k + 1] = y;
      county[k++] = ci;
      got++;
    }
  });
  return { xy, county };
}

/**
 * Edge tests of the plain ray that cost about as much as building one grid cell (measured on
 * 金寨县, 130 edges: below ~250 candidate points the plain ray is the faster).
 */
const SCAN_WORK_PER_CELL = 30;

/** Height of a band of the village index, degrees of latitude (~11 km: a county spans a few bands). */
export const BAND_DEG = 0.1;

/** Sort village points into a {@link VillageIndex} (O(n log n)). */
export function buildVillageIndex(points: VillagePoints): VillageIndex {
  const count = points.county.length, xy = points.xy;
  let y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < count; i++) [y0, y1] = [Math.min(y0, xy[2 * i + 1]), Math.max(y1, xy[2 * i + 1])];
  if (count === 0) [y0, y1] = [0, 0];
  const band = (i: number) => Math.floor((xy[2 * i + 1] - y0) / BAND_DEG);
  const bands = band(0) >= 0 && count > 0 ? Math.floor((y1 - y0) / BAND_DEG) + 1 : 1;
  const order = Uint32Array.from({ length: count }, (_, i) => i).sort((a, b) => band(a) - band(b) || xy[2 * a] - xy[2 * b] || a - b);
  const x = new Float64Array(count), y = new Float64Array(count);
  const bandStart = new Uint32Array(bands + 1);
  for (let k = 0; k < count; k++) {
    x[k] = xy[2 * order[k]];
    y[k] = xy[2 * order[k] + 1];
    bandStart[band(order[k]) + 1]++;
  }
  for (let b = 0; b < bands; b++) bandStart[b + 1] += bandStart[b];
  return { points, x, y, order, bandStart, y0, near: { catalog: null, byLayer: new Map() } };
}

/** First position k in [lo, hi) of the ascending `xs` with xs[k] ≥ v (hi when none). */
function lowerBound(xs: Float64Array, v: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit(k)` for each village (position k in band order) inside a validated region: the
 * points of the region's bbox band by band (binary search on longitude), then the region grid
 * (./regionGrid), or for a few points a plain ray over every edge — both the answers of
 * `EdgeSet.contains`, with no allocation per point.
 * @returns how many villages are inside
 */
export function villagesInside(villages: VillageIndex, region: ValidRegion, visit?: (k: number) => void): number {
  const [w, s, e, n] = region.bbox;
  const { x, y, bandStart, y0 } = villages;
  const bands = bandStart.length - 1;
  const b0 = Math.max(0, Math.floor((s - y0) / BAND_DEG)), b1 = Math.min(bands - 1, Math.floor((n - y0) / BAND_DEG));
  // points in the bbox's bands and longitudes (binary searches only; an upper bound of the
  // points in the bbox): a grid costs about 8 cells per edge to build, a plain ray over every edge E per point
  let candidates = 0;
  for (let b = b0; b <= b1; b++) candidates += lowerBound(x, e, bandStart[b], bandStart[b + 1]) - lowerBound(x, w, bandStart[b], bandStart[b + 1]);
  const edges = region.edges;
  const grid = candidates * edges.size > SCAN_WORK_PER_CELL * GRID_CELLS_PER_EDGE * edges.size ? buildRegionGrid(edges) : null;
  let inside = 0;
  for (let b = b0; b <= b1; b++) {
    for (let k = lowerBound(x, w, bandStart[b], bandStart[b + 1]), end = bandStart[b + 1]; k < end && x[k] <= e; k++) {
      const yk = y[k];
      if (yk < s || yk > n) continue;
      if (!(grid ? gridContains(grid, x[k], yk) : scanContains(edges, x[k], yk))) continue;
      inside++;
      visit?.(k);
    }
  }
  return inside;
}

/** Whether `r` is a region {@link validateRegion} returned (it carries its edge index). */
const isValidRegion = (r: unknown): r is ValidRegion => typeof r === 'object' && r !== null && (r as ValidRegion).edges instanceof EdgeSet;

/** The per-point "within km of layer" marks of a village index for a catalog (see VillageIndex.near). */
function nearMarks(villages: VillageIndex, catalog: CatalogIndex, layer: string, km: number): Uint8Array {
  if (villages.near.catalog !== catalog) villages.near = { catalog, byLayer: new Map() };
  const key = `${layer}@${km}`;
  let marks = villages.near.byLayer.get(key);
  if (!marks) {
    marks = new Uint8Array(villages.x.length);
    villages.near.byLayer.set(key, marks);
  }
  return marks;
}

/**
 * Villages inside a region, and how many of those lie within `withinKmOfRailway` km
 * (great-circle) of a railway of the plan. Inside: {@link villagesInside}. Near a railway:
 * measured with the catalog index the first time a point is reached, then kept per point in a
 * flat array, so a later region over the same points only reads it.
 * @param region Polygon/MultiPolygon Feature or geometry (validated: throws RegionError), or a
 *   region already validated
 */
export function countVillages(
  index: AnalysisIndex, villages: VillageIndex, region: unknown, withinKmOfRailway: number,
): { inside: number; nearRailway: number } {
  const r = isValidRegion(region) ? region : validateRegion(region);
  const marks = nearMarks(villages, index.catalog, CATALOG_LAYER.railway, withinKmOfRailway);
  const { x, y } = villages;
  let nearRailway = 0;
  const inside = villagesInside(villages, r, (k) => {
    if (marks[k] === 0) marks[k] = index.catalog.nearestWithin(x[k], y[k], CATALOG_LAYER.railway, withinKmOfRailway) ? 1 : 2;
    if (marks[k] === 1) nearRailway++;
  });
  return { inside, nearRailway };
}
