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
 * The budget, KiB of gzip: issue 15's goal, 900 kB (878.9 KiB). The first load has come down from
 * 1,929 KiB to 865 KiB (2026-12): first-map copies of the basemap, the catalog and the poverty
 * counties (src/domain/firstMap.ts), the analysis, import, drawing and deck.gl code loaded on
 * first use, MapLibre drawing the plan's layers. Of it maplibre-gl is 265 KiB, the app 131, the
 * coarse admin topology 234 and the Latin label glyphs (fonts/…/0-255.pbf, for the labels'
 * English second line) 49. A change that adds more than about 13 KiB to the first load fails here.
 */
const BUDGET_KIB = 900_000 / 1024;

test('the first map is drawn within the first-load budget; what needs the full data waits for it; the full geometry is drawn from zoom 4.5', async ({ atlas }) => {
  const { page } = atlas;
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    bodies.set(u.pathname, r.body().then((b) => gzipSync(b, { level: 6 }).length, () => 0));
  });
  // the full catalog is held back until the first map's checks are done: what needs it waits
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/generated/catalog.json', async (route) => {
    await held;
    await route.continue();
  });
  await atlas.open('', { idle: false });
  await expect(page.locator('body[data-first-map="drawn"]')).toBeAttached({ timeout: 80_000 });
  const before = await page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => new URL(e.name).pathname);
  }, 'atlas-first-map');
  // without the full catalog (citations, delivery) the plan text and the time slider wait, saying so
  await expect(page.getByTestId('time-toggle')).toBeDisabled();
  await page.getByTestId('tab-document').click();
  await expect(page.getByTestId('details-loading')).toBeVisible();
  release();
  await expect(page.locator('body[data-map="idle"]')).toBeAttached({ timeout: 80_000 });
  await expect(page.getByTestId('details-loading')).toHaveCount(0);
  await expect(page.locator('.side [role="tabpanel"]').first()).toContainText('脱贫');
  await expect(page.getByTestId('time-toggle')).toBeEnabled();
  const files = ['/', ...new Set(before)];
  const sizes = await Promise.all(files.map(async (f) => [f, (await bodies.get(f)) ?? 0] as const));
  const total = sizes.reduce((s, [, b]) => s + b, 0);
  const table = sizes.map(([f, b]) => `${(b / 1024).toFixed(1).padStart(7)} KiB  ${f}`).join('\n');
  console.log(`first load: ${(total / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_KIB.toFixed(1)} KiB = 900 kB)\n${table}`);
  expect(sizes.every(([, b]) => b > 0), `every file before the first map was received:\n${table}`).toBe(true);
  expect(total / 1024, `first load (KiB gzip) over the budget:\n${table}`).toBeLessThanOrEqual(BUDGET_KIB);
  // the first map drew the first-map copies; the full geometry, catalog, poverty evidence and the search keys came after it
  for (const first of ['admin-first.topo.json', 'catalog-first.json', 'poverty-first.json']) expect(before.some((f) => f.endsWith(`/generated/${first}`)), first).toBe(true);
  for (const later of ['admin.topo.json', 'rivers.json', 'world.json', 'search-keys.json', 'catalog.json', 'poverty-counties.json']) expect(before.some((f) => f.endsWith(`/generated/${later}`)), later).toBe(false);
  // and neither deck.gl's family, terra-draw, the analysis tab, the import tools nor pinyin-pro came with it
  for (const chunk of ['deckgl', 'luma', 'mathgl', 'deckOverlay', 'drawController', 'AnalysisPanel', 'KeptTabs', 'userEntries', 'projectFile']) expect(before.some((f) => f.includes(`/assets/${chunk}-`)), chunk).toBe(false);
  // idle with the full data held, but below zoom 4.5 the map keeps the 4 km copies (finer than a
  // pixel there); a zoom to 5 draws the full geometry
  expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeLessThan(4.5);
  expect(await page.evaluate(() => window.__atlasMap!.drawnDetail())).toBe('first');
  await atlas.jumpTo([104, 33], 5);
  await expect.poll(() => page.evaluate(() => window.__atlasMap!.drawnDetail())).toBe('full');
});

