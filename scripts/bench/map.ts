/**
 * First-map benchmark (issue 15): time from navigation to the map's first `idle` for the atlas's
 * home view against a plain MapLibre page with the same basemap, data files and camera
 * (scripts/bench/plain/), both built by Vite and served by one `vite preview`, loaded cold (a
 * fresh browser context each time) in alternating order in the system Chromium (SwiftShader, as
 * the e2e tests). Prints medians and the median of the paired ratios atlas ÷ plain.
 * Run: `npm run bench map` (needs Chromium, see README "Test it"). `BENCH_MAP_RUNS` (default 5).
 */
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../test/e2e/chrome';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, '.cache/bench-map');
const PORT = 4186;

/**
 * Milliseconds from navigation start to `body[data-first-map="drawn"]` (the first `idle`: the
 * atlas's first map, drawn from the coarse first-map files, src/domain/firstMap.ts), read in the
 * page (no polling lag).
 */
async function firstIdle(browser: Browser, url: string): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await ctx.addInitScript(() => {
    const w = window as unknown as { __idleAt?: number };
    new MutationObserver(() => {
      if (w.__idleAt === undefined && document.body?.dataset.firstMap === 'drawn') w.__idleAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first-map'] });
  });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt !== undefined, null, { timeout: 240_000, polling: 500 });
  const ms = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  await ctx.close();
  return ms;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

/** Build both pages, serve them, time `BENCH_MAP_RUNS` cold loads of each, print the ratio. */
export async function runMapBench(): Promise<void> {
  const runs = Number(process.env.BENCH_MAP_RUNS ?? 5);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: { atlas: resolve(ROOT, 'index.html'), plain: resolve(ROOT, 'scripts/bench/plain/index.html') } } } });
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  const atlas: number[] = [];
  const plain: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // alternate which page goes first, so a drift in machine load falls on both
      const order = i % 2 ? (['plain', 'atlas'] as const) : (['atlas', 'plain'] as const);
      for (const which of order) {
        const ms = await firstIdle(browser, `http://127.0.0.1:${PORT}/${which === 'atlas' ? '' : 'scripts/bench/plain/'}`);
        (which === 'atlas' ? atlas : plain).push(ms);
      }
      console.log(`map run ${i + 1}/${runs}: atlas ${(atlas[i] / 1000).toFixed(1)} s, plain MapLibre ${(plain[i] / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
  const ratios = atlas.map((a, i) => a / plain[i]);
  console.log(`first map (home view, 1000×700, SwiftShader): atlas median ${(median(atlas) / 1000).toFixed(1)} s, plain MapLibre median ${(median(plain) / 1000).toFixed(1)} s; atlas ÷ plain, median of ${runs} paired runs: ${median(ratios).toFixed(2)}× (goal ≤ 1.5×)`);
}
