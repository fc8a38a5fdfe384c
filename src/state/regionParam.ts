/**
 * The analysis region as the link writes it (`r=`, format in ./regionLink.ts): kept apart from
 * the parsing so that the page's first load carries neither `@turf/simplify` nor the analysis's
 * outline check; only the analysis tab, which makes regions, writes them.
 */
import { simplify } from '@turf/simplify';
import type { MultiPolygon, Polygon } from 'geojson';
import { validateRegion } from '../domain/analysis';
import type { RegionOrigin } from '../domain/model';
import { MAX_REGION_CHARS, ORIGIN_CODE, REF, encodeOutline } from './regionLink';

/** Simplification tolerances tried in turn (degrees, ~11 m to ~5.5 km) for an outline too long for the link. */
const TOLERANCES = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2];

/** How a region went into the link. */
export type RegionFit = { fit: 'exact' } | { fit: 'simplified'; toleranceM: number } | { fit: 'too-large'; chars: number };

/**
 * The `r=` value of a region, within {@link MAX_REGION_CHARS}: its list value when it has one,
 * else its outline, simplified if needed (see the module comment).
 * @param ref the region-list value the region was chosen by (`prov:51`), if any
 * @returns the value (null when the region does not fit) and how it fitted; a simplified outline
 *   is kept only if the report can still analyse it (no self-crossing)
 */
export function regionParam(region: { geometry: Polygon | MultiPolygon; origin: RegionOrigin; ref?: string }): { value: string | null } & RegionFit {
  if (region.ref && REF.test(region.ref)) return { value: region.ref, fit: 'exact' };
  const prefix = `${ORIGIN_CODE[region.origin]}:`;
  const polys = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  const exact = prefix + encodeOutline(polys(region.geometry));
  if (exact.length <= MAX_REGION_CHARS) return { value: exact, fit: 'exact' };
  for (const tolerance of TOLERANCES) {
    const g = simplify(region.geometry, { tolerance, highQuality: true, mutate: false });
    const value = prefix + encodeOutline(polys(g));
    if (value.length > MAX_REGION_CHARS) continue;
    try {
      validateRegion(g);
    } catch {
      continue; // simplification made the outline cross itself: try coarser
    }
    return { value, fit: 'simplified', toleranceM: Math.round(tolerance * 111_320) };
  }
  return { value: null, fit: 'too-large', chars: exact.length };
}
