/**
 * Exports of a coverage report computed on the generated data (Sichuan province, and 金寨县):
 * the zip of tidy CSV tables (one table per file, BOM, CRLF, one header row, names in the UI's
 * language with ids in their own columns, numbers that read back to the report's to 0.01,
 * RFC 4180 quoting, formula escaping), the GeoJSON (region with totals, one feature per project) and the
 * text summary.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { atlas } from '../../test/unit/generatedData';
import { buildAnalysisIndex, coverageReport, type CoverageReport } from './analysis';
import { unzipSync } from 'fflate';
import { BOM, reportGeoJson, reportSummary, reportZip, tableCsv } from './reportExport';
import type { ReportNames } from './reportTables';

const data = atlas();
const index = buildAnalysisIndex(data);
const sichuan = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '51')! as Feature<Polygon | MultiPolygon>;
const report = coverageReport(index, sichuan, { within: [{ layer: 'railway', km: 50 }], sampleCount: 1000 });
const jinzhai = data.countyByAdcode.get('341524')! as Feature<Polygon | MultiPolygon>;
const small = coverageReport(index, jinzhai);

/** The rows of fields of one CSV file (after its BOM), read by Papa Parse (RFC 4180); it must end with CRLF. */
function parseCsv(text: string): string[][] {
  if (!text.startsWith(BOM) || text.charCodeAt(1) === 0xfeff) throw new Error('CSV does not start with one BOM');
  if (!text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  const r = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' });
  if (r.errors.length) throw new Error(r.errors[0].message);
  return r.data;
}

/** UTF-8 text of a file, its BOM kept (TextDecoder drops it by default). */
const strFromU8 = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

/** The zip's files, name → rows (header first). */
function unzipped(zip: Uint8Array): Record<string, string[][]> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, parseCsv(strFromU8(bytes))]));
}

const zhNames: ReportNames = { lang: 'zh', areas: data.areas, projectName: (id) => data.catalogById.get(id)?.properties.name_zh };
const enNames: ReportNames = { lang: 'en', areas: data.areas, projectName: (id) => data.catalogById.get(id)?.properties.name_en };

