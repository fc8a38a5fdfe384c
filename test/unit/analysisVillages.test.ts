/**
 * Synthetic poor-village layer (src/domain/analysis/villages.ts): deterministic, inside the
 * county polygons, spread by area, and counted against regions as a brute-force loop counts, on
 * the flat path (points by latitude, region grid) with the answers of EdgeSet.contains.
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { buildAnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { circleRegion } from '../../src/domain/analysis/circle';
import { mulberry32 } from '../../src/domain/analysis/prng';
import { validateRegion } from '../../src/domain/analysis/region';
import { buildRegionGrid, gridContains } from '../../src/domain/analysis/regionGrid';
import { buildVillageIndex, countVillages, syntheticVillages, villagesInside } from '../../src/domain/analysis/villages';
import { atlas, chinaOutline } from './generatedData';

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

describe('villages on the flat path (regionGrid)', () => {
  const villages = buildVillageIndex(points);
  const henan = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '41')!;
  const regions: [string, unknown][] = [
    ['金寨县', data.countyByAdcode.get('341524')!],
    ['南郊区 (three holes)', data.countyByAdcode.get('140211')!],
    ['河南', henan],
    ['circle 300 km', circleRegion([113, 28], 300)],
    ['all China', chinaOutline()],
  ];

  it.each(regions)('%s: the grid answers as EdgeSet.contains for every point in the bbox, and turf agrees on 400 of them', (_, region) => {
    const r = validateRegion(region);
    const grid = buildRegionGrid(r.edges);
    let inside = 0, checked = 0;
    for (let i = 0; i < N; i++) {
      const x = points.xy[2 * i], y = points.xy[2 * i + 1];
      const want = r.edges.contains(x, y);
      expect(gridContains(grid, x, y)).toBe(want);
      if (want) inside++;
      if (checked < 400 && x >= r.bbox[0] && x <= r.bbox[2] && y >= r.bbox[1] && y <= r.bbox[3]) {
        checked++;
        expect(booleanPointInPolygon([x, y], { type: 'MultiPolygon', coordinates: r.polygons })).toBe(want);
      }
    }
    expect(villagesInside(villages, r)).toBe(inside);
    expect(countVillages(index, villages, r, 50).inside).toBe(inside);
    expect(inside).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(0);
  });

  it('points on a grid cell’s corner, on the bbox’s east and north edges, and outside it', () => {
    const square = validateRegion({ type: 'Polygon', coordinates: [[[100, 30], [101, 30], [101, 31], [100, 31], [100, 30]]] });
    const grid = buildRegionGrid(square.edges);
    for (const [x, y] of [[100.5, 30.5], [100.25, 30.75], [100 + 1 / 16, 30 + 1 / 16], [101, 30.5], [100.5, 31], [99.9, 30.5], [101.1, 30.5], [100.5, 31.1]]) {
      expect(gridContains(grid, x, y), `${x} ${y}`).toBe(square.edges.contains(x, y));
    }
  });

  it('all China holds every village; a second count of a region reads the kept railway marks and agrees', () => {
    expect(villagesInside(villages, validateRegion(chinaOutline()))).toBe(N);
    const region = circleRegion([105, 30], 400);
    const first = countVillages(index, villages, region, 50);
    expect(countVillages(index, villages, region, 50)).toEqual(first);
    // another distance is measured afresh, not read from the 50 km marks
    const near10 = countVillages(index, villages, region, 10);
    expect(near10.inside).toBe(first.inside);
    expect(near10.nearRailway).toBeLessThan(first.nearRailway);
  });
});
