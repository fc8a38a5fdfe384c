/**
 * Spatial analysis (src/domain/analysis) against known answers: geodesic measures, county
 * coverage of a county and a province, a railway cut in half, circle areas, distance shares on a
 * synthetic layout, plan projects against independent turf checks, the naive baseline, and every
 * refused region with its code and message.
 */
import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { buildAnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { circleRegion } from '../../src/domain/analysis/circle';
import { coverageReport, listingThresholdKm2 } from '../../src/domain/analysis/coverage';
import { touchesAnyCounty } from '../../src/domain/analysis/countyCoverage';
import { RegionError, type RegionErrorCode } from '../../src/domain/analysis/errors';
import { haversineKm, KM_PER_DEGREE, pathKm } from '../../src/domain/analysis/geodesy';
import { measure } from '../../src/domain/analysis/measure';
import { naiveCoverage } from '../../src/domain/analysis/naive';
import { validateRegion } from '../../src/domain/analysis/region';
import type { AnalysisInput } from '../../src/domain/analysis/types';
import type { Catalog, CatalogProperties, CountyProperties } from '../../src/domain/types';
import { atlas } from './generatedData';

const data = atlas();
const index = buildAnalysisIndex(data);
const rect = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function refusal(fn: () => unknown): RegionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegionError) return e;
    throw e;
  }
  throw new Error('expected a RegionError');
}

describe('measure', () => {
  it('two points on a meridian 1° apart measure 111.2 km within 0.1%', () => {
    const m = measure({ type: 'LineString', coordinates: [[110, 30], [110, 31]] });
    expect(rel(m.lengthKm, 111.2)).toBeLessThan(0.001);
    expect(m.areaKm2).toBe(0);
  });

  it('a 1° × 1° cell at the equator has area and perimeter of the sphere formulas', () => {
    const m = measure(rect(0, 0, 1, 1));
    // exact spherical area of the cell: R² · Δλ · (sin φ2 − sin φ1)
    const R = KM_PER_DEGREE * (180 / Math.PI);
    expect(rel(m.areaKm2, R * R * (Math.PI / 180) * Math.sin(Math.PI / 180))).toBeLessThan(1e-6);
    expect(rel(m.perimeterKm, 2 * KM_PER_DEGREE + KM_PER_DEGREE + haversineKm(0, 1, 1, 1))).toBeLessThan(1e-9);
  });

  it.each([20, 30, 40, 50])('a circle of radius r has area π r² within one percent at latitude %i°', (lat) => {
    for (const r of [10, 100, 300, 1000]) {
      const m = measure(circleRegion([105, lat], r));
      expect(rel(m.areaKm2, Math.PI * r * r)).toBeLessThan(0.01);
      expect(rel(m.perimeterKm, 2 * Math.PI * r)).toBeLessThan(0.01);
    }
  });
});

describe('coverageReport: counties', () => {
  it('a region equal to 金寨县 reports exactly that county at 100%, its area its polygon’s geodesic area', () => {
    const county = data.countyByAdcode.get('341524')!;
    const report = coverageReport(index, county);
    expect(report.counties.map((c) => c.adcode)).toEqual(['341524']);
    const [c] = report.counties;
    expect(c.name).toBe('金寨县');
    expect(c.sharePct).toBeCloseTo(100, 6);
    const km2 = area(county) / 1e6;
    expect(rel(c.insideKm2, km2)).toBeLessThan(0.005);
    expect(rel(report.region.areaKm2, km2)).toBeLessThan(0.005);
    expect(km2).toBeGreaterThan(3800); // 金寨县 is about 3,800–3,900 km²
    expect(km2).toBeLessThan(4000);
    expect(c.areaIds).toContain('contig-dabieshan');
    expect(report.groups.find((g) => g.group === 'old-area')?.counties).toBe(1);
  });

  it('the province of Henan reports exactly its own counties, each at 100%', () => {
    const henan = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '41')!;
    const report = coverageReport(index, henan);
    const own = data.counties.features.filter((f) => f.properties.provCode === '41').map((f) => f.properties.adcode).sort();
    expect(report.counties.map((c) => c.adcode)).toEqual(own);
    for (const c of report.counties) expect(c.sharePct).toBeGreaterThan(99.9999);
    const sum = report.counties.reduce((s, c) => s + c.insideKm2, 0);
    expect(rel(sum, report.region.areaKm2)).toBeLessThan(1e-3);
    expect(report.region.areaKm2).toBeGreaterThan(160_000); // Henan: 167,000 km²
    expect(report.region.areaKm2).toBeLessThan(170_000);
  });

  it('every province, picked as a region, reports exactly its own counties at 100% (islands, holes and all)', () => {
    for (const prov of data.provinces.features) {
      const code = (prov.properties as { provCode: string }).provCode;
      const report = coverageReport(index, prov, { nearestLayers: [] });
      const own = data.counties.features.filter((f) => f.properties.provCode === code).map((f) => f.properties.adcode).sort();
      expect(report.counties.map((c) => c.adcode), code).toEqual(own);
      expect(Math.min(...report.counties.map((c) => c.sharePct)), code).toBeGreaterThan(99.99);
    }
  });

  it('a rectangle across county lines has partly and wholly covered counties, shares in [0, 100]', () => {
    const report = coverageReport(index, rect(113.1, 34.3, 113.9, 34.9));
    expect(report.counties.length).toBeGreaterThan(5);
    const partial = report.counties.filter((c) => c.sharePct < 99.99);
    expect(partial.length).toBeGreaterThan(0);
    const full = report.counties.filter((c) => c.sharePct > 99.99);
    expect(full.length).toBeGreaterThan(0);
    for (const c of report.counties) {
      expect(c.sharePct).toBeGreaterThanOrEqual(0);
      expect(c.sharePct).toBeLessThanOrEqual(100);
    }
  });
});

