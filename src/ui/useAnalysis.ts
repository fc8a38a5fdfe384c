/**
 * Runs coverage reports in the analysis Web Worker (src/workers/analysisWorker.ts) so the page
 * never freezes; a request for a redrawn region supersedes the unfinished one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import type { AnalysisResponse, CoverageOptions, CoverageReport, IndexedFeature, WireError } from '../domain/analysis';

export type AnalysisState =
  | { status: 'starting' }
  | { status: 'idle' }
  | { status: 'computing'; id: number }
  | { status: 'ready'; id: number; report: CoverageReport; ms: number }
  | { status: 'error'; id: number | null; error: WireError };

/**
 * @param data the atlas data, sent to the worker once
 * @param userFeatures points and lines of imported layers (re-indexed when this array changes; the last report is then recomputed)
 */
export function useAnalysis(data: AtlasData, userFeatures: IndexedFeature[]): { state: AnalysisState; request: (region: unknown, options: CoverageOptions) => void; clear: () => void } {
  const [state, setState] = useState<AnalysisState>({ status: 'starting' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const queued = useRef<{ region: unknown; options: CoverageOptions } | null>(null);
  const ready = useRef(false);
  const last = useRef<{ region: unknown; options: CoverageOptions } | null>(null);

  const send = useCallback((region: unknown, options: CoverageOptions) => {
    const id = ++latest.current;
    last.current = { region, options };
    setState({ status: 'computing', id });
    worker.current?.postMessage({ type: 'report', id, region, options });
  }, []);

  useEffect(() => {
    const w = new Worker(new URL('../workers/analysisWorker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    ready.current = false;
    w.onmessage = (e: MessageEvent<AnalysisResponse>) => {
      const m = e.data;
      if (m.type === 'ready') {
        ready.current = true;
        setState({ status: 'idle' });
        if (queued.current) send(queued.current.region, queued.current.options);
        queued.current = null;
      } else if (m.type === 'user-features') {
        if (last.current) send(last.current.region, last.current.options);
      } else if (m.type === 'report') {
        if (m.id === latest.current) setState({ status: 'ready', id: m.id, report: m.report, ms: m.ms });
      } else if (m.id === null || m.id === latest.current) {
        setState({ status: 'error', id: m.id, error: m.error });
      }
    };
    w.onerror = (e) => setState({ status: 'error', id: null, error: { code: 'internal', message: e.message || 'the analysis worker failed' } });
    w.postMessage({ type: 'init', data: { counties: data.counties, catalog: data.catalog, areas: data.areas } });
    return () => w.terminate();
  }, [data, send]);

  useEffect(() => {
    worker.current?.postMessage({ type: 'user-features', features: userFeatures });
  }, [data, userFeatures]);

  const request = useCallback(
    (region: unknown, options: CoverageOptions) => {
      if (!ready.current) {
        queued.current = { region, options };
        return;
      }
      send(region, options);
    },
    [send],
  );
  const clear = useCallback(() => {
    latest.current++;
    last.current = null;
    queued.current = null;
    setState({ status: 'idle' });
  }, []);
  return { state, request, clear };
}
