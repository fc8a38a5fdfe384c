/**
 * Presenter tools in Chromium: filters with counts, shareable links, saved views across a
 * reload, present mode, and a PNG export whose map, title and legend are really there.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { layerById, type LayerId } from '../../src/map/layerRegistry';
import type { AtlasTestHandle } from '../../src/map/testHandle';
import { t } from '../../src/ui/i18n';
import { INSET_WIDTH, insetBoxSize, insetMapHeight } from '../../src/map/nanhaiInset';
import { PROJECT_LAYERS, expect, test, waitSaved } from './fixtures';
import { catalog } from './catalog';
import { countColour, decode, mapPixels, meanRgb, rgb } from './pixels';

const count = (page: Page, id: string) => page.locator(`label:has(input[data-layer="${id}"]) .count`);

async function openFacet(page: Page, facet: string) {
  const details = page.locator(`details:has(input[data-facet="${facet}"])`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** Filter to plan action 规划建设 and the 陕甘宁 old area, as a presenter would. */
async function filterShaanganning(page: Page) {
  await openFacet(page, 'actions');
  await page.locator('input[data-facet="actions"][data-value="规划建设"]').check();
  await openFacet(page, 'areas');
  await page.locator('input[data-facet="areas"][data-value="old-shaanganning"]').check();
}

test('applies two filters with the counts left per layer; the copied link, announced over the page, opens the same in a fresh browser', async ({ atlas, browser }) => {
  test.slow(); // two page loads: the presenter's and the fresh browser's
  const p = atlas.page;
  await p.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await atlas.open(`#v=1&${PROJECT_LAYERS}`, { idle: false });
  const rails = catalog.features.filter((f) => f.properties.layer === 'railway');
  await expect(count(p, 'railway')).toHaveText(String(rails.length));
  await filterShaanganning(p);
  const expected = rails.filter((f) => f.properties.action === '规划建设' && (f.properties.computed.areas['old-shaanganning'] ?? 0) > 0).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(rails.length);
  await expect(count(p, 'railway')).toHaveText(String(expected));
  await expect(count(p, 'airport')).toHaveText(String(catalog.features.filter((f) => f.properties.layer === 'airport' && f.properties.action === '规划建设').length));
  await expect(p.locator('.chip')).toHaveCount(2);
  await expect(p.locator('[data-legend="railway"]')).toContainText(`(${expected})`);
  await p.locator('input[data-layer="hydro-base"]').uncheck();
  await expect.poll(() => p.url()).toMatch(/#v=1.*l=(?!.*hydro-base)/);

  // the copy-link button: a notice over the page that closes itself, the layout unmoved
  const before = await p.getByTestId('map-wrap').boundingBox();
  await p.getByRole('button', { name: t('copyLink', 'zh') }).click();
  const notice = p.getByTestId('notice');
  await expect(notice).toContainText(t('linkCopied', 'zh'));
  expect(await p.getByTestId('map-wrap').boundingBox()).toEqual(before);
  const url = await p.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(p.url());

  // the link in a fresh browser: the same filters, layers and counts
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const q = await ctx.newPage();
  await q.goto(url);
  await expect(q.locator('.chip')).toHaveText(await p.locator('.chip').allInnerTexts());
  await expect(q.locator('input[data-layer="hydro-base"]')).not.toBeChecked();
  await expect(q.locator('input[data-layer="railway"]')).toBeChecked();
  await expect(count(q, 'railway')).toHaveText(String(expected));
  await ctx.close();
  await expect(notice).toHaveCount(0, { timeout: 10_000 });
});

test('a malformed link opens the default map with a notice; a link pasted into the open atlas opens what it names (only the hash changed)', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open('#v=1&c=999,abc&l=nope', { idle: false });
  await expect(p.getByTestId('notice')).toContainText(/could not be read|无法读取/);
  await expect(p.locator('input[data-layer="railway"]')).toBeChecked();
  await expect(p.locator('input[data-layer="old-areas"]')).toBeChecked();
  // the same page, another hash: a same-document navigation, as when a colleague's link is pasted
  await p.goto('/#v=1&c=102.9000,27.2000,7.00&l=hydro-station&sel=r:hydro-baihetan');
  await expect(p.getByTestId('detail').locator('h2').first()).toContainText('白鹤滩水电站', { timeout: 60_000 });
  await expect.poll(() => p.evaluate(() => window.__atlasMap?.getCenter().lng ?? 0), { timeout: 60_000 }).toBeLessThan(104);
  await expect(p.locator('input[data-layer="railway"]')).not.toBeChecked();
});

