/**
 * Analysis Web Worker: exposes the analysis session (src/domain/analysis/session.ts) through
 * comlink; a newer report request supersedes older ones. Start it with
 * `wrap<AnalysisApi>(new Worker(new URL('./workers/analysisWorker.ts', import.meta.url), { type: 'module' }))`.
 */
import { expose } from 'comlink';
import { createAnalysisSession } from '../domain/analysis/session';

expose(createAnalysisSession());
