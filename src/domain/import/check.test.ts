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

describe('longitudes of a world copy (off by 360°)', () => {
  const seats = [[475.93, 31.73], [474.82, 34.82], [474.19, 38.85]];
  const file = () => bytes(fc(...seats.map((c, i) => feature(`s${i}`, { type: 'Point', coordinates: c }))));

  it('is named as a world copy (not a projected system) and offered the 360° shift', async () => {
    const out = await importFile('copy.geojson', file());
    expect(out.ok).toBe(false);
    expect(out.issues.map((i) => [i.code, i.severity])).toEqual([['world-copy', 'error']]);
    expect(out.issues[0].message.en).toBe('Longitudes lie beyond ±180° by whole turns of 360° (e.g. [475.93, 31.73] is [115.93, 31.73] shifted by 360°): a world copy, as web maps panned round the globe export; 3 of 3 positions. Nothing was imported. Accept “Shift longitudes by 360°” to move them back.');
    expect(out.issues[0].message.zh).toContain('[115.93, 31.73]');
    expect(out.issues[0].message.en).not.toContain('projected');
    expect(out.offers.map((o) => o.fix)).toEqual(['shift-longitude-360']);
    expect(out.offers[0].message.zh).toContain('360°');
  });

  it('imports the county seats once the shift is accepted, and says how many moved', async () => {
    const out = await importFile('copy.geojson', file(), { fixes: ['shift-longitude-360'] });
    const d = data(out);
    expect(d.features.map((f) => (f.geometry as { coordinates: number[] }).coordinates)).toEqual([[115.93, 31.73], [114.82, 34.82], [114.19, 38.85]]);
    expect(d.applied).toEqual(['shift-longitude-360']);
    expect(out.issues.map((i) => [i.code, i.severity, i.message.en])).toEqual([['world-copy', 'info', 'Shifted longitudes beyond ±180° back by whole turns of 360° (3 positions).']]);
  });

  it('offers the shift for a minority too (their features are dropped until it is accepted); −244.1 is 115.9', async () => {
    const out = await importFile('some.geojson', bytes(fc(feature('a', { type: 'Point', coordinates: [-244.1, 31.7] }), feature('b', { type: 'Point', coordinates: [116, 40] }), feature('c', { type: 'Point', coordinates: [117, 40] }))));
    expect(data(out).features.length).toBe(2);
    expect(out.issues.find((i) => i.code === 'world-copy')!.severity).toBe('warning');
    expect(out.offers.map((o) => o.fix)).toEqual(['shift-longitude-360']);
    const fixed = await importFile('some.geojson', bytes(fc(feature('a', { type: 'Point', coordinates: [-244.1, 31.7] }))), { fixes: ['shift-longitude-360'] });
    expect((data(fixed).features[0].geometry as { coordinates: number[] }).coordinates).toEqual([115.9, 31.7]);
  });

  it('still calls Web Mercator metres projected', async () => {
    const out = await importFile('m.geojson', bytes(fc(feature('a', { type: 'Point', coordinates: [12958163, 4852590] }))));
    expect(out.issues[0].code).toBe('projected-crs');
  });
});
