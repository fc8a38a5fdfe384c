/** Layer tables and downloads (issue 16 items 15–16) on the generated data. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../test/unit/generatedData';
import { areaTable, catalogTable, filterSort, tableCsv, tableGeoJSON, userTable } from './layerTable';
import type { AreaCountyFeature } from './model';
import type { UserFeature } from './import/types';

const data = atlas();
const stations = data.catalog.features.filter((f) => f.properties.layer === 'hydro-station');

describe('layer tables', () => {
  it('a plan layer: one row per record with its citation sentence and computed facts', () => {
    const t = catalogTable(stations, data);
    expect(t.rows).toHaveLength(stations.length);
    const bht = t.rows.find((r) => r.id === 'hydro-baihetan')!;
    expect(bht.cells).toMatchObject({ name_zh: '白鹤滩水电站', capacityMW: 16000, provinces: '四川省、云南省', citeSection: '第三节', citeColumn: '专栏17(三)', citeQuote: '白鹤滩' });
    expect(bht.cells.citeSentence).toBe('——水电:开工建设金沙江白鹤滩、叶巴滩,澜沧江托巴,雅砻江孟底沟,大渡河硬梁包,黄河玛尔挡、羊曲等水电站;');
    expect(bht.cells.lon).toBeCloseTo(102.9, 0);
    expect(bht.bbox[0]).toBe(bht.cells.lon);
  });

  it('in English the plan action and the provinces are English (the plan wording stays Chinese); the area table names provinces in English', () => {
    const zh = catalogTable(stations, data).rows.find((r) => r.id === 'hydro-baihetan')!;
    const en = catalogTable(stations, data, 'en').rows.find((r) => r.id === 'hydro-baihetan')!;
    expect(en.cells.provinces).toBe('Sichuan, Yunnan');
    expect(String(en.cells.action)).toMatch(/^[\x20-\x7e]+$/);
    expect(en.cells.action).not.toBe(zh.cells.action);
    expect(en.cells.citeQuote).toBe(zh.cells.citeQuote);
    const a = data.areas[0];
    const areas = ['341524', '511528', '530102'].map((adcode): AreaCountyFeature => {
      const c = data.countyByAdcode.get(adcode)!;
      return { type: 'Feature', geometry: c.geometry, properties: { kind: 'area', layerId: 'old-areas', areaId: a.id, areaName: a.name, areaIndex: 0, adcode, countyName: c.properties.name } };
    });
    expect(areaTable(areas, data, 'en').rows.map((r) => r.cells.province)).toEqual(['Anhui', 'Sichuan', 'Yunnan']);
    expect(areaTable(areas, data).rows.map((r) => r.cells.province)).toEqual(['安徽省', '四川省', '云南省']);
  });

  it('sorts numbers as numbers, filters on any column', () => {
    const t = catalogTable(stations, data);
    const byMW = filterSort(t, '', { key: 'capacityMW', dir: -1 }, 'zh');
    expect(byMW[0].id).toBe('hydro-baihetan');
    const mw = byMW.map((r) => r.cells.capacityMW).filter((v): v is number => v !== null);
    expect(mw).toEqual([...mw].sort((a, b) => b - a));
    expect(filterSort(t, '金沙江', null, 'zh').map((r) => r.id)).toContain('hydro-baihetan');
    expect(filterSort(t, 'BAIHETAN', null, 'en').map((r) => r.id)).toEqual(['hydro-baihetan']);
  });

  it('a special-area layer: counties with the document defining the area', () => {
    const a = data.areas.find((x) => x.id === 'old-dabieshan') ?? data.areas.find((x) => x.name.zh.includes('大别山'))!;
    const c = data.countyByAdcode.get('341524')!;
    const f: AreaCountyFeature = { type: 'Feature', geometry: c.geometry, properties: { kind: 'area', layerId: 'old-areas', areaId: a.id, areaName: a.name, areaIndex: 0, adcode: '341524', countyName: '金寨县' } };
    const row = areaTable([f], data).rows[0];
    expect(row.cells).toMatchObject({ adcode: '341524', county: '金寨县', prefecture: '六安市', province: '安徽省', area_zh: a.name.zh, year: a.provenance.year });
    expect(String(row.cells.document)).toContain(a.provenance.document);
  });

  it('CSV: BOM, headers in the language, formulae in imported names kept as text; GeoJSON carries the cells', () => {
    const f = (name: string, pop: number | null): UserFeature => ({ type: 'Feature', properties: { name, pop }, geometry: { type: 'Point', coordinates: [115.93, 31.73] } }) as UserFeature;
    const t = userTable('user:x', [f('=HYPERLINK("//x")', 5), f('金寨', null)]);
    expect(t.columns.map((c) => [c.key, !!c.numeric])).toEqual([['name', false], ['pop', true]]);
    const csv = tableCsv(t, 'en');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toEqual([['name', 'pop'], ["'=HYPERLINK(\"//x\")", '5'], ['金寨', '']]);
    expect(tableCsv(catalogTable(stations, data), 'zh').split('\r\n')[0]).toContain('规划原句');
    const gj = tableGeoJSON(catalogTable(stations, data), 'plan');
    expect(gj.features.find((x) => x.id === 'hydro-baihetan')?.properties).toMatchObject({ citeQuote: '白鹤滩', capacityMW: 16000 });
    expect(gj.features[0].geometry.type).toBe('Point');
  });
});
