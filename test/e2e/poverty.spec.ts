/** The 贫困县 layer (issue 13): on by default, legend with exit batches and date rule, detail facts with evidence, data status. */
import { expect, test } from './fixtures';

test('the poverty-county layer is on by default, its legend keys the exit batches and says how exit years are dated', async ({ atlas }) => {
  await atlas.open('');
  await expect(atlas.page.locator('.layer-panel input[type=checkbox]').nth(1)).toBeChecked();
  const entry = atlas.page.locator('[data-legend="poverty-counties"]');
  await expect(entry).toContainText('贫困县（按退出批次）');
  await expect(entry).toContainText('(830)');
  await expect(entry).toContainText('申请退出的批次年份');
  await expect(entry.locator('.area-keys li')).toHaveText([2016, 2017, 2018, 2019, 2020].map((y) => `贫困县（${y}年退出批次）`));
});

test('clicking a poverty county shows its designation, 片区 and exit batch, each with its evidence', async ({ atlas }) => {
  // 镇雄县 (昭通): seat 104.87, 27.44; only the poverty layer drawn
  await atlas.open('#v=1&c=104.8700,27.4400,8.00&l=poverty-counties');
  const at = await atlas.screenOf([104.87, 27.44]);
  await atlas.page.mouse.click(at.x, at.y);
  await expect(atlas.page.getByTestId('detail-name')).toHaveText('镇雄县');
  const facts = atlas.page.getByTestId('poverty-facts');
  await expect(facts).toHaveAttribute('data-poverty', 'yes');
  await expect(atlas.page.getByTestId('poverty-summary')).toHaveText(/乌蒙山区.*2020年退出/);
  await expect(facts.locator('[data-evidence]')).toHaveCount(4);
  await expect(facts).toContainText('网页原文');
});

test('the data-status table under the legend counts the 832 by evidence level', async ({ atlas }) => {
  await atlas.open('', { idle: false });
  // the legend starts folded on the test's small window (issue 17)
  await atlas.page.locator('.legend > summary').click();
  const status = atlas.page.getByTestId('poverty-status');
  await status.locator('summary').click();
  const total = status.locator('tr[data-province="total"]');
  await expect(total.locator('th').nth(1)).toHaveText('832');
  await expect(status.locator('tr[data-province="云南省"] td').nth(1)).toHaveText('88');
});
