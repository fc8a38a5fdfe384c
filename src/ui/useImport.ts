/**
 * Reads a user's file in the import Web Worker (src/workers/importWorker.ts) so a large or
 * broken file never freezes the page; reports progress; a newer import supersedes an older one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, type ImportOptions, type ImportOutcome, type ImportResponse } from '../domain/import/types';

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
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef(new Map<number, (o: ImportOutcome & { ms: number }) => void>());
  const [progress, setProgress] = useState<ImportProgress>(null);
  const names = useRef(new Map<number, string>());

  const fail = useCallback((message: string): ImportOutcome & { ms: number } => ({ ok: false, offers: [], ms: 0, issues: [{ code: 'internal', severity: 'error', message: { zh: `导入失败：${message}`, en: `The import failed: ${message}` } }] }), []);

  const start = useCallback(() => {
    const w = new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ImportResponse>) => {
      const arrived = performance.now(); // before e.data is read (and deserialized)
      const m = e.data;
      if (m.type !== 'progress') performance.mark('plan-atlas:import-result', { startTime: arrived, detail: names.current.get(m.id) });
      if (m.type === 'progress') {
        if (m.id === latest.current) setProgress({ fileName: names.current.get(m.id) ?? '', stage: m.stage, done: m.done, total: m.total });
        return;
      }
      pending.current.get(m.id)?.({ ...m.outcome, ms: m.ms });
      pending.current.delete(m.id);
      if (m.id === latest.current) setProgress(null);
    };
    w.onerror = (e) => {
      for (const resolve of pending.current.values()) resolve(fail(e.message || 'the import worker stopped'));
      pending.current.clear();
      setProgress(null);
      worker.current?.terminate();
      worker.current = null;
    };
    worker.current = w;
    return w;
  }, [fail]);

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(
    async (file: File, options: ImportOptions) => {
      const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
      if (file.size > limit) return { ...tooLarge(file.size, limit), ms: 0 };
      const id = ++latest.current;
      names.current.set(id, file.name);
      setProgress({ fileName: file.name, stage: 'reading' });
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (e) {
        setProgress(null);
        return fail(`${file.name}: ${(e as Error).message}`);
      }
      const w = worker.current ?? start();
      return new Promise<ImportOutcome & { ms: number }>((resolve) => {
        pending.current.set(id, resolve);
        // transfer, not copy: a 200 MB file is not duplicated
        w.postMessage({ type: 'import', id, fileName: file.name, bytes, options }, [bytes]);
      });
    },
    [start, fail],
  );

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    for (const resolve of pending.current.values()) resolve(fail('cancelled'));
    pending.current.clear();
    setProgress(null);
  }, [fail]);

  return { run, progress, cancel };
}
