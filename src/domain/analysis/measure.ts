/**
 * Geodesic measures of GeoJSON geometries, on turf's sphere (R = 6371.0088 km).
 */
import { area } from '@turf/area';
import { length } from '@turf/length';
import type { Feature, Geometry } from 'geojson';

export interface Measures {
  /** area of polygons, km² (0 for lines and points) */
  areaKm2: number;
  /** length of all polygon rings (holes included), km (0 for lines and points) */
  perimeterKm: number;
  /** length of lines, km (0 for polygons and points) */
  lengthKm: number;
}

/**
 * Measure a geometry or Feature: polygon area with `@turf/area` (spherical excess by the
 * Chamberlain & Duquette 2007 edge formula, "Some algorithms for polygons on a sphere", JPL),
 * perimeter and line length with `@turf/length` (haversine over each straight lon/lat edge).
 * Example: a LineString from [110, 30] to [110, 31] measures `lengthKm` ≈ 111.195.
 * GeometryCollections are summed. Never throws on valid GeoJSON; empty geometries measure 0.
 */
export function measure(g: Geometry | Feature): Measures {
  const geometry = g.type === 'Feature' ? g.geometry : g;
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return { areaKm2: area(geometry) / 1e6, perimeterKm: length({ type: 'Feature', geometry, properties: {} }), lengthKm: 0 };
    case 'LineString':
    case 'MultiLineString':
      return { areaKm2: 0, perimeterKm: 0, lengthKm: length({ type: 'Feature', geometry, properties: {} }) };
    case 'GeometryCollection':
      return geometry.geometries.map(measure).reduce(
        (s, m) => ({ areaKm2: s.areaKm2 + m.areaKm2, perimeterKm: s.perimeterKm + m.perimeterKm, lengthKm: s.lengthKm + m.lengthKm }),
        { areaKm2: 0, perimeterKm: 0, lengthKm: 0 },
      );
    default:
      return { areaKm2: 0, perimeterKm: 0, lengthKm: 0 };
  }
}
