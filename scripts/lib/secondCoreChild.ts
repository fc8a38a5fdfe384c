/**
 * Entry of the data build's second process (./secondCore.ts): builds the basemap at once, the
 * coarse admin topology when the parent sends the cleaned counties, and answers each over IPC.
 * It exits when the parent closes the channel (done, or its build failed).
 */
import { buildBasemap } from './basemap';
import { DataBuildError } from './errors';
import { firstMapAdmin } from './firstMap';
import type { FromChild, ToChild } from './secondCore';

const send = process.send?.bind(process);
if (!send) throw new Error('scripts/lib/secondCoreChild.ts runs as a child of the data build (fork with IPC)');
const answer = (m: FromChild) => send(m);
const fail = (e: unknown) => answer({ kind: 'error', message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, dataBuild: e instanceof DataBuildError });
const timed = async <T>(job: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  return [await job(), (performance.now() - t0) / 1000];
};

process.once('disconnect', () => process.exit(0));
process.on('message', (m: ToChild) => {
  // structured clone delivers the Buffer as a plain Uint8Array; mapshaper reads snapshots from Buffers
  const snapshot = Buffer.from(m.snapshot.buffer, m.snapshot.byteOffset, m.snapshot.byteLength);
  timed(() => firstMapAdmin({ snapshot })).then(([topology, seconds]) => answer({ kind: 'firstMapAdmin', topology, seconds }), fail);
});
timed(buildBasemap).then(([basemap, seconds]) => answer({ kind: 'basemap', basemap, seconds }), fail);
