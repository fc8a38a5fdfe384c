/**
 * The baseline for the bench: the same report with no index — every county and every project is
 * put through turf calls one by one (`@turf/intersect` of each whole county with the whole
 * region, `@turf/line-split` + `@turf/boolean-point-in-polygon` for lines,
 * `@turf/point-to-line-distance` / `@turf/distance` over every feature of a layer, lines densified
 * as the index reads them). Slow by design; its answers match the indexed path's
 * (test/unit/analysis.test.ts).
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { distance } from '@turf/distance';
import { intersect } from '@turf/intersect';
import { lineSplit } from '@turf/line-split';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiPolygon, Position } from 'geojson';
import type { CatalogFeature } from '../types';
import { STEP_DEG } from './catalogIndex';
import { assembleReport, type CoverageEngine } from './coverage';
import { densify } from './geodesy';
import { projectHit } from './projects';
import { validateRegion, type ValidRegion } from './region';
import type { AnalysisInput, CountyHit, CoverageOptions, CoverageReport, ProjectHit } from './types';

const regionFeature = (r: ValidRegion): Feature<MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: r.polygons } });

function naiveCountyHits(input: AnalysisInput, region: ValidRegion, minInsideKm2: number): CountyHit[] {
  const areaIds = new Map<string, string[]>();
  for (const a of input.areas) for (const c of a.counties) areaIds.set(c, [...(areaIds.get(c) ?? []), a.id]);
  const hits: CountyHit[] = [];
  for (const f of input.counties.features) {
    const both = intersect({ type: 'FeatureCollection', features: [f, regionFeature(region)] });
    const insideKm2 = both ? area(both) / 1e6 : 0;
    if (insideKm2 <= minInsideKm2) continue;
    const p = f.properties;
    const areaKm2 = area(f) / 1e6;
    const hasSeat = p.seatLon !== null && p.seatLat !== null;
    hits.push({
      adcode: p.adcode, name: p.name, provName: p.provName, areaKm2, insideKm2: Math.min(insideKm2, areaKm2),
      sharePct: Math.min(100, (100 * insideKm2) / areaKm2), areaIds: areaIds.get(p.adcode) ?? [],
      seat: hasSeat ? [p.seatLon as number, p.seatLat as number] : centroid(f).geometry.coordinates, seatSource: hasSeat ? 'seat' : 'centroid',
    });
  }
  return hits.sort((a, b) => a.adcode.localeCompare(b.adcode));
}

function naiveLinePieces(f: Feature<LineString>, region: Feature<MultiPolygon>): Position[][] {
  const split = lineSplit(f, region).features;
  const pieces = split.length > 0 ? split.map((s) => s.geometry.coordinates) : [f.geometry.coordinates];
  return pieces.filter((c) => booleanPointInPolygon([(c[0][0] + c[1][0]) / 2, (c[0][1] + c[1][1]) / 2], region));
}

function naiveProjectHits(input: AnalysisInput, region: ValidRegion): ProjectHit[] {
  const rf = regionFeature(region);
  const hits: ProjectHit[] = [];
  for (const f of input.catalog.features) {
    const g = f.geometry;
    if (g.type === 'Point') {
      if (booleanPointInPolygon(g.coordinates, rf)) hits.push(projectHit(f, [[g.coordinates]]));
    } else {
      const pieces = naiveLinePieces(f as Feature<LineString>, rf);
      if (pieces.length > 0) hits.push(projectHit(f, pieces));
    }
  }
  return hits;
}

function naiveNearest(features: CatalogFeature[], lon: number, lat: number, layer: string): { km: number; id: string } | null {
  let best: { km: number; id: string } | null = null;
  for (const f of features) {
    if (f.properties.layer !== layer) continue;
    const g = f.geometry;
    const km = g.type === 'Point' ? distance([lon, lat], g.coordinates) : pointToLineDistance([lon, lat], g, { units: 'kilometers' });
    if (!best || km < best.km) best = { km, id: f.properties.id };
  }
  return best;
}

/** The brute-force {@link CoverageEngine} over plain atlas data. */
export function naiveEngine(input: AnalysisInput): CoverageEngine {
  // lines read as the index reads them (edges ≤ STEP_DEG); no index is built
  const features = input.catalog.features.map((f): CatalogFeature =>
    f.geometry.type === 'LineString' ? { ...f, geometry: { type: 'LineString', coordinates: densify(f.geometry.coordinates, STEP_DEG) } } : f);
  return {
    countyHits: (region, min) => naiveCountyHits(input, region, min),
    projectHits: (region) => naiveProjectHits(input, region),
    distanceWithin: (lon, lat, layer, maxKm) => {
      const n = naiveNearest(features, lon, lat, layer);
      return n && n.km <= maxKm ? n.km : Infinity;
    },
    nearest: (lon, lat, layer) => naiveNearest(features, lon, lat, layer),
    areas: input.areas,
  };
}

/**
 * {@link coverageReport}'s answers without any index, for the bench's baseline (seconds per
 * report). Same inputs, options, units and errors.
 */
export function naiveCoverage(input: AnalysisInput, region: unknown, options: CoverageOptions = {}): CoverageReport {
  return assembleReport(naiveEngine(input), validateRegion(region), options);
}
