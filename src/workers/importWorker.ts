/**
 * Import Web Worker: reads a user's file off the main thread; exposes the import session
 * (src/domain/import/session.ts) through comlink. Start it with
 * `wrap<ImportApi>(new Worker(new URL('./workers/importWorker.ts', import.meta.url), { type: 'module' }))`
 * and call `importFile(name, transfer(bytes, [bytes]), options, proxy(onProgress))`.
 */
import { expose } from 'comlink';
import { createImportSession } from '../domain/import/session';

expose(createImportSession());
