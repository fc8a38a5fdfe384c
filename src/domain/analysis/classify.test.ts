/**
 * Part placement without clipping (issue 15, item 3): parts whose outline lies on the region's
 * outline — a county picked as its own region, islands and coastal counties of a province or of
 * all China — are decided inside or outside by one interior point, so no exact clip runs, and
 * the areas stay those of the stored polygons.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlas, chinaOutline } from '../../../test/unit/generatedData';
import { buildAnalysisIndex, partsIn } from './analysisIndex';
import { placePart, type PartPlacement } from './classify';
import { coverageReport } from './coverage';
import { polygonEdges } from './edges';
import { validateRegion } from './region';

const data = atlas();
const index = buildAnalysisIndex(data);

/** How many candidate parts of the region fall in each placement. */
function placements(region: unknown): Record<PartPlacement, number> {
  const r = validateRegion(region);
  const n: Record<PartPlacement, number> = { inside: 0, outside: 0, crossed: 0 };
  for (const item of partsIn(index, r.bbox)) n[placePart(r.edges, index.partEdges(item), index.partBbox[item])]++;
  return n;
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const storedKm2 = (adcode: string) => index.counties.find((c) => c.props.adcode === adcode)!.areaKm2;
const province = (code: string) => data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === code)!;

describe('EdgeSet.interiorPoint', () => {
  const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings.map((r) => [...r, r[0]]) });

  it('lies inside a U shape and outside the hole of a square with a hole (turf agrees)', () => {
    const u = poly([[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3]]);
    // the hole covers the middle row of the square, where the first line is drawn
    const holed = poly([[0, 0], [4, 0], [4, 4], [0, 4]], [[0.5, 1], [0.5, 3], [3.5, 3], [3.5, 1]]);
    for (const p of [u, holed]) {
      const pt = polygonEdges([p.coordinates]).interiorPoint();
      expect(pt).not.toBeNull();
      expect(booleanPointInPolygon(pt!, p, { ignoreBoundary: true })).toBe(true);
    }
  });

  it('is null for rings with no area', () => {
    expect(polygonEdges([[[[0, 0], [1, 1], [2, 2], [0, 0]]]]).interiorPoint()).toBeNull();
  });
});

describe('a county picked as its own region takes the fast path', () => {
  it.each([
    ['341524', '金寨县'],
    ['330903', '普陀区'], // 13 island parts
    ['460300', '三沙市'], // 176 island parts
    ['140211', '南郊区'], // three holes, each another county
  ])('%s %s: every own part inside, every other part outside, none clipped; area = stored area (1e-9)', (adcode, name) => {
    const county = data.countyByAdcode.get(adcode)!;
    expect(county.properties.name).toBe(name);
    const parts = index.counties.find((c) => c.props.adcode === adcode)!.parts.length;
    const n = placements(county);
    expect(n.crossed).toBe(0);
    expect(n.inside).toBe(parts);
    expect(n.outside).toBeGreaterThan(0);
    const report = coverageReport(index, county, { nearestLayers: [] });
    expect(report.counties.map((c) => c.adcode)).toEqual([adcode]);
    expect(rel(report.counties[0].insideKm2, storedKm2(adcode))).toBeLessThan(1e-9);
    expect(rel(report.counties[0].insideKm2, area(county) / 1e6)).toBeLessThan(1e-9);
  });

  it('the counties in the holes of 南郊区 are outside it although their whole outline lies on its outline', () => {
    const r = validateRegion(data.countyByAdcode.get('140211')!);
    const enclaves = index.counties.filter((c) => c.props.adcode !== '140211' && c.parts.every((p) => p[0].every(([x, y]) => r.edges.onBoundary(x, y))));
    expect(enclaves.length).toBeGreaterThanOrEqual(1);
    for (const c of enclaves) {
      const ci = index.counties.indexOf(c);
      const items = index.partOwner.flatMap(([o], item) => (o === ci ? [item] : []));
      for (const item of items) expect(placePart(r.edges, index.partEdges(item), index.partBbox[item]), c.props.name).toBe('outside');
    }
  });
});

describe('a province or all China as region takes the fast path', () => {
  it.each([['41', '河南'], ['33', '浙江'], ['46', '海南'], ['44', '广东']])('province %s %s: no part clipped; county areas sum to the region’s within 1e-6', (code) => {
    const n = placements(province(code));
    expect(n.crossed).toBe(0);
    const report = coverageReport(index, province(code), { nearestLayers: [] });
    const own = data.counties.features.filter((f) => f.properties.provCode === code).map((f) => f.properties.adcode).sort();
    expect(report.counties.map((c) => c.adcode)).toEqual(own);
    for (const c of report.counties) expect(rel(c.insideKm2, c.areaKm2)).toBeLessThan(1e-12);
    expect(rel(report.counties.reduce((s, c) => s + c.insideKm2, 0), report.region.areaKm2)).toBeLessThan(1e-6);
  });

  it('all China (the provinces merged): all 2,886 counties whole, no part clipped, areas sum to the region’s within 1e-6', () => {
    const china = chinaOutline();
    const n = placements(china);
    expect(n.crossed).toBe(0);
    expect(n.outside).toBe(0);
    expect(n.inside).toBe(index.partOwner.length);
    const report = coverageReport(index, china, { nearestLayers: [] });
    expect(report.counties.length).toBe(2886);
    const sum = report.counties.reduce((s, c) => s + c.insideKm2, 0);
    expect(rel(sum, index.counties.reduce((s, c) => s + c.areaKm2, 0))).toBeLessThan(1e-12);
    expect(rel(sum, report.region.areaKm2)).toBeLessThan(1e-6);
    expect(report.region.areaKm2).toBeGreaterThan(9.4e6); // China: about 9.6 million km² (from memory), as these polygons draw it 9.52
    expect(report.region.areaKm2).toBeLessThan(9.7e6);
  });
});
