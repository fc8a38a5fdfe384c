/**
 * Analysis Web Worker: builds the analysis index on `init` and answers `report` requests (see
 * src/domain/analysis/protocol.ts); a newer request supersedes older ones. Start it with
 * `new Worker(new URL('./workers/analysisWorker.ts', import.meta.url), { type: 'module' })`.
 */
import type { AnalysisRequest, AnalysisResponse } from '../domain/analysis/protocol';
import { createAnalysisSession } from '../domain/analysis/session';

const scope = self as unknown as { postMessage(m: AnalysisResponse): void; onmessage: ((e: MessageEvent<AnalysisRequest>) => void) | null };
const session = createAnalysisSession((m) => scope.postMessage(m));
scope.onmessage = (e) => session.handle(e.data);