describe('coverageReport: projects', () => {
  it('a railway clipped by a region holding its first half reports half its length', () => {
    const rail = data.catalogById.get('rail-chongqing-kunming') as Feature<LineString, CatalogProperties>;
    const coords = rail.geometry.coordinates;
    // the line runs west-south-west (longitude falls at every vertex): cut it at the meridian of its halfway point
    const total = pathKm(coords);
    let walked = 0, half: Position = coords[0];
    for (let i = 1; i < coords.length; i++) {
      const step = haversineKm(coords[i - 1][0], coords[i - 1][1], coords[i][0], coords[i][1]);
      if (walked + step >= total / 2) {
        const f = (total / 2 - walked) / step;
        half = [coords[i - 1][0] + f * (coords[i][0] - coords[i - 1][0]), coords[i - 1][1] + f * (coords[i][1] - coords[i - 1][1])];
        break;
      }
      walked += step;
    }
    const lats = coords.map((c) => c[1]);
    const report = coverageReport(index, rect(half[0], Math.min(...lats) - 0.5, coords[0][0] + 0.5, Math.max(...lats) + 0.5));
    const hit = report.projects.find((p) => p.id === 'rail-chongqing-kunming')!;
    expect(rel(hit.kmTotal, total)).toBeLessThan(1e-9);
    expect(rel(hit.kmInside, total / 2)).toBeLessThan(0.001);
    expect(hit.pieces).toHaveLength(1);
    expect(hit.pieces[0][0]).toEqual(coords[0]);
    expect(hit.pieces[0].at(-1)![0]).toBeCloseTo(half[0], 9);
  });

  it('plants inside a circle sum their MW, and airports are listed, as an independent point-in-polygon finds', () => {
    const region = circleRegion([101, 28], 300);
    const report = coverageReport(index, region);
    const inside = data.catalog.features.filter((f) => f.geometry.type === 'Point' && booleanPointInPolygon(f.geometry.coordinates, region));
    const hydro = inside.filter((f) => f.properties.layer === 'hydro-station');
    expect(hydro.length).toBeGreaterThanOrEqual(4);
    expect(report.layers.find((l) => l.layer === 'hydro-station')?.mwInside).toBe(hydro.reduce((s, f) => s + (f.properties.capacityMW ?? 0), 0));
    expect(report.airports.map((a) => a.id).sort()).toEqual(inside.filter((f) => f.properties.layer === 'airport').map((f) => f.properties.id).sort());
  });

  it('the naive turf loop gives the same report (counties, areas, km, seats, nearest distances)', () => {
    const region = circleRegion([113, 28], 60);
    const options = { within: [{ layer: 'railway', km: 50 }], sampleCount: 500 };
    const fast = coverageReport(index, region, options);
    const slow = naiveCoverage(data, region, options);
    expect(fast.counties.map((c) => c.adcode)).toEqual(slow.counties.map((c) => c.adcode));
    fast.counties.forEach((c, i) => expect(Math.abs(c.insideKm2 - slow.counties[i].insideKm2)).toBeLessThan(1e-6 * c.areaKm2));
    expect(fast.projects.map((p) => p.id)).toEqual(slow.projects.map((p) => p.id));
    fast.projects.forEach((p, i) => expect(rel(p.kmInside, slow.projects[i].kmInside)).toBeLessThan(1e-6)); // line-split rounds to 1e-7°
    expect(fast.within[0].seatCount).toBe(slow.within[0].seatCount);
    expect(fast.within[0].areaSharePct).toBeCloseTo(slow.within[0].areaSharePct, 6);
    fast.nearest.forEach((row, i) => {
      for (const layer of ['railway', 'airport', 'transmission']) {
        const [a, b] = [row.km[layer]!, slow.nearest[i].km[layer]!];
        expect(Math.abs(a - b)).toBeLessThan(1e-3 * b + 0.01); // 0.1%, or 10 m (turf reads edges as great-circle arcs)
      }
    });
  });
});

