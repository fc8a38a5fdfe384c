/**
 * Presenter tools in Chromium: filters with counts, saved views across a reload, present mode,
 * shareable links, and PNG export that is not blank where the map is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { ROOT, openAtlas, waitIdle, waitSaved, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

interface Rec { properties: { layer: string; action: string; computed: { areas: Record<string, number> } } }
const catalog = JSON.parse(readFileSync(join(ROOT, 'public/generated/catalog.json'), 'utf8')) as { features: Rec[] };

beforeAll(async () => {
  ({ harness: h, watched: w } = await openAtlas());
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const layerCount = async (page: Page, id: string) => Number(await page.locator(`label:has(input[data-layer="${id}"]) .count`).innerText());

async function openFacet(page: Page, facet: string) {
  const details = page.locator(`details:has(input[data-facet="${facet}"])`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

describe('presenter tools', () => {
  it('applies two filters and shows the remaining feature counts per layer', async () => {
    const p = w.page;
    expect(await layerCount(p, 'railway')).toBe(34);
    await openFacet(p, 'actions');
    await p.locator('input[data-facet="actions"][data-value="规划建设"]').check();
    await openFacet(p, 'areas');
    await p.locator('input[data-facet="areas"][data-value="old-shaanganning"]').check();
    const expected = catalog.features.filter((f) => f.properties.layer === 'railway' && f.properties.action === '规划建设' && (f.properties.computed.areas['old-shaanganning'] ?? 0) > 0).length;
    expect(expected).toBeGreaterThan(0);
    expect(await layerCount(p, 'railway')).toBe(expected);
    expect(await layerCount(p, 'airport')).toBe(catalog.features.filter((f) => f.properties.layer === 'airport' && f.properties.action === '规划建设').length);
    expect(await p.locator('.chip').count()).toBe(2);
    expect(await p.locator('[data-legend="railway"]').innerText()).toContain(`(${expected})`);
  });

  it('opens a copied link in a fresh page with the same filters, layers and selection', async () => {
    const p = w.page;
    await p.locator('input[data-layer="hydro-base"]').uncheck();
    const url = p.url();
    expect(url).toContain('#v=1');
    const ctx = await h.browser.newContext({ viewport: { width: 1200, height: 780 } });
    const q = await ctx.newPage();
    await q.goto(url);
    await waitIdle(q);
    expect(await q.locator('.chip').allInnerTexts()).toEqual(await p.locator('.chip').allInnerTexts());
    expect(await q.locator('input[data-layer="hydro-base"]').isChecked()).toBe(false);
    expect(await layerCount(q, 'railway')).toBe(await layerCount(p, 'railway'));
    await ctx.close();
  });

  it('opens the default map with a notice on a malformed link', async () => {
    const ctx = await h.browser.newContext({ viewport: { width: 1000, height: 700 } });
    const q = await ctx.newPage();
    await q.goto(`${h.url}#v=1&c=999,abc&l=nope`);
    await expect(q.getByTestId('notice').innerText({ timeout: 20_000 })).resolves.toMatch(/could not be read/);
    await waitIdle(q);
    expect(await q.locator('input[data-layer="railway"]').isChecked()).toBe(true);
    await ctx.close();
  });

  it('saves two views, keeps them across a reload, presents and steps between them', async () => {
    const p = w.page;
    await p.getByTestId('clear-filters').click();
    await p.getByTestId('tab-views').click();
    await p.getByTestId('view-title').fill('全国');
    await p.getByTestId('view-note').fill('全部项目');
    await p.getByTestId('add-view').click();
    await p.evaluate(() => (window as unknown as { __atlasMap: { jumpTo: (o: object) => void } }).__atlasMap.jumpTo({ center: [108.9, 36.6], zoom: 6 }));
    await openFacet(p, 'areas');
    await p.locator('input[data-facet="areas"][data-value="old-shaanganning"]').check();
    await p.getByTestId('view-title').fill('陕甘宁革命老区');
    await p.getByTestId('add-view').click();
    // views are written to IndexedDB, then listed
    await p.waitForFunction(() => document.querySelectorAll('.view-list li').length === 2, null, { timeout: 10_000 });
    await waitSaved(p);

    await p.reload();
    await waitIdle(p);
    await p.getByTestId('tab-views').click();
    await p.waitForFunction(() => document.querySelectorAll('.view-list li').length === 2, null, { timeout: 10_000 });
    expect(await p.locator('.view-list .view-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['全国', '陕甘宁革命老区']);

    await p.getByTestId('present').click();
    const caption = p.getByTestId('present-caption');
    await expect(caption.locator('h2').innerText()).resolves.toBe('全国');
    expect(await p.locator('.left').isVisible()).toBe(false);
    await p.keyboard.press('ArrowRight');
    await expect(caption.locator('h2').innerText()).resolves.toBe('陕甘宁革命老区');
    // The fly-to is animated; software WebGL draws it slowly.
    await p.waitForFunction(() => (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom() > 5.5, null, { timeout: 30_000 });
    expect(await p.locator('.chip').first().isVisible()).toBe(false); // chrome hidden while presenting
    await p.keyboard.press('ArrowLeft');
    await expect(caption.locator('h2').innerText()).resolves.toBe('全国');
    await p.keyboard.press('Escape');
    expect(await p.getByTestId('present-caption').count()).toBe(0);
    expect(await p.locator('.left').isVisible()).toBe(true);
  });

  it('exports a 2× PNG with title and legend, not blank where the map is', async () => {
    const p = w.page;
    await p.reload();
    await waitIdle(p);
    const css = await p.evaluate(() => {
      const c = document.querySelector('.map canvas') as HTMLCanvasElement;
      return { w: c.clientWidth, h: c.clientHeight };
    });
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-png-2').click()]);
    const file = join(ROOT, 'test-results', 'export@2x.png');
    await download.saveAs(file);
    const png = PNG.sync.read(readFileSync(file));
    expect(png.width).toBe(css.w * 2);
    expect(png.height).toBe((css.h + 54 + 26) * 2);
    // Sample the map area (below the 54 px header): many colours, few transparent pixels.
    const seen = new Set<number>();
    let transparent = 0;
    let n = 0;
    for (let y = 60 * 2; y < (54 + css.h) * 2; y += 7) {
      for (let x = 0; x < png.width; x += 7) {
        const i = (y * png.width + x) * 4;
        n++;
        if (png.data[i + 3] < 255) transparent++;
        seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
      }
    }
    expect(transparent / n).toBeLessThan(0.001);
    expect(seen.size).toBeGreaterThan(100);
  });

  it('made no request beyond localhost and logged no console error', () => {
    expect(w.outsideRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});
