/**
 * Analysis bench: fixed regions through the indexed coverage report and through the naive turf
 * loop, in one process, with per-region medians and their ratio; then counts of 128,000
 * synthetic villages per region (inside, and within 50 km of a railway). Data: public/generated,
 * loaded as the unit tests load it.
 * Run: npx tsx -e "import('./scripts/bench/analysis.ts').then(m=>m.runAnalysisBench())"
 */
import type { Feature, Polygon, Position } from 'geojson';
import type { AtlasData } from '../../src/domain/atlasData';
import { buildAnalysisIndex, type AnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { circleRegion } from '../../src/domain/analysis/circle';
import { coverageReport } from '../../src/domain/analysis/coverage';
import { KM_PER_DEGREE } from '../../src/domain/analysis/geodesy';
import { naiveCoverage } from '../../src/domain/analysis/naive';
import { mulberry32 } from '../../src/domain/analysis/prng';
import type { CoverageOptions, CoverageReport } from '../../src/domain/analysis/types';
import { CATALOG_LAYER } from '../../src/domain/catalogLayers';
import { buildVillageIndex, countVillages, syntheticVillages } from '../../src/domain/analysis/villages';
import { atlas as loadAtlas } from '../../test/unit/generatedData';

const INDEXED_RUNS = 21;
const NAIVE_RUNS = 3;
const VILLAGE_RUNS = 21;
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

function benchRegions(atlas: AtlasData): { name: string; region: unknown }[] {
  const henan = atlas.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '41');
  const jinzhai = atlas.countyByAdcode.get('341524');
  if (!henan || !jinzhai) throw new Error('bench: Henan (41) or 金寨县 (341524) missing from the generated data');
  return [
    { name: 'county 金寨县 341524', region: jinzhai },
    { name: 'province 河南 41', region: henan },
    { name: 'freehand ~1,000 km, 200 vertices, 105E 30N', region: freehandRegion([105, 30], 500, 200, 7) },
    { name: 'circle 300 km, 113E 28N', region: circleRegion([113, 28], 300) },
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median ms of `runs` calls of fn, after one warm-up call when `warmUp`. */
function timeRuns<T>(runs: number, fn: () => T, warmUp = true): { ms: number; last: T } {
  let last = warmUp ? fn() : (undefined as T);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), last };
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

function villageRows(index: AnalysisIndex, regions: { name: string; region: unknown }[]): string[][] {
  let t0 = performance.now();
  const points = syntheticVillages(index, 128_000, 2016);
  const genMs = performance.now() - t0;
  t0 = performance.now();
  const villages = buildVillageIndex(points);
  console.log(`villages: 128,000 generated in ${genMs.toFixed(0)} ms, indexed in ${(performance.now() - t0).toFixed(0)} ms`);
  return regions.map(({ name, region }) => {
    const { ms, last } = timeRuns(VILLAGE_RUNS, () => countVillages(index, villages, region, 50));
    return [name, String(last.inside), String(last.nearRailway), ms.toFixed(2)];
  });
}

/** Run the analysis bench and print its tables (about two minutes, mostly the naive loop). */
export async function runAnalysisBench(): Promise<void> {
  const atlas = loadAtlas();
  const t0 = performance.now();
  const index = buildAnalysisIndex(atlas);
  console.log(`analysis index: ${index.counties.length} counties, ${index.catalog.features.length} projects, built in ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`options: ${JSON.stringify(OPTIONS)}; indexed: median of ${INDEXED_RUNS} runs after a warm-up; naive: median of ${NAIVE_RUNS} runs\n`);
  const regions = benchRegions(atlas);
  // warm every code path (JIT, the lazily built county edge indexes) before any timing
  for (let i = 0; i < 3; i++) for (const { region } of regions) coverageReport(index, region, OPTIONS);
  const rows = regions.map(({ name, region }) => {
    const fast = timeRuns(INDEXED_RUNS, () => coverageReport(index, region, OPTIONS));
    const fullGrid = timeRuns(INDEXED_RUNS, () => coverageReport(index, region, { ...OPTIONS, sampleCount: 4000 }));
    const slow = timeRuns(NAIVE_RUNS, () => naiveCoverage(atlas, region, OPTIONS), false);
    const r = fast.last;
    return [
      name, r.region.areaKm2.toFixed(0), String(r.counties.length), railKm(r).toFixed(1),
      fast.ms.toFixed(2), slow.ms.toFixed(0), (slow.ms / fast.ms).toFixed(0) + '×', agree(r, slow.last) ? 'yes' : 'NO', fullGrid.ms.toFixed(2),
    ];
  });
  console.log(table(['region', 'km²', 'counties', 'rail km', 'indexed ms', 'naive ms', 'ratio', 'same answer', 'indexed ms, 4,000 samples'], rows));
  console.log('');
  console.log(table(['region', 'villages inside', 'within 50 km of rail', 'count ms'], villageRows(index, regions)));
}
