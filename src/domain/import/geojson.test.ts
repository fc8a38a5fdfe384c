/** Reading GeoJSON geometry: coordinates nested at the wrong depth are named as such (issue 12, defect 6). */
import { describe, expect, it } from 'vitest';
import { importFile } from './importFile';

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const fc = (...geometries: unknown[]) => ({ type: 'FeatureCollection', features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) });
const SEAT = { type: 'Point', coordinates: [115.93, 31.73] };

describe('readGeoJSON: coordinate nesting', () => {
  it('names a Point nested one level too deep, with the path and both depths', async () => {
    const out = await importFile('deep.geojson', bytes(fc(SEAT, { type: 'Point', coordinates: [[115.9, 31.7]] })));
    expect(out.ok).toBe(true);
    const i = out.issues.find((x) => x.code === 'wrong-nesting')!;
    expect(i.where).toEqual({ feature: 1, path: 'features[1].geometry.coordinates' });
    expect(i.message.en).toBe('1 feature had coordinates nested at the wrong depth and was dropped (first: feature 1, features[1].geometry.coordinates: expected depth 1, a position [lon, lat]; found depth 2, a list of positions = [[115.9,31.7]]: one level too deep); kept 1 of 2 features.');
    expect(i.message.zh).toContain('应为 1 层');
    expect(i.message.zh).toContain('实际为 2 层');
    expect(out.issues.some((x) => x.code === 'non-numeric-coordinate')).toBe(false);
  });

  it('names a LineString one level too shallow', async () => {
    const out = await importFile('shallow.geojson', bytes(fc(SEAT, { type: 'LineString', coordinates: [115.9, 31.7] })));
    const i = out.issues.find((x) => x.code === 'wrong-nesting')!;
    expect(i.message.en).toContain('features[1].geometry.coordinates: expected depth 2, a list of positions; found depth 1, a position [lon, lat] = [115.9,31.7]: one level too shallow');
    expect(i.message.zh).toContain('少了 1 层');
  });

  it('names a MultiPolygon given as Polygon coordinates (one level too shallow)', async () => {
    const ring = [[115, 31], [116, 31], [116, 32], [115, 31]];
    const out = await importFile('mp.geojson', bytes(fc(SEAT, { type: 'MultiPolygon', coordinates: [ring] })));
    expect(out.issues.find((x) => x.code === 'wrong-nesting')!.message.en).toContain('expected depth 4, a list of polygons; found depth 3, a list of lines or rings');
  });

  it('names a bare number among the positions of a LineString at its own path', async () => {
    const out = await importFile('mixed.geojson', bytes(fc(SEAT, { type: 'LineString', coordinates: [[115.9, 31.7], 116] })));
    const i = out.issues.find((x) => x.code === 'wrong-nesting')!;
    expect(i.where?.path).toBe('features[1].geometry.coordinates[1]');
    expect(i.message.en).toContain('expected depth 1, a position [lon, lat]; found depth 0, a bare number = 116');
  });

  it('still calls a null inside a position "not a number"', async () => {
    const out = await importFile('null.geojson', bytes(fc(SEAT, { type: 'Point', coordinates: [115.9, null] })));
    expect(out.issues.map((x) => x.code)).toContain('non-numeric-coordinate');
    expect(out.issues.map((x) => x.code)).not.toContain('wrong-nesting');
  });
});
