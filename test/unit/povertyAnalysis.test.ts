/** Poverty counties in a coverage report (src/domain/analysis/poverty.ts) and in its CSV. */
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildAnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { coverageReport } from '../../src/domain/analysis/coverage';
import { povertyCoverage } from '../../src/domain/analysis/poverty';
import { strFromU8, unzipSync } from 'fflate';

/** The zip's files by table name (`08_poverty_counties.csv` → `poverty_counties`), as lines without the BOM. */
const tablesOf = (zip: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(zip)).map(([n, b]) => [n.replace(/^\d+_|\.csv$/g, ''), strFromU8(b).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)]));
import { reportZip } from '../../src/domain/reportExport';
import { atlas } from './generatedData';

const data = atlas();
const index = buildAnalysisIndex(data);
const province = (code: string) => data.provinces.features.find((p) => p.properties?.provCode === code) as Feature<Polygon | MultiPolygon>;

describe('povertyCoverage', () => {
  // 贵州 (52): all 66 of its national poverty counties lie in the province
  const report = coverageReport(index, province('52'), { within: [{ layer: 'railway', km: 50 }] });
  const p = povertyCoverage(report, data.poverty);

  it('counts the province’s 66 poverty counties, their km² and share', () => {
    expect(p.total.counties).toBe(66);
    const own = data.poverty.counties.filter((c) => c.province === '贵州省');
    expect(p.rows.map((r) => r.adcode).sort()).toEqual(expect.arrayContaining(own.map((c) => c.adcode)));
    expect(p.regionSharePct).toBeGreaterThan(50);
    expect(p.regionSharePct).toBeLessThanOrEqual(100);
    expect(p.countySharePct).toBeGreaterThan(0);
  });

  it('splits by designation and exit batch, and the parts add up', () => {
    const byD = Object.values(p.byDesignation).reduce((s, t) => s + t.counties, 0);
    const byY = Object.values(p.byExitYear).reduce((s, t) => s + t.counties, 0);
    expect(byD).toBe(p.total.counties);
    expect(byY).toBe(p.total.counties);
    expect(p.byExitYear['2020'].counties).toBeGreaterThanOrEqual(9);
  });

  it('says when a figure rests on derived or recollected facts', () => {
    // every Guizhou poverty county is named on a page; its 片区 and key status are not all
    expect(p.total).toMatchObject({ evidence: 'page', derived: 0, recollection: 0 });
    const weaker = Object.values(p.byDesignation).filter((t) => t.counties && t.evidence !== 'page');
    expect(weaker.length).toBeGreaterThan(0);
    expect(p.keyUnknown).toBe(0); // every 重点县 slot is placed (592 of 592), so no county is of unknown key status
    const yn = povertyCoverage(coverageReport(index, province('53')), data.poverty);
    expect(yn.total.evidence).toBe('recollection'); // 云南's 2019 batch of 31 is named from recollection
    expect(yn.total.recollection).toBeGreaterThanOrEqual(31);
  });

  it('counts poverty counties with the seat within N km of a layer, from the report’s per-area seats', () => {
    expect(p.within).toHaveLength(1);
    const w = p.within[0];
    expect(w.of).toBe(p.rows.length);
    expect(w.within).toBeGreaterThan(0);
    expect(w.within).toBeLessThanOrEqual(w.of);
  });

  it('puts the poverty counties in their own table of the report zip, with an evidence column', () => {
    const files = tablesOf(reportZip(report, '贵州省', { lang: 'zh', poverty: data.poverty }));
    const rows = files.poverty_counties;
    expect(rows[0]).toBe('县代码,县,类型,重点县,片区代码,片区,退出年份,区内面积_km2,区内占比_pct,依据');
    // the 片区 by id in its own column and by name (it was the id under 片区: contig-wumeng)
    const withArea = rows.slice(1).map((r) => r.split(',')).filter((c) => c[4]);
    expect(withArea.length).toBeGreaterThan(0);
    for (const c of withArea) {
      expect(c[4]).toMatch(/^contig-[a-z-]+$/);
      expect(c[5]).toMatch(/^[\u4e00-\u9fff]+/);
    }
    expect(rows.length - 1).toBe(p.rows.length);
    for (const r of rows.slice(1)) expect(r).toMatch(/,(网页原文|据总数推算|凭记忆补充)$/);
    expect(files.poverty_within.length - 1).toBe(p.within.length);
    expect(files.summary[0]).toContain('贫困县数');
    expect(Object.keys(tablesOf(reportZip(report, '贵州省', { lang: 'zh' })))).not.toContain('poverty_counties');
  });

  it('finds none in a region without poverty counties (上海)', () => {
    const sh = povertyCoverage(coverageReport(index, province('31')), data.poverty);
    expect(sh.total.counties).toBe(0);
    expect(sh.rows).toEqual([]);
  });
});

describe('oldAreaPovertyCheck (专栏18(九) 396)', () => {
  it('counts poverty counties inside the atlas’s old areas, once each, below the plan’s 396', async () => {
    const { oldAreaPovertyCheck } = await import('../../src/domain/povertyChecks');
    const c = oldAreaPovertyCheck(data.areas, data.poverty);
    expect(c.plan).toBe(396);
    expect(c.atlas).toBeGreaterThan(100);
    expect(c.atlas).toBeLessThanOrEqual(c.byArea.reduce((s, a) => s + a.poverty, 0));
    expect(c.atlas).toBeLessThan(396);
  });
});