describe('coverageReport: within N km', () => {
  // one square county 100–104°E × 29–32°N and one railway along the meridian 102°E
  const county: Feature<Polygon, CountyProperties> = {
    type: 'Feature', geometry: rect(100, 29, 104, 32),
    properties: { adcode: '999999', name: '测试县', prefCode: '9999', prefName: '', provCode: '99', provName: '', provNameEn: '', seatLon: 102.2, seatLat: 30.5 },
  };
  const railway = {
    type: 'Feature', geometry: { type: 'LineString', coordinates: [[102, 29], [102, 32]] },
    properties: { id: 'rail-test', layer: 'railway', category: 'transport', name_zh: '测试铁路', capacityMW: null },
  } as unknown as Catalog['features'][number];
  const input: AnalysisInput = {
    counties: { type: 'FeatureCollection', features: [county] },
    catalog: { type: 'FeatureCollection', features: [railway] },
    areas: [{ id: 'area-test', group: 'border', name: { zh: '测试区', en: 'Test' }, provenance: { document: '', year: 2016, scope: 'county', note: '' }, citation: null, counties: ['999999'] }],
  };
  const synthetic = buildAnalysisIndex(input);

  it('the area share within N km of a straight railway is 2N / width, within the stated error bound', () => {
    const region = rect(101, 30.2, 103, 30.8);
    const report = coverageReport(synthetic, region, { within: [{ layer: 'railway', km: 30 }, { layer: 'railway', km: 500 }] });
    // exact: at latitude φ the row is 2° × 111.195 km × cos φ wide; average the 60 km strip's share over the rows
    let expected = 0;
    for (let k = 0; k < 600; k++) expected += 60 / (2 * KM_PER_DEGREE * Math.cos(((30.2 + (k + 0.5) * 0.001) * Math.PI) / 180));
    expected = (100 * expected) / 600;
    const [near, far] = report.within;
    expect(near.samples).toBeGreaterThan(3000);
    expect(Math.abs(near.areaSharePct - expected)).toBeLessThanOrEqual(near.areaShareBoundPct);
    expect(Math.abs(near.areaSharePct - expected)).toBeLessThanOrEqual(Math.max(0.3, 2 * near.areaShareErrorPct));
    expect(near.areaShareErrorPct).toBeLessThan(0.5);
    expect(near.areaShareBoundPct).toBeLessThan(5);
    expect(far.areaSharePct).toBe(100);
    expect(near.seatCount).toBe(1); // the seat is 0.2° ≈ 19 km from the railway
    expect(near.seatSharePct).toBe(100);
    expect(near.byArea['area-test']).toEqual({ counties: 1, within: 1 });
    expect(report.nearest[0].km.railway).toBeCloseTo(0.2 * KM_PER_DEGREE * Math.cos((30.5 * Math.PI) / 180), 1);
    expect(report.nearest[0].km.airport).toBeNull();
  });
});

