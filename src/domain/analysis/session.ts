/**
 * The analysis worker's logic, free of worker globals so tests drive it directly: holds the
 * index, answers requests, and lets a newer report request supersede older ones.
 */
import { buildAnalysisIndex, type AnalysisIndex } from './analysisIndex';
import { CatalogIndex } from './catalogIndex';
import { coverageReport } from './coverage';
import { RegionError } from './errors';
import type { AnalysisRequest, AnalysisResponse, WireError } from './protocol';

/** Runs `fn` after the messages already queued have been handled (a macrotask in a worker). */
export type Defer = (fn: () => void) => void;

export interface AnalysisSession {
  handle(message: AnalysisRequest): void;
}

function wireError(e: unknown): WireError {
  if (e instanceof RegionError) return { code: e.code, message: e.message, text: e.text, ...(e.position ? { position: e.position } : {}) };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

function compute(index: AnalysisIndex, req: Extract<AnalysisRequest, { type: 'report' }>): AnalysisResponse {
  const t0 = performance.now();
  try {
    return { type: 'report', id: req.id, report: coverageReport(index, req.region, req.options), ms: performance.now() - t0 };
  } catch (e) {
    return { type: 'error', id: req.id, error: wireError(e) };
  }
}

/**
 * A session posting its answers through `post`. Report requests are not computed on arrival:
 * the newest pending one runs on the next `defer` turn, so a burst of edits yields one report;
 * a result is posted after one more turn, and only if no newer request came meanwhile.
 * Requests whose id is not above the newest seen are ignored.
 */
export function createAnalysisSession(post: (m: AnalysisResponse) => void, defer: Defer = (fn) => setTimeout(fn, 0)): AnalysisSession {
  let index: AnalysisIndex | null = null;
  /** layer ids of the imported features now in the index */
  let userIds = new Set<string>();
  let newest = -Infinity;
  let pending: Extract<AnalysisRequest, { type: 'report' }> | null = null;
  let scheduled = false;

  const run = () => {
    scheduled = false;
    const req = pending;
    pending = null;
    if (!req || req.id !== newest) return;
    const answer = index
      ? compute(index, req)
      : { type: 'error' as const, id: req.id, error: { code: 'not-ready' as const, message: 'The analysis index is not built yet (no init message).' } };
    defer(() => {
      if (req.id === newest) post(answer);
    });
  };

  return {
    handle(message) {
      if (message.type === 'user-features') {
        if (!index) return post({ type: 'error', id: null, error: { code: 'not-ready', message: 'The analysis index is not built yet (no init message).' } });
        const t0 = performance.now();
        const plan = index.catalog.features.filter((f) => !userIds.has(f.properties.layer));
        userIds = new Set(message.features.map((f) => f.properties.layer));
        index = { ...index, catalog: new CatalogIndex({ features: [...plan, ...message.features] }) };
        post({ type: 'user-features', features: index.catalog.features.length, ms: performance.now() - t0 });
        return;
      }
      if (message.type === 'init') {
        const t0 = performance.now();
        try {
          index = buildAnalysisIndex(message.data);
          post({ type: 'ready', counties: index.counties.length, features: index.catalog.features.length, ms: performance.now() - t0 });
        } catch (e) {
          post({ type: 'error', id: null, error: wireError(e) });
        }
        return;
      }
      if (!(message.id > newest)) return;
      newest = message.id;
      pending = message;
      if (!scheduled) {
        scheduled = true;
        defer(run);
      }
    },
  };
}
