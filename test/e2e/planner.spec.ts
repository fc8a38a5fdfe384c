/**
 * Planner tools in Chromium: search by Chinese and pinyin, the plan text beside the map with
 * links both ways, and a county's memberships.
 */
import type { Page } from '@playwright/test';
import { PROJECT_LAYERS, expect, test } from './fixtures';
import { pointOf } from './catalog';

const selected = (page: Page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));

/** Type `q` in the search box, wait for the first result, choose it with Enter; returns its label. */
async function searchAndChoose(page: Page, q: string): Promise<string> {
  const box = page.getByTestId('search');
  await box.fill(q);
  const first = page.locator('[data-testid="search-results"] [role="option"]').first();
  await expect(first).toBeVisible();
  const label = await first.innerText();
  await box.press('Enter');
  return label;
}

test('finds 白鹤滩 by "白鹤滩", "baihetan" and "bht" and lands on the station', async ({ atlas }) => {
  await atlas.open(`#v=1&${PROJECT_LAYERS}`, { idle: false });
  const box = atlas.page.getByTestId('search');
  const first = atlas.page.locator('[data-testid="search-results"] [role="option"]').first();
  // Chinese, full pinyin and initials each put the station first
  for (const q of ['白鹤滩', 'baihetan']) {
    await box.fill('');
    await expect(first).toBeHidden();
    await box.fill(q);
    await expect(first).toContainText('白鹤滩');
  }
  expect(await searchAndChoose(atlas.page, 'bht')).toContain('白鹤滩');
  await expect(atlas.page.getByTestId('detail').locator('h2').first()).toContainText('白鹤滩水电站');
  await expect.poll(() => selected(atlas.page)).toBe('r:hydro-baihetan');
  // the camera flew to the station
  const at = pointOf('hydro-baihetan');
  await expect
    .poll(() => atlas.page.evaluate(() => (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom()), { timeout: 30_000 })
    .toBeGreaterThan(6);
  await expect.poll(async () => {
    const m = await atlas.page.evaluate(() => (window as unknown as { __atlasMap: { getCenter: () => { lng: number; lat: number } } }).__atlasMap.getCenter());
    return Math.hypot(m.lng - at[0], m.lat - at[1]);
  }).toBeLessThan(0.5);
});

test('scrolls the plan text to the sentence of an airport clicked on the map, and selects a railway from its link there', async ({ atlas }) => {
  const air = pointOf('air-xining');
  await atlas.open(`#v=1&c=${air[0].toFixed(4)},${air[1].toFixed(4)},8.00&l=airport`);
  await atlas.page.getByTestId('tab-document').click();
  const doc = atlas.page.getByTestId('document');
  await doc.evaluate((el) => el.parentElement!.scrollTo(0, 0));
  const at = await atlas.screenOf(air);
  await atlas.page.mouse.click(at.x, at.y);
  await expect.poll(() => selected(atlas.page)).toBe('r:air-xining');
  const hl = doc.locator('.hl').first();
  await expect.poll(async () => (await doc.locator('.hl').allInnerTexts()).join('')).toMatch(/西宁等机场改扩建/);
  // the highlighted sentence is scrolled into the visible part of the panel
  await expect
    .poll(async () => {
      const box = (await hl.boundingBox())!;
      const view = await doc.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON() as { top: number; bottom: number });
      return box.y >= view.top - 1 && box.y <= view.bottom;
    })
    .toBe(true);
  // and the other way: a link in the text selects its project
  const link = doc.locator('button[data-link="rail-yinchuan-xian"]');
  await expect(link).toHaveText('银川至西安');
  await link.click();
  await expect.poll(() => selected(atlas.page)).toBe('r:rail-yinchuan-xian');
  // the sentence is highlighted in pieces around the links it holds
  await expect.poll(async () => (await doc.locator('.hl').allInnerTexts()).join('')).toContain('银川至西安');
});

test("tells same-named counties apart, and opens a county's detail with its special-area memberships and adcode", async ({ atlas }) => {
  await atlas.open(`#v=1&${PROJECT_LAYERS}`, { idle: false });
  const box = atlas.page.getByTestId('search');
  await box.fill('朝阳区');
  const names = atlas.page.locator('[data-testid="search-results"] [role="option"] .r-name');
  await expect(names.filter({ hasText: '朝阳区 · 北京市' })).toHaveCount(1);
  await expect(names.filter({ hasText: '朝阳区 · 长春市' })).toHaveCount(1);
  await box.press('Escape');
  await expect(atlas.page.getByTestId('search-results')).toBeHidden();
  expect(await searchAndChoose(atlas.page, '金寨县')).toContain('金寨县');
  const detail = atlas.page.getByTestId('detail');
  await expect(detail.getByTestId('detail-name')).toHaveText('金寨县');
  await expect(detail).toContainText('大别山革命老区');
  await expect(detail).toContainText('341524');
  // 四省藏区 is a plan region and a contiguous destitute area: each is named with its group, not twice alike
  expect(await searchAndChoose(atlas.page, '红原县')).toContain('红原县');
  await expect(detail.getByTestId('detail-name')).toHaveText('红原县');
  await expect(detail).toContainText('四省藏区（集中连片特困地区）');
  await expect(detail).toContainText('四省藏区（规划特殊支持地区');
  await expect(detail).not.toContainText('四省藏区、四省藏区');
});
