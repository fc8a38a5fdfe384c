import { describe, expect, it } from 'vitest';
import type { Delivery, Milestone } from './delivery';
import type { CatalogFeature } from './types';
import { countPovertyStates, countProjectStates, deliverySeries, povertyStateAtYear, seatsWithinKm, serviceYear, stateAtYear, type ProjectState } from './timeline';

const src = { kind: 'recollection' } as const;
const m = (stage: Milestone['stage'], year: number): Milestone => ({ stage, year, source: src });
const d = (asOf2025: Delivery['asOf2025'], ...milestones: Milestone[]): Delivery => ({ milestones, asOf2025 });

describe('stateAtYear', () => {
  const cases: [string, Delivery | undefined, number, ProjectState][] = [
    ['no delivery at all is unknown, never planned', undefined, 2018, 'unknown'],
    ['no delivery in 2025 is unknown', undefined, 2025, 'unknown'],
    ['no milestone and an unknown 2025 state is unknown', d('unknown'), 2020, 'unknown'],
    ['a year before the first milestone is planned', d('in-service', m('start', 2017), m('service', 2021)), 2016, 'planned'],
    ['the year of a start is under construction', d('in-service', m('start', 2017), m('service', 2021)), 2017, 'under-construction'],
    ['between start and service stays under construction', d('in-service', m('start', 2017), m('service', 2021)), 2020, 'under-construction'],
    ['the year of service is in service', d('in-service', m('start', 2017), m('service', 2021)), 2021, 'in-service'],
    ['after service stays in service', d('in-service', m('start', 2017), m('service', 2021)), 2024, 'in-service'],
    ['milestones in any order', d('in-service', m('service', 2021), m('start', 2017)), 2019, 'under-construction'],
    ['start and service in one year: in service', d('in-service', m('start', 2019), m('service', 2019)), 2019, 'in-service'],
    ['a partial opening', d('under-construction', m('start', 2016), m('partial-service', 2020)), 2022, 'partial-service'],
    ['an airport expansion (no geometry change) still changes state', d('in-service', m('service', 2019)), 2018, 'planned'],
    ['an airport expansion in service from its year', d('in-service', m('service', 2019)), 2019, 'in-service'],
    ['cancelled from its year', d('cancelled', m('cancelled', 2018)), 2018, 'cancelled'],
    ['planned before a cancellation', d('cancelled', m('cancelled', 2018)), 2017, 'planned'],
    ['only a 2025 state "not started": planned in every year', d('not-started'), 2016, 'planned'],
    ['only a 2025 state "not started": planned in 2025', d('not-started'), 2025, 'planned'],
    ['only a 2025 state "in service": unknown before 2025', d('in-service'), 2022, 'unknown'],
    ['only a 2025 state "in service": in service in 2025', d('in-service'), 2025, 'in-service'],
    ['only a 2025 state "under construction": under construction in 2025', d('under-construction'), 2025, 'under-construction'],
    ['started, opening year unknown: under construction until 2024', d('in-service', m('start', 2018)), 2024, 'under-construction'],
    ['started, opening year unknown: asOf2025 says in service in 2025', d('in-service', m('start', 2018)), 2025, 'in-service'],
    ['a 2025 milestone beats asOf2025 in 2025', d('under-construction', m('start', 2018), m('service', 2025)), 2025, 'in-service'],
    ['asOf2025 unknown keeps the milestones in 2025', d('unknown', m('start', 2018)), 2025, 'under-construction'],
    ['a record with milestones and unknown 2025: planned before them', d('unknown', m('start', 2020)), 2019, 'planned'],
  ];
  it.each(cases)('%s', (_why, delivery, year, want) => {
    expect(stateAtYear(delivery, year)).toBe(want);
  });
});

describe('povertyStateAtYear', () => {
  const cases: [number | undefined, number, ReturnType<typeof povertyStateAtYear>][] = [
    [2018, 2016, 'poor'],
    [2018, 2017, 'poor'],
    [2018, 2018, 'exited-this-year'],
    [2018, 2019, 'exited-before'],
    [2020, 2025, 'exited-before'],
    [2016, 2016, 'exited-this-year'],
    [undefined, 2019, 'unknown'],
  ];
  it.each(cases)('exit %s in %s → %s', (exit, year, want) => {
    expect(povertyStateAtYear(exit, year)).toBe(want);
  });
  it('counts county units per state (海西 counts 3)', () => {
    const c = [{ exitYear: 2016, units: 3 }, { exitYear: 2018 }, { exitYear: 2020 }, {}];
    expect(countPovertyStates(c, 2018)).toEqual({ poor: 1, 'exited-this-year': 1, 'exited-before': 3, unknown: 1 });
  });
});

const rec = (id: string, layer: string, delivery: Delivery | undefined, lengthKm: number | null, coords: number[][] = [[100, 30], [101, 30]]): CatalogFeature =>
  ({
    type: 'Feature',
    geometry: layer === 'airport' ? { type: 'Point', coordinates: coords[0] } : { type: 'LineString', coordinates: coords },
    properties: { id, layer, delivery, computed: { lengthKm, provinces: [], counties: [], areas: {} } },
  }) as unknown as CatalogFeature;

describe('series and counts', () => {
  const records = [
    rec('r1', 'railway', d('in-service', m('start', 2016), m('service', 2019)), 120.5),
    rec('r2', 'railway', d('in-service', m('start', 2017), m('partial-service', 2018), m('service', 2021)), 80),
    rec('r3', 'railway', d('in-service', m('start', 2018)), 50),
    rec('r4', 'railway', undefined, 300),
    rec('a1', 'airport', d('in-service', m('service', 2019)), null),
    rec('a2', 'airport', d('in-service'), null),
  ];
  it('counts each record in exactly one state', () => {
    const c = countProjectStates(records, 2019);
    expect(c).toEqual({ 'in-service': 2, 'partial-service': 1, 'under-construction': 1, planned: 0, cancelled: 0, unknown: 2 });
  });
  it('railway km and airports by service year; partial openings and undated ones apart', () => {
    const s = deliverySeries(records, [{ exitYear: 2019, units: 2 }, { exitYear: 2020 }]);
    expect(s.railKm[s.years.indexOf(2019)]).toBe(120.5);
    expect(s.railKm[s.years.indexOf(2018)]).toBe(0);
    expect(s.railKm[s.years.indexOf(2021)]).toBe(80);
    expect(s.airports[s.years.indexOf(2019)]).toBe(1);
    expect(s.exits.slice(3, 5)).toEqual([2, 1]);
    expect(s.undated).toEqual({ railways: 1, railKm: 50, airports: 1 });
    expect(serviceYear(records[1].properties.delivery)).toBe(2021);
  });
  it('a region counts the km inside it', () => {
    const s = deliverySeries(records, [], (r) => (r.properties.id === 'r1' ? 10 : 0));
    expect(s.railKm[s.years.indexOf(2019)]).toBe(10);
  });
  it('seats within km of lines', () => {
    // 0.4° of latitude north of a line along 30°N is ≈ 44.5 km; 0.5° ≈ 55.6 km
    const lines = [[[100, 30], [101, 30]]];
    expect(seatsWithinKm([[100.5, 30.4], [100.5, 30.5], [102, 30]], lines, 50)).toBe(1);
    expect(seatsWithinKm([[100.5, 30.4], [100.5, 30.5]], lines, 60)).toBe(2);
    expect(seatsWithinKm([[100.5, 30.4]], [], 50)).toBe(0);
  });
});
