/**
 * Analyst tools in Chromium: draw a rectangle with the mouse, read the report from the worker,
 * export the CSV and check its content; filter the map to the region; measure a line.
 */
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { PROJECT_LAYERS, expect, test } from './fixtures';

const center = (p: Page) => p.evaluate(() => (window as unknown as { __atlasMap: { getCenter: () => { lng: number; lat: number } } }).__atlasMap.getCenter());

/**
 * Open the atlas over central China (113°E 33°N, zoom 5) and draw a rectangle of ~30% of the
 * view by press–drag–release (issue 16, item 1: a drag used to pan the map and draw nothing),
 * checking on the way the tool's on-map hint, that no hover tooltip shows while the tool is
 * active (item 3), and that the map did not pan.
 */
async function drawRectangle(atlas: { open: (h: string) => Promise<void>; page: Page }) {
  const p = atlas.page;
  await atlas.open(`#v=1&c=113.0000,33.0000,5.00&${PROJECT_LAYERS}`);
  await p.getByTestId('tab-analysis').click();
  await p.locator('button[data-mode="rectangle"]').click();
  await expect(p.getByTestId('draw-hint')).toContainText('拖动');
  const box = (await p.locator('.map canvas').boundingBox())!;
  const [x0, y0, x1, y1] = [box.x + box.width * 0.3, box.y + box.height * 0.3, box.x + box.width * 0.6, box.y + box.height * 0.6];
  const before = await center(p);
  await p.mouse.move(x0, y0, { steps: 2 });
  await p.mouse.down();
  await p.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 5 });
  await expect(p.getByRole('tooltip')).toHaveCount(0);
  await p.mouse.move(x1, y1, { steps: 5 });
  await p.mouse.up();
  await expect(p.getByTestId('report-counties')).toHaveText(/^\d+$/, { timeout: 60_000 });
  expect(await center(p)).toEqual(before);
}

const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/,/g, ''));

test('draws a rectangle and reads the county count and km of railway from the report and its CSV; filters the map to it; its link reopens the report', async ({ atlas }) => {
  test.slow(); // two pages: the drawing and the colleague's
  const p = atlas.page;
  await drawRectangle(atlas);
  const counties = await num(p, 'report-counties');
  const railKm = await num(p, 'report-rail-km');
  // a rectangle of ~30% of the view around 113°E 33°N at zoom 5 spans several hundred km
  expect(counties).toBeGreaterThan(50);
  expect(railKm).toBeGreaterThan(100);
  await expect(p.getByTestId('readout')).toContainText(/km²/);
  // drawing did not select anything on the map; the link carries the region and its setting (item 17)
  const link = await p.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
  expect(link.sel).toBeUndefined();
  expect(link.r).toMatch(/^d:[A-Za-z0-9_.*-]+$/);
  expect([link.wl, link.wk]).toEqual(['railway', '50']);

  // the CSV export: a zip of tidy tables, one per file, names in the page's language (issue 16, item 5)
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('plan-atlas-report.zip');
  const files = unzipSync(readFileSync((await download.path())!));
  const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[name]);
  expect(Object.keys(files)).toContain('02_counties.csv');
  for (const name of Object.keys(files)) expect(text(name).charCodeAt(0), name).toBe(0xfeff);
  const county = text('02_counties.csv').slice(1).split('\r\n').filter(Boolean);
  expect(county[0]).toMatch(/^县代码,县,省,/);
  expect(county).toHaveLength(counties + 1);
  expect(county[1]).toMatch(/^\d{6},[\u4e00-\u9fff]+,/); // Chinese names survive the round trip
  const rail = text('05_plan_layers.csv').split('\r\n').find((l) => l.startsWith('railway,'))!.split(',');
  expect(rail[1]).toBe('铁路');
  expect(Math.abs(Number(rail[4]) - railKm)).toBeLessThan(0.1);

  // the map filtered to the region: how many features each layer keeps
  const railways = p.locator('label:has(input[data-layer="railway"]) .count');
  const before = Number(await railways.innerText());
  await p.getByTestId('region-filter').check();
  await expect.poll(async () => Number(await railways.innerText())).toBeLessThan(before);
  expect(Number(await railways.innerText())).toBeGreaterThan(0);
  await p.getByTestId('region-filter').uncheck();
  await expect(railways).toHaveText(String(before));
  // the page's link opens this region's report for a colleague, with its 30 km setting (issue 16, item 17)
  await p.getByLabel('N km').fill('30');
  await expect(p.getByTestId('within')).toContainText('30 km');
  const counties30 = await num(p, 'report-counties');
  // the colleague's page: the same link with the railways only, so it loads quickly
  const shared = new URL(p.url());
  const hash = new URLSearchParams(shared.hash.slice(1));
  hash.set('l', 'railway');
  const colleague = await p.context().newPage();
  await colleague.goto(`${shared.origin}${shared.pathname}#${hash.toString()}`);
  await expect(colleague.getByTestId('report-counties')).toHaveText(String(counties30), { timeout: 60_000 });
  await expect(colleague.getByTestId('within')).toContainText('30 km');
});