describe('reportZip of a real report (Sichuan): one tidy table per CSV file (issue 16, item 5)', () => {
  const files = unzipped(reportZip(report, '四川省', zhNames));
  const table = (name: string) => files[Object.keys(files).find((f) => f.endsWith(`_${name}.csv`))!];

  it('the report is substantial: many counties, projects of several layers, a distance row', () => {
    expect(report.counties.length).toBeGreaterThan(150);
    expect(report.projects.length).toBeGreaterThan(10);
    expect(report.layers.length).toBeGreaterThan(3);
    expect(report.within).toHaveLength(1);
  });

  it('holds one file per table, numbered in order; each a BOM, one header row and rows as wide as it, CRLF only', () => {
    expect(Object.keys(files)).toEqual(['01_summary.csv', '02_counties.csv', '03_special_area_groups.csv', '04_special_areas.csv', '05_plan_layers.csv', '06_projects.csv', '07_within.csv']);
    for (const [name, rows] of Object.entries(files)) {
      expect(rows.length, name).toBeGreaterThan(1);
      for (const r of rows) expect(r, name).toHaveLength(rows[0].length);
      // no stacked sections: no blank line, and the header appears once
      expect(rows.filter((r) => r.join('') === ''), name).toEqual([]);
      expect(rows.filter((r) => r.join() === rows[0].join()), name).toHaveLength(1);
    }
    for (const [name, bytes] of Object.entries(unzipSync(reportZip(report, '四川省', zhNames)))) expect(strFromU8(bytes).replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
  });

  it('column titles and names in the UI’s language, ids in their own column (no raw area or layer ids where names exist)', () => {
    expect(table('summary')).toEqual([['区域', '面积_km2', '周长_km', '县数', '规划项目数', '导入要素数', '截至年份'], ['四川省', String(round2(report.region.areaKm2)), String(round2(report.region.perimeterKm)), String(report.counties.length), String(report.projects.length), '0', '规划视图（全部项目）']]);
    expect(table('plan_layers')[0]).toEqual(['图层代码', '图层', '门类', '数量', '区内长度_km', '区内装机_MW']);
    const rail = table('plan_layers').find((r) => r[0] === 'railway')!;
    expect(rail[1]).toBe('铁路');
    const areas = table('special_areas');
    expect(areas[0]).toEqual(['地区代码', '地区', '类别代码', '类别', '县数', '区内面积_km2']);
    for (const a of areas.slice(1)) {
      expect(a[1], a[0]).toBe(data.areas.find((x) => x.id === a[0])!.name.zh);
      expect(a[3], a[2]).toMatch(/[\u4e00-\u9fff]/);
    }
    const counties = table('counties');
    expect(counties[0]).toEqual(['县代码', '县', '省', '县面积_km2', '区内面积_km2', '区内占比_pct', '特殊地区代码', '特殊地区', '最近铁路_km', '最近机场_km', '最近输电工程_km']);
    const projects = table('projects');
    expect(projects[0]).toEqual(['项目代码', '项目', '图层代码', '图层', '几何', '区内长度_km', '全长_km', '装机_MW']);
    for (const p of projects.slice(1)) expect(p[1], p[0]).toMatch(/[\u4e00-\u9fff]/);
    // English: the same tables with English titles and names
    const en = unzipped(reportZip(report, 'Sichuan', enNames));
    expect(en['05_plan_layers.csv'].find((r) => r[0] === 'railway')![1]).toBe('Railways');
    expect(en['02_counties.csv'][0].slice(0, 3)).toEqual(['adcode', 'county', 'province']);
    // with the county data: the county transliterated (so titled) beside its Chinese name, the province in English
    const enCounty = unzipped(reportZip(report, 'Sichuan', { ...enNames, county: (a) => data.countyByAdcode.get(a)?.properties }))['02_counties.csv'];
    expect(enCounty[0].slice(0, 4)).toEqual(['adcode', 'county_transliterated', 'county_zh', 'province']);
    const xichang = enCounty.find((r) => r[0] === '513401')!;
    expect(xichang.slice(1, 4)).toEqual(['Xichang City', '西昌市', 'Sichuan']);
    // Chinese names stay Chinese with the county data too
    expect(unzipped(reportZip(report, '四川省', { ...zhNames, county: (a) => data.countyByAdcode.get(a)?.properties }))['02_counties.csv'][0].slice(0, 3)).toEqual(['县代码', '县', '省']);
    const enArea = en['04_special_areas.csv'][1];
    expect(enArea[1]).toBe(data.areas.find((x) => x.id === enArea[0])!.name.en);
    expect(en['06_projects.csv'][1][1]).toBe(data.catalogById.get(en['06_projects.csv'][1][0])!.properties.name_en);
  });

  it('numbers read back to the report’s values within 0.005 (rounded to 2 places; nearest km to 1)', () => {
    const counties = table('counties').slice(1);
    expect(counties).toHaveLength(report.counties.length);
    counties.forEach((r, i) => {
      const c = report.counties[i];
      expect(r.slice(0, 3)).toEqual([c.adcode, c.name, c.provName]);
      expect(Number(r[3])).toBeCloseTo(c.areaKm2, 2);
      expect(Number(r[4])).toBeCloseTo(c.insideKm2, 2);
      expect(Number(r[5])).toBeCloseTo(c.sharePct, 2);
      expect(r[6].split(' ').filter(Boolean)).toEqual(c.areaIds);
      expect(r[7].split('、').filter(Boolean)).toHaveLength(c.areaIds.length);
      const n = report.nearest.find((x) => x.adcode === c.adcode)!;
      expect(Number(r[8])).toBeCloseTo(n.km.railway!, 1);
    });
    const projects = table('projects').slice(1);
    expect(projects).toHaveLength(report.projects.length);
    projects.forEach((r, i) => {
      const p = report.projects[i];
      expect([r[0], r[2]]).toEqual([p.id, p.layer]);
      expect(Number(r[5])).toBeCloseTo(p.kmInside, 2);
      expect(Number(r[6])).toBeCloseTo(p.kmTotal, 2);
      expect(r[7] === '' ? null : Number(r[7])).toBe(p.capacityMW);
    });
    expect(table('plan_layers').slice(1).map((r) => [r[0], Number(r[3])])).toEqual(report.layers.map((l) => [l.layer, l.count]));
    const [, w] = table('within');
    expect([w[0], w[1], Number(w[2]), Number(w[5]), Number(w[6])]).toEqual(['railway', '铁路', 50, report.within[0].seatCount, report.counties.length]);
    expect(Number(w[3])).toBeCloseTo(report.within[0].areaSharePct, 2);
  });

  it('a one-county report (金寨县) has exactly one county row at 100%', () => {
    const rows = unzipped(reportZip(small, '金寨县', zhNames))['02_counties.csv'].slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 3)).toEqual(['341524', '金寨县', '安徽省']);
    expect(Number(rows[0][5])).toBe(100);
  });

  it('imported features get their own table, named by the imported layer’s title', () => {
    const pt = { id: 'user:s#0', layer: 'user:s', category: 'user', name_zh: '金寨县城', kind: 'point' as const, kmInside: 0, kmTotal: 0, capacityMW: null, pieces: [[[115.93, 31.73]]] };
    const z = unzipped(reportZip({ ...small, imported: [pt], importedLayers: [{ layer: 'user:s', category: 'user', count: 1, kmInside: 0, mwInside: 0 }] }, '金寨县', { ...zhNames, layerTitle: (id) => (id === 'user:s' ? '县城点' : undefined) }));
    expect(z['07_imported_features.csv']).toEqual([['要素代码', '要素', '图层代码', '图层', '几何', '区内长度_km'], ['user:s#0', '金寨县城', 'user:s', '县城点', '点', '0']]);
    expect(z['01_summary.csv'][1][5]).toBe('1');
  });
});

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('CSV quoting (RFC 4180) and formulae', () => {
  const odd = '甲,乙 "丙"\n丁\r戊';

  it('a title or name that starts like a formula (=, +, -, @) is written as text, never as a formula; numbers stay numbers', () => {
    const evil = '=HYPERLINK("//example.invalid/?leak","click")';
    const crafted: CoverageReport = {
      ...report,
      counties: report.counties.map((c, i) => (i === 0 ? { ...c, name: '@SUM(A1:A9)', provName: '+1+1' } : c)),
      projects: report.projects.map((p) => ({ ...p, name_zh: '-2+3' })),
    };
    const files = unzipped(reportZip(crafted, evil, { lang: 'zh' }));
    expect(files['01_summary.csv'][1][0]).toBe(`'${evil}`);
    expect(files['02_counties.csv'][1].slice(1, 3)).toEqual(["'@SUM(A1:A9)", "'+1+1"]);
    expect(files['06_projects.csv'].length).toBeGreaterThan(1);
    for (const p of files['06_projects.csv'].slice(1)) expect(p[1]).toBe("'-2+3");
    // no field of any file starts a formula (a negative number is a number)
    for (const rows of Object.values(files)) for (const r of rows) for (const f of r) expect(f, f).not.toMatch(/^[=+@\t\r]|^-(?![0-9])/);
    expect(files['01_summary.csv'][1][1]).toMatch(/^\d+(\.\d+)?$/);
  });

  it('names with commas, quotes and line breaks read back unchanged', () => {
    const crafted: CoverageReport = {
      ...small,
      counties: small.counties.map((c) => ({ ...c, name: odd, provName: '安徽省, 六安市' })),
      projects: [{ id: 'p,1', layer: 'railway', category: 'transport', name_zh: odd, kind: 'point', kmInside: 0, kmTotal: 0, capacityMW: 1234.5, pieces: [[[115.9, 31.7]]] }],
    };
    const t = tableCsv({ file: 'x', columns: ['a, "b"'], rows: [[odd]] });
    expect(t).toBe(`${BOM}"a, ""b"""\r\n"甲,乙 ""丙""\n丁\r戊"\r\n`);
    const files = unzipped(reportZip(crafted, 'title, with "quotes"', { lang: 'zh' }));
    expect(files['01_summary.csv'][1][0]).toBe('title, with "quotes"');
    expect(files['02_counties.csv'][1].slice(0, 3)).toEqual(['341524', odd, '安徽省, 六安市']);
    expect(files['06_projects.csv'][1]).toEqual(['p,1', odd, 'railway', '铁路', '点', '0', '0', '1234.5']);
  });
});

