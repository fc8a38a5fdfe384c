/**
 * Child-process entry of the data build's basemap step (./basemap.ts `buildBasemapInChild`):
 * builds the basemap and sends it, or the error, to the parent over IPC, then exits.
 */
import { buildBasemap, type BasemapMessage } from './basemap';
import { DataBuildError } from './errors';

let sent = false;
// The parent gone (its build failed), there is nobody to answer: stop rather than finish the work.
process.once('disconnect', () => {
  if (!sent) process.exit(1);
});
const t0 = performance.now();
let message: BasemapMessage;
try {
  message = { basemap: await buildBasemap(), seconds: (performance.now() - t0) / 1000 };
} catch (e) {
  message = { error: { message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined, dataBuild: e instanceof DataBuildError } };
}
if (!process.send) throw new Error('scripts/lib/basemapChild.ts runs as a child of the data build (fork with IPC)');
process.send(message, () => {
  sent = true;
  process.disconnect();
});
