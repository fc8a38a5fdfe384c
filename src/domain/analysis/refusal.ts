/** Whether a drawn region can be analysed, and the repair offered when it cannot (a self-crossing outline). */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { RegionError } from './errors';
import { validateRegion } from './region';
import { repairedRegion } from './repair';

/**
 * Why a region cannot be analysed, or null when it can: the refusal of
 * {@link validateRegion} (checked before a drawing is kept among the saved regions, so nothing
 * there fails its 分析 button), with `repair` — the repaired region — when the refusal is a
 * self-crossing outline that {@link repairedRegion} turns into a valid one.
 * Whether the region overlaps China is not checked (the report does it).
 */
export function regionRefusal(f: Feature<Polygon | MultiPolygon>): { error: RegionError; repair: Feature<Polygon | MultiPolygon> | null } | null {
  try {
    validateRegion(f);
    return null;
  } catch (e) {
    if (!(e instanceof RegionError)) throw e;
    if (e.code !== 'self-intersecting') return { error: e, repair: null };
    try {
      const repair = repairedRegion(f);
      validateRegion(repair);
      return { error: e, repair };
    } catch {
      return { error: e, repair: null }; // unkink-polygon failed or left a part the report refuses: no repair offered
    }
  }
}
