/** Test helper: reads the generated data (public/generated, built by `npm run data:ensure` before tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { merge } from 'topojson-client';
import type { Feature, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { assemble, type AtlasData } from '../../src/domain/atlasData';

export const GENERATED = join(import.meta.dirname, '..', '..', 'public', 'generated');

let cached: AtlasData | null = null;

/** The generated data as the app assembles it. */
export function atlas(): AtlasData {
  if (cached) return cached;
  const j = (n: string) => JSON.parse(readFileSync(join(GENERATED, n), 'utf8'));
  cached = assemble({
    manifest: j('manifest.json'), topo: j('admin.topo.json'), labels: j('labels.json'), world: j('world.json'),
    rivers: j('rivers.json'), areas: j('areas.json').areas, catalog: j('catalog.json'), plan: j('plan.json'), indicators: j('indicators.json').indicators, searchKeys: j('search-keys.json').keys,
    poverty: j('poverty-counties.json'),
  });
  return cached;
}

let china: Feature<MultiPolygon> | null = null;

/**
 * All China as one region: the 34 provincial units of admin.topo.json merged on their shared
 * arcs (topojson-client `merge`), so its outline uses exactly the counties' vertices.
 */
export function chinaOutline(): Feature<MultiPolygon> {
  if (china) return china;
  const topo = JSON.parse(readFileSync(join(GENERATED, 'admin.topo.json'), 'utf8')) as Topology;
  china = { type: 'Feature', properties: { name: '中国' }, geometry: merge(topo, (topo.objects.provinces as GeometryCollection).geometries as Parameters<typeof merge>[1]) };
  return china;
}

export const PLAN_TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'data/plan/poverty-plan-2016-ch10-11.zh.txt'), 'utf8');
