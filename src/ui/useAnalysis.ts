/**
 * Runs coverage reports in the analysis Web Worker (src/workers/analysisWorker.ts, called
 * through comlink) so the page never freezes; a request for a redrawn region supersedes the
 * unfinished one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { wrap, type Remote } from 'comlink';
import type { AtlasData } from '../domain/atlasData';
import type { AnalysisApi, CoverageOptions, CoverageReport, IndexedFeature, ReportAnswer, WireError } from '../domain/analysis';

export type AnalysisState =
  | { status: 'starting' }
  | { status: 'idle' }
  | { status: 'computing'; id: number }
  | { status: 'ready'; id: number; report: CoverageReport; ms: number }
  | { status: 'error'; id: number | null; error: WireError };

const internal = (e: unknown): WireError => ({ code: 'internal', message: e instanceof Error ? e.message : String(e) || 'the analysis worker failed' });

/**
 * @param data the atlas data, sent to the worker once
 * @param userFeatures points and lines of imported layers (re-indexed when this array changes; the last report is then recomputed)
 */
export function useAnalysis(data: AtlasData, userFeatures: IndexedFeature[]): { state: AnalysisState; request: (region: unknown, options: CoverageOptions) => void; clear: () => void } {
  const [state, setState] = useState<AnalysisState>({ status: 'starting' });
  const api = useRef<Remote<AnalysisApi> | null>(null);
  const latest = useRef(0);
  const queued = useRef<{ region: unknown; options: CoverageOptions } | null>(null);
  const ready = useRef(false);
  const last = useRef<{ region: unknown; options: CoverageOptions } | null>(null);

  const answered = useCallback((m: ReportAnswer) => {
    if (m.type === 'superseded' || m.id !== latest.current) return;
    setState(m.type === 'report' ? { status: 'ready', id: m.id, report: m.report, ms: m.ms } : { status: 'error', id: m.id, error: m.error });
  }, []);

  const send = useCallback(
    (region: unknown, options: CoverageOptions) => {
      const id = ++latest.current;
      last.current = { region, options };
      setState({ status: 'computing', id });
      api.current?.report(id, region, options).then(answered, (e: unknown) => id === latest.current && setState({ status: 'error', id, error: internal(e) }));
    },
    [answered],
  );

  useEffect(() => {
    const w = new Worker(new URL('../workers/analysisWorker.ts', import.meta.url), { type: 'module' });
    const remote = wrap<AnalysisApi>(w);
    api.current = remote;
    ready.current = false;
    let live = true;
    w.onerror = (e) => setState({ status: 'error', id: null, error: internal(e.message) });
    remote.init({ counties: data.counties, catalog: data.catalog, areas: data.areas }).then(
      (m) => {
        if (!live) return;
        if (m.type === 'error') return setState({ status: 'error', id: null, error: m.error });
        ready.current = true;
        setState({ status: 'idle' });
        if (queued.current) send(queued.current.region, queued.current.options);
        queued.current = null;
      },
      (e: unknown) => live && setState({ status: 'error', id: null, error: internal(e) }),
    );
    return () => {
      live = false;
      api.current = null;
      w.terminate();
    };
  }, [data, send]);

  useEffect(() => {
    // calls reach the worker in order, so this follows `init` (and fails only if init did)
    api.current?.setUserFeatures(userFeatures).then((m) => {
      if (m.type === 'user-features' && last.current) send(last.current.region, last.current.options);
    }, () => undefined); // a worker that failed has said so through init or onerror
  }, [data, userFeatures, send]);

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
