import { describe, expect, it } from 'vitest';
import { length } from '@turf/length';
import type { LineString } from 'geojson';
import { atlas, PLAN_TEXT } from './generatedData';

const d = atlas();
const byLayer = (layer: string) => d.catalog.features.filter((f) => f.properties.layer === layer);
const rec = (id: string) => {
  const r = d.catalogById.get(id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe('专栏17 layers present with real geometry', () => {
  it('has all 34 railways of both lists, with the plan action of their list', () => {
    const rail = byLayer('railway');
    expect(rail).toHaveLength(34);
    expect(rail.filter((r) => r.properties.action === '加快建设')).toHaveLength(14);
    expect(rail.filter((r) => r.properties.action === '规划建设')).toHaveLength(20);
    const railLine = PLAN_TEXT.split('\n').find((l) => l.startsWith('——铁路'))!;
    for (const r of rail) expect(railLine, r.properties.id).toContain(r.properties.citation.quote);
  });

  it('has the 24 airports of the list', () => {
    const air = byLayer('airport');
    expect(air).toHaveLength(24);
    const names = air.map((a) => a.properties.citation.quote).join(' ');
    for (const n of ['巫山', '巴中', '仁怀', '武冈', '陇南', '祁连', '莎车', '安康', '泸州', '宜宾', '桂林', '格尔木', '兴义', '武隆', '黔北', '罗甸', '乐山', '瑞金', '抚州', '朔州', '共和', '黄南', '昭通', '西宁']) {
      expect(names, n).toContain(n);
    }
  });

  it('has the nine hydropower stations and the transmission projects', () => {
    expect(byLayer('hydro-station')).toHaveLength(9);
    expect(byLayer('transmission')).toHaveLength(6);
  });

  it('computes geodesic length from geometry: a railway is as long as its drawn line, near its published length', () => {
    for (const r of byLayer('railway')) {
      const km = length({ type: 'Feature', properties: {}, geometry: r.geometry as LineString }, { units: 'kilometers' });
      expect(Math.abs(km - r.properties.computed.lengthKm!)).toBeLessThan(0.1);
    }
    // 银川至西安 high-speed railway: 618 km published; a line through its stations runs a little shorter.
    const yx = byLayer('railway').find((r) => r.properties.citation.quote === '银川至西安')!;
    expect(yx.properties.computed.lengthKm).toBeGreaterThan(618 * 0.85);
    expect(yx.properties.computed.lengthKm).toBeLessThan(618 * 1.1);
    expect(yx.properties.computed.provinces).toEqual(expect.arrayContaining(['宁夏回族自治区', '甘肃省', '陕西省']));
  });

  it('places every point inside China and names the provinces it lies in', () => {
    for (const f of d.catalog.features) {
      expect(f.properties.computed.provinces.length, f.properties.id).toBeGreaterThan(0);
      expect(f.properties.computed.counties.length, f.properties.id).toBeGreaterThan(0);
    }
    const bht = byLayer('hydro-station').find((r) => r.properties.citation.quote === '白鹤滩')!;
    expect(bht.properties.capacityMW).toBe(16000);
    // the dam spans the 金沙江 between 宁南县 (Sichuan) and 巧家县 (Yunnan): both provinces, both counties
    expect(bht.properties.computed.provinces).toEqual(['四川省', '云南省']);
    expect(bht.properties.computed.counties).toEqual(['513427', '530622']);
    // a plant near a border river stays on its own bank (贵州习水二郎电厂 by the 赤水河)
    expect(d.catalog.features.find((f) => f.properties.id === 'coal-xishui-erlang')!.properties.computed.provinces).toEqual(['贵州省']);
  });

  it('ties railways to the special areas they cross (e.g. 兰州至合作 reaches the Tibetan areas)', () => {
    const lh = byLayer('railway').find((r) => r.properties.citation.quote === '兰州至合作')!;
    expect(lh.properties.computed.areas['four-province-tibetan-areas']).toBeGreaterThan(0);
    expect(rec(lh.properties.id).properties.computed.lengthKm).toBeGreaterThan(150);
  });
});
