import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { atlas } from '../../../test/unit/generatedData';
import { buildAnalysisIndex, coverageReport } from '.';
import { asOfYear } from './asOfYear';
import { povertyCoverage } from './poverty';
import { reportTables } from '../reportTables';
import type { Catalog } from '../types';
import type { Delivery } from '../delivery';

const data = atlas();
const index = buildAnalysisIndex(data);
const sichuan = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '51')! as Feature<Polygon | MultiPolygon>;
const report = coverageReport(index, sichuan, { within: [{ layer: 'railway', km: 50 }], sampleCount: 1000 });

/** The catalog with every railway given `delivery` (other records as shipped). */
const withRail = (delivery: Delivery | undefined): Catalog => ({
  ...data.catalog,
  features: data.catalog.features.map((f) => (f.properties.layer === 'railway' ? { ...f, properties: { ...f.properties, delivery } } : f)),
});
const rec = { kind: 'recollection' } as const;

describe('coverage report as of a year', () => {
  it('with every railway in service the seat count matches the report’s own distance analysis', () => {
    const all = asOfYear(report, withRail({ milestones: [{ stage: 'service', year: 2016, source: rec }], asOf2025: 'in-service' }), data.poverty.counties, 2020, 50);
    const pv = povertyCoverage(report, data.poverty).within.find((w) => w.layer === 'railway' && w.km === 50)!;
    expect(all.seats.of).toBe(pv.of);
    expect(all.seats.within).toBe(pv.within);
    expect(all.seats.of).toBeGreaterThan(50); // Sichuan has 66 poverty county units
  });
  it('before the railways open no seat is near one in service, and the railways count as planned', () => {
    const later = withRail({ milestones: [{ stage: 'start', year: 2018, source: rec }, { stage: 'service', year: 2022, source: rec }], asOf2025: 'in-service' });
    const a = asOfYear(report, later, data.poverty.counties, 2017, 50);
    expect(a.seats.within).toBe(0);
    const rails = report.projects.filter((p) => p.layer === 'railway').length;
    expect(rails).toBeGreaterThan(0);
    expect(a.projects.planned).toBe(rails);
    expect(asOfYear(report, later, data.poverty.counties, 2019, 50).projects['under-construction']).toBe(rails);
  });
  it('counts the region’s poverty counties by exit state and writes the year into the CSV tables', () => {
    const a = asOfYear(report, data.catalog, data.poverty.counties, 2018, 50);
    const pc = data.poverty.counties.filter((c) => report.counties.some((h) => h.adcode === c.adcode));
    expect(a.poverty['exited-this-year']).toBe(pc.filter((c) => c.exitYear === 2018).reduce((s, c) => s + c.units, 0));
    expect(a.poverty.poor + a.poverty['exited-this-year'] + a.poverty['exited-before'] + a.poverty.unknown).toBe(pc.reduce((s, c) => s + c.units, 0));
    const tables = reportTables(report, '四川省', { lang: 'en', asOf: a });
    const summary = tables.find((t) => t.file === 'summary')!;
    expect(summary.rows[0][summary.columns.indexOf('as_of_year')]).toBe(2018);
    const states = tables.find((t) => t.file === 'as_of_year_states')!;
    expect(states.rows.find((r) => r[2] === 'exited-this-year')?.[3]).toBe(a.poverty['exited-this-year']);
    expect(tables.find((t) => t.file === 'as_of_year_within')!.rows[0].slice(0, 2)).toEqual([2018, 'railway']);
  });
});
