/**
 * Messages between the app and the analysis worker (src/workers/analysisWorker.ts).
 *
 * app → worker: `init` once with the data, then `report` with increasing ids. A newer id
 * supersedes older ones: the worker drops requests and results that are no longer the newest,
 * so the app only ever receives the answer (or error) for its latest region.
 */
import type { RegionErrorCode, RegionMessage } from './errors';
import type { AnalysisInput, CoverageOptions, CoverageReport, IndexedFeature } from './types';

export type AnalysisRequest =
  | { type: 'init'; data: AnalysisInput }
  /** points and lines of imported layers, indexed beside the plan's (replaces the previous set) */
  | { type: 'user-features'; features: IndexedFeature[] }
  /** `region`: a Polygon/MultiPolygon Feature or geometry, lon/lat degrees */
  | { type: 'report'; id: number; region: unknown; options?: CoverageOptions };

export interface WireError {
  /** a RegionErrorCode for a refused region; 'not-ready' before init; 'internal' for a bug */
  code: RegionErrorCode | 'not-ready' | 'internal';
  message: string;
  /** a refusal's message for the interface to translate (absent for 'not-ready' and 'internal') */
  text?: RegionMessage;
  /** where the region crosses itself, `[lon, lat]` */
  position?: [number, number];
}

export type AnalysisResponse =
  | { type: 'ready'; counties: number; features: number; ms: number }
  /** the imported features are indexed: `features` = plan + imported */
  | { type: 'user-features'; features: number; ms: number }
  /** `ms`: time spent on the report in the worker */
  | { type: 'report'; id: number; report: CoverageReport; ms: number }
  /** `id` null: the failure was in `init` */
  | { type: 'error'; id: number | null; error: WireError };
