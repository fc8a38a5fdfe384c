/**
 * Rounding of basemap geometry to what the map can show. The map's deepest zoom is 12
 * (src/map/MapController.ts maxZoom): 512 × 2^12 px for 360° of longitude, 1.7e-4° a pixel, and
 * in latitude 1.7e-4° × cos φ (1.0e-4° at 54°N, the map's north edge). Rounded to 4 decimals a
 * position moves at most 5e-5°, half a pixel or less at zoom 12 anywhere on the map — and
 * 5.5 m, far inside Natural Earth 1:50m's own accuracy (km).
 */
import type { Position } from 'geojson';

/** Decimals kept for world.json (see the module comment). */
export const BASEMAP_DECIMALS = 4;

/** A position rounded to `decimals`. */
export function roundPosition([x, y]: Position, decimals = BASEMAP_DECIMALS): Position {
  const k = 10 ** decimals;
  return [Math.round(x * k) / k, Math.round(y * k) / k];
}

/**
 * Polygons (MultiPolygon coordinates) with positions rounded to `decimals`, consecutive repeats
 * dropped, and rings left with fewer than 4 positions removed (a polygon whose outer ring goes,
 * goes with its holes).
 */
export function roundPolygons(polygons: Position[][][], decimals = BASEMAP_DECIMALS): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polygons) {
    const rings = poly.map((ring) => {
      const kept: Position[] = [];
      for (const q of ring) {
        const p = roundPosition(q, decimals);
        const last = kept[kept.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
      }
      return kept;
    });
    if (rings[0].length < 4) continue;
    out.push(rings.filter((ring) => ring.length >= 4));
  }
  return out;
}
