/**
 * Builds the shipped admin topology with mapshaper: snaps and cleans the county layer (borders
 * between the source's prefecture files do not coincide exactly), simplifies with shared borders
 * kept, and dissolves counties into prefectures and provinces. Output is one TopoJSON with three
 * objects sharing arcs, so neighbouring units never show gaps or slivers.
 */
import mapshaper from 'mapshaper';
import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { County } from './counties';

/** Simplification kept: share of removable vertices retained (mapshaper `-simplify` percentage). */
export const SIMPLIFY_PERCENT = '12%';

/**
 * @param counties decoded counties (WGS84 degrees)
 * @returns `topology` with objects `counties`, `prefectures`, `provinces` (quantized 1e5), and
 *   `provinceLabels`: one interior point per province (mapshaper `-points inner`)
 * @throws Error from mapshaper when its commands fail
 */
export async function buildAdminTopology(counties: County[]): Promise<{ topology: Topology; provinceLabels: FeatureCollection<Point> }> {
  const fc = {
    type: 'FeatureCollection',
    features: counties.map((c) => {
      const { seat, ...rest } = c.properties;
      return { type: 'Feature', properties: { ...rest, seatLon: seat?.[0] ?? null, seatLat: seat?.[1] ?? null }, geometry: c.geometry };
    }),
  };
  const cmd = [
    '-i counties.json',
    // 0.0015° ≈ 150 m: above the source's 1/1024° quantization, below any real border detail.
    '-clean snap-interval=0.0015',
    `-simplify ${SIMPLIFY_PERCENT} keep-shapes`,
    '-dissolve prefCode copy-fields=prefName,provCode,provName + name=prefectures',
    '-target counties',
    '-dissolve provCode copy-fields=provName,provNameEn + name=provinces',
    '-target provinces',
    '-points inner + name=provinceLabels',
    '-target counties,prefectures,provinces',
    '-o format=topojson admin.json quantization=100000',
    '-target provinceLabels',
    '-o format=geojson labels.json precision=0.0001',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'counties.json': JSON.stringify(fc) });
  return { topology: JSON.parse(out['admin.json']) as Topology, provinceLabels: JSON.parse(out['labels.json']) };
}
