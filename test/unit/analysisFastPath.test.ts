/**
 * The fast path of county coverage (issue 15, item 3) against the exact path: parts whose outline
 * lies on the region's outline are placed inside or outside by one interior point, without a
 * clip; here every such part is also clipped exactly (`overlapKm2`: bbox-clip + `@turf/intersect`
 * + `@turf/area`) and the two must agree — on synthetic outlines made to touch in every way
 * (shared edges, a vertex on the outline from inside and from outside, a hole that is another
 * county, a county with one part on the outline and one crossed), on a county picked as its own
 * region, on provinces, and on island parts touching the coast.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { buildAnalysisIndex, partsIn, type AnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { placePart } from '../../src/domain/analysis/classify';
import { overlapKm2 } from '../../src/domain/analysis/clip';
import { indexedCountyHits } from '../../src/domain/analysis/countyCoverage';
import { coverageReport } from '../../src/domain/analysis/coverage';
import { validateRegion } from '../../src/domain/analysis/region';
import type { AnalysisInput, PolygonsCoords } from '../../src/domain/analysis/types';
import type { CountyProperties } from '../../src/domain/types';
import { atlas } from './generatedData';

const data = atlas();
const index = buildAnalysisIndex(data);

const closed = (ring: Position[]): Position[] => [...ring, ring[0]];
const box = (w: number, s: number, e: number, n: number): Position[] => closed([[w, s], [e, s], [e, n], [w, n]]);
/** the same box, clockwise (a hole) */
const hole = (w: number, s: number, e: number, n: number): Position[] => closed([[w, s], [w, n], [e, n], [e, s]]);

/** Exact km² of each county inside the region, by adcode: every candidate part clipped (`overlapKm2`). */
function exactKm2(ix: AnalysisIndex, regionPolygons: PolygonsCoords, bbox: [number, number, number, number]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of partsIn(ix, bbox)) {
    const [ci, pi] = ix.partOwner[item];
    const c = ix.counties[ci];
    out.set(c.props.adcode, (out.get(c.props.adcode) ?? 0) + overlapKm2([c.parts[pi]], regionPolygons, ix.partBbox[item]));
  }
  return out;
}

/**
 * Check the indexed hits against the exact clip of every candidate part: the same counties
 * listed (exact km² > min), each within `rel` of the exact km²; counties not listed have at most
 * `min` inside exactly. Returns the hits.
 */
function expectSameAsExact(ix: AnalysisIndex, region: unknown, exactRegion: PolygonsCoords, rel: number, min = 0.01) {
  const r = validateRegion(region);
  const hits = indexedCountyHits(ix, r, min);
  const exact = exactKm2(ix, exactRegion, r.bbox);
  const listed = [...exact].filter(([, km2]) => km2 > min * (1 + 1e-6)).map(([a]) => a).sort();
  expect(hits.map((h) => h.adcode)).toEqual(listed);
  for (const h of hits) expect(Math.abs(h.insideKm2 - exact.get(h.adcode)!), h.adcode).toBeLessThanOrEqual(rel * Math.max(1, h.insideKm2));
  for (const [adcode, km2] of exact) if (!listed.includes(adcode)) expect(km2, adcode).toBeLessThanOrEqual(min);
  return { r, hits };
}

/** Placement of each part of the county `adcode` of `ix`. */
function placementsOf(ix: AnalysisIndex, r: ReturnType<typeof validateRegion>, adcode: string): string[] {
  return ix.partOwner.flatMap(([ci], item) => (ix.counties[ci].props.adcode === adcode ? [placePart(r.edges, ix.partEdges(item), ix.partBbox[item])] : []));
}

const polygonsOf = (f: Feature<Polygon | MultiPolygon>): PolygonsCoords => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);

