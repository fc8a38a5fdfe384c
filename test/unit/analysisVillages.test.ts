/**
 * Synthetic poor-village layer (src/domain/analysis/villages.ts): deterministic, inside the
 * county polygons, spread by area, and counted against regions as a brute-force loop counts.
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { buildAnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { circleRegion } from '../../src/domain/analysis/circle';
import { mulberry32 } from '../../src/domain/analysis/prng';
import { buildVillageIndex, countVillages, syntheticVillages } from '../../src/domain/analysis/villages';
import { atlas } from './generatedData';

const data = atlas();
const index = buildAnalysisIndex(data);
const N = 20_000;
const points = syntheticVillages(index, N, 2016);

describe('synthetic villages', () => {
  it('mulberry32 is deterministic and uniform-looking', () => {
    const a = mulberry32(1), b = mulberry32(1);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('the same seed gives the same points, another seed other points', () => {
    const again = syntheticVillages(index, N, 2016);
    expect(again.xy).toEqual(points.xy);
    expect(syntheticVillages(index, 100, 7).xy).not.toEqual(syntheticVillages(index, 100, 2016).xy);
  });

  it('gives exactly n points, each inside the county it is assigned to', () => {
    expect(points.county.length).toBe(N);
    for (let i = 0; i < N; i += 97) {
      const c = index.counties[points.county[i]];
      expect(booleanPointInPolygon([points.xy[2 * i], points.xy[2 * i + 1]], { type: 'MultiPolygon', coordinates: c.parts })).toBe(true);
    }
  });

  it('spreads points by county area (largest remainder per polygon part)', () => {
    const counts = new Map<number, number>();
    for (const c of points.county) counts.set(c, (counts.get(c) ?? 0) + 1);
    const total = index.counties.reduce((s, c) => s + c.areaKm2, 0);
    index.counties.forEach((c, ci) => {
      expect(Math.abs((counts.get(ci) ?? 0) - (N * c.areaKm2) / total)).toBeLessThanOrEqual(c.parts.length);
    });
  });

  it('counts villages in a region, and near a railway, as a brute-force loop does', () => {
    const villages = buildVillageIndex(points);
    const region = circleRegion([105, 30], 400);
    const got = countVillages(index, villages, region, 50);
    const railways = data.catalog.features.filter((f) => f.properties.layer === 'railway');
    let inside = 0, near = 0;
    for (let i = 0; i < N; i++) {
      const p = [points.xy[2 * i], points.xy[2 * i + 1]];
      if (!booleanPointInPolygon(p, region)) continue;
      inside++;
      if (railways.some((r) => r.geometry.type === 'LineString' && pointToLineDistance(p, r.geometry, { units: 'kilometers' }) <= 50)) near++;
    }
    expect(got.inside).toBe(inside);
    expect(inside).toBeGreaterThan(200);
    // turf reads each railway edge as a great-circle arc, the index as straight in lon/lat: allow a village or two at the 50 km line
    expect(Math.abs(got.nearRailway - near)).toBeLessThanOrEqual(Math.max(2, near * 0.005));
    expect(near).toBeGreaterThan(0);
  });
});
