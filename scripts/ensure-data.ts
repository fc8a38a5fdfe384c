/**
 * Runs the data build when public/generated/ is missing or stale (its manifest's inputs hash
 * differs from the current inputs). Hooked before dev, build, start and test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { OUT_DIR, ROOT, inputsHash } from './lib/inputs';

const manifestPath = join(OUT_DIR, 'manifest.json');
const current = inputsHash();
const built = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { inputsHash?: string }).inputsHash : undefined;
if (built === current) {
  console.log('[data] public/generated is up to date');
} else {
  console.log(built ? '[data] inputs changed: rebuilding map data' : '[data] no map data yet: building it (about 30 s)');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-data.ts')], { stdio: 'inherit', cwd: ROOT });
  process.exit(r.status ?? 1);
}
