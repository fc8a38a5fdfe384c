/**
 * Analyst tools in Chromium: draw a rectangle with the mouse, read the report from the worker,
 * export the CSV and check its content; a refused region keeps the drawing and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openAtlas, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  ({ harness: h, watched: w } = await openAtlas('#v=1&c=113.0000,33.0000,5.00'));
}, 240_000);

afterAll(async () => {
  await h?.close();
});

describe('analyst tools', () => {
  it('draws a rectangle with the mouse and reads the county count and km of railway from the report', async () => {
    const p = w.page;
    await p.getByTestId('tab-analysis').click();
    await p.locator('button[data-mode="rectangle"]').click();
    const box = (await p.locator('.map canvas').boundingBox())!;
    const [x0, y0, x1, y1] = [box.x + box.width * 0.3, box.y + box.height * 0.3, box.x + box.width * 0.6, box.y + box.height * 0.6];
    await p.mouse.click(x0, y0);
    await p.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 5 });
    await p.mouse.move(x1, y1, { steps: 5 });
    await p.mouse.click(x1, y1);
    const counties = Number(await p.getByTestId('report-counties').innerText({ timeout: 90_000 }));
    const railKm = Number((await p.getByTestId('report-rail-km').innerText()).replace(/,/g, ''));
    // A rectangle of ~30% of the view around 113°E 33°N at zoom 5 spans several hundred km.
    expect(counties).toBeGreaterThan(50);
    expect(railKm).toBeGreaterThan(100);
    const area = await p.getByTestId('readout').innerText();
    expect(area).toMatch(/km²/);
    // The drawing did not select anything on the map.
    expect(await p.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'))).toBeNull();

    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-csv').click()]);
    const file = join(ROOT, 'test-results', 'report.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('section,region');
    expect(lines.find((l) => l.startsWith('counties,'))).toBe(`counties,${counties}`);
    expect(lines.filter((l) => l.startsWith('county,'))).toHaveLength(counties);
    const rail = lines.find((l) => l.startsWith('layer,railway,'))!.split(',');
    expect(Math.abs(Number(rail[4]) - railKm)).toBeLessThan(0.1);
    // Chinese names survive the round trip.
    expect(csv).toMatch(/county,\d{6},[\u4e00-\u9fff]+/);
  });

  it('filters the map to the region and says how many features each layer keeps', async () => {
    const p = w.page;
    const before = Number(await p.locator('label:has(input[data-layer="railway"]) .count').innerText());
    await p.getByTestId('region-filter').check();
    const after = Number(await p.locator('label:has(input[data-layer="railway"]) .count').innerText());
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    await p.getByTestId('region-filter').uncheck();
  });

  it('measures a line with the measure tool (geodesic km)', async () => {
    const p = w.page;
    await p.locator('button[data-mode="linestring"]').click();
    const box = (await p.locator('.map canvas').boundingBox())!;
    const a = { x: box.x + box.width * 0.2, y: box.y + box.height * 0.8 };
    const b = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.8 };
    await p.mouse.click(a.x, a.y);
    await p.mouse.move(b.x, b.y, { steps: 5 });
    await p.mouse.click(b.x, b.y);
    await p.mouse.click(b.x, b.y);
    const km = Number((await p.getByTestId('line-km').innerText({ timeout: 20_000 })).replace(/[^\d.]/g, ''));
    const expected = await p.evaluate(([pa, pb]) => {
      const m = (window as unknown as { __atlasMap: { unproject: (p: [number, number]) => { lng: number; lat: number }; getCanvas: () => HTMLCanvasElement } }).__atlasMap;
      const r = m.getCanvas().getBoundingClientRect();
      const u = m.unproject([pa.x - r.left, pa.y - r.top]);
      const v = m.unproject([pb.x - r.left, pb.y - r.top]);
      const rad = Math.PI / 180;
      const hav = Math.sin(((v.lat - u.lat) * rad) / 2) ** 2 + Math.cos(u.lat * rad) * Math.cos(v.lat * rad) * Math.sin(((v.lng - u.lng) * rad) / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.sqrt(hav));
    }, [a, b] as const);
    expect(Math.abs(km - expected) / expected).toBeLessThan(0.01);
  });

  it('made no request beyond localhost and logged no console error', () => {
    expect(w.outsideRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});
