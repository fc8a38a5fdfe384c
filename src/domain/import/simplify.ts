/**
 * Bringing lines and polygons under a vertex budget with `@turf/simplify` (Douglas–Peucker after
 * a radial-distance pass), searching the tolerance by doubling.
 */
import { simplify } from '@turf/simplify';
import type { FeatureCollection } from 'geojson';
import { kindOf, vertexCount, type Layer } from './layer';
import type { UserFeature, UserGeometry } from './types';

export interface Simplified {
  before: number;
  after: number;
  /** the last tolerance used, degrees */
  toleranceDeg: number;
}

const START_TOLERANCE_DEG = 1e-6; // ≈ 0.1 m
const MAX_ROUNDS = 40;

/**
 * Simplifies, in place, the lines and polygons of `layer` until all features together have at
 * most `maxVertices` positions (points cannot be simplified and count as they are). Each round
 * doubles the tolerance and simplifies the previous round's result, so rounds get cheaper; the
 * result then deviates from the original by at most about twice the final tolerance.
 * @returns vertex counts before/after and the tolerance; `after` may still exceed the budget when
 *   points alone exceed it or shapes cannot be simplified further
 */
export function simplifyToBudget(layer: Layer, maxVertices: number, progress: (round: number) => void): Simplified {
  const counts = layer.features.map((f) => vertexCount(f.geometry));
  const before = counts.reduce((a, b) => a + b, 0);
  const shapes = layer.features.map((f, i) => ({ f, i })).filter(({ f }) => kindOf(f.geometry) !== 'point');
  let total = before;
  let tolerance = START_TOLERANCE_DEG;
  for (let round = 0; total > maxVertices && round < MAX_ROUNDS && shapes.length; round++, tolerance *= 2) {
    progress(round);
    const fc: FeatureCollection<UserGeometry> = { type: 'FeatureCollection', features: shapes.map(({ f }) => f) };
    const out = simplify(fc, { tolerance, highQuality: false, mutate: true }) as FeatureCollection<UserGeometry>;
    out.features.forEach((g, k) => {
      const { i } = shapes[k];
      (layer.features[i] as UserFeature).geometry = g.geometry;
      total += vertexCount(g.geometry) - counts[i];
      counts[i] = vertexCount(g.geometry);
    });
  }
  return { before, after: total, toleranceDeg: tolerance / 2 };
}
