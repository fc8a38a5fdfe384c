import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { atlas } from './generatedData';

describe('generated admin topology (mapshaper clean + dissolve)', () => {
  const d = atlas();

  it('has 31 provincial units plus Hong Kong, Macao and Taiwan, and 346 prefecture-level units', () => {
    const codes = d.provinces.features.map((f) => f.properties!.provCode as string).sort();
    expect(codes).toHaveLength(34);
    expect(codes.filter((c) => !['71', '81', '82'].includes(c))).toHaveLength(31);
    expect(codes).toEqual(expect.arrayContaining(['71', '81', '82', '11', '54', '65']));
    expect(d.prefectures.features).toHaveLength(346);
    expect(d.manifest.counts).toMatchObject({ counties: 2886, prefectures: 346, provinces: 34 });
  });

  it('puts each county in exactly one prefecture, inside its province', () => {
    const prefs = new Map(d.prefectures.features.map((f) => [f.properties!.prefCode as string, f.properties!]));
    expect(prefs.size).toBe(d.prefectures.features.length);
    for (const c of d.counties.features) {
      const p = prefs.get(c.properties.prefCode);
      expect(p, c.properties.adcode).toBeDefined();
      expect(p!.provCode).toBe(c.properties.provCode);
    }
  });

  it('keeps every county and prefecture area when dissolving into provinces (no gaps or slivers, < 0.5%)', () => {
    const sum = new Map<string, number>();
    for (const c of d.counties.features) sum.set(c.properties.provCode, (sum.get(c.properties.provCode) ?? 0) + area(c));
    for (const p of d.provinces.features) {
      const code = p.properties!.provCode as string;
      const a = area(p);
      expect(Math.abs(a - sum.get(code)!) / a, code).toBeLessThan(0.005);
    }
  });

  it('carries adcode, name, prefecture and province on every county', () => {
    for (const c of d.counties.features) {
      expect(c.properties.adcode).toMatch(/^\d{6}$/);
      expect(c.properties.name.length).toBeGreaterThan(1);
      expect(c.properties.prefName.length).toBeGreaterThan(1);
      expect(c.properties.provName.length).toBeGreaterThan(1);
    }
  });

  it('gives provinces areas close to official figures (geodesic km²)', () => {
    const km2 = (code: string) => area(d.provinces.features.find((f) => f.properties!.provCode === code)!) / 1e6;
    expect(km2('11')).toBeGreaterThan(16410 * 0.97); // 北京 16,410 km²
    expect(km2('11')).toBeLessThan(16410 * 1.03);
    expect(km2('46') / 1e3).toBeGreaterThan(33.9 * 0.95); // 海南 land ~35,400 km² incl. islands
  });
});
