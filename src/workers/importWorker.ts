/**
 * Import Web Worker: reads a user's file off the main thread (see src/domain/import/session.ts).
 * Start it with `new Worker(new URL('./workers/importWorker.ts', import.meta.url), { type: 'module' })`
 * and post an ImportRequest (transfer the ArrayBuffer); it answers with progress messages and one result.
 */
import { createImportSession } from '../domain/import/session';
import type { ImportRequest, ImportResponse } from '../domain/import/types';

const scope = self as unknown as { postMessage(m: ImportResponse): void; onmessage: ((e: MessageEvent<ImportRequest>) => void) | null };
const session = createImportSession((m) => scope.postMessage(m));
scope.onmessage = (e) => void session.handle(e.data);
