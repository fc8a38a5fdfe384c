/**
 * Inputs for the GEOS comparison (scripts/bench/geos.py), and the atlas's own timings on them:
 * the county polygons with their stored areas, five regions as the analysis validates them
 * (金寨县, 河南, a freehand ~1,000 km outline, a 300 km circle, all China) and 128,000 synthetic
 * villages, written to .cache/bench-geos/inputs.json with the atlas's median ms per region for
 * county coverage (`indexedCountyHits`) and villages inside (`villagesInside`), as CPU medians
 * (./cpuTime), and of the region's preparation (`validateRegion`).
 * Run: `npm run bench geos` (this, then geos.py with Debian's /usr/bin/python3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { circleRegion } from '../../src/domain/analysis/circle';
import { indexedCountyHits } from '../../src/domain/analysis/countyCoverage';
import { validateRegion } from '../../src/domain/analysis/region';
import { buildVillageIndex, syntheticVillages, villagesInside } from '../../src/domain/analysis/villages';
import { atlas as loadAtlas, chinaOutline } from '../../test/unit/generatedData';
import { freehandRegion } from './analysis';
import { medianCpuMs } from './cpuTime';

export const GEOS_DIR = resolve(import.meta.dirname, '../../.cache/bench-geos');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const medianMs = (fn: () => unknown, runs = RUNS) => medianCpuMs(fn, runs);

/** Write the inputs and the atlas's timings; returns the file's path. */
export function exportGeosInputs(): string {
  const atlas = loadAtlas();
  const index = buildAnalysisIndex(atlas);
  const henan = atlas.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '41')!;
  const named: [string, unknown][] = [
    ['county 金寨县', atlas.countyByAdcode.get('341524')!],
    ['province 河南', henan],
    ['freehand ~1,000 km', freehandRegion([105, 30], 500, 200, 7)],
    ['circle 300 km', circleRegion([113, 28], 300)],
    ['all China', chinaOutline()],
  ];
  const points = syntheticVillages(index, 128_000, 2016);
  const villages = buildVillageIndex(points);
  for (const [, region] of named) indexedCountyHits(index, validateRegion(region), 0.01); // build the lazy edge indexes first
  const regions = named.map(([name, region]) => {
    const r = validateRegion(region);
    const hits = indexedCountyHits(index, r, 0.01);
    return {
      name, polygons: r.polygons, counties: hits.length, insideKm2: hits.reduce((s, c) => s + c.insideKm2, 0), villages: villagesInside(villages, r),
      atlasCountyMs: medianMs(() => indexedCountyHits(index, r, 0.01)), atlasVillageMs: medianMs(() => villagesInside(villages, r)),
      // the region's own preparation, not in the figures above (as shapely's prepare is not in its):
      // validateRegion checks, densifies and measures the outline and builds its edge index
      atlasPrepareMs: medianMs(() => validateRegion(region), Math.min(RUNS, 5)),
    };
  });
  const counties = index.counties.map((c) => ({ adcode: c.props.adcode, areaKm2: c.areaKm2, parts: c.parts }));
  mkdirSync(GEOS_DIR, { recursive: true });
  const file = resolve(GEOS_DIR, 'inputs.json');
  writeFileSync(file, JSON.stringify({ runs: RUNS, counties, regions, villages: Array.from(points.xy) }));
  return file;
}
