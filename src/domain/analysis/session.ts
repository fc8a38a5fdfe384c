/**
 * The analysis worker's logic, free of worker globals so tests drive it directly: holds the
 * index, answers requests, and lets a newer report request supersede older ones.
 */
import { buildAnalysisIndex, type AnalysisIndex } from './analysisIndex';
import { CatalogIndex } from './catalogIndex';
import { coverageReport } from './coverage';
import { RegionError } from './errors';
import type { AnalysisApi, AnalysisError, ReportAnswer, WireError } from './protocol';
import type { CoverageOptions } from './types';

/** Runs `fn` after the messages already queued have been handled (a macrotask in a worker). */
export type Defer = (fn: () => void) => void;

function wireError(e: unknown): WireError {
  if (e instanceof RegionError) return { code: e.code, message: e.message, text: e.text, ...(e.position ? { position: e.position } : {}) };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

const notReady = (id: number | null): AnalysisError => ({ type: 'error', id, error: { code: 'not-ready', message: 'The analysis index is not built yet (no init call).' } });

type Request = { id: number; region: unknown; options?: CoverageOptions };

function compute(index: AnalysisIndex, req: Request): ReportAnswer {
  const t0 = performance.now();
  try {
    return { type: 'report', id: req.id, report: coverageReport(index, req.region, req.options), ms: performance.now() - t0 };
  } catch (e) {
    return { type: 'error', id: req.id, error: wireError(e) };
  }
}

/**
 * The worker's API (exposed with comlink). Report requests are not computed on arrival: the
 * newest pending one runs on the next `defer` turn, so a burst of edits yields one report; its
 * answer resolves after one more turn, and only if no newer request came meanwhile (else
 * `superseded`). A request whose id is not above the newest seen resolves `superseded` at once.
 */
export function createAnalysisSession(defer: Defer = (fn) => setTimeout(fn, 0)): AnalysisApi {
  let index: AnalysisIndex | null = null;
  /** layer ids of the imported features now in the index */
  let userIds = new Set<string>();
  let newest = -Infinity;
  let pending: { req: Request; resolve: (a: ReportAnswer) => void } | null = null;
  let scheduled = false;

  const run = () => {
    scheduled = false;
    const p = pending;
    pending = null;
    if (!p) return;
    const answer = index ? compute(index, p.req) : notReady(p.req.id);
    defer(() => p.resolve(p.req.id === newest ? answer : { type: 'superseded', id: p.req.id }));
  };

  return {
    init(data) {
      const t0 = performance.now();
      try {
        index = buildAnalysisIndex(data);
        return { type: 'ready', counties: index.counties.length, features: index.catalog.features.length, ms: performance.now() - t0 };
      } catch (e) {
        return { type: 'error', id: null, error: wireError(e) };
      }
    },
    setUserFeatures(features) {
      if (!index) return notReady(null);
      const t0 = performance.now();
      const plan = index.catalog.features.filter((f) => !userIds.has(f.properties.layer));
      userIds = new Set(features.map((f) => f.properties.layer));
      index = { ...index, catalog: new CatalogIndex({ features: [...plan, ...features] }) };
      return { type: 'user-features', features: index.catalog.features.length, ms: performance.now() - t0 };
    },
    report(id, region, options) {
      if (!(id > newest)) return Promise.resolve({ type: 'superseded', id });
      newest = id;
      return new Promise<ReportAnswer>((resolve) => {
        pending?.resolve({ type: 'superseded', id: pending.req.id });
        pending = { req: { id, region, options }, resolve };
        if (!scheduled) {
          scheduled = true;
          defer(run);
        }
      });
    },
  };
}
