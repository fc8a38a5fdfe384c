/**
 * The Indicators tab shows each target's reported outcome with its year and source, or says that
 * no outcome was found (data/indicators/outcomes.json).
 */
import { expect, test } from './fixtures';

test('the Indicators tab shows a reported outcome with its source and a "no outcome found"', async ({ atlas }) => {
  await atlas.open('#v=1&l=', { idle: false });
  const page = atlas.page;
  await page.getByTestId('tab-indicators').click();
  const row = (id: string) => page.locator(`[data-indicator="${id}"] [data-testid="outcome"]`);
  // the broadband target (90%) against the reported 100% of 2021, its page shown by title and URL as text
  await expect(row('broadband-coverage-share')).toContainText('100 % (2021)');
  await expect(row('broadband-coverage-share')).toContainText('m.cnxuanli.com/news/minsheng/33733.html');
  await expect(row('broadband-coverage-share').locator('a')).toHaveCount(0);
  // no outcome was found for the centralised water supply rate
  await expect(row('water-centralized-supply-rate')).toHaveText('未找到结果');
});
