/**
 * The drawing tools' modes and what a drawing reports, without terra-draw itself: the panels and
 * the store name modes and drawings, and terra-draw (./drawController.ts, about 40 KB gzip) loads
 * only when a drawing tool is first used.
 */
import type { Feature, LineString, Polygon } from 'geojson';

export const DRAW_MODES = ['polygon', 'rectangle', 'circle', 'freehand', 'linestring', 'select'] as const;
export type DrawMode = (typeof DRAW_MODES)[number] | 'static';

/** What is drawn now: the newest area (the analysis region) and the newest line (a measurement). */
export interface Drawing {
  region: Feature<Polygon> | null;
  line: Feature<LineString> | null;
  /** terra-draw mode that made the region, e.g. "circle" */
  regionMode: string | null;
  /** geodesic radius of a drawn circle, km */
  radiusKm: number | null;
}

