/**
 * Equal-area grid samples over a region, for area shares that have no closed form.
 */
import { KM_PER_DEGREE } from './geodesy';
import type { ValidRegion } from './region';

/** (√5 − 1) / 2 */
const GOLDEN = 0.6180339887498949;

export interface GridSamples {
  /** interleaved `[lon, lat, lon, lat, …]` of the cell centres inside the region */
  xy: number[];
  /** cell side, km: every cell is cellKm × cellKm (rows of cellKm in latitude, each row's longitude step widened by 1/cos(lat)) */
  cellKm: number;
}

/**
 * Cell centres of a grid of about `target` equal-area cells over the region, kept when inside it;
 * rows are shifted against each other by golden-ratio fractions of a cell (deterministic).
 * The grid is refined (cell side halved, up to 5 times) while fewer than min(64, target) fall
 * inside, so thin or tiny regions still get samples.
 */
export function gridSamples(region: ValidRegion, target: number): GridSamples {
  const [w, s, e, n] = region.bbox;
  let cellKm = Math.sqrt(region.areaKm2 / Math.max(1, target));
  for (let round = 0; ; round++) {
    const xy: number[] = [];
    const dLat = cellKm / KM_PER_DEGREE;
    for (let row = 0, lat = s + dLat / 2; lat < n; row++, lat += dLat) {
      const dLon = dLat / Math.cos((lat * Math.PI) / 180);
      // each row starts at a golden-ratio fraction of a cell: columns do not line up, so errors
      // along straight contours (a railway on a meridian) cancel instead of adding up
      for (let lon = w + dLon * ((row * GOLDEN) % 1); lon < e; lon += dLon) if (region.edges.contains(lon, lat)) xy.push(lon, lat);
    }
    if (xy.length / 2 >= Math.min(64, target) || round === 5) return { xy, cellKm };
    cellKm /= 2;
  }
}
