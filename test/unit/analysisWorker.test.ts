/**
 * The analysis worker's session (src/domain/analysis/session.ts): init, reports, errors, and a
 * newer request superseding older ones — driven with a hand-cranked task queue in place of the
 * worker's event loop.
 */
import { describe, expect, it } from 'vitest';
import { expose, wrap } from 'comlink';
import type { ReportAnswer } from '../../src/domain/analysis/protocol';
import { createAnalysisSession } from '../../src/domain/analysis/session';
import { atlas } from './generatedData';

const data = atlas();
const input = { counties: data.counties, catalog: data.catalog, areas: data.areas };
const square = (lon: number, lat: number, d = 0.3) => ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] });

function harness() {
  const answers: ReportAnswer[] = [];
  const tasks: (() => void)[] = [];
  const session = createAnalysisSession((fn) => tasks.push(fn));
  return {
    session, answers,
    /** asks for a report; its answer lands in `answers` when it resolves */
    report: (id: number, region: unknown, options?: Parameters<typeof session.report>[2]) => void session.report(id, region, options).then((a) => answers.push(a)),
    /** run one queued task (like one turn of the worker's event loop) */
    step: () => tasks.shift()?.(),
    /** run every task, letting resolved answers land */
    flush: async () => {
      while (tasks.length) {
        tasks.shift()!();
        await Promise.resolve();
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}
const shown = (answers: ReportAnswer[]) => answers.filter((m) => m.type !== 'superseded');

describe('analysis session', () => {
  it('answers not-ready before init, then ready with counts', async () => {
    const h = harness();
    h.report(1, square(113, 28));
    await h.flush();
    expect(h.answers).toEqual([{ type: 'error', id: 1, error: { code: 'not-ready', message: expect.stringContaining('not built') } }]);
    expect(h.session.init(input)).toMatchObject({ type: 'ready', counties: data.counties.features.length, features: data.catalog.features.length });
  });

  it('answers a report for a request, and an error with code and message for a bad region', async () => {
    const h = harness();
    h.session.init(input);
    h.report(1, square(113, 28), { within: [{ layer: 'railway', km: 50 }] });
    await h.flush();
    const report = h.answers.find((m) => m.type === 'report');
    expect(report).toMatchObject({ type: 'report', id: 1 });
    if (report?.type !== 'report') throw new Error('no report');
    expect(report.report.counties.length).toBeGreaterThan(0);
    expect(report.report.within[0].layer).toBe('railway');
    h.report(2, { type: 'Polygon', coordinates: [[[100, 30], [102, 32], [102, 30], [100, 32], [100, 30]]] });
    await h.flush();
    expect(h.answers.at(-1)).toEqual({
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

  it('a burst of requests yields one report, for the newest; the others are answered superseded', async () => {
    const h = harness();
    h.session.init(input);
    for (let id = 1; id <= 5; id++) h.report(id, square(110 + id * 0.1, 28));
    await h.flush();
    expect(shown(h.answers).map((m) => [m.type, m.id])).toEqual([['report', 5]]);
    expect(h.answers.filter((m) => m.type === 'superseded').map((m) => m.id).sort()).toEqual([1, 2, 3, 4]);
  });

  it('a request arriving while a report is computed drops that report', async () => {
    const h = harness();
    h.session.init(input);
    h.report(1, square(113, 28));
    h.step(); // computes report 1; its answer waits one turn
    h.report(2, square(114, 28));
    await h.flush();
    expect(shown(h.answers).map((m) => m.type === 'report' && m.id)).toEqual([2]);
    expect(h.answers).toContainEqual({ type: 'superseded', id: 1 });
  });

  it('ignores requests older than the newest seen', async () => {
    const h = harness();
    h.session.init(input);
    h.report(7, square(113, 28));
    h.report(3, square(114, 28));
    await h.flush();
    expect(shown(h.answers).map((m) => m.type === 'report' && m.id)).toEqual([7]);
  });

  it('works across a message port through comlink (structured clone both ways)', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(createAnalysisSession(), port1);
    const api = wrap<ReturnType<typeof createAnalysisSession>>(port2);
    try {
      expect(await api.init(input)).toMatchObject({ type: 'ready', counties: data.counties.features.length });
      const [old, now] = await Promise.all([api.report(1, square(113, 28)), api.report(2, square(113.5, 28))]);
      expect(old).toEqual({ type: 'superseded', id: 1 });
      expect(now).toMatchObject({ type: 'report', id: 2 });
    } finally {
      port1.close();
      port2.close();
    }
  });
});

describe('analysis session with imported features', () => {
  it('indexes imported points beside the plan, measures within N km of them, and replaces them on the next call', async () => {
    const h = harness();
    h.session.init(input);
    // Seats of 金寨县 and 霍山县 (WGS84, ±0.01°) as an imported point layer.
    const props = (i: number, name: string) => ({ id: `user:s#${i}`, layer: 'user:s', category: 'user', name_zh: name, capacityMW: null });
    const pts = [
      { type: 'Feature' as const, properties: props(0, '金寨县'), geometry: { type: 'Point' as const, coordinates: [115.93, 31.73] } },
      { type: 'Feature' as const, properties: props(1, '霍山县'), geometry: { type: 'Point' as const, coordinates: [116.33, 31.4] } },
    ];
    expect(h.session.setUserFeatures(pts)).toMatchObject({ type: 'user-features', features: data.catalog.features.length + 2 });
    const 金寨 = data.counties.features.find((c) => c.properties.name === '金寨县')!;
    h.report(1, 金寨.geometry, { within: [{ layer: 'user:s', km: 1 }] });
    await h.flush();
    const r = h.answers.find((m) => m.type === 'report');
    if (r?.type !== 'report') throw new Error('no report');
    // imported points are reported in their own section, never counted as plan projects (issue 16, item 4)
    expect(r.report.imported.map((p) => p.name_zh)).toEqual(['金寨县']);
    expect(r.report.importedLayers).toMatchObject([{ layer: 'user:s', count: 1 }]);
    expect(r.report.projects.filter((p) => p.layer.startsWith('user:'))).toEqual([]);
    expect(r.report.layers.find((l) => l.layer === 'user:s')).toBeUndefined();
    // only the seat's own 1 km disc: a tiny share of a 3,800 km² county, but not zero
    expect(r.report.within[0].areaSharePct).toBeLessThan(1);
    expect(r.report.within[0].seatCount).toBe(1);
    expect(h.session.setUserFeatures([])).toMatchObject({ type: 'user-features', features: data.catalog.features.length });
  });
});
