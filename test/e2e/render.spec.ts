/**
 * Render tests: fixed-viewport pictures of the atlas compared with committed references
 * (test/e2e/__screenshots__/) within a tolerance. Update them with `npm run test:e2e:update`
 * after a change meant to alter the picture, and look at every changed image before committing.
 * The date is fixed (Date only, see fixDate) so dates drawn in the picture do not change from day to day.
 */
import type { Page } from '@playwright/test';
import { PROJECT_LAYERS, expect, fixDate, test } from './fixtures';
import { PNG } from 'pngjs';
import { pointOf } from './catalog';
import { decode } from './pixels';

test.use({ viewport: { width: 1000, height: 700 } });

const FIXED = new Date('2026-12-01T10:00:00+08:00');

test.beforeEach(async ({ page }) => {
  await fixDate(page, FIXED);
});

/**
 * One page screenshot of a settled page (map idle, camera stopped), compared as a snapshot.
 * `toHaveScreenshot` takes screenshots until two in a row agree; under SwiftShader on a busy
 * 2-core machine one full-page frame took over 30 s, so two in a row did not fit its timeout.
 */
const settledPicture = (page: Page) => page.screenshot({ animations: 'disabled', caret: 'hide', timeout: 150_000 });

/** Park the pointer where it hovers nothing, so no tooltip or highlight is in the picture. */
const parkPointer = (page: Page) => page.mouse.move(2, 2);

/** Wait until no camera animation (fly-to) runs; a software-GL frame can look "stable" mid-flight. */
const stopped = (page: Page) =>
  expect.poll(() => page.evaluate(() => (window as unknown as { __atlasMap: { isMoving: () => boolean } }).__atlasMap.isMoving()), { timeout: 30_000 }).toBe(false);

test('home view: the national map with the layers it opens with', async ({ atlas }) => {
  test.slow(); // the default special-area fills are the slowest frame in software GL
  await atlas.open('');
  // the map canvas as drawn (read in the page): a page screenshot waits for a compositor frame,
  // which took over 80 s for this view on a busy machine
  const url = await atlas.page.evaluate(() => (document.querySelector('.map canvas') as HTMLCanvasElement).toDataURL('image/png'));
  expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')).toMatchSnapshot('home.png');
});

test('home view at 1280×800: mainland China, Taiwan and the 南海诸岛 inset, each clear of the others', async ({ atlas }) => {
  test.slow();
  const p = atlas.page;
  await p.setViewportSize({ width: 1280, height: 800 });
  await atlas.open('');
  await parkPointer(p);
  const inset = p.getByTestId('nanhai-inset');
  await expect(inset).toBeVisible();
  const canvas = (await p.locator('.map canvas').boundingBox())!;
  const box = (await inset.boundingBox())!;
  await expect(p.locator('.legend [data-legend="railway"]')).toBeHidden(); // folded at this size
  const legend = (await p.locator('.legend').boundingBox())!;
  const inside = (q: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }) => q.x >= r.x && q.x <= r.x + r.width && q.y >= r.y && q.y <= r.y + r.height;
  // the inset: lower right, inside the map; the folded legend beside it, not over it
  expect(inside({ x: box.x, y: box.y }, canvas) && inside({ x: box.x + box.width, y: box.y + box.height }, canvas)).toBe(true);
  expect(canvas.x + canvas.width - (box.x + box.width)).toBeLessThan(20);
  expect(canvas.y + canvas.height - (box.y + box.height)).toBeLessThan(40);
  expect(legend.x + legend.width).toBeLessThanOrEqual(box.x);
  // mainland China's extremes and Taiwan's and 钓鱼岛's coasts are on the map, outside the inset and the legend
  const places: [string, [number, number]][] = [
    ['帕米尔 (west)', [73.5, 39.4]], ['漠河 (north)', [122.3, 53.5]], ['乌苏里江 (east)', [134.8, 48.3]], ['三亚 (south)', [109.5, 18.25]],
    ['富贵角 (Taiwan north)', [121.54, 25.3]], ['鹅銮鼻 (Taiwan south)', [120.85, 21.9]], ['台湾 east coast', [121.6, 23.5]], ['钓鱼岛', [123.47, 25.74]],
  ];
  for (const [name, at] of places) {
    const q = await atlas.screenOf(at);
    expect(inside(q, canvas), name).toBe(true);
    expect(inside(q, box), `${name} under the inset`).toBe(false);
    expect(inside(q, legend), `${name} under the legend`).toBe(false);
  }
  // the inset's own drawing: the dashes, 三沙 and 东沙, coasts and its 500 km scale bar
  await expect(p.getByTestId('nanhai-inset-scale')).toContainText('500 km');
  await expect(inset).toHaveScreenshot('nanhai-inset.png');
  // zoomed in past national scale the inset goes (the dash line is drawn in the main map where in view)
  await atlas.jumpTo([113, 12], 5.5);
  await expect(inset).toHaveCount(0);
  await atlas.jumpTo([105, 35], 4.5);
  await expect(inset).toBeVisible();
});

