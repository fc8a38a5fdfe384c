/**
 * Delivery milestones (data/delivery/*.json, scripts/lib/delivery.ts): the authored files pass
 * against the real catalog, and each kind of bad input fails naming the file and record.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deliveryProblem, readDelivery } from '../../scripts/lib/delivery';
import type { Delivery, Milestone } from '../../src/domain/delivery';

const DATA = join(__dirname, '../../data');
const catalogIds = new Set(
  ['transport', 'energy', 'water'].flatMap((c) => (JSON.parse(readFileSync(join(DATA, 'catalog', `${c}.json`), 'utf8')) as { records: { id: string }[] }).records.map((r) => r.id)),
);

const page = { kind: 'page', url: 'https://example.org/a', title: '某某开通' } as const;
const m = (stage: Milestone['stage'], year: number): Milestone => ({ stage, year, source: page });

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
/** A delivery folder holding one file `t.json` with `records`. */
function folder(records: unknown): string {
  const d = mkdtempSync(join(tmpdir(), 'delivery-'));
  dirs.push(d);
  writeFileSync(join(d, 't.json'), JSON.stringify({ records }));
  return d;
}

describe('readDelivery on the authored files', () => {
  const all = readDelivery(catalogIds);
  it('reads the real files against the real catalog, with known openings', () => {
    expect(catalogIds.size).toBeGreaterThan(100);
    expect(all.get('rail-yinchuan-xian')?.milestones.map((x) => [x.stage, x.year])).toEqual([['start', 2016], ['partial-service', 2019], ['service', 2020]]);
    expect(all.get('hydro-baihetan')?.milestones.find((x) => x.stage === 'service')?.year).toBe(2022);
    expect(all.get('air-wushan')?.asOf2025).toBe('in-service');
    expect(all.get('gas-chuxiong-panzhihua')?.milestones.map((x) => [x.stage, x.year])).toEqual([['service', 2018]]);
  });
  it('knows something (a milestone or a state as of 2025) for at least 90% of the catalog, as issue 14 asks', () => {
    const known = [...catalogIds].filter((id) => {
      const d = all.get(id);
      return d !== undefined && (d.milestones.length > 0 || d.asOf2025 !== 'unknown');
    });
    expect(known.length / catalogIds.size).toBeGreaterThanOrEqual(0.9);
  });
});

describe('readDelivery rejects bad input, naming file and record', () => {
  const ok: Delivery = { milestones: [m('start', 2016), m('service', 2020)], asOf2025: 'in-service' };
  it('accepts a sound record', () => {
    expect(readDelivery(catalogIds, folder({ 'air-wushan': ok })).get('air-wushan')).toEqual(ok);
  });
  it.each<[string, unknown, RegExp]>([
    ['an unknown id', { 'air-nowhere': ok }, /t\.json record air-nowhere: no catalog record/],
    ['a year out of range', { 'air-wushan': { ...ok, milestones: [m('start', 2004)] } }, /t\.json record air-wushan: milestones\.0\.year/],
    ['a non-integer year', { 'air-wushan': { ...ok, milestones: [m('start', 2016.5)] } }, /record air-wushan: milestones\.0\.year/],
    ['a missing source', { 'air-wushan': { asOf2025: 'under-construction', milestones: [{ stage: 'start', year: 2016 }] } }, /record air-wushan: milestones\.0\.source/],
    ['a page without URL', { 'air-wushan': { asOf2025: 'under-construction', milestones: [{ stage: 'start', year: 2016, source: { kind: 'page', title: 'x x' } }] } }, /record air-wushan: milestones\.0\.source\.url/],
    ['years out of order', { 'air-wushan': { ...ok, milestones: [m('start', 2020), m('service', 2018)] } }, /record air-wushan: milestones out of order: start 2020 before service 2018/],
    ['stages out of order', { 'air-wushan': { ...ok, milestones: [m('service', 2018), m('start', 2018)] } }, /record air-wushan: milestones out of order: start 2018 after service 2018/],
    ['asOf2025 against the milestones', { 'air-wushan': { ...ok, asOf2025: 'under-construction' } }, /record air-wushan: asOf2025 "under-construction" contradicts the milestones \(in-service by 2025\)/],
    ['an unknown state', { 'air-wushan': { ...ok, asOf2025: 'done' } }, /record air-wushan: asOf2025/],
  ])('%s', (_, records, message) => {
    expect(() => readDelivery(catalogIds, folder(records))).toThrow(message);
  });
});

describe('deliveryProblem: asOf2025 against the milestones', () => {
  it.each<[string, Delivery, string | undefined]>([
    ['started, under construction', { milestones: [m('start', 2019)], asOf2025: 'under-construction' }, undefined],
    ['opened in part, under construction', { milestones: [m('start', 2016), m('partial-service', 2019), m('partial-service', 2021)], asOf2025: 'under-construction' }, undefined],
    ['in service in 2026 only: under construction in 2025', { milestones: [m('start', 2020), m('service', 2026)], asOf2025: 'under-construction' }, undefined],
    ['service in 2026 claimed for 2025', { milestones: [m('start', 2020), m('service', 2026)], asOf2025: 'in-service' }, 'asOf2025 "in-service" contradicts the milestones (under-construction by 2025) unless a note gives its source'],
    ['undated completion with a note', { milestones: [m('start', 2017)], asOf2025: 'in-service', note: '2024年已投运(某页)' }, undefined],
    ['a start claimed as not started', { milestones: [m('start', 2017)], asOf2025: 'not-started' }, 'asOf2025 "not-started" contradicts the milestones (under-construction by 2025)'],
    ['no milestone, not started', { milestones: [], asOf2025: 'not-started' }, undefined],
    ['no milestone, in service with no note', { milestones: [], asOf2025: 'in-service' }, 'asOf2025 "in-service" with no milestone by 2025 needs a note giving its source'],
    ['nothing known', { milestones: [], asOf2025: 'unknown' }, 'nothing known (no milestone, asOf2025 unknown, no note): leave the record out'],
    ['cancelled after a start', { milestones: [m('start', 2016), m('cancelled', 2019)], asOf2025: 'cancelled' }, undefined],
    ['a start after a cancellation', { milestones: [m('cancelled', 2016), m('start', 2019)], asOf2025: 'under-construction' }, 'milestones out of order: start 2019 after cancelled 2016'],
    ['two services', { milestones: [m('service', 2016), m('service', 2019)], asOf2025: 'in-service' }, 'milestones out of order: service 2019 after service 2016'],
  ])('%s', (_, d, problem) => {
    expect(deliveryProblem(d)).toBe(problem);
  });
});
