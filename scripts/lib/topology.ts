/**
 * Builds the shipped admin topology with mapshaper: snaps and cleans the county layer (borders
 * between the source's prefecture files do not coincide exactly), simplifies with shared borders
 * kept, and dissolves counties into prefectures and provinces. Output is one TopoJSON with three
 * objects sharing arcs, so neighbouring units never show gaps or slivers.
 */
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { County } from './counties';

const inBox = (ring: Position[], [w, s, e, n]: [number, number, number, number]) => ring.every(([x, y]) => x >= w && x <= e && y >= s && y <= n);

/** Simplification kept: share of removable vertices retained (mapshaper `-simplify` percentage). */
export const SIMPLIFY_PERCENT = '12%';

/**
 * The county layer snapped and cleaned once (the slow part of the admin build, about two thirds
 * of its time), kept as a mapshaper snapshot (`.msx`) so the full topology and the first map's
 * coarse copy (./firstMap.ts) are simplified from the same cleaned arcs without cleaning twice;
 * a snapshot restores the arcs exactly, so each topology is the one a run from the counties gives.
 */
export interface CleanCounties {
  /** mapshaper snapshot of the layer `counties`, cleaned, not simplified */
  readonly snapshot: Buffer;
}

/**
 * @param counties decoded counties (WGS84 degrees)
 * @param keepBoxes [west, south, east, north] boxes whose parts are kept whatever their size:
 *   mapshaper's `keep-shapes` keeps one ring per feature, and simplification removed the small
 *   rings of a multi-part county (钓鱼岛 and 赤尾屿 of 台湾省), so each such part enters as a
 *   feature of its own and the parts are dissolved by adcode after simplification
 * @returns the cleaned counties, for {@link buildAdminTopology}
 * @throws Error from mapshaper when its commands fail
 */
export async function cleanCounties(counties: County[], keepBoxes: [number, number, number, number][] = []): Promise<CleanCounties> {
  const fc = {
    type: 'FeatureCollection',
    features: counties.flatMap((c): Feature[] => {
      const { seat, ...rest } = c.properties;
      const properties = { ...rest, seatLon: seat?.[0] ?? null, seatLat: seat?.[1] ?? null };
      const polys = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
      const kept = polys.filter((p) => keepBoxes.some((b) => inBox(p[0], b)));
      if (!kept.length) return [{ type: 'Feature', properties, geometry: c.geometry }];
      const others = polys.filter((p) => !kept.includes(p));
      const part = (geometry: Polygon | MultiPolygon): Feature => ({ type: 'Feature', properties, geometry });
      return [...kept.map((p) => part({ type: 'Polygon', coordinates: p })), ...(others.length ? [part({ type: 'MultiPolygon', coordinates: others })] : [])];
    }),
  };
  // 0.0015° ≈ 150 m: above the source's 1/1024° quantization, below any real border detail.
  // The collection goes in as an object: as text it would be 210 MB to stringify and parse again.
  const out = await mapshaper.applyCommands('-i counties.json -clean snap-interval=0.0015 -o clean.msx', { 'counties.json': fc });
  const snapshot = out['clean.msx'];
  if (!Buffer.isBuffer(snapshot)) throw new Error('mapshaper gave no .msx snapshot of the cleaned counties');
  return { snapshot };
}

/**
 * @param clean the cleaned counties ({@link cleanCounties})
 * @param o `simplify`: mapshaper's `-simplify` amount (default {@link SIMPLIFY_PERCENT}); `quantization` (default 1e5)
 * @returns `topology` with objects `counties`, `prefectures`, `provinces` (quantized 1e5), and
 *   `provinceLabels`: one interior point per province (mapshaper `-points inner`)
 * @throws Error from mapshaper when its commands fail
 */
export async function buildAdminTopology(clean: CleanCounties, o: { simplify?: string; quantization?: number } = {}): Promise<{ topology: Topology; provinceLabels: FeatureCollection<Point> }> {
  const cmd = [
    '-i clean.msx',
    `-simplify ${o.simplify ?? SIMPLIFY_PERCENT} keep-shapes`,
    // the kept islands were features of their own (keep-shapes keeps one ring per feature)
    '-dissolve adcode copy-fields=name,nameEn,prefCode,prefName,prefNameEn,provCode,provName,provNameEn,seatLon,seatLat',
    '-dissolve prefCode copy-fields=prefName,prefNameEn,provCode,provName + name=prefectures',
    '-target counties',
    '-dissolve provCode copy-fields=provName,provNameEn + name=provinces',
    '-target provinces',
    '-points inner + name=provinceLabels',
    '-target counties,prefectures,provinces',
    `-o format=topojson admin.json quantization=${o.quantization ?? 100000}`,
    '-target provinceLabels',
    '-o format=geojson labels.json precision=0.0001',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'clean.msx': clean.snapshot });
  return { topology: JSON.parse(String(out['admin.json'])) as Topology, provinceLabels: JSON.parse(String(out['labels.json'])) as FeatureCollection<Point> };
}