test('saves two views, keeps them across a reload, presents and steps between them', async ({ atlas }) => {
  test.slow(); // two page loads and full-screen fly-tos in software GL
  const p = atlas.page;
  await p.setViewportSize({ width: 800, height: 560 }); // present mode draws the whole screen
  await atlas.open(`#v=1&${PROJECT_LAYERS}`);
  await p.getByTestId('tab-views').click();
  await p.getByTestId('view-title').fill('全国');
  await p.getByTestId('view-note').fill('全部项目');
  await p.getByTestId('add-view').click();
  await expect(p.locator('.view-list li')).toHaveCount(1);
  await atlas.jumpTo([108.9, 36.6], 6);
  await openFacet(p, 'areas');
  await p.locator('input[data-facet="areas"][data-value="old-shaanganning"]').check();
  await p.getByTestId('view-title').fill('陕甘宁革命老区');
  await p.getByTestId('add-view').click();
  await expect(p.locator('.view-list li')).toHaveCount(2);
  await waitSaved(p);

  await p.reload();
  await expect(p.locator('.layer-panel')).toBeVisible();
  await p.getByTestId('tab-views').click();
  await expect(p.locator('.view-list li')).toHaveCount(2);
  await expect.poll(() => p.locator('.view-list .view-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['全国', '陕甘宁革命老区']);

  await p.getByTestId('present').click();
  const caption = p.getByTestId('present-caption');
  await expect(caption.locator('h2')).toHaveText('全国');
  await expect(p.locator('.left')).toBeHidden();
  await p.keyboard.press('ArrowRight');
  await expect(caption.locator('h2')).toHaveText('陕甘宁革命老区');
  // the fly-to is animated; software WebGL draws it slowly
  await expect.poll(() => p.evaluate(() => (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom()), { timeout: 30_000 }).toBeGreaterThan(5.5);
  await expect(p.locator('.chip').first()).toBeHidden(); // chrome hidden while presenting
  await p.keyboard.press('ArrowLeft');
  await expect(caption.locator('h2')).toHaveText('全国');
  await p.keyboard.press('Escape');
  await expect(caption).toHaveCount(0);
  await expect(p.locator('.left')).toBeVisible();
});

test('exports a 2× PNG holding the map as shown, the title and a legend row per visible layer; under filters its legend has the screen rows and the filters print under the title', async ({ atlas }) => {
  test.slow(); // two pictures drawn anew in software GL
  const p = atlas.page;
  await atlas.open(`#v=1&c=108.0000,32.0000,4.20&${PROJECT_LAYERS}`);
  const shown = await mapPixels(p); // the canvas at 1×, without DOM overlays
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-png-2').click()]);
  expect(download.suggestedFilename()).toMatch(/^plan-atlas-\d{4}-\d{2}-\d{2}@2x\.png$/);
  const png = decode(readFileSync((await download.path())!));
  const HEADER = 54, FOOTER = 26; // src/map/exportPicture.ts
  expect(png.width).toBe(shown.width * 2);
  expect(png.height).toBe((shown.height + HEADER + FOOTER) * 2);

  // the map: the picture's map area matches the canvas, compared as 3×3 px means (the 2× picture
  // is the map redrawn at 2×: labels and line edges differ a little, 92 % of cells matched where a
  // scaled copy matched over 95 %); away from legend, scale, north
  let same = 0, n = 0;
  for (let y = 40; y < shown.height - 80; y += 4) {
    for (let x = 10; x < shown.width - 280; x += 4) {
      const a = meanRgb(shown, x - 1, y - 1, 3, 3);
      const b = meanRgb(png, 2 * (x - 1), 2 * (HEADER + y - 1), 6, 6);
      n++;
      if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) < 30) same++;
    }
  }
  expect(same / n).toBeGreaterThan(0.88);

  // the title: dark text in the header, as wide as the title set in the same font
  const titleWidth = await p.evaluate((title) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '700 20px "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
    return ctx.measureText(title).width;
  }, t('title', 'zh'));
  let left = Infinity, right = -Infinity;
  for (let y = 2 * 8; y < 2 * 30; y++) {
    for (let x = 0; x < png.width / 2; x++) {
      const [r, g, b] = rgb(png, x, y);
      if (r + g + b < 200) { left = Math.min(left, x); right = Math.max(right, x); }
    }
  }
  expect(left).toBeGreaterThanOrEqual(2 * 12);
  expect(Math.abs((right - left) / 2 - titleWidth)).toBeLessThan(titleWidth * 0.1);

  // the legend, bottom right above the 南海诸岛 inset (every picture has it): each visible layer's symbol in its own colour
  const above = Math.round(insetBoxSize({ width: INSET_WIDTH, height: insetMapHeight() }).height + 8); // whole px: countColour reads pixels by index
  const legendBox = { x0: png.width - 2 * 272, y0: 2 * (HEADER + shown.height - 10 - 20 * 6 - 12 - above), x1: png.width - 2 * 12, y1: 2 * (HEADER + shown.height - 12 - above) };
  for (const id of ['railway', 'highway', 'airport', 'hydro-base', 'hydro-station', 'transmission'] as LayerId[]) {
    expect(countColour(png, layerById(id).color, 30, legendBox), id).toBeGreaterThan(20);
  }
  // …and none for a hidden layer
  expect(countColour(png, layerById('thermal-plant').color, 20, legendBox)).toBe(0);

  // under two filters: the PNG legend has the screen legend's rows, no empty layer, and the filters printed under the title
  await filterShaanganning(p);
  await expect(p.locator('.chip')).toHaveCount(2);
  // at least one ticked layer has nothing left under the filters
  await expect.poll(() => p.locator('.layer-row label.empty:has(input:checked)').count()).toBeGreaterThan(0);
  const screen = await p.locator('.legend [data-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
  expect(screen.length).toBeGreaterThan(0);
  const shownFiltered = await mapPixels(p); // the canvas before the export: the picture's map is this size
  const [filteredDownload] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-png-1').click()]);
  const exported = JSON.parse(await p.evaluate(() => document.body.dataset.exportLegend ?? '[]')) as string[];
  expect(exported).toEqual(screen);
  expect(exported.filter((r) => r.endsWith(' (0)'))).toEqual([]);
  const filteredPng = decode(readFileSync((await filteredDownload.path())!));
  // the busy status must not have moved the map meanwhile
  await expect(p.getByTestId('picture-busy')).toHaveCount(0);
  expect((await mapPixels(p)).height).toBe(shownFiltered.height);
  expect(filteredPng.height).toBe(shownFiltered.height + 54 + 16 + 26); // header, one filter line, footer (src/map/exportPicture.ts)
  // the filter line: dark text between the subtitle and the map
  let dark = 0;
  for (let y = 50; y < 68; y++) for (let x = 14; x < 300; x++) { const [r, g, b] = rgb(filteredPng, x, y); if (r + g + b < 450) dark++; }
  expect(dark).toBeGreaterThan(50);
});

/** The camera now and the canvas width, through the test hook (src/map/testHandle.ts). */
const cameraOf = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { __atlasMap: AtlasTestHandle }).__atlasMap;
    const c = m.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: m.getZoom(), width: m.getCanvas().clientWidth };
  });
