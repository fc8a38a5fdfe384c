/**
 * The analysis worker's session (src/domain/analysis/session.ts): init, reports, errors, and a
 * newer request superseding older ones — driven with a hand-cranked task queue in place of the
 * worker's event loop.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisResponse } from '../../src/domain/analysis/protocol';
import { createAnalysisSession } from '../../src/domain/analysis/session';
import { atlas } from './generatedData';

const data = atlas();
const input = { counties: data.counties, catalog: data.catalog, areas: data.areas };
const square = (lon: number, lat: number, d = 0.3) => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] });

function harness() {
  const posted: AnalysisResponse[] = [];
  const tasks: (() => void)[] = [];
  const session = createAnalysisSession((m) => posted.push(m), (fn) => tasks.push(fn));
  return {
    session, posted,
    /** run one queued task (like one turn of the worker's event loop) */
    step: () => tasks.shift()?.(),
    flush: () => {
      while (tasks.length) tasks.shift()!();
    },
  };
}

describe('analysis session', () => {
  it('answers not-ready before init, then ready with counts', () => {
    const h = harness();
    h.session.handle({ type: 'report', id: 1, region: square(113, 28) });
    h.flush();
    expect(h.posted).toEqual([{ type: 'error', id: 1, error: { code: 'not-ready', message: expect.stringContaining('not built') } }]);
    h.session.handle({ type: 'init', data: input });
    expect(h.posted[1]).toMatchObject({ type: 'ready', counties: data.counties.features.length, features: data.catalog.features.length });
  });

  it('posts a report for a request, and an error with code and message for a bad region', () => {
    const h = harness();
    h.session.handle({ type: 'init', data: input });
    h.session.handle({ type: 'report', id: 1, region: square(113, 28), options: { within: [{ layer: 'railway', km: 50 }] } });
    h.flush();
    const report = h.posted.find((m) => m.type === 'report');
    expect(report).toMatchObject({ type: 'report', id: 1 });
    if (report?.type !== 'report') throw new Error('no report');
    expect(report.report.counties.length).toBeGreaterThan(0);
    expect(report.report.within[0].layer).toBe('railway');
    h.session.handle({ type: 'report', id: 2, region: { type: 'Polygon', coordinates: [[[100, 30], [102, 32], [102, 30], [100, 32], [100, 30]]] } });
    h.flush();
    expect(h.posted.at(-1)).toEqual({
      type: 'error', id: 2,
      error: {
        code: 'self-intersecting',
        message: expect.stringContaining('101.0000°E, 31.0000°N'),
        // the message key and parameters the interface translates
        text: { key: 'regionSelfIntersecting', params: { at: '101.0000°E, 31.0000°N', ringA: 1, edgeA: 1, ringB: 1, edgeB: 3 } },
        position: [expect.closeTo(101, 9), expect.closeTo(31, 9)],
      },
    });
  });

  it('a burst of requests yields one report, for the newest', () => {
    const h = harness();
    h.session.handle({ type: 'init', data: input });
    for (let id = 1; id <= 5; id++) h.session.handle({ type: 'report', id, region: square(110 + id * 0.1, 28) });
    h.flush();
    expect(h.posted.filter((m) => m.type !== 'ready').map((m) => [m.type, 'id' in m ? m.id : null])).toEqual([['report', 5]]);
  });

  it('a request arriving while a report is computed drops that report', () => {
    const h = harness();
    h.session.handle({ type: 'init', data: input });
    h.session.handle({ type: 'report', id: 1, region: square(113, 28) });
    h.step(); // computes report 1; its posting waits one turn
    h.session.handle({ type: 'report', id: 2, region: square(114, 28) });
    h.flush();
    const answers = h.posted.filter((m) => m.type === 'report');
    expect(answers.map((m) => m.type === 'report' && m.id)).toEqual([2]);
  });

  it('ignores requests older than the newest seen', () => {
    const h = harness();
    h.session.handle({ type: 'init', data: input });
    h.session.handle({ type: 'report', id: 7, region: square(113, 28) });
    h.session.handle({ type: 'report', id: 3, region: square(114, 28) });
    h.flush();
    expect(h.posted.filter((m) => m.type === 'report').map((m) => m.type === 'report' && m.id)).toEqual([7]);
  });
});

describe('analysis session with imported features', () => {
  it('indexes imported points beside the plan, measures within N km of them, and replaces them on the next message', () => {
    const h = harness();
    h.session.handle({ type: 'init', data: input });
    // Seats of 金寨县 and 霍山县 (WGS84, ±0.01°) as an imported point layer.
    const props = (i: number, name: string) => ({ id: `user:s#${i}`, layer: 'user:s', category: 'user', name_zh: name, capacityMW: null });
    const pts = [
      { type: 'Feature' as const, properties: props(0, '金寨县'), geometry: { type: 'Point' as const, coordinates: [115.93, 31.73] } },
      { type: 'Feature' as const, properties: props(1, '霍山县'), geometry: { type: 'Point' as const, coordinates: [116.33, 31.4] } },
    ];
    h.session.handle({ type: 'user-features', features: pts });
    expect(h.posted[1]).toMatchObject({ type: 'user-features', features: data.catalog.features.length + 2 });
    const 金寨 = data.counties.features.find((c) => c.properties.name === '金寨县')!;
    h.session.handle({ type: 'report', id: 1, region: 金寨.geometry, options: { within: [{ layer: 'user:s', km: 1 }] } });
    h.flush();
    const r = h.posted.find((m) => m.type === 'report');
    if (r?.type !== 'report') throw new Error('no report');
    // imported points are reported in their own section, never counted as plan projects (issue 16, item 4)
    expect(r.report.imported.map((p) => p.name_zh)).toEqual(['金寨县']);
    expect(r.report.importedLayers).toMatchObject([{ layer: 'user:s', count: 1 }]);
    expect(r.report.projects.filter((p) => p.layer.startsWith('user:'))).toEqual([]);
    expect(r.report.layers.find((l) => l.layer === 'user:s')).toBeUndefined();
    // only the seat's own 1 km disc: a tiny share of a 3,800 km² county, but not zero
    expect(r.report.within[0].areaSharePct).toBeLessThan(1);
    expect(r.report.within[0].seatCount).toBe(1);
    h.session.handle({ type: 'user-features', features: [] });
    expect(h.posted[h.posted.length - 1]).toMatchObject({ type: 'user-features', features: data.catalog.features.length });
  });
});
