/**
 * River water areas from npm @geo-maps/earth-rivers-500m 0.6.0 (OpenStreetMap-derived polygons,
 * ODbL; no names), clipped to the map extent and simplified with mapshaper.
 */
import mapshaper from 'mapshaper';
import type { FeatureCollection } from 'geojson';
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
  return JSON.parse(out['out.json']) as FeatureCollection;
}
