/**
 * Analysis bench: fixed regions (a county, a province, a freehand outline, a circle, all China),
 * in one process, with per-region medians and ratios:
 * 1. the whole coverage report, indexed against the naive turf loop (src/domain/analysis/naive);
 * 2. county coverage alone, indexed against a fair turf baseline (./turfFair: flatbush
 *    pre-filter + bbox-clip + intersect + area);
 * 3. 128,000 synthetic villages inside each region, on the flat path against a plain
 *    point-in-polygon loop (`@turf/boolean-point-in-polygon` over every point), and the count
 *    with villages within 50 km of a railway.
 * Timings: CPU medians (./cpuTime), the machine being shared. Data: public/generated, loaded as the unit tests load it.
 * Run: `npm run bench analysis`. Runs: `BENCH_RUNS` (indexed, default 21), `BENCH_BASELINE_RUNS`
 * (naive loop, turf baseline and plain loop, default 3). The naive loop skips all China (one
 * intersect of every county with the whole national outline: minutes per run).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { AtlasData } from '../../src/domain/atlasData';
import { buildAnalysisIndex, type AnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { circleRegion } from '../../src/domain/analysis/circle';
import { coverageReport } from '../../src/domain/analysis/coverage';
import { indexedCountyHits } from '../../src/domain/analysis/countyCoverage';
import { validateRegion, type ValidRegion } from '../../src/domain/analysis/region';
import { KM_PER_DEGREE } from '../../src/domain/analysis/geodesy';
import { naiveCoverage } from '../../src/domain/analysis/naive';
import { mulberry32 } from '../../src/domain/analysis/prng';
import type { CoverageOptions, CoverageReport } from '../../src/domain/analysis/types';
import { CATALOG_LAYER } from '../../src/domain/catalogLayers';
import { buildVillageIndex, countVillages, syntheticVillages, villagesInside } from '../../src/domain/analysis/villages';
import { atlas as loadAtlas, chinaOutline } from '../../test/unit/generatedData';
import { turfCountyCoverage, turfCountyIndex } from './turfFair';
import { medianCpuMs } from './cpuTime';

const INDEXED_RUNS = Number(process.env.BENCH_RUNS ?? 21);
const NAIVE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 3);
const VILLAGE_RUNS = INDEXED_RUNS;
const OPTIONS: CoverageOptions = { within: [{ layer: CATALOG_LAYER.railway, km: 50 }], sampleCount: 1000 };

/**
 * A deterministic freehand-like outline: ~`vertices` points around `center` at a radius of about
 * `radiusKm` wobbling by up to ±30% (three harmonics plus seeded jitter); star-shaped, so simple.
 */
export function freehandRegion(center: Position, radiusKm: number, vertices: number, seed: number): Feature<Polygon> {
  const rand = mulberry32(seed);
  const phase = [rand(), rand(), rand()].map((x) => x * 2 * Math.PI);
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const a = (2 * Math.PI * i) / vertices;
    const r = radiusKm * (1 + 0.15 * Math.sin(3 * a + phase[0]) + 0.08 * Math.sin(7 * a + phase[1]) + 0.04 * Math.sin(13 * a + phase[2]) + 0.03 * (rand() - 0.5));
    const lat = center[1] + (r * Math.sin(a)) / KM_PER_DEGREE;
    ring.push([center[0] + (r * Math.cos(a)) / (KM_PER_DEGREE * Math.cos((center[1] * Math.PI) / 180)), lat]);
  }
  ring.push(ring[0]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

interface BenchRegion { name: string; region: unknown; naive: boolean }

function benchRegions(atlas: AtlasData): BenchRegion[] {
  const henan = atlas.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '41');
  const jinzhai = atlas.countyByAdcode.get('341524');
  if (!henan || !jinzhai) throw new Error('bench: Henan (41) or 金寨县 (341524) missing from the generated data');
  return [
    { name: 'county 金寨县 341524', region: jinzhai, naive: true },
    { name: 'province 河南 41', region: henan, naive: true },
    { name: 'freehand ~1,000 km, 200 vertices, 105E 30N', region: freehandRegion([105, 30], 500, 200, 7), naive: true },
    { name: 'circle 300 km, 113E 28N', region: circleRegion([113, 28], 300), naive: true },
    { name: 'all China (provinces merged)', region: chinaOutline(), naive: false },
  ];
}

/**
 * Median CPU ms of `runs` calls of fn (./cpuTime), with the result of one more call; `warmUp`:
 * JIT warm-up and batched samples, else one cold call per sample (the slow baselines).
 */
function timeRuns<T>(runs: number, fn: () => T, warmUp = true): { ms: number; last: T } {
  let last = undefined as T;
  const ms = medianCpuMs(() => (last = fn()), runs, warmUp);
  return { ms, last };
}

const railKm = (r: CoverageReport) => r.layers.find((l) => l.layer === CATALOG_LAYER.railway)?.kmInside ?? 0;
const insideKm2 = (r: CoverageReport) => r.counties.reduce((s, c) => s + c.insideKm2, 0);

