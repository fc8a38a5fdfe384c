/**
 * The nearest-feature table: per county of a report, km from its seat to the nearest feature of
 * each chosen layer.
 */
import type { CountyHit, NearestRow } from './types';

/** Nearest feature of `layer` to `(lon, lat)`: great-circle km and feature id; null if the layer is empty. */
export type NearestFn = (lon: number, lat: number, layer: string) => { km: number; id: string } | null;

/** One row per county, measured from its seat (centroid where the data has none). */
export function nearestTable(counties: CountyHit[], layers: readonly string[], nearest: NearestFn): NearestRow[] {
  return counties.map((c) => {
    const row: NearestRow = { adcode: c.adcode, name: c.name, from: c.seat, fromSource: c.seatSource, km: {}, featureId: {} };
    for (const layer of layers) {
      const n = nearest(c.seat[0], c.seat[1], layer);
      row.km[layer] = n?.km ?? null;
      row.featureId[layer] = n?.id ?? null;
    }
    return row;
  });
}