describe('reportGeoJson', () => {
  const fc = reportGeoJson(sichuan, report, '四川省');

  it('is the region with the totals, then one feature per project', () => {
    expect(fc.features).toHaveLength(1 + report.projects.length);
    const [region, ...projects] = fc.features;
    expect(region.geometry).toBe(sichuan.geometry);
    const p = region.properties!;
    expect(p.kind).toBe('region');
    expect(p.title).toBe('四川省');
    expect(p.counties).toBe(report.counties.length);
    expect(p.area_km2).toBeCloseTo(report.region.areaKm2, 2);
    expect(String(p.counties_list).split('; ')).toHaveLength(report.counties.length);
    expect(p.counties_list).toContain(`${report.counties[0].adcode} ${report.counties[0].name} `);
    for (const l of report.layers) expect(p[`${l.layer}_count`], l.layer).toBe(l.count);
    for (const g of report.groups) expect(p[`counties_${g.group}`], g.group).toBe(g.counties);
    expect(p.within_50km_railway_area_pct).toBeCloseTo(report.within[0].areaSharePct, 2);
    projects.forEach((f, i) => {
      const hit = report.projects[i];
      expect(f.properties).toMatchObject({ kind: 'project', id: hit.id, layer: hit.layer, name: hit.name_zh, capacity_mw: hit.capacityMW });
      expect(f.geometry.type).toBe(hit.kind === 'point' ? 'Point' : 'MultiLineString');
    });
    expect(projects.some((f) => f.geometry.type === 'Point')).toBe(true);
    expect(projects.some((f) => f.geometry.type === 'MultiLineString')).toBe(true);
  });

  it('survives JSON with its Chinese names', () => {
    const back = JSON.parse(JSON.stringify(fc));
    expect(back.features[0].properties.title).toBe('四川省');
    expect(back.features.slice(1).map((f: Feature) => f.properties!.name)).toEqual(report.projects.map((p) => p.name_zh));
  });
});

