/**
 * A report saved to the browser and reopened exports the same tidy tables as when it was made,
 * the poverty-county tables included (issue 13): the stored copy goes through JSON and the
 * store's schema, as IndexedDB and the project file carry it.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { atlas } from '../../../test/unit/generatedData';
import { buildAnalysisIndex, coverageReport, type CoverageReport } from '../../domain/analysis';
import { reportZip } from '../../domain/reportExport';
import type { ReportNames } from '../../domain/reportTables';
import { StoredReportSchema } from './schemas';

const data = atlas();
const lian = data.prefectures.features.find((f) => (f.properties as { prefCode?: string }).prefCode === '3415')! as Feature<Polygon | MultiPolygon>;
const report = coverageReport(buildAnalysisIndex(data), lian, { within: [{ layer: 'railway', km: 50 }], sampleCount: 500 });
const names: ReportNames = { lang: 'zh', areas: data.areas, projectName: (id) => data.catalogById.get(id)?.properties.name_zh, poverty: data.poverty };
const files = (r: CoverageReport) => Object.fromEntries(Object.entries(unzipSync(reportZip(r, '六安市', names))).map(([k, v]) => [k, new TextDecoder().decode(v)]));

describe('a saved report exports the same tables', () => {
  it('has the poverty-county tables before and after saving, byte for byte the same files', () => {
    const before = files(report);
    expect(Object.keys(before).some((f) => f.endsWith('_poverty_counties.csv'))).toBe(true);
    const stored = StoredReportSchema.shape.report.parse(JSON.parse(JSON.stringify(report))) as unknown as CoverageReport;
    const after = files(stored);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const k of Object.keys(before)) expect(after[k], k).toBe(before[k]);
    // 六安's poverty counties (金寨, 霍邱, 舒城, 霍山, 裕安 among them) are rows of the table
    const pv = after[Object.keys(after).find((f) => f.endsWith('_poverty_counties.csv'))!];
    expect(pv).toContain('金寨县');
  });
});