/** Whether two reports give the same counties, areas (1e-4 relative) and railway km (1e-3 relative). */
function agree(a: CoverageReport, b: CoverageReport): boolean {
  const close = (x: number, y: number, rel: number) => Math.abs(x - y) <= rel * Math.max(1, Math.abs(x), Math.abs(y));
  return a.counties.map((c) => c.adcode).join() === b.counties.map((c) => c.adcode).join()
    && close(insideKm2(a), insideKm2(b), 1e-4) && close(railKm(a), railKm(b), 1e-3)
    && a.projects.length === b.projects.length && a.within[0]?.seatCount === b.within[0]?.seatCount;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const multiFeature = (r: ValidRegion): Feature<MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: r.polygons } });

/** County coverage alone: the index against the fair turf baseline (./turfFair). */
function countyRows(atlas: AtlasData, index: AnalysisIndex, regions: BenchRegion[]): string[][] {
  const turf = turfCountyIndex(atlas.counties);
  return regions.map(({ name, region }) => {
    const r = validateRegion(region);
    const fast = timeRuns(INDEXED_RUNS, () => indexedCountyHits(index, r, 0.01));
    const feature = multiFeature(r);
    const slow = timeRuns(NAIVE_RUNS, () => turfCountyCoverage(turf, feature), false);
    const same = fast.last.length === slow.last.size && fast.last.every((c) => Math.abs(c.insideKm2 - (slow.last.get(c.adcode) ?? -1)) <= 1e-4 * Math.max(1, c.insideKm2));
    return [name, String(fast.last.length), fast.ms.toFixed(2), slow.ms.toFixed(0), (fast.ms / slow.ms).toFixed(4), same ? 'yes' : 'NO'];
  });
}

function villageRows(index: AnalysisIndex, regions: BenchRegion[]): string[][] {
  let t0 = performance.now();
  const points = syntheticVillages(index, 128_000, 2016);
  const genMs = performance.now() - t0;
  t0 = performance.now();
  const villages = buildVillageIndex(points);
  console.log(`villages: 128,000 generated in ${genMs.toFixed(0)} ms, indexed in ${(performance.now() - t0).toFixed(0)} ms`);
  return regions.map(({ name, region }) => {
    const r = validateRegion(region);
    const flat = timeRuns(VILLAGE_RUNS, () => villagesInside(villages, r));
    const feature = multiFeature(r);
    const plain = timeRuns(NAIVE_RUNS, () => {
      let n = 0;
      for (let i = 0; i < points.county.length; i++) if (booleanPointInPolygon([points.xy[2 * i], points.xy[2 * i + 1]], feature)) n++;
      return n;
    }, false);
    const rail = timeRuns(VILLAGE_RUNS, () => countVillages(index, villages, r, 50));
    return [name, String(flat.last), flat.ms.toFixed(2), plain.ms.toFixed(0), (flat.ms / plain.ms).toFixed(4), flat.last === plain.last ? 'yes' : 'NO', String(rail.last.nearRailway), rail.ms.toFixed(2)];
  });
}

/** Run the analysis bench and print its tables (a few minutes with the default runs, mostly the baselines). */
export async function runAnalysisBench(): Promise<void> {
  const atlas = loadAtlas();
  const t0 = performance.now();
  const index = buildAnalysisIndex(atlas);
  console.log(`analysis index: ${index.counties.length} counties, ${index.catalog.features.length} projects, built in ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`options: ${JSON.stringify(OPTIONS)}; CPU medians (process.cpuUsage): indexed of ${INDEXED_RUNS} batched runs after a warm-up; naive of ${NAIVE_RUNS} runs\n`);
  const regions = benchRegions(atlas);
  // warm every code path (JIT, the lazily built county edge indexes) before any timing
  for (let i = 0; i < 3; i++) for (const { region } of regions) coverageReport(index, region, OPTIONS);
  const rows = regions.map(({ name, region, naive }) => {
    const fast = timeRuns(INDEXED_RUNS, () => coverageReport(index, region, OPTIONS));
    const fullGrid = timeRuns(INDEXED_RUNS, () => coverageReport(index, region, { ...OPTIONS, sampleCount: 4000 }));
    const slow = naive ? timeRuns(NAIVE_RUNS, () => naiveCoverage(atlas, region, OPTIONS), false) : null;
    const r = fast.last;
    return [
      name, r.region.areaKm2.toFixed(0), String(r.counties.length), railKm(r).toFixed(1),
      fast.ms.toFixed(2), slow ? slow.ms.toFixed(0) : '—', slow ? (fast.ms / slow.ms).toFixed(4) : '—', slow ? (agree(r, slow.last) ? 'yes' : 'NO') : '—', fullGrid.ms.toFixed(2),
    ];
  });
  console.log('1. coverage report: indexed ÷ naive turf loop (< 1: the index is faster)');
  console.log(table(['region', 'km²', 'counties', 'rail km', 'indexed ms', 'naive ms', 'indexed ÷ naive', 'same answer', 'indexed ms, 4,000 samples'], rows));
  console.log('\n2. county coverage alone: indexed ÷ fair turf baseline (flatbush + bbox-clip + intersect + area)');
  console.log(table(['region', 'counties', 'indexed ms', 'turf ms', 'indexed ÷ turf', 'same answer'], countyRows(atlas, index, regions)));
  console.log('\n3. villages inside: flat path ÷ plain point-in-polygon loop (turf, every point); then with the railway count');
  console.log(table(['region', 'inside', 'flat ms', 'plain loop ms', 'flat ÷ plain', 'same count', 'within 50 km of rail', 'count + rail ms'], villageRows(index, regions)));
}
