/**
 * Reads a user's file in the import Web Worker (src/workers/importWorker.ts, called through
 * comlink) so a large or
 * broken file never freezes the page; reports progress; a newer import supersedes an older one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { proxy, transfer, wrap, type Remote } from 'comlink';
import { MAX_IMPORT_BYTES, type ImportApi, type ImportOptions, type ImportOutcome, type ImportProgress as Progress } from '../domain/import/types';

export type ImportProgress = { fileName: string; stage: string; done?: number; total?: number } | null;

/** The refusal for a file above the size limit, made before a byte of it is read (the result box names the file). */
export function tooLarge(bytes: number, limit = MAX_IMPORT_BYTES): ImportOutcome {
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 });
  return {
    ok: false,
    offers: [],
    issues: [
      {
        code: 'too-large',
        severity: 'error',
        message: {
          zh: `文件大小 ${mb(bytes)} MB，超过浏览器内导入上限 ${mb(limit)} MB；未读取，地图上已有的内容不变。请先裁剪或简化数据。`,
          en: `The file is ${mb(bytes)} MB, above the ${mb(limit)} MB the browser can import; it was not read and nothing on the map changed. Clip or simplify the data first.`,
        },
      },
    ],
  };
}

/**
 * @returns `run(file, options)` resolving with the outcome (never rejecting: a worker failure is
 *   an 'internal' issue), the current progress, and `cancel()`
 */
export function useImport(): { run: (file: File, options: ImportOptions) => Promise<ImportOutcome & { ms: number }>; progress: ImportProgress; cancel: () => void } {
  const worker = useRef<{ worker: Worker; api: Remote<ImportApi> } | null>(null);
  const arrived = useRef(0);
  const latest = useRef(0);
  const pending = useRef(new Map<number, (o: ImportOutcome & { ms: number }) => void>());
  const [progress, setProgress] = useState<ImportProgress>(null);

  /** resolves the call `id` (once: a cancelled or failed call is already resolved) */
  const settle = useCallback((id: number, outcome: ImportOutcome & { ms: number }) => {
    pending.current.get(id)?.(outcome);
    pending.current.delete(id);
    if (id === latest.current) setProgress(null);
  }, []);

  const fail = useCallback((message: string): ImportOutcome & { ms: number } => ({ ok: false, offers: [], ms: 0, issues: [{ code: 'internal', severity: 'error', message: { zh: `导入失败：${message}`, en: `The import failed: ${message}` } }] }), []);

  const start = useCallback(() => {
    const w = new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module' });
    // the moment an answer arrives, before comlink reads (and deserializes) it: progress comes
    // through its own proxy port, so every message on the worker itself is a call's answer
    w.addEventListener('message', () => (arrived.current = performance.now()));
    w.onerror = (e) => {
      for (const resolve of pending.current.values()) resolve(fail(e.message || 'the import worker stopped'));
      pending.current.clear();
      setProgress(null);
      w.terminate();
      worker.current = null;
    };
    worker.current = { worker: w, api: wrap<ImportApi>(w) };
    return worker.current;
  }, [fail]);

  useEffect(() => () => worker.current?.worker.terminate(), []);

  const run = useCallback(
    async (file: File, options: ImportOptions) => {
      const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
      if (file.size > limit) return { ...tooLarge(file.size, limit), ms: 0 };
      const id = ++latest.current;
      setProgress({ fileName: file.name, stage: 'reading' });
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (e) {
        setProgress(null);
        return fail(`${file.name}: ${(e as Error).message}`);
      }
      const { api } = worker.current ?? start();
      const onProgress = (p: Progress) => {
        // progress travels on its own port and may overtake nothing or trail the answer: only while pending
        if (id === latest.current && pending.current.has(id)) setProgress({ fileName: file.name, stage: p.stage, done: p.done, total: p.total });
      };
      return new Promise<ImportOutcome & { ms: number }>((resolve) => {
        pending.current.set(id, resolve);
        // transfer, not copy: a 200 MB file is not duplicated
        api.importFile(file.name, transfer(bytes, [bytes]), options, proxy(onProgress)).then(
          (r) => {
            performance.mark('plan-atlas:import-result', { startTime: arrived.current || performance.now(), detail: file.name });
            settle(id, { ...r.outcome, ms: r.ms });
          },
          (e: unknown) => settle(id, fail(e instanceof Error ? e.message : String(e))),
        );
      });
    },
    [start, fail, settle],
  );

  const cancel = useCallback(() => {
    worker.current?.worker.terminate();
    worker.current = null;
    for (const resolve of pending.current.values()) resolve(fail('cancelled'));
    pending.current.clear();
    setProgress(null);
  }, [fail]);

  return { run, progress, cancel };
}