/** How far the camera is from `[lon, lat]` at `zoom`: degrees plus zoom steps. */
const offBy = async (page: Page, [lon, lat]: [number, number], zoom: number) => {
  const c = await cameraOf(page);
  return Math.abs(c.lng - lon) + Math.abs(c.lat - lat) + Math.abs(c.zoom - zoom);
};

test('the legend starts folded on a projector-sized window and open on a large one', async ({ atlas }) => {
  const p = atlas.page;
  await p.setViewportSize({ width: 1024, height: 700 });
  await atlas.open(`#v=1&${PROJECT_LAYERS}`, { idle: false });
  const legend = p.getByTestId('legend');
  await expect(legend.locator('[data-legend="railway"]')).toBeHidden();
  await legend.locator('> summary').click();
  await expect(legend.locator('[data-legend="railway"]')).toBeVisible();

  // a new page load: the legend's first state is chosen when the page opens
  await p.goto('about:blank');
  await p.setViewportSize({ width: 1440, height: 900 });
  await atlas.open(`#v=1&${PROJECT_LAYERS}`, { idle: false });
  await expect(p.getByTestId('legend').locator('[data-legend="railway"]')).toBeVisible();
});

/** Features drawn now by terra-draw's style layers (`td-*`) and by the picked region's outline (MapLibre), through the test hook. */
const analysisOnMap = (page: Page) =>
  page.evaluate(() => {
    const m = (window as unknown as { __atlasMap: AtlasTestHandle }).__atlasMap;
    return { drawn: m.renderedCount(m.styleLayerIds().filter((id) => id.startsWith('td-'))), picked: m.renderedCount(['analysis-region-line']) > 0 };
  });

