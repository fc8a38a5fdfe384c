/**
 * River water areas from npm @geo-maps/earth-rivers-500m 0.6.0 (OpenStreetMap-derived polygons,
 * ODbL; no names), clipped to the map extent and simplified with mapshaper.
 */
import mapshaper from 'mapshaper';
import type { FeatureCollection, LineString } from 'geojson';
import { EXTENT } from './world';

/**
 * @param geojsonText the package's `map.geo.json` (a GeometryCollection)
 * @returns clipped, simplified river polygons, coordinates rounded to 0.001°
 */
export async function buildRivers(geojsonText: string): Promise<FeatureCollection> {
  const cmd = [
    '-i rivers.json',
    `-clip bbox=${EXTENT.join(',')}`,
    '-explode',
    // Drop specks below 5 km²: invisible at the zooms rivers are drawn.
    '-filter-islands min-area=5km2 remove-empty',
    '-simplify 20% keep-shapes',
    '-o format=geojson geojson-type=FeatureCollection out.json precision=0.001',
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'rivers.json': geojsonText });
  return JSON.parse(String(out['out.json'])) as FeatureCollection;
}

/** WDBII levels drawn on the basemap: double-lined, permanent major, additional major, additional rivers. */
export const DRAWN_RIVER_LEVELS = [0, 1, 2, 3];

/**
 * River centrelines for the basemap, from the committed data/rivers/wdbii-china.json (see
 * scripts/make-rivers.ts): levels {@link DRAWN_RIVER_LEVELS}, simplified again (Douglas–Peucker,
 * 800 m) for drawing; the full file stays the network the corridors are routed on.
 * @returns LineStrings with properties `{ kind: 'centerline', level }`, coordinates rounded to 0.001°
 */
export async function riverCenterlines(file: FeatureCollection<LineString, { level: number }>): Promise<FeatureCollection<LineString>> {
  const drawn = { type: 'FeatureCollection', features: file.features.filter((f) => DRAWN_RIVER_LEVELS.includes(f.properties.level)) };
  const out = await mapshaper.applyCommands('-i lines.json -simplify dp interval=800 -o format=geojson geojson-type=FeatureCollection out.json precision=0.001', { 'lines.json': JSON.stringify(drawn) });
  const fc = JSON.parse(String(out['out.json'])) as FeatureCollection<LineString, { level: number }>;
  return {
    type: 'FeatureCollection',
    features: fc.features.filter((f) => f.geometry?.type === 'LineString').map((f) => ({ ...f, properties: { kind: 'centerline', level: f.properties.level } })),
  };
}