describe('reportSummary', () => {
  it('zh: title, area, county and project counts, railways, airports and the distance line', () => {
    const s = reportSummary(report, '四川省', 'zh').split('\n');
    expect(s).toHaveLength(3 + report.within.length);
    expect(s[0]).toMatch(/^四川省：面积 [\d,.]+ km²，周长 [\d,.]+ km$/);
    expect(s[0]).toContain(report.region.areaKm2.toLocaleString('zh-CN', { maximumFractionDigits: 1 }));
    expect(s[1]).toContain(`涉及 ${report.counties.length} 个县`);
    const rail = report.layers.find((l) => l.layer === 'railway')!;
    expect(s[2]).toContain(`规划项目 ${report.projects.length} 个；铁路 ${rail.count} 条`);
    expect(s[2]).toContain(`机场 ${report.airports.length} 个`);
    expect(s[3]).toContain(`县城 ${report.within[0].seatCount}/${report.counties.length}`);
    // names, not ids (issue 16, item 5): 铁路, 革命老区 — never railway, old-area
    expect(s[3]).toContain('（铁路）');
    expect(s.join('\n')).not.toMatch(/railway|old-area|border|ethnic|contiguous/);
  });

  it('en: the same numbers; a report without railways says 0', () => {
    const s = reportSummary(report, 'Sichuan', 'en').split('\n');
    expect(s[1]).toMatch(new RegExp(`^${report.counties.length} counties; `));
    expect(s[2]).toContain(`${report.projects.length} plan projects`);
    const none = reportSummary({ ...small, layers: [], projects: [], airports: [] }, '金寨县', 'en');
    expect(none).toContain('0 plan projects; railways 0, 0 km inside; airports 0');
  });
});
