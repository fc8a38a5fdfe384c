/**
 * Planner tools in Chromium: search by Chinese and pinyin, the plan text beside the map with
 * links both ways, and a county's memberships.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, openAtlas, screenOf, waitIdle, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  ({ harness: h, watched: w } = await openAtlas());
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const selected = (page: Page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));

async function searchAndChoose(page: Page, q: string): Promise<string> {
  const box = page.getByTestId('search');
  await box.fill('');
  await box.fill(q);
  const first = page.locator('[data-testid="search-results"] [role="option"]').first();
  const label = await first.innerText({ timeout: 15_000 });
  await box.press('Enter');
  return label;
}


describe('planner tools', () => {
  it('finds 白鹤滩 by Chinese name and by pinyin, and lands on the station', async () => {
    const p = w.page;
    expect(await searchAndChoose(p, '白鹤滩')).toContain('白鹤滩水电站');
    await expect(p.getByTestId('detail').locator('h2').first().innerText()).resolves.toContain('白鹤滩水电站');
    expect(await selected(p)).toBe('r:hydro-baihetan');
    await p.getByTestId('detail').locator('button.close').click();
    expect(await searchAndChoose(p, 'baihetan')).toContain('白鹤滩');
    expect(await selected(p)).toBe('r:hydro-baihetan');
    expect(await searchAndChoose(p, 'bht')).toContain('白鹤滩');
    // the camera flew to the station
    await p.waitForFunction(() => (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom() > 6, null, { timeout: 30_000 });
  });

  it('tells same-named counties apart', async () => {
    const box = w.page.getByTestId('search');
    await box.fill('朝阳区');
    const labels = await w.page.locator('[data-testid="search-results"] [role="option"] .r-name').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(['朝阳区 · 北京市', '朝阳区 · 长春市']));
    await box.press('Escape');
  });

  it('selects a railway from its link in the plan text', async () => {
    const p = w.page;
    await p.getByTestId('tab-document').click();
    const link = p.locator('[data-testid="document"] button[data-link="rail-yinchuan-xian"]');
    await expect(link.innerText()).resolves.toBe('银川至西安');
    await link.click();
    expect(await selected(p)).toBe('r:rail-yinchuan-xian');
    expect((await p.locator('[data-testid="document"] .hl').allInnerTexts()).join('')).toContain('银川至西安');
  });

  it('scrolls the plan text to the sentence of an airport clicked on the map', async () => {
    const p = w.page;
    const catalog = JSON.parse(readFileSync(join(ROOT, 'public/generated/catalog.json'), 'utf8'));
    const air = catalog.features.find((f: { properties: { id: string } }) => f.properties.id === 'air-xining');
    await p.evaluate(() => delete document.body.dataset.map);
    await p.evaluate((c) => (window as unknown as { __atlasMap: { jumpTo: (o: object) => void } }).__atlasMap.jumpTo({ center: c, zoom: 8 }), air.geometry.coordinates);
    await waitIdle(p);
    const doc = p.getByTestId('document');
    await doc.evaluate((el) => el.parentElement!.scrollTo(0, 0));
    const at = await screenOf(p, air.geometry.coordinates);
    await p.mouse.click(at.x, at.y);
    expect(await selected(p)).toBe('r:air-xining');
    const hl = doc.locator('.hl').first();
    await hl.waitFor();
    expect((await doc.locator('.hl').allInnerTexts()).join('')).toMatch(/西宁等机场改扩建/);
    // the highlighted sentence is inside the visible part of the panel
    await p.waitForTimeout(300);
    const box = await hl.boundingBox();
    const view = await doc.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON() as { top: number; bottom: number });
    expect(box!.y).toBeGreaterThanOrEqual(view.top - 1);
    expect(box!.y).toBeLessThanOrEqual(view.bottom);
  });

  it("opens a county's detail and reads its special-area memberships and nearby projects", async () => {
    const p = w.page;
    expect(await searchAndChoose(p, '金寨县')).toContain('金寨县');
    await p.getByRole('tab').first().click();
    const detail = p.getByTestId('detail');
    await expect(detail.getByTestId('detail-name').innerText()).resolves.toBe('金寨县');
    const text = await detail.innerText();
    expect(text).toContain('大别山革命老区');
    expect(text).toContain('341524');
  });

  it('made no request beyond localhost and logged no console error', () => {
    expect(w.outsideRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});