describe('synthetic outlines touching the region in every way: fast path = exact clip', () => {
  // region: the square 100–104°E × 30–34°N with a hole 102–103°E × 32–33°N
  const regionPolys: PolygonsCoords = [[box(100, 30, 104, 34), hole(102, 32, 103, 33)]];
  const county = (adcode: string, parts: Position[][][]): Feature<MultiPolygon, CountyProperties> => ({
    type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: parts },
    properties: { adcode, name: adcode, prefCode: '9999', prefName: '', provCode: '99', provName: '', provNameEn: '', seatLon: null, seatLat: null },
  });
  const counties = [
    county('900001', [[box(100, 30, 101, 31)]]), // corner: two edges on the region's outline, inside
    county('900002', [[closed([[102, 30], [102.5, 30.5], [101.5, 30.5]])]]), // island inside, one vertex on the outline
    county('900003', [[closed([[103, 30], [103.5, 29.5], [102.5, 29.5]])]]), // island outside, one vertex on the outline
    county('900004', [[box(104, 31, 105, 32)]]), // outside, one edge on the region's east edge
    county('900005', [[box(102, 32, 103, 33)]]), // the region's hole: its whole outline on the region's outline, outside
    county('900006', [[box(101.5, 31.5, 103.5, 33.5), hole(102, 32, 103, 33)]]), // around the hole, its hole on the region's: inside
    county('900007', [[box(100, 33.5, 100.5, 34)], [box(99.5, 32, 100.5, 32.5)]]), // one part in the corner, one crossed by the west edge
    county('900008', [[box(103.5, 33, 104.5, 33.5)]]), // crossed by the east edge, vertices of the region on its edges
  ];
  const input: AnalysisInput = { counties: { type: 'FeatureCollection', features: counties }, catalog: { type: 'FeatureCollection', features: [] }, areas: [] };
  const ix = buildAnalysisIndex(input);
  const region: Polygon = { type: 'Polygon', coordinates: regionPolys[0] };

  it('each touching part is placed without a clip; areas equal the exact clip within 1e-9', () => {
    const { r, hits } = expectSameAsExact(ix, region, regionPolys, 1e-9);
    expect(placementsOf(ix, r, '900001')).toEqual(['inside']);
    expect(placementsOf(ix, r, '900002')).toEqual(['inside']);
    expect(placementsOf(ix, r, '900003')).toEqual(['outside']);
    expect(placementsOf(ix, r, '900004')).toEqual(['outside']);
    expect(placementsOf(ix, r, '900005')).toEqual(['outside']);
    expect(placementsOf(ix, r, '900006')).toEqual(['inside']);
    expect(placementsOf(ix, r, '900007')).toEqual(['inside', 'crossed']);
    expect(placementsOf(ix, r, '900008')).toEqual(['crossed']);
    expect(hits.map((h) => h.adcode)).toEqual(['900001', '900002', '900006', '900007', '900008']);
    const share = (a: string) => hits.find((h) => h.adcode === a)!.sharePct;
    for (const a of ['900001', '900002', '900006']) expect(share(a), a).toBe(100);
    expect(share('900008')).toBeCloseTo(50, 1); // half of the box lies west of 104°E (equal-area: exactly half)
    // 900007: the corner part whole and the west half of the crossed part
    const c7 = ix.counties.find((c) => c.props.adcode === '900007')!;
    expect(hits.find((h) => h.adcode === '900007')!.insideKm2).toBeCloseTo(c7.partAreasKm2[0] + c7.partAreasKm2[1] / 2, 6);
  });

  it('the region as its own county: every county outside it by the exact clip is outside by the fast path too', () => {
    // a county equal to the region (outline and hole) and the region picked again: 100%, the others as above
    const same = buildAnalysisIndex({ ...input, counties: { type: 'FeatureCollection', features: [...counties, county('900009', regionPolys)] } });
    const { hits } = expectSameAsExact(same, region, regionPolys, 1e-9);
    const own = hits.find((h) => h.adcode === '900009')!;
    expect(own.sharePct).toBe(100);
    expect(own.insideKm2).toBe(own.areaKm2);
  });
});

describe('real outlines: fast path = exact clip', () => {
  it.each([
    ['341524', '金寨县'],
    ['330903', '普陀区'], // 13 island parts
    ['460300', '三沙市'], // 176 island parts
    ['140211', '南郊区'], // three holes, each another county
  ])('county %s %s picked as its own region: exactly its stored area, share 100%; neighbours’ exact overlap ≤ 0.01 km²', (adcode) => {
    const county = data.countyByAdcode.get(adcode)!;
    const { hits } = expectSameAsExact(index, county, polygonsOf(county), 1e-9);
    expect(hits.map((h) => h.adcode)).toEqual([adcode]);
    expect(hits[0].sharePct).toBe(100);
    expect(hits[0].insideKm2).toBe(index.counties.find((c) => c.props.adcode === adcode)!.areaKm2);
  });

  it.each([['41', '河南'], ['46', '海南'], ['33', '浙江']])('province %s %s: every county as the exact clip of each part against the province gives (1e-9)', (code) => {
    const prov = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === code)! as Feature<Polygon | MultiPolygon>;
    // against the province as drawn: the report's region is densified to 0.1° edges, which moves
    // @turf/area's reading of long edges by ~1e-6 (see MAX_EDGE_DEG in region.ts)
    const { hits } = expectSameAsExact(index, prov, polygonsOf(prov), 1e-9);
    const own = data.counties.features.filter((f) => f.properties.provCode === code).map((f) => f.properties.adcode).sort();
    expect(hits.map((h) => h.adcode)).toEqual(own);
    for (const h of hits) expect(h.sharePct, h.adcode).toBe(100);
  });

  it('island parts of 普陀区 touching Zhejiang’s coast: each placed inside without a clip, as the exact clip finds', () => {
    const zj = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '33')! as Feature<Polygon | MultiPolygon>;
    const r = validateRegion(zj);
    const ci = index.counties.findIndex((c) => c.props.adcode === '330903');
    const items = index.partOwner.flatMap(([o], item) => (o === ci ? [item] : []));
    expect(items.length).toBe(13);
    let touching = 0;
    for (const item of items) {
      const part = index.partEdges(item);
      const onCoast = Array.from({ length: part.size }, (_, i) => r.edges.onBoundary(part.xy[4 * i], part.xy[4 * i + 1])).some(Boolean);
      if (onCoast) touching++;
      expect(placePart(r.edges, part, index.partBbox[item])).toBe('inside');
      const exact = overlapKm2([index.counties[ci].parts[index.partOwner[item][1]]], polygonsOf(zj), index.partBbox[item]);
      expect(Math.abs(exact - index.counties[ci].partAreasKm2[index.partOwner[item][1]])).toBeLessThanOrEqual(1e-9 * Math.max(1, exact));
    }
    expect(touching).toBe(13); // every island's outline is Zhejiang's coast
    const report = coverageReport(index, zj, { nearestLayers: [] });
    expect(report.counties.find((c) => c.adcode === '330903')!.sharePct).toBe(100);
  });
});
