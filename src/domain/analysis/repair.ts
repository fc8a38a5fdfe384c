/**
 * The repair of an outline that crosses itself, one for the import (../import/repair.ts) and the
 * analysis (a drawn region): split at its crossings into simple polygons by
 * `@turf/unkink-polygon`, so the repaired shape, its read-out and its report agree.
 */
import { unkinkPolygon } from '@turf/unkink-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Drops repeated consecutive positions, which `@turf/unkink-polygon` refuses. */
function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, k) => k === 0 || p[0] !== ring[k - 1][0] || p[1] !== ring[k - 1][1]);
}

/**
 * Split self-crossing polygons at their crossings into simple ones.
 * @param polys MultiPolygon coordinates, closed rings, `[lon, lat]` degrees
 * @returns MultiPolygon coordinates of the simple parts (at least one)
 * @throws Error when unkink-polygon fails or yields nothing (a degenerate crossing)
 */
export function splitAtCrossings(polys: Position[][][]): Position[][][] {
  const parts = unkinkPolygon({ type: 'MultiPolygon', coordinates: polys.map((p) => p.map(dedupe)) }).features.map((g) => g.geometry.coordinates);
  if (!parts.length) throw new Error('no polygons');
  return parts;
}

/**
 * A drawn or picked region split at its crossings ({@link splitAtCrossings}): a Polygon when one
 * part remains, else a MultiPolygon; the feature's properties are kept.
 * @throws Error as splitAtCrossings
 */
export function repairedRegion(f: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  const parts = splitAtCrossings(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
  const geometry: Polygon | MultiPolygon = parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
  return { type: 'Feature', properties: { ...f.properties }, geometry };
}

