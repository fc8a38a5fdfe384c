/**
 * Small geodesic helpers for the data build, on a sphere of radius 6371.0088 km (the IUGG mean
 * radius, as used by turf). Inputs are WGS84 `[lon, lat]` degrees.
 */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in km between two `[lon, lat]` positions. */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance in km from point `p` to segment `a`–`b`, in a local equirectangular projection
 * centred on `p`. Accurate to well under 1% for segments shorter than ~50 km, which is all the
 * build asks of it (tolerances of a few km).
 */
export function pointSegmentKm(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const kx = Math.cos(p[1] * RAD) * EARTH_RADIUS_KM * RAD;
  const ky = EARTH_RADIUS_KM * RAD;
  const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx, by = (b[1] - p[1]) * ky;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
