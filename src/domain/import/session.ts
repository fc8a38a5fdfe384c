/**
 * The import worker's logic, free of worker globals so tests drive it directly: each request is
 * imported in turn, its progress and result posted with the request's id.
 */
import { importFile } from './importFile';
import type { ImportRequest, ImportResponse } from './types';

export interface ImportSession {
  /** Imports the file of `request`; resolves when its result has been posted. */
  handle(request: ImportRequest): Promise<void>;
}

/** A session posting progress messages and exactly one result per request through `post`. */
export function createImportSession(post: (m: ImportResponse) => void, now: () => number = () => performance.now()): ImportSession {
  return {
    async handle(request) {
      if (request?.type !== 'import') return;
      const t0 = now();
      const outcome = await importFile(request.fileName, request.bytes, request.options ?? {}, (p) => post({ type: 'progress', id: request.id, ...p }));
      post({ type: 'result', id: request.id, outcome, ms: now() - t0 });
    },
  };
}
