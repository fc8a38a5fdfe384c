/**
 * The data build's second process: mapshaper is single-threaded, so the build hands the jobs that
 * are off its critical path to a child process (./secondCoreChild.ts) and runs them on the
 * second core while it works on the counties. The child builds the basemap (./basemap.ts) as
 * soon as it starts, and the first map's coarse admin topology (./firstMap.ts) once it is sent
 * the cleaned counties. Results come back by structured clone (IPC `serialization: 'advanced'`),
 * the same objects, key order included, as a call in this process gives.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { Basemap } from './basemap';
import { DataBuildError } from './errors';
import type { CleanCounties } from './topology';

/** A message from the parent: the cleaned counties, to build the coarse admin topology from. */
export interface ToChild {
  kind: 'firstMapAdmin';
  snapshot: Uint8Array;
}

/** A message from the child: a result with the seconds it took, or the error a job met. */
export type FromChild =
  | { kind: 'basemap'; basemap: Basemap; seconds: number }
  | { kind: 'firstMapAdmin'; topology: Topology; seconds: number }
  | { kind: 'error'; message: string; stack?: string; dataBuild: boolean };

interface Pending<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: Error) => void;
}

function pending<T>(): Pending<T> {
  let resolve!: (v: T) => void, reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // awaited later; a failure meanwhile must not surface as an unhandled rejection
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** The child process and its two answers. */
export class SecondCore {
  private readonly child: ChildProcess;
  private readonly basemapAnswer = pending<{ basemap: Basemap; seconds: number }>();
  private readonly adminAnswer = pending<{ topology: Topology; seconds: number }>();

  /** Starts the child (with this process's Node options, so under tsx as the build is); it begins the basemap at once. */
  constructor() {
    this.child = fork(fileURLToPath(new URL('./secondCoreChild.ts', import.meta.url)), { serialization: 'advanced' });
    const failAll = (e: Error) => {
      this.basemapAnswer.reject(e);
      this.adminAnswer.reject(e);
    };
    this.child.on('message', (m: FromChild) => {
      if (m.kind === 'basemap') this.basemapAnswer.resolve(m);
      else if (m.kind === 'firstMapAdmin') this.adminAnswer.resolve(m);
      else {
        const e = m.dataBuild ? new DataBuildError(m.message) : new Error(m.message);
        if (m.stack) e.stack = m.stack;
        failAll(e);
      }
    });
    this.child.once('error', failAll);
    // after both answers a rejection is a no-op
    this.child.once('exit', (code, signal) => failAll(new Error(`the build's second process exited with ${signal ?? `code ${code}`} before it answered`)));
  }

  /**
   * @returns the basemap (./basemap.ts `buildBasemap`) and the seconds the child spent on it
   * @throws DataBuildError or Error with the child's message when a job failed
   */
  basemap(): Promise<{ basemap: Basemap; seconds: number }> {
    return this.basemapAnswer.promise;
  }

  /**
   * Sends the cleaned counties, for the child to build the coarse admin topology from
   * (./firstMap.ts `firstMapAdmin`; the answer: {@link firstMapAdmin}).
   * @returns once the snapshot is written to the child: the build's own mapshaper work blocks
   *   this process's event loop, which would otherwise hold the rest of the 20 MB back until then
   * @throws Error when the child cannot be written to
   */
  sendCleanCounties(clean: CleanCounties): Promise<void> {
    return new Promise((resolve, reject) => {
      this.child.send({ kind: 'firstMapAdmin', snapshot: clean.snapshot } satisfies ToChild, (e) => (e ? reject(e) : resolve()));
    });
  }

  /**
   * @returns the coarse admin topology built from the counties of {@link sendCleanCounties} and
   *   the seconds the child spent on it
   * @throws DataBuildError or Error with the child's message when a job failed
   */
  firstMapAdmin(): Promise<{ topology: Topology; seconds: number }> {
    return this.adminAnswer.promise;
  }

  /** Lets the child exit (it stops when its channel closes). */
  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}
