/**
 * Reading the map in either language (issue 16 items 7, 8, 13, 14): a language round trip without
 * reload.
 */
import { expect, test } from './fixtures';

test('language round trip: project labels and the detail panel follow zh → en → zh without reload; en names actions and via stations', async ({ atlas }) => {
  await atlas.open('#v=1&c=102.9000,27.0000,7.20&l=hydro-station,hydro-base,railway&sel=r:base-jinsha');
  const page = atlas.page;
  const labels = () => page.evaluate(() => window.__atlasMap!.renderedNames('project-labels'));
  const detail = page.getByTestId('detail');
  await expect.poll(labels).toContain('白鹤滩水电站');
  await expect(detail.locator('h2').first()).toHaveText('金沙江水电基地');
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(labels).toContain('Baihetan Hydropower Station');
  await expect(detail.locator('h2').first()).toContainText('Jinsha');
  // the plan's action and the via stations are in English too (transliterated where no English name was authored)
  await expect(detail.getByTestId('action')).toHaveText('Speed up progress');
  await expect(detail.getByTestId('via')).toContainText('Baihetan → Jinshajiang (Butuo County–');
  await expect(detail.getByTestId('via')).not.toContainText('白鹤滩');
  await expect(detail.getByTestId('prefectures')).toContainText('Liangshanyizu Autonomous Prefecture');
  await page.getByRole('button', { name: '中文' }).click();
  await expect.poll(labels).toContain('白鹤滩水电站');
  await expect.poll(labels).not.toContain('Baihetan Hydropower Station');
  await expect(detail.locator('h2').first()).toHaveText('金沙江水电基地');
  await expect(detail.getByTestId('action')).toHaveText('加快推进');
  await expect(detail.getByTestId('via')).toContainText('白鹤滩 → 金沙江(布拖县');
});
