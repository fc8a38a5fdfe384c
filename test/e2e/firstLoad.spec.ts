/**
 * The first load's budget (issue 15): the bytes the browser fetches before the first map is
 * drawn, gzip-compressed as a web server sends them. Bytes, not time: the same build always
 * fetches the same files, so the figure is deterministic on any machine.
 *
 * What counts: every request (HTML, JS, CSS, data, fonts, images, workers) that started before
 * the app's performance mark `atlas-first-map` (src/ui/MapView.tsx, set at MapLibre's first
 * `idle`). Each response body is gzipped here at level 6, a web server's usual setting
 * (`vite preview` itself sends them uncompressed).
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/**
 * The budget, KiB of gzip. Issue 15's goal is 900 KB (879 KiB); this is the ceiling the first load
 * has been brought to (1,929 KiB at first; 1,179 KiB with the first-map copies and lazy chunks;
 * 932 KiB since MapLibre draws the plan's layers and deck.gl loads only for imported layers —
 * of it maplibre-gl 265 KiB, the app 131, the coarse admin topology 234, the catalog 84 and
 * 49 KiB of Latin label glyphs, fonts/…/0-255.pbf, for the labels' English second line), with a
 * little room for a small layer, so a change that adds much to the first load fails here. Lower
 * it as the first load shrinks.
 */
const BUDGET_KIB = 960;

test('the first map is drawn within the first-load budget, the full geometry fetched after it and drawn from zoom 4.5', async ({ atlas }) => {
  const { page } = atlas;
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    bodies.set(u.pathname, r.body().then((b) => gzipSync(b, { level: 6 }).length, () => 0));
  });
  await atlas.open('', { idle: false });
  await expect(page.locator('body[data-first-map="drawn"]')).toBeAttached({ timeout: 80_000 });
  const before = await page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => new URL(e.name).pathname);
  }, 'atlas-first-map');
  await expect(page.locator('body[data-map="idle"]')).toBeAttached({ timeout: 80_000 });
  const files = ['/', ...new Set(before)];
  const sizes = await Promise.all(files.map(async (f) => [f, (await bodies.get(f)) ?? 0] as const));
  const total = sizes.reduce((s, [, b]) => s + b, 0);
  const table = sizes.map(([f, b]) => `${(b / 1024).toFixed(1).padStart(7)} KiB  ${f}`).join('\n');
  console.log(`first load: ${(total / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)\n${table}`);
  expect(sizes.every(([, b]) => b > 0), `every file before the first map was received:\n${table}`).toBe(true);
  expect(total / 1024, `first load (KiB gzip) over the budget:\n${table}`).toBeLessThanOrEqual(BUDGET_KIB);
  // the first map drew the coarse copies; the full geometry and the search keys came after it
  expect(before.some((f) => f.endsWith('/generated/admin-first.topo.json'))).toBe(true);
  for (const later of ['admin.topo.json', 'rivers.json', 'world.json', 'search-keys.json']) expect(before.some((f) => f.endsWith(`/generated/${later}`)), later).toBe(false);
  // and neither deck.gl's family, terra-draw, the analysis tab, the import tools nor pinyin-pro came with it
  for (const chunk of ['deckgl', 'luma', 'mathgl', 'deckOverlay', 'drawController', 'AnalysisPanel', 'KeptTabs', 'userEntries', 'projectFile']) expect(before.some((f) => f.includes(`/assets/${chunk}-`)), chunk).toBe(false);
  // idle with the full data held, but below zoom 4.5 the map keeps the 4 km copies (finer than a
  // pixel there); a zoom to 5 draws the full geometry
  expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeLessThan(4.5);
  expect(await page.evaluate(() => window.__atlasMap!.drawnDetail())).toBe('first');
  await atlas.jumpTo([104, 33], 5);
  await expect.poll(() => page.evaluate(() => window.__atlasMap!.drawnDetail())).toBe('full');
});

