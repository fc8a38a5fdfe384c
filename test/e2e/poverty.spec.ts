/** The 贫困县 layer (issue 13): on by default, legend with exit batches and date rule, data status, a county clicked in it marked as selected, detail facts with evidence. */
import { expect, test } from './fixtures';

test('the poverty-county layer is on by default; its legend keys the exit batches, says how exit years are dated and counts the 832 by evidence level', async ({ atlas }) => {
  // the legend and its table are read from the data, not from the map: no wait for the first map
  await atlas.open('', { idle: false });
  await expect(atlas.page.locator('.layer-panel input[type=checkbox]').nth(1)).toBeChecked();
  const entry = atlas.page.locator('[data-legend="poverty-counties"]');
  await expect(entry).toContainText('贫困县（按退出批次）');
  await expect(entry).toContainText('(830)');
  await expect(entry).toContainText('申请退出的批次年份');
  await expect(entry.locator('.area-keys li')).toHaveText([2016, 2017, 2018, 2019, 2020].map((y) => `贫困县（${y}年退出批次）`));
  // the data-status table under the legend; the legend starts folded on the test's small window (issue 17)
  await atlas.page.locator('.legend > summary').click();
  const status = atlas.page.getByTestId('poverty-status');
  await status.locator('summary').click();
  const total = status.locator('tr[data-province="total"]');
  await expect(total.locator('th').nth(1)).toHaveText('832');
  await expect(status.locator('tr[data-province="云南省"] td').nth(1)).toHaveText('88');
  // every column is in view, in English too (the legend's 210 px cut off the 'from recollection' column)
  const fits = () => status.evaluate((el) => el.querySelector('table')!.getBoundingClientRect().right <= el.getBoundingClientRect().right + 0.5);
  expect(await fits()).toBe(true);
  await atlas.page.getByRole('button', { name: 'English' }).click();
  await expect(total.locator('th').first()).toHaveText('Total');
  await expect(status.locator('th[data-total="recollection"]')).toBeVisible();
  expect(await fits()).toBe(true);
});

test('a county clicked inside the poverty layer is marked as selected; a poverty county shows its designation, 片区 and exit batch, each with its evidence', async ({ atlas }) => {
  // only the poverty layer drawn (it is on by default): a click there selects the county as part of its area
  await atlas.open('#v=1&c=109.9000,31.1000,8.00&l=poverty-counties');
  const p = atlas.page;
  const wushan = await atlas.screenOf([109.95, 31.3]); // inside 巫山县, off its labels and lines
  await p.mouse.click(wushan.x, wushan.y);
  await expect(p.getByTestId('detail').locator('h2').first()).toHaveText('巫山县');
  await p.mouse.move(5, 5); // off the map: no hover left
  await expect.poll(() => p.evaluate(() => window.__atlasMap!.countyState('500237'))).toEqual({ selected: true });
  await expect.poll(() => p.evaluate(() => window.__atlasMap!.renderedCount(['county-selected']))).toBeGreaterThan(0);
  // 镇雄县 (昭通): seat 104.87, 27.44
  await atlas.jumpTo([104.87, 27.44], 8);
  const zhenxiong = await atlas.screenOf([104.87, 27.44]);
  await p.mouse.click(zhenxiong.x, zhenxiong.y);
  await expect(p.getByTestId('detail-name')).toHaveText('镇雄县');
  const facts = p.getByTestId('poverty-facts');
  await expect(facts).toHaveAttribute('data-poverty', 'yes');
  await expect(p.getByTestId('poverty-summary')).toHaveText(/乌蒙山区.*2020年退出/);
  await expect(facts.locator('[data-evidence]')).toHaveCount(4);
  await expect(facts).toContainText('网页原文');
});
