/**
 * What the atlas keeps for the user across reloads (IndexedDB, see ./store.ts) and carries in a
 * project file: imported layers, drawn regions, analysis reports and saved views.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CoverageOptions, CoverageReport } from '../../domain/analysis/types';
import type { RegionOrigin, UserLayer } from '../../domain/model';
import type { SavedView } from '../views';

export interface StoredRegion {
  id: string;
  title: string;
  /** WGS84 lon/lat degrees */
  region: Feature<Polygon | MultiPolygon>;
  /** how the region was made; records saved before it was kept get it from their title (see ./schemas.ts `legacyRegionOrigin`) */
  origin: RegionOrigin;
  createdAt: string;
}

export interface StoredReport {
  id: string;
  title: string;
  region: Feature<Polygon | MultiPolygon>;
  options: CoverageOptions;
  report: CoverageReport;
  createdAt: string;
}

/** The kinds of record kept, and their values. Views keep their list position in `order`. */
export interface StoreValues {
  layers: UserLayer;
  regions: StoredRegion;
  reports: StoredReport;
  views: SavedView & { order: number };
}
export type StoreKind = keyof StoreValues;
export const STORE_KINDS: readonly StoreKind[] = ['layers', 'regions', 'reports', 'views'];

/**
 * How each record is kept in the store: the value and who last wrote it. `rev` starts at 1 and
 * grows by 1 per write; `updatedAt` is ISO 8601; `tab` is the writing tab's id.
 */
export interface Envelope<V> {
  id: string;
  rev: number;
  updatedAt: string;
  tab: string;
  value: V;
}

/** The `order` to give a view appended after `views`: one more than the largest, 0 for none. */
export function nextViewOrder(views: readonly Envelope<StoreValues['views']>[]): number {
  return views.reduce((m, v) => Math.max(m, v.value.order + 1), 0);
}