test('zoom 7 over 巫山: an airport, a railway and their labels', async ({ atlas }) => {
  const at = pointOf('air-wushan');
  await atlas.open(`#v=1&c=${at[0].toFixed(4)},${at[1].toFixed(4)},7.00&${PROJECT_LAYERS}`);
  await parkPointer(atlas.page);
  await atlas.idle();
  await expect(atlas.page.locator('.map canvas')).toHaveScreenshot('wushan-z7.png');
});

test('present mode: a saved view full screen with its caption', async ({ atlas }) => {
  test.slow(); // the map fills the screen: the largest frames of the suite
  const p = atlas.page;
  await p.setViewportSize({ width: 800, height: 560 });
  await atlas.open(`#v=1&${PROJECT_LAYERS}&fs=old-shaanganning&fa=规划建设`);
  await atlas.jumpTo([108.9, 36.6], 5.5); // a camera move the view records
  await p.getByTestId('tab-views').click();
  await p.getByTestId('view-title').fill('陕甘宁革命老区');
  await p.getByTestId('view-note').fill('规划建设的铁路与机场');
  await p.getByTestId('add-view').click();
  await expect(p.locator('.view-list li')).toHaveCount(1);
  await p.getByTestId('present').click();
  await expect(p.getByTestId('present-caption').locator('h2')).toHaveText('陕甘宁革命老区');
  // the map fills the screen: rest the pointer on the caption. mouse.move, not hover(): hover's
  // stability check waits for animation frames, which a busy SwiftShader page gave too slowly (>20 s)
  const caption = await p.getByTestId('present-caption').locator('h2').boundingBox();
  expect(caption).not.toBeNull();
  await p.mouse.move(caption!.x + caption!.width / 2, caption!.y + caption!.height / 2);
  await expect(p.locator('.tooltip')).toHaveCount(0);
  await stopped(p);
  await atlas.idle();
  expect(await settledPicture(p)).toMatchSnapshot('present.png');
});

test('1× PNG export: map, title, legend, scale bar, north arrow, attribution and date', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open(`#v=1&c=108.0000,32.0000,4.20&${PROJECT_LAYERS}`);
  await parkPointer(p);
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-png-1').click()]);
  expect(download.suggestedFilename()).toBe('plan-atlas-2026-12-01@1x.png');
  const { readFileSync } = await import('node:fs');
  expect(readFileSync((await download.path())!)).toMatchSnapshot('export-1x.png');
});

test('coverage report of a picked prefecture (六安市): region on the map and the report', async ({ atlas }) => {
  test.slow(); // analysis, a fly-to and a full-page picture
  const p = atlas.page;
  await atlas.open(`#v=1&${PROJECT_LAYERS}`);
  await p.getByTestId('tab-analysis').click();
  await atlas.idle(); // the fly-to the region below starts from a drawn map
  await p.getByTestId('pick-region').selectOption('pref:3415');
  await expect(p.getByTestId('report-counties')).toHaveText('7', { timeout: 60_000 }); // 金安 裕安 叶集 霍邱 舒城 金寨 霍山
  await stopped(p);
  await parkPointer(p);
  await atlas.idle();
  expect(await settledPicture(p)).toMatchSnapshot('report-liuan.png');
});

/** The map canvas as drawn (read in the page, overlays excluded), as PNG bytes. */
async function mapCanvasPng(page: Page): Promise<Buffer> {
  const url = await page.evaluate(() => (document.querySelector('.map canvas') as HTMLCanvasElement).toDataURL('image/png'));
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

test('two years side by side (2016 | 2025): projects and poverty counties by their state then', async ({ atlas }) => {
  test.slow();
  // 四川 and 贵州 at zoom 5: railways, airports, dams and the poverty counties of 乌蒙山区
  await atlas.open('#v=1&c=105.5000,28.5000,5.00&l=poverty-counties,railway,airport,hydro-station&y=2016');
  await parkPointer(atlas.page);
  await atlas.idle();
  const y2016 = decode(await mapCanvasPng(atlas.page));
  await atlas.page.getByTestId('time-range').fill('2025');
  await expect(atlas.page.getByTestId('time-year')).toHaveText('2025');
  await atlas.idle();
  const y2025 = decode(await mapCanvasPng(atlas.page));
  expect([y2025.width, y2025.height]).toEqual([y2016.width, y2016.height]);
  // one picture: 2016 on the left, a 4 px white rule, 2025 on the right
  const gap = 4;
  const out = new PNG({ width: y2016.width * 2 + gap, height: y2016.height });
  out.data.fill(255);
  for (const [img, x0] of [[y2016, 0], [y2025, y2016.width + gap]] as const) {
    for (let y = 0; y < img.height; y++) img.data.copy(out.data, (y * out.width + x0) * 4, y * img.width * 4, (y + 1) * img.width * 4);
  }
  expect(PNG.sync.write(out)).toMatchSnapshot('timeline-2016-2025.png');
});