test('a self-crossing polygon drawing is refused in Chinese, not saved, and repaired into a report', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open('#v=1&c=113.0000,33.0000,5.00&l=railway');
  await p.getByTestId('tab-analysis').click();
  await p.locator('button[data-mode="polygon"]').click();
  await expect(p.getByTestId('draw-hint')).toContainText('单击起点');
  const box = (await p.locator('.map canvas').boundingBox())!;
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  // a bow-tie, click by click, closed on the first vertex: its first edge and the third cross
  for (const [fx, fy] of [[0.3, 0.3], [0.5, 0.5], [0.5, 0.3], [0.3, 0.5], [0.3, 0.3]]) {
    await p.mouse.move(...at(fx, fy), { steps: 3 });
    await p.mouse.click(...at(fx, fy));
  }
  await expect(p.getByTestId('analysis-error')).toContainText('自相交');
  await expect(p.getByTestId('readout-crosses')).toBeVisible();
  // the read-out measures the repaired shape, not the cancelling lobes (issue 12)
  expect(Number((await p.locator('[data-testid=readout] dd').first().innerText()).replace(/[^\d.]/g, ''))).toBeGreaterThan(10_000);
  await p.getByTestId('tab-data').click();
  await expect(p.getByRole('heading', { name: /保存的区域/ })).toHaveText(/\(0\)/);
  await p.getByTestId('tab-analysis').click();
  await p.getByTestId('repair-drawing').click();
  await expect(p.getByTestId('report-counties')).toHaveText(/^\d+$/, { timeout: 60_000 });
  await expect(p.getByTestId('analysis-error')).toHaveCount(0);
  await p.getByTestId('tab-data').click();
  await expect(p.getByTestId('saved-region')).toHaveCount(1);
  await expect(p.getByTestId('saved-region')).toContainText('已修复');
});

test('measures a line with the measure tool (geodesic km)', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open(`#v=1&c=113.0000,33.0000,5.00&${PROJECT_LAYERS}`);
  await p.getByTestId('tab-analysis').click();
  await p.locator('button[data-mode="linestring"]').click();
  const box = (await p.locator('.map canvas').boundingBox())!;
  // along the top of the map: the open legend covers its lower right (issue 17)
  const a = { x: box.x + box.width * 0.15, y: box.y + box.height * 0.25 };
  const b = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.25 };
  await p.mouse.click(a.x, a.y);
  await p.mouse.move(b.x, b.y, { steps: 5 });
  await p.mouse.click(b.x, b.y);
  await p.mouse.click(b.x, b.y);
  // haversine on the mean Earth radius (IUGG, 6,371.0088 km) between the unprojected clicks
  const expected = await p.evaluate(([pa, pb]) => {
    const m = (window as unknown as { __atlasMap: { unproject: (p: [number, number]) => { lng: number; lat: number }; getCanvas: () => HTMLCanvasElement } }).__atlasMap;
    const r = m.getCanvas().getBoundingClientRect();
    const u = m.unproject([pa.x - r.left, pa.y - r.top]);
    const v = m.unproject([pb.x - r.left, pb.y - r.top]);
    const rad = Math.PI / 180;
    const hav = Math.sin(((v.lat - u.lat) * rad) / 2) ** 2 + Math.cos(u.lat * rad) * Math.cos(v.lat * rad) * Math.sin(((v.lng - u.lng) * rad) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(hav));
  }, [a, b] as const);
  const km = async () => Number((await p.getByTestId('line-km').innerText()).replace(/[^\d.]/g, ''));
  await expect.poll(async () => Math.abs((await km()) - expected) / expected).toBeLessThan(0.01);
});

