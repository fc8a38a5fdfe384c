/**
 * First-load bytes (issue 15, item 4): builds the app as `npm run build` does (plus Vite's
 * manifest) into .cache/bench-first-load and sums, gzip-compressed (zlib level 6, a web server's
 * usual setting), what the browser fetches before the first map: index.html, the entry chunk and
 * the chunks it imports statically (not dynamic imports, not the workers, which start on use),
 * the CSS, and the generated data files the home view's first map awaits (src/domain/atlasData.ts
 * `firstLoadFiles('first')`: the coarse first-map copies, not the full geometry fetched after the
 * first map). test/e2e/firstLoad.spec.ts measures the same in Chromium and holds the budget. Prints the figure against the baseline kept in first-load.baseline.json (the
 * previous build's figure, with the date and commit it was measured at) as a ratio.
 * `BENCH_SAVE_BASELINE=1 npm run bench bytes` writes the current figure as the new baseline.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { firstLoadFiles } from '../../src/domain/atlasData';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, '.cache/bench-first-load');
const BASELINE = resolve(import.meta.dirname, 'first-load.baseline.json');

/** Gzip bytes of the first load, by kind; `files` maps each file (as served) to its gzip bytes. */
export interface FirstLoad {
  totalGzip: number;
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
  dataGzip: number;
  files: Record<string, number>;
}

interface Baseline extends FirstLoad {
  measuredAt: string;
  commit: string;
  note: string;
}

interface ManifestChunk { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }

const gz = (path: string) => gzipSync(readFileSync(path), { level: 6 }).length;

/**
 * The first load of a build in `dir` (with `.vite/manifest.json`): entry chunks, their static
 * imports and CSS, index.html and the generated data files.
 */
export function firstLoadOf(dir: string): FirstLoad {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const js = new Set<string>(), css = new Set<string>();
  const visit = (key: string) => {
    const c = manifest[key];
    if (!c || js.has(c.file)) return;
    js.add(c.file);
    for (const f of c.css ?? []) css.add(f);
    for (const k of c.imports ?? []) visit(k);
  };
  for (const [key, c] of Object.entries(manifest)) if (c.isEntry) visit(key);
  const files: Record<string, number> = {};
  const sum = (names: Iterable<string>) => {
    let s = 0;
    for (const n of names) s += files[n] = gz(join(dir, n));
    return s;
  };
  const jsGzip = sum(js), cssGzip = sum(css), htmlGzip = sum(['index.html']), dataGzip = sum(firstLoadFiles('first').map((f) => `generated/${f}`));
  return { totalGzip: jsGzip + cssGzip + htmlGzip + dataGzip, jsGzip, cssGzip, htmlGzip, dataGzip, files };
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;

/** Build, measure, print against the baseline (and rewrite it when BENCH_SAVE_BASELINE=1). */
export async function runFirstLoadBench(): Promise<FirstLoad> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, manifest: true } });
  const now = firstLoadOf(OUT);
  const base = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : null;
  console.log(`first load (gzip, before the first map): ${kb(now.totalGzip)} — JS ${kb(now.jsGzip)}, CSS ${kb(now.cssGzip)}, HTML ${kb(now.htmlGzip)}, data ${kb(now.dataGzip)}; ${(now.totalGzip / 1000).toFixed(0)} kB against issue 15's goal of ≤ 900 kB: ${(now.totalGzip / 900_000).toFixed(2)}×`);
  for (const [f, b] of Object.entries(now.files).sort((a, b) => b[1] - a[1])) console.log(`  ${kb(b).padStart(8)}  ${f}`);
  console.log('  (not counted here: the label glyph ranges MapLibre asks for by the labels\' text, public/fonts/; test/e2e/firstLoad.spec.ts counts every request)');
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(3)}×` : '—');
  if (base) console.log(`against the baseline of ${base.measuredAt} (commit ${base.commit}, ${kb(base.totalGzip)}): total ${ratio(now.totalGzip, base.totalGzip)}, JS ${ratio(now.jsGzip, base.jsGzip)}, data ${ratio(now.dataGzip, base.dataGzip)}`);
  else console.log(`no baseline yet (${BASELINE}): BENCH_SAVE_BASELINE=1 writes one`);
  if (process.env.BENCH_SAVE_BASELINE === '1') {
    const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    const next: Baseline = { measuredAt: new Date().toISOString(), commit: dirty ? `${commit}+changes` : commit, note: base?.note ?? 'first-load gzip bytes of the previous build; rewrite with BENCH_SAVE_BASELINE=1 npm run bench bytes after a change that is meant to alter them', ...now };
    writeFileSync(BASELINE, JSON.stringify(next, null, 2) + '\n');
    console.log(`baseline rewritten: ${BASELINE}`);
  }
  return now;
}