/** Present the saved views from the first (titled `title`), and return while its slide is shown. */
async function present(page: Page, title: string) {
  await page.getByTestId('tab-views').click();
  await page.getByTestId('present').click();
  await expect(page.getByTestId('present-caption').locator('h2')).toHaveText(title);
}

test('present mode: the first slide at its saved centre and zoom and no analysis region on a slide; Esc brings back the camera and the region', async ({ atlas }) => {
  test.slow(); // a drawing and two presentations, full screen in software GL
  const p = atlas.page;
  await p.setViewportSize({ width: 800, height: 560 });
  await atlas.open(`#v=1&c=102.9500,30.5000,6.00&${PROJECT_LAYERS}`);
  await p.getByTestId('tab-views').click();
  await p.getByTestId('view-title').fill('川西');
  await p.getByTestId('add-view').click();
  await expect(p.locator('.view-list li')).toHaveCount(1);
  const narrow = (await cameraOf(p)).width;
  await atlas.jumpTo([112, 34], 5);
  // a drawn rectangle, drawn by terra-draw's layers
  await p.getByTestId('tab-analysis').click();
  await p.locator('button[data-mode="rectangle"]').click();
  const box = (await p.locator('.map canvas').boundingBox())!;
  await p.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4, { steps: 2 });
  await p.mouse.down();
  await p.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 5 });
  await p.mouse.up();
  await p.locator('button[data-mode="rectangle"]').click(); // the tool off again
  await expect.poll(async () => (await analysisOnMap(p)).drawn).toBeGreaterThan(0);

  await present(p, '川西');
  // the map grows to the full window under the slide and still centres the saved view, which holds no region
  await expect.poll(async () => (await cameraOf(p)).width).toBeGreaterThan(narrow + 200);
  await expect.poll(() => offBy(p, [102.95, 30.5], 6), { timeout: 20_000 }).toBeLessThan(0.01);
  await expect.poll(async () => (await analysisOnMap(p)).drawn).toBe(0);
  await p.keyboard.press('Escape');
  await expect(p.locator('.left')).toBeVisible();
  await expect.poll(async () => (await cameraOf(p)).width).toBe(narrow);
  await expect.poll(() => offBy(p, [112, 34], 5), { timeout: 20_000 }).toBeLessThan(0.01);
  await expect.poll(async () => (await analysisOnMap(p)).drawn).toBeGreaterThan(0);

  // a picked province, outlined on the map
  await p.getByTestId('tab-analysis').click();
  await p.getByTestId('pick-region').selectOption('prov:41');
  await expect.poll(async () => (await analysisOnMap(p)).picked).toBe(true);
  await present(p, '川西');
  await expect.poll(async () => (await analysisOnMap(p)).picked).toBe(false);
  await p.keyboard.press('Escape');
  await expect(p.locator('.left')).toBeVisible();
  await expect.poll(async () => (await analysisOnMap(p)).picked).toBe(true);
});
