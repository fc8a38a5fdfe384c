/**
 * Countries around China from Natural Earth (npm world-atlas 2.0.2, public domain): the
 * neighbours China shares a land boundary with (computed from the topology, not typed), and the
 * countries drawn on the basemap with Chinese and English names and a label point each.
 */
import { feature, neighbors } from 'topojson-client';
import bboxClip from '@turf/bbox-clip';
import { area } from '@turf/area';
import centroid from '@turf/centroid';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataBuildError } from './counties';
import { roundPolygons, roundPosition } from './round';

/** Map extent [west, south, east, north] in degrees: China with a margin. */
export const EXTENT: [number, number, number, number] = [60, 5, 150, 58];

/**
 * Extent [west, south, east, north] of the foreign land drawn on the basemap: {@link EXTENT}
 * reaching south to the equator, so the 南海诸岛 inset (src/map/nanhaiInset.ts) and the main
 * map show the coasts around the dash line's southern dashes (曾母暗沙, 3.4°N). Labels are
 * still placed within {@link EXTENT}.
 */
export const LAND_EXTENT: [number, number, number, number] = [EXTENT[0], 0, EXTENT[2], EXTENT[3]];

/** Natural Earth units that are China's own (drawn from the county data instead). */
const CHINA_UNITS = new Set(['China', 'Taiwan', 'Hong Kong', 'Macao']);

type CountryProps = { name: string };
type Country = Feature<Polygon | MultiPolygon, CountryProps>;

function countries(topo: Topology): { geoms: GeometryCollection<CountryProps>; features: Country[] } {
  const geoms = topo.objects.countries as GeometryCollection<CountryProps>;
  const fc = feature(topo, geoms) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  return { geoms, features: fc.features };
}

/**
 * Countries sharing a boundary with China in Natural Earth's topology, minus China's own units.
 * @throws DataBuildError when China is missing from the topology
 */
export function landNeighbours(topo: Topology): Country[] {
  const { geoms, features } = countries(topo);
  const china = geoms.geometries.findIndex((g) => (g.properties as CountryProps | undefined)?.name === 'China');
  if (china < 0) throw new DataBuildError('world-atlas: no "China" in countries');
  return neighbors(geoms.geometries)[china].map((i) => features[i]).filter((f) => f.geometry && !CHINA_UNITS.has(f.properties.name));
}

/**
 * Foreign countries inside {@link LAND_EXTENT}, clipped to it, with `name_zh`, `name_en`; plus one
 * label point each, inside the country's largest part within {@link EXTENT}.
 * @param zh English Natural Earth name → Chinese name
 */
export function basemapCountries(topo: Topology, zh: Record<string, string>): { polygons: FeatureCollection; labels: FeatureCollection<Point> } {
  const out: Feature[] = [];
  const labels: Feature<Point>[] = [];
  for (const f of countries(topo).features) {
    if (!f.geometry || CHINA_UNITS.has(f.properties.name)) continue;
    const clipTo = (box: [number, number, number, number]) => {
      const clipped = bboxClip(f, box) as Feature<Polygon | MultiPolygon>;
      return roundPolygons((clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates).filter((p) => p.length && p[0].length >= 4));
    };
    const drawn = clipTo(LAND_EXTENT);
    const parts = clipTo(EXTENT);
    const props = { name_en: f.properties.name, name_zh: zh[f.properties.name] ?? f.properties.name };
    if (drawn.length) out.push({ type: 'Feature', properties: props, geometry: { type: 'MultiPolygon', coordinates: drawn } });
    if (!parts.length) continue;
    const largest = parts.map((c) => ({ c, a: area({ type: 'Polygon', coordinates: c }) })).sort((a, b) => b.a - a.a)[0];
    if (largest.a < 2e9) continue; // below ~2,000 km² in view: no label
    const poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: largest.c } };
    const c = centroid(poly);
    const at = booleanPointInPolygon(c, poly) ? c : pointOnFeature(poly);
    labels.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: roundPosition(at.geometry.coordinates) } });
  }
  return { polygons: { type: 'FeatureCollection', features: out }, labels: { type: 'FeatureCollection', features: labels } };
}
