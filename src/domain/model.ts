/**
 * The shared model of the atlas: plain data types that the map (src/map), the state
 * (src/state), the panels (src/ui) and the workers all speak. Types and constant lists only: no
 * behaviour, no map library, no DOM; every value of these types is structured-clonable.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ImportedData, UserFeature } from './import/types';
import type { CatalogFeature, CountyProperties } from './types';

/** The atlas's two languages. */
export type Lang = 'zh' | 'en';

/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A map camera: `center` is `[lon, lat]` in WGS84 degrees, `zoom` a MapLibre zoom level. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** How an imported layer is drawn: one colour, or colours by the values of one field. */
export interface UserLayerStyle {
  /** RGB 0–255 */
  color: [number, number, number];
  /** field whose values pick the colours (categories or graduated numbers); null: one colour */
  field: string | null;
  /** class keys (see src/map/userLayers.ts `userStyle`) whose features are filtered out */
  hidden?: string[];
}

/** A layer the user imported, as kept in the browser and carried in a project file. */
export interface UserLayer {
  /** `user:…` (see src/map/userLayers.ts `newUserLayerId`) */
  id: string;
  title: string;
  data: ImportedData;
  style: UserLayerStyle;
  /** ISO 8601 */
  createdAt: string;
}

/** The properties of one county of a special area as drawn: one feature per (area, county). */
export interface AreaCountyProps {
  kind: 'area';
  layerId: string;
  areaId: string;
  areaName: { zh: string; en: string };
  /** index of the area within its layer, for per-area colours */
  areaIndex: number;
  adcode: string;
  countyName: string;
  /** the data build's transliteration (see ./placeNames.ts), where one was made */
  countyNameEn?: string;
}
/** One county polygon of a special area (WGS84 lon/lat degrees). */
export type AreaCountyFeature = Feature<Polygon | MultiPolygon, AreaCountyProps>;

/** What lies under the pointer or was clicked. */
export type Picked =
  | { kind: 'record'; record: CatalogFeature }
  | { kind: 'area'; feature: AreaCountyFeature }
  | { kind: 'county'; county: CountyProperties }
  /** feature `index` of the imported layer `layerId` */
  | { kind: 'user'; layerId: string; index: number; feature: UserFeature; layerTitle: string; name: string };

/** What is selected, resolved against the data: nothing, or one picked feature (for drawing it). */
export type Selection = { kind: 'none' } | Picked;

/**
 * What is selected, as ids only (what the UI store keeps; resolved where it is drawn):
 * a catalog record id, a county adcode, a special area id with the county clicked in it, or
 * feature `index` of the imported layer `layerId`.
 */
export type SelectionId =
  | { kind: 'none' }
  | { kind: 'record'; id: string }
  | { kind: 'county'; adcode: string }
  | { kind: 'area'; id: string; adcode: string }
  | { kind: 'user'; layerId: string; index: number };

/**
 * How an analysis region was made:
 * - `drawn`: with the drawing tools on the map (polygon, rectangle, circle, freehand);
 * - `picked`: a province, prefecture, county or special area chosen from the lists;
 * - `circle`: a circle typed in by centre and radius;
 * - `imported`: a polygon of an imported layer.
 */
export type RegionOrigin = 'drawn' | 'picked' | 'circle' | 'imported';

/** Every {@link RegionOrigin}, for schemas. */
export const REGION_ORIGINS = ['drawn', 'picked', 'circle', 'imported'] as const satisfies readonly RegionOrigin[];

/** A region to analyse: its outline (WGS84 lon/lat degrees), the title it is shown and saved under, and how it was made. */
export interface AnalysisRegion {
  feature: Feature<Polygon | MultiPolygon>;
  title: string;
  origin: RegionOrigin;
  /** the region-list value it was chosen by (`prov:51`, `area:<id>`), which the share link writes instead of the outline */
  ref?: string;
}
