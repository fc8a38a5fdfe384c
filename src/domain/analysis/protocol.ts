/**
 * The analysis worker's interface (src/workers/analysisWorker.ts), called from the page through
 * comlink: `init` once with the data, then `report` with increasing ids. A newer id supersedes
 * older ones: the worker answers a request that is no longer the newest with `superseded`, so
 * the page only ever shows the answer (or error) for its latest region.
 */
import type { RegionErrorCode, RegionMessage } from './errors';
import type { AnalysisInput, CoverageOptions, CoverageReport, IndexedFeature } from './types';

export interface WireError {
  /** a RegionErrorCode for a refused region; 'not-ready' before init; 'internal' for a bug */
  code: RegionErrorCode | 'not-ready' | 'internal';
  /** English, for logs and tests */
  message: string;
  /** a refusal's message for the interface to translate (absent for 'not-ready' and 'internal') */
  text?: RegionMessage;
  /** where the region crosses itself, `[lon, lat]` */
  position?: [number, number];
}

export type AnalysisError = { type: 'error'; id: number | null; error: WireError };
export type Ready = { type: 'ready'; counties: number; features: number; ms: number };
/** the imported features are indexed: `features` = plan + imported */
export type UserFeaturesIndexed = { type: 'user-features'; features: number; ms: number };
/** `ms`: time spent on the report in the worker */
export type ReportAnswer = { type: 'report'; id: number; report: CoverageReport; ms: number } | AnalysisError | { type: 'superseded'; id: number };

export interface AnalysisApi {
  /** builds the index (`error` with id null when that fails) */
  init(data: AnalysisInput): Ready | AnalysisError;
  /** points and lines of imported layers, indexed beside the plan's (replaces the previous set) */
  setUserFeatures(features: IndexedFeature[]): UserFeaturesIndexed | AnalysisError;
  /** `region`: a Polygon/MultiPolygon Feature or geometry, lon/lat degrees */
  report(id: number, region: unknown, options?: CoverageOptions): Promise<ReportAnswer>;
}
