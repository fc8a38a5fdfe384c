/**
 * Map labels in English (issue 16 item 7): Latin is drawn from the shipped SDF glyphs
 * (public/fonts, scripts/make-glyphs.ts) instead of glyphs MapLibre rasterises on whole pixels,
 * CJK still with the browser's fonts; county names follow the language without a reload.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const HAN = /[\u4e00-\u9fff]/;
const texts = (page: Page, layer: string) => page.evaluate((id) => window.__atlasMap!.renderedTexts(id), layer);

test('English labels at zoom 7 are drawn from the shipped Latin glyph ranges, no CJK range fetched; county names follow the language without reload', async ({ atlas }) => {
  const page = atlas.page;
  const glyphs: { url: string; status: number }[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/fonts/')) glyphs.push({ url: decodeURIComponent(new URL(r.url()).pathname), status: r.status() });
  });
  // the basemap alone (no plan layers), 成都 and 德阳
  await atlas.open('#v=1&c=104.0000,30.6000,7.00&l=&lang=en');
  await page.mouse.move(2, 2);
  await expect.poll(() => texts(page, 'prefecture-label')).toContain('Chengdu City');
  const county = () => texts(page, 'county-label');
  const en = await county();
  expect(en).toContain('Guanghan City');
  expect(en.length).toBeGreaterThan(3);
  expect(en.filter((t) => HAN.test(t))).toEqual([]);
  expect(glyphs).toContainEqual({ url: '/fonts/Noto Sans Regular/0-255.pbf', status: 200 });
  expect(glyphs.filter((g) => g.status !== 200)).toEqual([]);
  // every range fetched is a Latin one (below U+2E80): CJK is drawn locally
  for (const g of glyphs) expect(Number(/\/(\d+)-\d+\.pbf$/.exec(g.url)?.[1]), g.url).toBeLessThan(0x2e80);
  await atlas.idle();
  // the map canvas as drawn (read in the page): no panel or overlay of the page in the picture;
  // the first picture after the fresh load, before any language switch
  const url = await page.evaluate(() => (document.querySelector('.map canvas') as HTMLCanvasElement).toDataURL('image/png'));
  expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')).toMatchSnapshot('labels-en-z7.png');
  // to Chinese and back without reload: county names in Han only, then transliterated again
  await page.getByRole('button', { name: '中文' }).click();
  await expect.poll(county).toContain('广汉市');
  expect((await county()).filter((t) => !HAN.test(t))).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(county).toContain('Guanghan City');
  expect((await county()).filter((t) => HAN.test(t))).toEqual([]);
});
