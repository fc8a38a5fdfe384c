/**
 * Analyst tools in Chromium: draw a rectangle with the mouse, read the report from the worker,
 * export the CSV and check its content; filter the map to the region; measure a line.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PROJECT_LAYERS, expect, test } from './fixtures';

/** Open the atlas over central China (113°E 33°N, zoom 5) and draw a rectangle of ~30% of the view. */
async function drawRectangle(atlas: { open: (h: string) => Promise<void>; page: Page }) {
  const p = atlas.page;
  await atlas.open(`#v=1&c=113.0000,33.0000,5.00&${PROJECT_LAYERS}`);
  await p.getByTestId('tab-analysis').click();
  await p.locator('button[data-mode="rectangle"]').click();
  const box = (await p.locator('.map canvas').boundingBox())!;
  const [x0, y0, x1, y1] = [box.x + box.width * 0.3, box.y + box.height * 0.3, box.x + box.width * 0.6, box.y + box.height * 0.6];
  await p.mouse.click(x0, y0);
  await p.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 5 });
  await p.mouse.move(x1, y1, { steps: 5 });
  await p.mouse.click(x1, y1);
  await expect(p.getByTestId('report-counties')).toHaveText(/^\d+$/, { timeout: 60_000 });
}

const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/,/g, ''));

test('draws a rectangle and reads the county count and km of railway from the report and its CSV', async ({ atlas }) => {
  const p = atlas.page;
  await drawRectangle(atlas);
  const counties = await num(p, 'report-counties');
  const railKm = await num(p, 'report-rail-km');
  // a rectangle of ~30% of the view around 113°E 33°N at zoom 5 spans several hundred km
  expect(counties).toBeGreaterThan(50);
  expect(railKm).toBeGreaterThan(100);
  await expect(p.getByTestId('readout')).toContainText(/km²/);
  // drawing did not select anything on the map
  expect(await p.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'))).toBeNull();

  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('section,region');
  expect(lines.find((l) => l.startsWith('counties,'))).toBe(`counties,${counties}`);
  expect(lines.filter((l) => l.startsWith('county,'))).toHaveLength(counties);
  const rail = lines.find((l) => l.startsWith('layer,railway,'))!.split(',');
  expect(Math.abs(Number(rail[4]) - railKm)).toBeLessThan(0.1);
  expect(csv).toMatch(/county,\d{6},[\u4e00-\u9fff]+/); // Chinese names survive the round trip
});

test('filters the map to the drawn region and says how many features each layer keeps', async ({ atlas }) => {
  const p = atlas.page;
  await drawRectangle(atlas);
  const railways = p.locator('label:has(input[data-layer="railway"]) .count');
  const before = Number(await railways.innerText());
  await p.getByTestId('region-filter').check();
  await expect.poll(async () => Number(await railways.innerText())).toBeLessThan(before);
  expect(Number(await railways.innerText())).toBeGreaterThan(0);
  await p.getByTestId('region-filter').uncheck();
  await expect(railways).toHaveText(String(before));
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