describe('bad regions are refused with a code and a message', () => {
  const code = (fn: () => unknown): RegionErrorCode => refusal(fn).code;

  it('a self-intersecting bow-tie, saying where it crosses', () => {
    const e = refusal(() => coverageReport(index, { type: 'Polygon', coordinates: [[[100, 30], [102, 32], [102, 30], [100, 32], [100, 30]]] }));
    expect(e.code).toBe('self-intersecting');
    expect(e.message).toContain('101.0000°E, 31.0000°N');
    expect(e.position![0]).toBeCloseTo(101, 9);
    expect(e.position![1]).toBeCloseTo(31, 9);
  });

  it('zero-area, degenerate, empty and non-polygon input', () => {
    expect(code(() => validateRegion({ type: 'Polygon', coordinates: [[[110, 30], [110, 31], [110, 32], [110, 30]]] }))).toBe('zero-area');
    expect(code(() => validateRegion(rect(110, 30, 110, 31)))).toBe('degenerate'); // a rectangle of zero width: 2 distinct positions
    expect(code(() => validateRegion({ type: 'Polygon', coordinates: [[[110, 30], [111, 30], [112, 30], [113, 30], [110, 30]]] }))).toBe('zero-area');
    expect(code(() => validateRegion({ type: 'Polygon', coordinates: [[[110, 30], [111, 31], [110, 30]]] }))).toBe('degenerate');
    expect(code(() => validateRegion({ type: 'Polygon', coordinates: [] }))).toBe('empty');
    expect(code(() => validateRegion({ type: 'MultiPolygon', coordinates: [] }))).toBe('empty');
    expect(code(() => validateRegion({ type: 'Point', coordinates: [110, 30] }))).toBe('not-polygon');
    expect(code(() => validateRegion(null))).toBe('not-polygon');
    expect(code(() => validateRegion({ type: 'Polygon', coordinates: [[[110, 30], [111, 95], [112, 30], [110, 30]]] }))).toBe('invalid-coordinates');
  });

  it('regions wholly outside China, also inside China’s bbox (Mongolia)', () => {
    expect(code(() => coverageReport(index, rect(150, 0, 151, 1)))).toBe('outside-china');
    const e = refusal(() => coverageReport(index, rect(105, 45, 106, 46)));
    expect(e.code).toBe('outside-china');
    expect(e.message).toContain('does not overlap any county of China');
  });

  it('a 50 m square in 西城区 (below the 0.01 km² resolution) is reported in 西城区, not refused as outside China', () => {
    const dLon = 0.05 / (KM_PER_DEGREE * Math.cos((39.91 * Math.PI) / 180));
    const dLat = 0.05 / KM_PER_DEGREE;
    const report = coverageReport(index, rect(116.36, 39.91, 116.36 + dLon, 39.91 + dLat), { nearestLayers: [] });
    expect(rel(report.region.areaKm2, 0.0025)).toBeLessThan(0.01);
    expect(report.counties.map((c) => c.name)).toEqual(['西城区']);
    expect(rel(report.counties[0].insideKm2, 0.0025)).toBeLessThan(0.01);
    expect(listingThresholdKm2(0.0025)).toBeCloseTo(0.000025, 12);
    expect(listingThresholdKm2(5)).toBe(0.01);
  });

  it('regions crossing the antimeridian', () => {
    expect(code(() => validateRegion(rect(179, 50, 181, 51)))).toBe('antimeridian');
    expect(code(() => validateRegion({ type: 'Polygon', coordinates: [[[179, 50], [-179, 50], [-179, 51], [179, 51], [179, 50]]] }))).toBe('antimeridian');
  });

  it('circles of radius 0, negative, not a number, or 5,000 km', () => {
    expect(code(() => circleRegion([113, 28], 0))).toBe('radius-zero');
    expect(code(() => circleRegion([113, 28], -5))).toBe('radius-zero');
    expect(code(() => circleRegion([113, 28], NaN))).toBe('radius-zero');
    const e = refusal(() => circleRegion([113, 28], 5000));
    expect(e.code).toBe('radius-too-large');
    expect(e.message).toContain('3000 km');
    expect(code(() => circleRegion([113, 128], 10))).toBe('invalid-coordinates');
  });

  it('rings may touch at a point, not overlap along an edge', () => {
    const touching = { type: 'MultiPolygon', coordinates: [rect(110, 30, 111, 31).coordinates, rect(111, 31, 112, 32).coordinates] };
    expect(validateRegion(touching).polygons).toHaveLength(2);
    const e = refusal(() => validateRegion({ type: 'Polygon', coordinates: [[[110, 30], [112, 30], [112, 31], [111, 31], [111, 30], [111.5, 30], [111.5, 29], [110, 29], [110, 30]]] }));
    expect(e.code).toBe('self-intersecting');
    expect(e.position).toEqual([111, 30]); // where the overlap along 30°N begins
  });

  it('a region in Mongolia touches no county; one in Hunan does (touchesAnyCounty)', () => {
    expect(touchesAnyCounty(index, validateRegion(rect(105, 45, 106, 46)))).toBe(false);
    const hunan = validateRegion(rect(113, 28, 114, 29));
    expect(hunan.areaKm2).toBeGreaterThan(10_000);
    expect(touchesAnyCounty(index, hunan)).toBe(true);
  });

  it('a valid region passes, unclosed and with repeated positions; long edges are subdivided, shape and area kept', () => {
    const v = validateRegion({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[110, 30], [110.05, 30], [110.05, 30], [110.05, 30.05], [110, 30.05]]] } });
    expect(v.polygons[0][0]).toEqual([[110, 30], [110.05, 30], [110.05, 30.05], [110, 30.05], [110, 30]]);
    const big = validateRegion(rect(110, 30, 111, 31));
    expect(big.polygons[0][0]).toHaveLength(41); // 1° edges cut into 0.1° steps
    expect(big.bbox).toEqual([110, 30, 111, 31]);
    expect(rel(big.areaKm2, area(rect(110, 30, 111, 31)) / 1e6)).toBeLessThan(1e-9); // parallels and meridians: no change
  });
});
