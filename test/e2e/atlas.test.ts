/**
 * The atlas in Chromium against the production build: it draws, offline, toggles a layer, shows
 * names on hover and details on click, and says so when its data cannot be loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, openAtlas, screenOf, waitIdle, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  ({ harness: h, watched: w } = await openAtlas());
}, 240_000);

afterAll(async () => {
  await h?.close();
});

/** Share of sampled map pixels that differ from the sea colour, and the number of distinct colours. */
async function canvasStats(page: Page): Promise<{ distinct: number; nonSea: number }> {
  return page.evaluate(() => {
    const src = document.querySelector('.map canvas') as HTMLCanvasElement;
    const c = document.createElement('canvas');
    c.width = 200;
    c.height = 150;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, 200, 150);
    const px = ctx.getImageData(0, 0, 200, 150).data;
    const seen = new Set<number>();
    let nonSea = 0;
    for (let i = 0; i < px.length; i += 4) {
      seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      if (Math.abs(px[i] - 0xcf) + Math.abs(px[i + 1] - 0xe0) + Math.abs(px[i + 2] - 0xea) > 24) nonSea++;
    }
    return { distinct: seen.size, nonSea: nonSea / (px.length / 4) };
  });
}

async function jumpTo(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(() => delete document.body.dataset.map);
  await page.evaluate(([c, z]) => (window as unknown as { __atlasMap: { jumpTo: (o: object) => void } }).__atlasMap.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
  await waitIdle(page);
}

describe('atlas in Chromium (production build)', () => {
  it('draws a map that is not blank', async () => {
    const s = await canvasStats(w.page);
    expect(s.distinct).toBeGreaterThan(50);
    expect(s.nonSea).toBeGreaterThan(0.3);
    await w.page.screenshot({ path: join(ROOT, 'test-results', 'atlas-home.png') });
  });

  it('lists layers from the registry and toggles one, updating the legend and the map', async () => {
    const railway = w.page.locator('input[data-layer="railway"]');
    await expect(railway.isChecked()).resolves.toBe(true);
    const legendBefore = await w.page.locator('.legend').innerText();
    expect(legendBefore).toContain('铁路');
    const before = await w.page.locator('.map canvas').screenshot();
    await railway.uncheck();
    await w.page.waitForTimeout(300);
    await w.page.evaluate(() => (window as unknown as { __atlasMap: { triggerRepaint: () => void } }).__atlasMap.triggerRepaint());
    await w.page.waitForTimeout(500);
    const after = await w.page.locator('.map canvas').screenshot();
    expect(Buffer.compare(before, after)).not.toBe(0);
    expect(await w.page.locator('.legend').innerText()).not.toContain('铁路');
    await railway.check();
    expect(await w.page.locator('.legend').innerText()).toContain('铁路');
  });

  it('clicks a county and reads its name in the detail panel', async () => {
    // 哈尔滨 道里区: seat 126.62, 45.76; far from every plan layer drawn by default.
    await jumpTo(w.page, [126.62, 45.72], 8);
    const at = await screenOf(w.page, [126.55, 45.7]);
    await w.page.mouse.click(at.x, at.y);
    await expect(w.page.getByTestId('detail-name').innerText({ timeout: 5000 })).resolves.toBe('道里区');
    const detail = await w.page.getByTestId('detail').innerText();
    expect(detail).toContain('230102');
    expect(detail).toContain('哈尔滨市');
  });

  it('hovers an airport to see its name, clicks it for the plan sentence that names it', async () => {
    const catalog = JSON.parse(readFileSync(join(ROOT, 'public/generated/catalog.json'), 'utf8'));
    const wushan = catalog.features.find((f: { properties: { id: string } }) => f.properties.id === 'air-wushan');
    await jumpTo(w.page, wushan.geometry.coordinates, 7);
    const at = await screenOf(w.page, wushan.geometry.coordinates);
    await w.page.mouse.move(at.x, at.y);
    await expect(w.page.locator('.tooltip').innerText({ timeout: 5000 })).resolves.toContain('巫山');
    await w.page.mouse.click(at.x, at.y);
    // The 郑州至万州 railway passes the airport: a click on both lists them to choose from.
    const list = w.page.getByTestId('picklist');
    if (await list.isVisible()) {
      expect(await list.innerText()).toContain('郑州至万州');
      await list.getByRole('menuitem', { name: /巫山机场/ }).click();
    }
    const detail = w.page.getByTestId('detail');
    await expect(detail.locator('h2').first().innerText()).resolves.toContain('巫山');
    await expect(detail.locator('mark').innerText()).resolves.toBe(wushan.properties.citation.quote);
    expect(await detail.locator('figcaption').innerText()).toContain('专栏17');
    await w.page.screenshot({ path: join(ROOT, 'test-results', 'atlas-airport.png') });
    await w.page.keyboard.press('Escape');
    await expect(w.page.getByTestId('detail').count()).resolves.toBe(0);
  });

  it('made no request beyond localhost and logged no console error', () => {
    expect(w.outsideRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });

  it('says so when the generated data cannot be loaded, instead of staying blank', async () => {
    const x = await watchedPage(h);
    await x.page.route('**/generated/catalog.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await x.page.goto(h.url);
    const alert = x.page.getByRole('alert');
    await expect(alert.innerText({ timeout: 20_000 })).resolves.toContain('catalog.json');
    expect(await alert.innerText()).toContain('npm run data');
    await x.page.close();
  });
});
