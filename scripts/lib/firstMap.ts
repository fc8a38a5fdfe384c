/**
 * The first map's coarse copies of the basemap geometry (issue 15: first load ≤ 900 KB gzip).
 * The atlas opens at the home view (all of China, MapLibre zoom about 3.4 on a 1000 px canvas);
 * up to zoom 5 (src/domain/firstMap.ts `FIRST_MAP_MAX_ZOOM`) a pixel covers 4 km or more, so the full geometry's
 * vertices 150 m apart draw the same picture as vertices kilometres apart. The app draws these
 * files first and swaps in the full ones (admin.topo.json, world.json, rivers.json) once the
 * first map is drawn; queries and the analysis only ever use the full geometry
 * (src/domain/atlasData.ts `detail`).
 */
import mapshaper from 'mapshaper';
import type { FeatureCollection, Point } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildAdminTopology, type CleanCounties } from './topology';

/**
 * Vertex spacing kept (metres, mapshaper `-simplify interval`): 4 km, about one pixel at zoom 5
 * (4.9 km per pixel at the equator, 4.0 km at 35°N) and a third of one at the home view.
 */
export const FIRST_MAP_INTERVAL_M = 4000;

/** River water rings smaller than this (m²) are left out of the first map: under a pixel up to zoom 5. */
const RIVER_MIN_AREA_M2 = 10e6;

/**
 * The admin topology again, from the same cleaned counties as the full one
 * (./topology.ts), simplified to {@link FIRST_MAP_INTERVAL_M} instead of 12 %; simplifying the
 * full topology a second time lost two counties (钟山县, 黄岩区: mapshaper's `keep-shapes`
 * protects a feature's rings only against the simplification it is given).
 * @param clean the cleaned counties the full topology is built from (`cleanCounties`)
 * @returns counties, prefectures and provinces on shared arcs, quantized 1e4 (0.006° ≈ 600 m),
 *   counties without their seat positions (labelled from zoom 7 only; the full file has them)
 * @throws Error when a county comes out without geometry, or from mapshaper
 */
export async function firstMapAdmin(clean: CleanCounties): Promise<Topology> {
  const { topology } = await buildAdminTopology(clean, { simplify: `interval=${FIRST_MAP_INTERVAL_M}`, quantization: 10000 });
  const geoms = (topology.objects.counties as GeometryCollection<Record<string, unknown>>).geometries;
  const props = (g: (typeof geoms)[number]) => (g.properties ?? {}) as Record<string, unknown>;
  const lost = geoms.filter((g) => !g.type || !('arcs' in g)).map((g) => String(props(g).name));
  if (lost.length) throw new Error(`first-map admin topology lost the geometry of ${lost.join(', ')}`);
  for (const g of geoms) {
    delete props(g).seatLon;
    delete props(g).seatLat;
  }
  return topology;
}

/**
 * @param world the basemap countries (`polygons`, `labels`), scripts/lib/world.ts, and the
 *   南海断续线 (`nanhai`, scripts/lib/nanhai.ts)
 * @returns the polygons simplified to {@link FIRST_MAP_INTERVAL_M} at 0.01° precision; labels and
 *   the dash line as they are (a standard map of China draws the dashes from its first frame; ten
 *   short lines, about 1 KB)
 */
export async function firstMapWorld<W extends { polygons: FeatureCollection; labels: FeatureCollection<Point> }>(world: W): Promise<W> {
  const cmd = `-i w.json -simplify interval=${FIRST_MAP_INTERVAL_M} keep-shapes -o format=geojson geojson-type=FeatureCollection out.json precision=0.01`;
  const out = await mapshaper.applyCommands(cmd, { 'w.json': JSON.stringify(world.polygons) });
  return { ...world, polygons: JSON.parse(out['out.json'].toString()) as FeatureCollection };
}

/**
 * @param rivers water areas (polygons) and WDBII centrelines (`level` 0–3), as rivers.json
 * @returns what the basemap draws up to zoom 5: water rings of at least
 *   10 km² and the centrelines of levels 0–2 (level 3 is drawn from zoom 6), simplified to
 *   {@link FIRST_MAP_INTERVAL_M} at 0.01° precision
 * @throws Error from mapshaper when its commands fail
 */
export async function firstMapRivers(rivers: FeatureCollection): Promise<FeatureCollection> {
  const polygons = rivers.features.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const lines = rivers.features.filter((f) => (f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString') && Number(f.properties?.level) <= 2);
  const fc = (features: FeatureCollection['features']) => JSON.stringify({ type: 'FeatureCollection', features });
  const water = await mapshaper.applyCommands(
    `-i p.json -simplify interval=${FIRST_MAP_INTERVAL_M} keep-shapes -filter-islands min-area=${RIVER_MIN_AREA_M2} remove-empty -o format=geojson geojson-type=FeatureCollection out.json precision=0.01`,
    { 'p.json': fc(polygons) },
  );
  const centre = await mapshaper.applyCommands(`-i l.json -simplify interval=${FIRST_MAP_INTERVAL_M} -o format=geojson geojson-type=FeatureCollection out.json precision=0.01`, { 'l.json': fc(lines) });
  const parse = (o: Record<string, string | Buffer>) => (JSON.parse(o['out.json'].toString()) as FeatureCollection).features;
  return { type: 'FeatureCollection', features: [...parse(water), ...parse(centre)].filter((f) => f.geometry) };
}