test('attribute table of a plan layer: sort, filter, a row flies to the station; CSV with citations; WGS84 read-out under the pointer', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open('#v=1&c=104.5000,35.5000,3.30&l=hydro-station');
  await p.getByTestId('table-hydro-station').click();
  const table = p.getByTestId('attribute-table');
  await expect(table).toBeVisible();
  const total = Number(/\/ (\d+)/.exec(await p.getByTestId('table-count').innerText())![1]);
  expect(total).toBeGreaterThan(5);
  // sorted by capacity, largest first: 白鹤滩 (16,000 MW) heads the list
  const sortMW = table.getByRole('button', { name: /装机容量/ });
  await sortMW.click();
  await sortMW.click();
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-row', 'hydro-baihetan');
  await p.getByTestId('table-filter').fill('雅砻江');
  await expect(p.getByTestId('table-count')).toHaveText(new RegExp(`^[1-9]\\d* / ${total} 行$`));
  await p.getByTestId('table-filter').fill('白鹤滩水电站'); // '白鹤滩' alone matches every station cited by the same sentence
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await table.locator('tbody tr').first().click({ position: { x: 20, y: 6 } }); // a wide row: its centre is scrolled out of the table's box
  await expect(p.getByTestId('detail').locator('h2').first()).toContainText('白鹤滩水电站');
  await expect
    .poll(async () => {
      const m = await p.evaluate(() => (window as unknown as { __atlasMap: { getCenter: () => { lng: number; lat: number } } }).__atlasMap.getCenter());
      return Math.hypot(m.lng - 102.9, m.lat - 27.2);
    }, { timeout: 30_000 })
    .toBeLessThan(0.5);
  // the whole layer, not the filtered rows, with the plan sentence of each record
  const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download-csv').click()]);
  const csv = readFileSync((await dl.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^编号,名称,.*规划原句,坐标来源$/);
  expect(lines).toHaveLength(total + 1);
  expect(lines.find((l) => l.startsWith('hydro-baihetan,'))).toContain('开工建设金沙江白鹤滩');
  // the pointer's position in WGS84 degrees, read back against the map's own unprojection
  const box = (await p.locator('.map canvas').boundingBox())!;
  await p.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  const readout = p.getByTestId('pointer-readout');
  await expect(readout).toHaveText(/^WGS84 经度 \d+\.\d{4}°，纬度 \d+\.\d{4}°$/);
  const [lon, lat] = (await readout.innerText()).match(/\d+\.\d{4}/g)!.map(Number);
  type Handle = { __atlasMap: { unproject: (pt: [number, number]) => { lng: number; lat: number } } };
  const [want, oneRight] = await p.evaluate(([x, y]) => [0, 1].map((d) => (window as unknown as Handle).__atlasMap.unproject([x + d, y])), [box.width / 2, box.height / 3] as [number, number]);
  // within about a pixel (the mouse lands on whole device pixels; the read-out rounds to 0.0001°)
  const px = Math.abs(oneRight.lng - want.lng);
  expect(Math.abs(lon - want.lng)).toBeLessThan(1.5 * px + 0.0001);
  expect(Math.abs(lat - want.lat)).toBeLessThan(1.5 * px + 0.0001);
  expect(lon).toBeGreaterThan(73);
  expect(lon).toBeLessThan(136);
});

test('on a projector-sized map in English the whole tool hint shows (how to finish, undo, Esc) and covers no control', async ({ atlas }) => {
  const p = atlas.page;
  await p.setViewportSize({ width: 1024, height: 700 });
  await atlas.open('#v=1&c=113.0000,33.0000,5.00&l=railway&lang=en');
  await p.getByTestId('tab-analysis').click();
  const hint = p.getByTestId('draw-hint');
  for (const mode of ['polygon', 'rectangle', 'circle', 'freehand', 'linestring']) {
    await p.locator(`button[data-mode="${mode}"]`).click();
    await expect(hint).toContainText('Esc cancel');
    // nothing of it cut off (it was one line with an ellipsis: "…or pre…")
    expect(await hint.evaluate((e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight), mode).toBe(true);
    const [h, slider, map] = await Promise.all([hint.boundingBox(), p.getByTestId('time-slider').boundingBox(), p.getByTestId('map-wrap').boundingBox()]);
    expect(h!.x >= map!.x && h!.x + h!.width <= map!.x + map!.width, mode).toBe(true);
    // the time slider stays uncovered below it
    expect(h!.y + h!.height, mode).toBeLessThanOrEqual(slider!.y);
  }
});

test('the attribute table on a projector-sized window takes the map\'s width and leaves the legend and charts buttons free', async ({ atlas }) => {
  const p = atlas.page;
  await p.setViewportSize({ width: 1024, height: 700 });
  await atlas.open('#v=1&c=108.0000,33.0000,5.00&l=airport', { idle: false });
  await p.getByTestId('table-airport').click();
  const table = p.getByTestId('attribute-table');
  await expect(table).toBeVisible();
  const [box, map, legend, charts] = await Promise.all([table.boundingBox(), p.getByTestId('map-wrap').boundingBox(), p.getByTestId('legend').locator('> summary').boundingBox(), p.getByTestId('delivery-charts').locator('> summary').boundingBox()]);
  // it was 195 px wide beside an empty strip kept for the (folded) legend
  expect(box!.width).toBeGreaterThan(map!.width - 40);
  for (const b of [legend!, charts!]) expect(box!.y + box!.height).toBeLessThanOrEqual(b.y);
});

test('the attribute table by keyboard: Enter on ▤ opens it with the focus in its filter, Esc closes it and not the details, focus back on ▤', async ({ atlas }) => {
  const p = atlas.page;
  await atlas.open('#v=1&c=108.0000,33.0000,5.00&l=airport&sel=r:air-wushan', { idle: false });
  await expect(p.getByTestId('detail').locator('h2').first()).toContainText('巫山');
  const open = p.getByTestId('table-airport');
  await open.focus();
  await p.keyboard.press('Enter');
  await expect(p.getByTestId('table-filter')).toBeFocused();
  await p.keyboard.type('巫山机场');
  await expect(p.getByTestId('attribute-table').locator('tbody tr')).toHaveCount(1);
  await p.keyboard.press('Escape');
  await expect(p.getByTestId('attribute-table')).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(p.getByTestId('detail').locator('h2').first()).toContainText('巫山');
});
