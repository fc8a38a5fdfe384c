/**
 * The data build's geodesic helpers, taking `[lon, lat]` positions (WGS84 degrees): thin
 * adapters over the app's one geodesy module (src/domain/analysis/geodesy.ts, turf's sphere of
 * radius 6371.0088 km), so the build and the analysis measure alike.
 */
import { EARTH_RADIUS_KM, haversineKm as hav, pointSegmentKm as pseg } from '../../src/domain/analysis/geodesy';

export { EARTH_RADIUS_KM };

/** Great-circle (haversine) distance in km between two `[lon, lat]` positions. */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  return hav(a[0], a[1], b[0], b[1]);
}

/** Great-circle distance in km from point `p` to the lon/lat segment `a`–`b` (see the domain's `pointSegmentKm`). */
export function pointSegmentKm(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  return pseg(p[0], p[1], a[0], a[1], b[0], b[1]);
}
