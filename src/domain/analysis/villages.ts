/**
 * A synthetic layer of poor villages for the bench: China registered about 128,000 建档立卡贫困村;
 * their positions are not public, so the layer spreads that many points over the county polygons
 * in proportion to area, deterministically. Counted against regions through a point index.
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import type { AnalysisIndex } from './analysisIndex';
import { mulberry32 } from './prng';
import { validateRegion } from './region';
import { CATALOG_LAYER } from '../catalogLayers';

export interface VillagePoints {
  /** interleaved `[lon, lat, …]` degrees */
  xy: Float64Array;
  /** index of the county (in the input order) each point lies in */
  county: Uint32Array;
}

export interface VillageIndex {
  points: VillagePoints;
  tree: Flatbush;
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

/** A flatbush point index over village points. */
export function buildVillageIndex(points: VillagePoints): VillageIndex {
  const count = points.county.length;
  const tree = new Flatbush(Math.max(1, count));
  for (let i = 0; i < count; i++) tree.add(points.xy[2 * i], points.xy[2 * i + 1]);
  if (count === 0) tree.add(0, 0);
  tree.finish();
  return { points, tree };
}

/**
 * Villages inside a region, and how many of those lie within `withinKmOfRailway` km
 * (great-circle) of a railway of the plan.
 * @param region Polygon/MultiPolygon Feature or geometry (validated: throws RegionError)
 */
export function countVillages(
  index: AnalysisIndex, villages: VillageIndex, region: unknown, withinKmOfRailway: number,
): { inside: number; nearRailway: number } {
  const r = validateRegion(region);
  const xy = villages.points.xy;
  let inside = 0, nearRailway = 0;
  if (villages.points.county.length === 0) return { inside, nearRailway };
  for (const i of villages.tree.search(...r.bbox)) {
    const p: Position = [xy[2 * i], xy[2 * i + 1]];
    if (!r.edges.contains(p[0], p[1])) continue;
    inside++;
    if (index.catalog.nearestWithin(p[0], p[1], CATALOG_LAYER.railway, withinKmOfRailway)) nearRailway++;
  }
  return { inside, nearRailway };
}
