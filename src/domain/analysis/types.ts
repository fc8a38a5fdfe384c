/**
 * Shapes shared by the analysis modules. Coordinates are WGS84 `[lon, lat]` degrees; areas km²,
 * lengths km, capacities MW, shares percent (0–100).
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Catalog, CatalogProperties, CountyProperties, SpecialArea } from '../types';
import { AREA_GROUP } from '../areaGroups';
import { CATALOG_LAYER } from '../catalogLayers';

/**
 * What the analysis reads of a point or line: plan records satisfy it, and so do the points and
 * lines of an imported layer (layer = the user layer's id).
 */
export type IndexedFeature = Feature<LineString | Point, Pick<CatalogProperties, 'id' | 'layer' | 'name_zh' | 'capacityMW'> & { category: string }>;

/** What the analysis needs from AtlasData; plain JSON (no Maps), so it can be posted to a worker. */
export interface AnalysisInput {
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  catalog: Catalog;
  areas: SpecialArea[];
}

/** `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

/** Polygons as MultiPolygon coordinates: closed rings, outer ring first, `[lon, lat]` degrees. */
export type PolygonsCoords = Position[][][];

/** The special-area groups the report always lists (others present in the data are added). */
export const AREA_GROUPS = [AREA_GROUP.oldArea, AREA_GROUP.border, AREA_GROUP.ethnic, AREA_GROUP.contiguousDestitute] as const;

/** Layers of the nearest-feature table unless options say otherwise. */
export const DEFAULT_NEAREST_LAYERS = [CATALOG_LAYER.railway, CATALOG_LAYER.airport, CATALOG_LAYER.transmission] as const;

export interface CoverageOptions {
  /** distance analyses: the region's area and county seats within `km` of `layer` */
  within?: { layer: string; km: number }[];
  /** layers of the nearest-feature table; default {@link DEFAULT_NEAREST_LAYERS} */
  nearestLayers?: string[];
  /** grid samples over the region for the area share of `within`; default 4000 */
  sampleCount?: number;
  /**
   * a county with no more of its area inside (km²) is only touching, or a sliver where county
   * polygons overlap in the data, and is not listed; default 0.01. For a region under 100 times
   * this, 1% of the region's area is used instead (see `listingThresholdKm2` in ./coverage)
   */
  minInsideKm2?: number;
}

export interface CountyHit {
  adcode: string;
  name: string;
  provName: string;
  /** geodesic area of the county polygon, km² */
  areaKm2: number;
  /** geodesic area of county ∩ region, km² */
  insideKm2: number;
  /** insideKm2 / areaKm2 × 100, clamped to [0, 100] */
  sharePct: number;
  /** ids of the special areas holding the county */
  areaIds: string[];
  /** the county seat, or the polygon centroid where no seat is known */
  seat: Position;
  seatSource: 'seat' | 'centroid';
}

export interface AreaTotal { id: string; group: string; name: string; counties: number; insideKm2: number }
export interface GroupTotal { group: string; counties: number; insideKm2: number }

export interface ProjectHit {
  id: string;
  layer: string;
  category: string;
  name_zh: string;
  kind: 'line' | 'point';
  /** geodesic km of the line inside the region (0 for points) */
  kmInside: number;
  /** geodesic km of the whole line (0 for points) */
  kmTotal: number;
  capacityMW: number | null;
  /** the inside pieces of a line (lon/lat); for a point, its position as a one-point piece */
  pieces: Position[][];
}

export interface LayerTotal {
  layer: string;
  category: string;
  count: number;
  /** km of the layer's lines inside */
  kmInside: number;
  /** sum of `capacityMW` of the layer's points inside (plants); 0 where none is known */
  mwInside: number;
}

export interface WithinResult {
  layer: string;
  km: number;
  /** share of the region's area within `km` of the layer (grid estimate), % */
  areaSharePct: number;
  /** 95% error estimate of `areaSharePct`, percentage points (see within.ts) */
  areaShareErrorPct: number;
  /** worst-case grid error of `areaSharePct`, percentage points (see within.ts) */
  areaShareBoundPct: number;
  /** grid samples that fell inside the region */
  samples: number;
  /** counties of the report whose seat lies within `km` */
  seatCount: number;
  /** seatCount / counties of the report × 100 */
  seatSharePct: number;
  /** per special area id: the report's counties in it, and how many have their seat within `km` */
  byArea: Record<string, { counties: number; within: number }>;
}

export interface NearestRow {
  adcode: string;
  name: string;
  /** the point measured from: the county seat, or the polygon centroid where no seat is known */
  from: Position;
  fromSource: 'seat' | 'centroid';
  /** layer → km to its nearest feature (null when the layer has no feature) */
  km: Record<string, number | null>;
  /** layer → id of that feature */
  featureId: Record<string, string | null>;
}

export interface CoverageReport {
  region: { areaKm2: number; perimeterKm: number; bbox: Bbox };
  counties: CountyHit[];
  areas: AreaTotal[];
  groups: GroupTotal[];
  /** plan projects inside (catalog layers only) */
  projects: ProjectHit[];
  /** per plan layer */
  layers: LayerTotal[];
  airports: ProjectHit[];
  /** features of imported (user) layers inside, reported apart from the plan's projects */
  imported: ProjectHit[];
  /** per imported layer (`layer` = the user layer's id) */
  importedLayers: LayerTotal[];
  within: WithinResult[];
  nearest: NearestRow[];
}
