/**
 * Geodesic circle regions.
 */
import { circle } from '@turf/circle';
import type { Feature, Polygon, Position } from 'geojson';
import { RegionError } from './errors';

/** Largest circle radius accepted, km (a circle this wide already covers most of China). */
export const MAX_CIRCLE_RADIUS_KM = 3000;

/**
 * A circle of geodesic radius `radiusKm` around `center` (`[lon, lat]` degrees), as a 128-vertex
 * polygon (`@turf/circle`: each vertex the destination point at `radiusKm` on a bearing, on the
 * sphere R = 6371.0088 km). Its area is π r² within 1% for r ≤ 1,000 km at latitudes 20°–50°.
 * @throws RegionError 'radius-zero' for a radius ≤ 0 or not a number, 'radius-too-large' above
 *   {@link MAX_CIRCLE_RADIUS_KM}, 'invalid-coordinates' for a bad centre
 */
export function circleRegion(center: Position, radiusKm: number): Feature<Polygon> {
  const [lon, lat] = center;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RegionError('invalid-coordinates', `The circle's centre ${JSON.stringify(center)} is not a [lon, lat] position in degrees.`, { key: 'circleBadCentre', params: { position: JSON.stringify(center) } });
  }
  if (!(radiusKm > 0)) throw new RegionError('radius-zero', `A circle needs a radius above 0 km (got ${radiusKm} km).`, { key: 'circleRadiusZero', params: { km: radiusKm } });
  if (radiusKm > MAX_CIRCLE_RADIUS_KM) {
    throw new RegionError('radius-too-large', `A circle of radius ${radiusKm} km is too large: at most ${MAX_CIRCLE_RADIUS_KM} km.`, { key: 'circleTooLarge', params: { km: radiusKm, max: MAX_CIRCLE_RADIUS_KM } });
  }
  return circle([lon, lat], radiusKm, { steps: 128, units: 'kilometers' });
}
