/**
 * Geodesic helpers on a sphere of radius 6371.0088 km — turf's `earthRadius`, so distances agree
 * with `@turf/distance` / `@turf/length`. Positions are WGS84 `[lon, lat]` degrees; results km.
 */
import { earthRadius } from '@turf/helpers';
import type { Position } from 'geojson';
import type { Bbox } from './types';

/** Mean earth radius in km (IUGG, as turf). */
export const EARTH_RADIUS_KM = earthRadius / 1000;
const RAD = Math.PI / 180;
/** km per degree of latitude (and of longitude at the equator): ≈ 111.195 */
export const KM_PER_DEGREE = EARTH_RADIUS_KM * RAD;

/**
 * Great-circle distance in km between `[lon1, lat1]` and `[lon2, lat2]` (haversine formula, as
 * `@turf/distance`). Example: `haversineKm(110, 30, 110, 31)` ≈ 111.195.
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance in km from point `(px, py)` to the segment `(ax, ay)`–`(bx, by)` (a straight segment
 * in lon/lat, as GeoJSON draws it). The closest point is found in a local equirectangular
 * projection centred on the point, then measured with {@link haversineKm}; the result is a true
 * great-circle distance to a point of the segment, so it never under-estimates, and the
 * projection only shifts which point is picked (a second-order error: < 0.1% for segments up to
 * ~300 km long at China's latitudes).
 */
export function pointSegmentKm(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const kx = Math.cos(py * RAD);
  const ux = (ax - px) * kx, uy = ay - py;
  const dx = (bx - ax) * kx, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ux * dx + uy * dy) / len2));
  return haversineKm(px, py, ax + t * (bx - ax), ay + t * (by - ay));
}

/**
 * A lon/lat box (degrees, `[west, south, east, north]`) that holds every point within `km`
 * (great-circle) of `(lon, lat)`: ±km/111.195° of latitude, and of longitude the same divided by
 * the cosine of the box's most poleward latitude (clamped at 89.9°). Used to turn "within N km"
 * into an index query.
 */
export function kmBox(lon: number, lat: number, km: number): Bbox {
  const dLat = km / KM_PER_DEGREE;
  const poleward = Math.min(89.9, Math.abs(lat) + dLat);
  const dLon = Math.min(180, dLat / Math.cos(poleward * RAD));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** Length in km of a polyline of `[lon, lat]` positions: the sum of {@link haversineKm} of its edges. */
export function pathKm(coords: readonly (readonly number[])[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) km += haversineKm(coords[i - 1][0], coords[i - 1][1], coords[i][0], coords[i][1]);
  return km;
}

/**
 * The polyline with extra vertices so that no edge spans more than `maxStepDeg` degrees (linear
 * in lon/lat, so the drawn shape is unchanged). Distances to short edges are the same whether an
 * edge is read as straight in lon/lat or as a great-circle arc; to the plan's long edges (up to
 * 10° for some UHV lines and pipelines) the two readings differ by tens of km.
 */
export function densify(coords: Position[], maxStepDeg: number): Position[] {
  const out: Position[] = coords.length ? [coords[0]] : [];
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1], coords[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / maxStepDeg));
    for (let k = 1; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
    out.push(b);
  }
  return out;
}
