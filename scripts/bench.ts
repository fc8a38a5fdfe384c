/**
 * `npm run bench`: speed measured as ratios against a baseline run in the same process
 * (first-load gzip bytes vs the previous build's figure kept in scripts/bench/first-load.baseline.json;
 * indexed analysis vs a naive loop of turf calls and vs a fair turf baseline; village counts vs a
 * plain point-in-polygon loop; ranked search vs a plain substring scan; the atlas's first map vs a
 * plain MapLibre page with the same basemap). `npm run bench bytes|search|analysis|map` runs one; `npm run bench geos` (only on
 * request) compares the analysis with shapely/GEOS (scripts/bench/geos.py).
 * Not part of `npm test`: no wall-clock assertion anywhere.
 */
import { runAnalysisBench } from './bench/analysis';
import { runSearchBench } from './bench/search';
import { runMapBench } from './bench/map';
import { runFirstLoadBench } from './bench/firstLoad';
import { exportGeosInputs } from './bench/geosExport';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const which = process.argv[2];
if (!which || which === 'bytes') await runFirstLoadBench();
if (!which || which === 'search') await runSearchBench();
if (!which || which === 'analysis') await runAnalysisBench();
if (!which || which === 'map') await runMapBench();
if (which === 'geos') {
  // only on request: needs shapely and pyproj for python3 (see scripts/bench/geos.py); BENCH_PYTHON picks the interpreter
  const file = exportGeosInputs();
  const r = spawnSync(process.env.BENCH_PYTHON ?? 'python3', [resolve(import.meta.dirname, 'bench/geos.py'), file], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
