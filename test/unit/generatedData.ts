/** Test helper: reads the generated data (public/generated, built by `npm run data:ensure` before tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemble, type AtlasData } from '../../src/domain/atlasData';

export const GENERATED = join(import.meta.dirname, '..', '..', 'public', 'generated');

let cached: AtlasData | null = null;

/** The generated data as the app assembles it. */
export function atlas(): AtlasData {
  if (cached) return cached;
  const j = (n: string) => JSON.parse(readFileSync(join(GENERATED, n), 'utf8'));
  cached = assemble({
    manifest: j('manifest.json'), topo: j('admin.topo.json'), labels: j('labels.json'), world: j('world.json'),
    rivers: j('rivers.json'), areas: j('areas.json').areas, catalog: j('catalog.json'), plan: j('plan.json'), indicators: j('indicators.json').indicators,
    poverty: j('poverty-counties.json'),
  });
  return cached;
}

export const PLAN_TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'data/plan/poverty-plan-2016-ch10-11.zh.txt'), 'utf8');
