/**
 * The working shape of an import between parsing and the final summary: features plus, for each,
 * where it came from in the file (its origin), so every message can point back at the input.
 */
import type { Position } from 'geojson';
import type { UserFeature, UserGeometry } from './types';

/** What the file's records are called in messages: CSV lines, spreadsheet rows, features, KML placemarks. */
export type Unit = 'feature' | 'line' | 'row' | 'placemark';

export interface Layer {
  features: UserFeature[];
  /** per feature: 0-based feature/placemark index, or 1-based line/row of the file */
  origins: number[];
  unit: Unit;
  /** records in the input (features, placemarks or data rows) */
  total: number;
}

/** Keeps the features for which `keep` is true, with their origins. */
export function filterLayer(layer: Layer, keep: (f: UserFeature, i: number) => boolean): Layer {
  const features: UserFeature[] = [];
  const origins: number[] = [];
  layer.features.forEach((f, i) => {
    if (keep(f, i)) {
      features.push(f);
      origins.push(layer.origins[i]);
    }
  });
  return { ...layer, features, origins };
}

/** Calls `fn` on every position of a geometry (x = lon, y = lat). */
export function eachPosition(g: UserGeometry, fn: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      fn(g.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      for (const p of g.coordinates) fn(p);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const l of g.coordinates) for (const p of l) fn(p);
      return;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const r of poly) for (const p of r) fn(p);
  }
}

/** Number of positions of a geometry (closing positions of rings included). */
export function vertexCount(g: UserGeometry): number {
  let n = 0;
  eachPosition(g, () => n++);
  return n;
}

export type Kind = 'point' | 'line' | 'polygon';

/** 'point' for (Multi)Point, 'line' for (Multi)LineString, 'polygon' for (Multi)Polygon. */
export function kindOf(g: UserGeometry): Kind {
  return g.type === 'Point' || g.type === 'MultiPoint' ? 'point' : g.type === 'LineString' || g.type === 'MultiLineString' ? 'line' : 'polygon';
}

/** The polygons of a Polygon/MultiPolygon (each a list of rings), else []. */
export function polygonsOf(g: UserGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

/** Signed area of a ring in the plane of its coordinates (shoelace): > 0 when counter-clockwise. */
export function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length; i + 1 < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}
