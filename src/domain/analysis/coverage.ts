/**
 * The coverage report. The same assembly serves the indexed path ({@link coverageReport}) and
 * the naive baseline (./naive), which differ only in their {@link CoverageEngine}.
 */
import type { SpecialArea } from '../types';
import { CATALOG_LAYER, CATALOG_LAYERS } from '../catalogLayers';
import type { AnalysisIndex } from './analysisIndex';
import { indexedCountyHits } from './countyCoverage';
import { nearestTable, type NearestFn } from './nearest';
import { indexedProjectHits } from './projects';
import { outsideChina, validateRegion, type ValidRegion } from './region';
import { areaTotals, layerTotals } from './totals';
import { DEFAULT_NEAREST_LAYERS, type CountyHit, type CoverageOptions, type CoverageReport, type ProjectHit } from './types';
import { withinAnalysis, type DistanceWithin } from './within';

/** The spatial questions a report asks; answered with an index or by brute force. */
export interface CoverageEngine {
  countyHits(region: ValidRegion, minInsideKm2: number): CountyHit[];
  projectHits(region: ValidRegion): ProjectHit[];
  distanceWithin: DistanceWithin;
  nearest: NearestFn;
  areas: SpecialArea[];
}

/** Answers from the {@link AnalysisIndex}. */
export function indexedEngine(index: AnalysisIndex): CoverageEngine {
  const cat = index.catalog;
  return {
    countyHits: (region, min) => indexedCountyHits(index, region, min),
    projectHits: (region) => indexedProjectHits(cat, region),
    distanceWithin: (lon, lat, layer, maxKm) => cat.nearestWithin(lon, lat, layer, maxKm)?.km ?? Infinity,
    nearest: (lon, lat, layer) => {
      const n = cat.nearest(lon, lat, layer);
      return n && { km: n.km, id: cat.features[n.feature].properties.id };
    },
    areas: index.areas,
  };
}

/** The plan's layers; a hit on any other layer is a feature of an imported layer. */
const PLAN_LAYERS: ReadonlySet<string> = new Set(CATALOG_LAYERS);

/** Default {@link CoverageOptions.minInsideKm2}: 0.01 km² (10,000 m²). */
export const MIN_INSIDE_KM2 = 0.01;
/** Below `minInsideKm2` × 100 of region area, a county is listed with more than this share of the region inside. */
const SMALL_REGION_SHARE = 0.01;

/**
 * The least area (km²) a county must have inside `regionKm2` to be listed: `minInsideKm2`, but
 * at most 1% of the region, so that a region smaller than the resolution (a 50 m square is
 * 0.0025 km²) still lists the county it lies in rather than being refused as outside China.
 * Example: `listingThresholdKm2(0.0025, 0.01)` = 0.000025 km² (25 m²); regions of 1 km² and
 * more keep `minInsideKm2`.
 */
export function listingThresholdKm2(regionKm2: number, minInsideKm2 = MIN_INSIDE_KM2): number {
  return Math.min(minInsideKm2, regionKm2 * SMALL_REGION_SHARE);
}

/**
 * Assemble a report for a validated region with an engine.
 * @throws RegionError 'outside-china' (see outsideChina) when no county has more than
 *   {@link listingThresholdKm2} inside
 */
export function assembleReport(engine: CoverageEngine, region: ValidRegion, options: CoverageOptions = {}): CoverageReport {
  const counties = engine.countyHits(region, listingThresholdKm2(region.areaKm2, options.minInsideKm2));
  if (counties.length === 0) throw outsideChina(region);
  const hits = engine.projectHits(region);
  // imported points and lines are the user's, not plan projects: their own section (issue 16, item 4)
  const projects = hits.filter((p) => PLAN_LAYERS.has(p.layer));
  const imported = hits.filter((p) => !PLAN_LAYERS.has(p.layer));
  return {
    region: { areaKm2: region.areaKm2, perimeterKm: region.perimeterKm, bbox: region.bbox },
    counties,
    ...areaTotals(counties, engine.areas),
    projects,
    layers: layerTotals(projects),
    airports: projects.filter((p) => p.layer === CATALOG_LAYER.airport),
    imported,
    importedLayers: layerTotals(imported),
    within: (options.within ?? []).map(({ layer, km }) => withinAnalysis(region, counties, layer, km, engine.distanceWithin, options.sampleCount ?? 4000)),
    nearest: nearestTable(counties, options.nearestLayers ?? DEFAULT_NEAREST_LAYERS, engine.nearest),
  };
}

/**
 * Coverage report of a region (Polygon/MultiPolygon Feature or geometry, lon/lat degrees):
 * - `counties`: every county with more than `minInsideKm2` (default 0.01 km²; at most 1% of
 *   the region's area, see {@link listingThresholdKm2}) inside, with its
 *   geodesic area and the area and share (%) inside — parts wholly inside are found by outline
 *   tests and count whole; only parts the outline crosses are clipped (`@turf/intersect`);
 * - `areas` / `groups`: counties and km² inside per special area and per group;
 * - `projects` / `layers` / `airports`: plan projects inside, lines clipped with km inside
 *   (great-circle), MW of plants inside, the airports;
 * - `within`: per `options.within` entry, area share (grid estimate with error bound) and seat
 *   count/share within N km of the layer (see ./within);
 * - `nearest`: per county, km from its seat to the nearest railway, airport and transmission
 *   line (or `options.nearestLayers`).
 * @throws RegionError for a bad region (see {@link validateRegion}) or 'outside-china'
 */
export function coverageReport(index: AnalysisIndex, region: unknown, options: CoverageOptions = {}): CoverageReport {
  return assembleReport(indexedEngine(index), validateRegion(region), options);
}
