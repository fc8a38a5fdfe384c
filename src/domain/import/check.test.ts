/** The checks after parsing (check.ts): range tolerance and clamping (issue 12). */
import { describe, expect, it } from 'vitest';
import { importFile } from './importFile';
import type { ImportOutcome, UserFeature } from './types';

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const feature = (name: string, geometry: unknown) => ({ type: 'Feature', properties: { name }, geometry });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
function data(out: ImportOutcome) {
  if (!out.ok) throw new Error(`refused: ${out.issues.map((i) => i.message.en).join(' | ')}`);
  return out.data;
}
const ring = (f: UserFeature) => (f.geometry as { coordinates: number[][][] }).coordinates[0];

describe('positions a float rounding beyond ±180°/±90°', () => {
  const russia = feature('Russia', { type: 'Polygon', coordinates: [[[170, 60], [180.0000019, 60], [180.0000019, 70], [170, 70], [170, 60]]] });
  const antarctica = feature('Antarctica', { type: 'Polygon', coordinates: [[[-180, -90.000001], [180, -90.000001], [180, -70], [-180, -70], [-180, -90.000001]]] });
  const beyond = feature('Beyond', { type: 'Point', coordinates: [180.5, 10] });

  it('keeps Russia and Antarctica, clamped onto ±180/±90, and says so; a vertex 0.5° out still drops its feature', async () => {
    const out = await importFile('world.geojson', bytes(fc(russia, antarctica, beyond)));
    const d = data(out);
    expect(d.features.map((f) => f.properties.name)).toEqual(['Russia', 'Antarctica']);
    expect(ring(d.features[0])[1]).toEqual([180, 60]);
    expect(ring(d.features[1])[0]).toEqual([-180, -90]);
    const clamped = out.issues.find((i) => i.code === 'out-of-range' && i.severity === 'info')!;
    expect(clamped.count).toBe(5);
    expect(clamped.message.en).toBe('Clamped 5 positions lying at most 0.00001° beyond longitude ±180° / latitude ±90° (rounding in the file) onto the limit (first: feature 0 at [180.000002, 60]); the features were kept.');
    expect(clamped.message.zh).toContain('已校正到边界值');
    const dropped = out.issues.find((i) => i.code === 'out-of-range' && i.severity === 'warning')!;
    expect(dropped.message.en).toContain('1 feature had positions outside longitude −180…180°');
    expect(dropped.where).toMatchObject({ feature: 2, position: [180.5, 10] });
  });

  it('does not clamp a position 0.00002° beyond 180°', async () => {
    const out = await importFile('w.geojson', bytes(fc(feature('a', { type: 'Point', coordinates: [180.00002, 10] }), feature('b', { type: 'Point', coordinates: [116, 40] }))));
    expect(data(out).features.map((f) => f.properties.name)).toEqual(['b']);
    expect(out.issues.map((i) => [i.code, i.severity])).toContainEqual(['out-of-range', 'warning']);
  });
});
