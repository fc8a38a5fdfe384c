/**
 * A fair turf baseline for county coverage (issue 15, item 4): what a careful developer would
 * write with turf alone — a flatbush index of county bboxes to pre-filter, the region cut to each
 * candidate county's bbox (`@turf/bbox-clip`), `@turf/intersect` of the county with the cut, and
 * `@turf/area`. Counties and km² only (no projects, distances); bench use only.
 */
import Flatbush from 'flatbush';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { bboxClip } from '@turf/bbox-clip';
import { intersect } from '@turf/intersect';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountyProperties } from '../../src/domain/types';

export interface TurfCountyIndex {
  counties: Feature<Polygon | MultiPolygon, CountyProperties>[];
  tree: Flatbush;
  boxes: number[][];
  areasKm2: number[];
}

/** Index the counties once (bboxes, areas), as the atlas's own index is built once. */
export function turfCountyIndex(fc: FeatureCollection<Polygon | MultiPolygon, CountyProperties>): TurfCountyIndex {
  const counties = fc.features;
  const boxes = counties.map((f) => bbox(f));
  const tree = new Flatbush(counties.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return { counties, tree, boxes, areasKm2: counties.map((f) => area(f) / 1e6) };
}

/**
 * km² of each county inside the region (MultiPolygon coordinates, degrees), by adcode, for
 * counties with more than `minKm2` inside.
 */
export function turfCountyCoverage(ix: TurfCountyIndex, region: Feature<MultiPolygon>, minKm2 = 0.01): Map<string, number> {
  const out = new Map<string, number>();
  const rb = bbox(region);
  for (const i of ix.tree.search(rb[0], rb[1], rb[2], rb[3])) {
    const b = ix.boxes[i];
    const cut = bboxClip(region, [b[0] - 1e-4, b[1] - 1e-4, b[2] + 1e-4, b[3] + 1e-4]).geometry as Polygon | MultiPolygon;
    const parts = (cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates).filter((p) => p.length > 0 && p[0].length > 3);
    if (parts.length === 0) continue;
    const both = intersect({ type: 'FeatureCollection', features: [ix.counties[i], { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } }] });
    const km2 = both ? area(both) / 1e6 : 0;
    if (km2 > minKm2) out.set(ix.counties[i].properties.adcode, km2);
  }
  return out;
}
