/**
 * The import worker's logic, free of worker globals so tests drive it directly (the worker
 * exposes it with comlink): each call imports one file and resolves with its outcome.
 */
import { importFile } from './importFile';
import type { ImportApi } from './types';

/** The import worker's API; `now` is the clock the time spent is measured with (ms). */
export function createImportSession(now: () => number = () => performance.now()): ImportApi {
  return {
    async importFile(fileName, bytes, options, onProgress) {
      const t0 = now();
      const outcome = await importFile(fileName, bytes, options ?? {}, (p) => {
        // through comlink the listener is a remote call returning a promise: a page that went
        // away must not turn each progress step into an unhandled rejection here
        const r: unknown = onProgress?.(p);
        if (r instanceof Promise) r.catch(() => undefined);
      });
      return { outcome, ms: now() - t0 };
    },
  };
}
