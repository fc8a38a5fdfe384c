/** A project file's layers pass the same geometry checks as an imported file. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/domain/import';
import { parseProject } from '../../src/state/store/projectFile';

async function projectWith(mutate: (features: unknown[]) => void): Promise<string> {
  const out = await importFile('good.geojson', readFileSync(join(import.meta.dirname, '../fixtures/import/good.geojson')));
  if (!out.ok) throw new Error('fixture did not import');
  const features = JSON.parse(JSON.stringify(out.data.features)) as unknown[];
  mutate(features);
  const layer = { id: 'user:a', title: '试点', createdAt: '2026-11-30T00:00:00Z', style: { color: [1, 2, 3], field: null, hidden: ['x'] }, data: { ...out.data, features } };
  return JSON.stringify({ planAtlasProject: 1, exportedAt: '2026-11-30T00:00:00Z', layers: [layer], regions: [], reports: [], views: [] });
}

describe('project file geometry', () => {
  it('accepts a clean layer and keeps its class filter', async () => {
    const r = parseProject(await projectWith(() => undefined));
    if (!('project' in r)) throw new Error(r.error.en);
    expect(r.project.layers[0].style.hidden).toEqual(['x']);
    expect(r.project.layers[0].data.features).toHaveLength(7);
  });

  it('refuses a layer with text coordinates, naming the layer and the feature', async () => {
    const r = parseProject(
      await projectWith((f) => {
        (f[1] as { geometry: { coordinates: unknown } }).geometry = { type: 'Point', coordinates: ['x', 'y'] } as never;
      }),
    );
    expect('error' in r).toBe(true);
    if (!('error' in r)) return;
    expect(r.error.en).toContain('layers.0 ("试点")');
    expect(r.error.en).toContain('feature 1');
    expect(r.error.zh).toContain('layers.0（“试点”）');
  });
});
