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

/** What one cold load showed: ms to the first map, the map canvas's CSS size and zoom then. */
interface Load {
  ms: number;
  size: string;
  zoom: number;
  /** distinct colours in a sample of the plain page's frame (the atlas: not read) */
  colors?: number;
}

/**
 * One cold load of `url`: milliseconds from navigation start to `body[data-first-map="drawn"]`
 * (the first `idle`: the atlas's first map, drawn from the coarse first-map files,
 * src/domain/firstMap.ts), read in the page (no polling lag), with the canvas size and zoom
 * (the atlas through its test handle, the plain page from its `data-*` marks).
 */
async function firstIdle(browser: Browser, url: string): Promise<Load> {
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
  const atlas = await page.evaluate(() => !!(window as unknown as { __atlasMap?: unknown }).__atlasMap);
  if (!atlas) await page.waitForFunction(() => document.body.dataset.colors !== undefined, null, { timeout: 60_000 });
  const load = await page.evaluate((isAtlas) => {
    const ms = (window as unknown as { __idleAt: number }).__idleAt;
    if (isAtlas) {
      const m = (window as unknown as { __atlasMap: { getCanvas(): HTMLCanvasElement; getZoom(): number } }).__atlasMap;
      const c = m.getCanvas();
      return { ms, size: `${c.clientWidth}x${c.clientHeight}`, zoom: m.getZoom() };
    }
    const d = document.body.dataset;
    return { ms, size: d.size ?? '', zoom: Number(d.zoom), colors: Number(d.colors) };
  }, atlas);
  await ctx.close();
  return load;
}

/**
 * A plain page that drew nothing, or another view than the atlas's, would make a fast baseline
 * out of no work (until 2026-12-04 the page's inline <style> was dropped by the CSP and its map
 * was 0 px high): refuse the run.
 */
function checkPlain(plain: Load, atlas: Load, sized: boolean): void {
  if (!(plain.colors! > 8)) throw new Error(`bench map: the plain MapLibre page drew ${plain.colors} colours; it drew no map`);
  if (sized && plain.size !== atlas.size) throw new Error(`bench map: the plain map is ${plain.size} CSS px, the atlas's ${atlas.size}`);
  if (sized && Math.abs(plain.zoom - atlas.zoom) > 0.01) throw new Error(`bench map: the plain map is at zoom ${plain.zoom}, the atlas's at ${atlas.zoom}`);
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
type Page = 'atlas' | 'plain' | 'plainWindow';

/**
 * Build both pages, serve them, time `BENCH_MAP_RUNS` cold loads of each, print the ratios.
 * The plain page is timed twice a run: with its map at the atlas's map canvas size (the same
 * pixels, tiles and zoom: the goal's ratio) and filling the window (a plain page as one would
 * write it, 1000×700: more pixels than the atlas's map).
 */
export async function runMapBench(): Promise<void> {
  const runs = Number(process.env.BENCH_MAP_RUNS ?? 5);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: { atlas: resolve(ROOT, 'index.html'), plain: resolve(ROOT, 'scripts/bench/plain/index.html') } } } });
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
  const base = `http://127.0.0.1:${PORT}/`;
  const times: Record<Page, number[]> = { atlas: [], plain: [], plainWindow: [] };
  try {
    // an untimed atlas load gives the map canvas's size and zoom the plain page is to match
    const ref = await firstIdle(browser, base);
    const [w, h] = ref.size.split('x');
    const url: Record<Page, string> = { atlas: base, plain: `${base}scripts/bench/plain/?w=${w}&h=${h}`, plainWindow: `${base}scripts/bench/plain/` };
    const pages: Page[] = ['atlas', 'plain', 'plainWindow'];
    for (let i = 0; i < runs; i++) {
      // rotate which page goes first, so a drift in machine load falls on all of them
      for (const which of [...pages.slice(i % 3), ...pages.slice(0, i % 3)]) {
        const load = await firstIdle(browser, url[which]);
        if (which === 'atlas' && load.size !== ref.size) throw new Error(`bench map: the atlas's map was ${load.size} CSS px, before ${ref.size}`);
        if (which !== 'atlas') checkPlain(load, ref, which === 'plain');
        times[which].push(load.ms);
      }
      console.log(`map run ${i + 1}/${runs}: atlas ${(times.atlas[i] / 1000).toFixed(1)} s, plain MapLibre ${(times.plain[i] / 1000).toFixed(1)} s at ${ref.size} px, ${(times.plainWindow[i] / 1000).toFixed(1)} s filling the window`);
    }
    const ratio = (b: Page) => median(times.atlas.map((a, i) => a / times[b][i])).toFixed(2);
    console.log(`first map (home view, window 1000×700, SwiftShader): atlas median ${(median(times.atlas) / 1000).toFixed(1)} s, map ${ref.size} px at zoom ${ref.zoom.toFixed(2)}`);
    console.log(`  atlas ÷ plain MapLibre of the same map size, median of ${runs} paired runs: ${ratio('plain')}× (goal ≤ 1.5×; plain median ${(median(times.plain) / 1000).toFixed(1)} s)`);
    console.log(`  atlas ÷ plain MapLibre filling the window: ${ratio('plainWindow')}× (plain median ${(median(times.plainWindow) / 1000).toFixed(1)} s)`);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
