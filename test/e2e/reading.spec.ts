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
  // the counties it crosses too, transliterated and said so (they were Chinese in English)
  await expect(detail.getByTestId('reach')).toContainText('Butuo County');
  await expect(detail.getByTestId('reach')).toContainText('(place names transliterated)');
  await expect(detail.getByTestId('reach')).not.toContainText('布拖');
  await page.getByRole('button', { name: '中文' }).click();
  await expect.poll(labels).toContain('白鹤滩水电站');
  await expect.poll(labels).not.toContain('Baihetan Hydropower Station');
  await expect(detail.locator('h2').first()).toHaveText('金沙江水电基地');
  await expect(detail.getByTestId('action')).toHaveText('加快推进');
  await expect(detail.getByTestId('via')).toContainText('白鹤滩 → 金沙江(布拖县');
  await expect(detail.getByTestId('reach')).toContainText('布拖县');
});

test('filters: counts follow the other facets, "show matching layers" turns on cbm, gas and shale gas, "zoom to matches" moves the map there', async ({ atlas }) => {
  // looking at Anhui with only the default layers; the facets are read from the data, not the map: no wait for the first map
  await atlas.open('#v=1&c=117.2000,31.8000,7.00', { idle: false });
  const page = atlas.page;
  const facet = async (f: string) => {
    const d = page.locator(`details:has(input[data-facet="${f}"])`);
    if ((await d.getAttribute('open')) === null) await d.locator('summary').click();
  };
  const count = (f: string, v: string) => page.locator(`label:has(input[data-facet="${f}"][data-value="${v}"]) .count`);
  await facet('categories');
  await facet('provinces');
  const sichuanAll = Number(await count('provinces', '四川省').textContent());
  await page.locator('input[data-facet="categories"][data-value="energy"]').check();
  // the province counts now count energy projects only
  await expect.poll(async () => Number(await count('provinces', '四川省').textContent())).toBeLessThan(sichuanAll);
  await page.locator('input[data-facet="provinces"][data-value="四川省"]').check();
  await page.locator('input[data-facet="provinces"][data-value="云南省"]').check();
  for (const id of ['cbm', 'gas-pipeline', 'shale-gas']) await expect(page.locator(`input[data-layer="${id}"]`)).not.toBeChecked();
  const others = ['railway', 'highway', 'irrigation'];
  const before = await Promise.all(others.map((id) => page.locator(`input[data-layer="${id}"]`).isChecked()));
  await page.getByTestId('show-matching-layers').click();
  for (const id of ['cbm', 'gas-pipeline', 'shale-gas']) await expect(page.locator(`input[data-layer="${id}"]`)).toBeChecked();
  // layers without a match are left as they were
  expect(await Promise.all(others.map((id) => page.locator(`input[data-layer="${id}"]`).isChecked()))).toEqual(before);
  await page.getByTestId('zoom-to-matches').click();
  // the map moves from Anhui (117°E) to south-west China
  await expect.poll(() => page.evaluate(() => window.__atlasMap!.getCenter().lng), { timeout: 20_000 }).toBeLessThan(108);
});

test('a loading state shows over the map until it is first drawn, without blocking the panels', async ({ atlas }) => {
  await atlas.open('#v=1', { idle: false });
  const page = atlas.page;
  const loading = page.getByTestId('map-loading');
  // before the first idle: the indicator is there (data progress, then drawing) and the panels work
  await expect(page.locator('body[data-map="idle"]')).not.toBeAttached();
  await expect(loading).toBeVisible();
  await expect(loading).toHaveText(/正在绘制地图|正在载入地图数据：\d+\/\d+ 个文件/);
  await expect(loading).toHaveCSS('pointer-events', 'none');
  // gone once the map is idle
  await expect(page.locator('body[data-map="idle"]')).toBeAttached({ timeout: 80_000 });
  await expect(loading).toHaveCount(0);
});

test('poverty-county facet: designation, 片区 and exit year narrow the 贫困县 layer, with counts; the special-area pick list is grouped by kind, each area once, with its defining document', async ({ atlas }) => {
  // facets and the pick list are read from the data: no wait for the first map
  await atlas.open('#v=1', { idle: false });
  const page = atlas.page;
  const layerCount = () => page.locator('label:has(input[data-layer="poverty-counties"]) .count').textContent().then(Number);
  const count = (v: string) => page.locator(`label:has(input[data-facet="poverty"][data-value="${v}"]) .count`);
  const d = page.locator('details:has(input[data-facet="poverty"])');
  await d.locator('summary').click();
  const all = await layerCount();
  expect(all).toBeGreaterThan(800);
  const units2020 = Number(await count('2020').textContent());
  await page.locator('input[data-facet="poverty"][data-value="2020"]').check();
  // the layer draws the 2020 batch only (map units; 海西's three 行委 are one, so at most the facet's count)
  await expect.poll(layerCount).toBeLessThan(all);
  const n2020 = await layerCount();
  expect(n2020).toBeGreaterThan(0);
  expect(n2020).toBeLessThanOrEqual(units2020);
  // designations are now counted among the 2020 batch; ticking 片区县 narrows the layer further
  const pianqu2020 = Number(await count('pianqu').textContent());
  expect(pianqu2020).toBeLessThanOrEqual(units2020);
  await page.locator('input[data-facet="poverty"][data-value="pianqu"]').check();
  await expect.poll(layerCount).toBeLessThanOrEqual(pianqu2020);
  expect(await layerCount()).toBeLessThan(n2020);
  await expect(page.getByRole('button', { name: /2020年退出批次/ })).toBeVisible();
  // a 片区 is a value of the facet too: 乌蒙山区 in place of 片区县 leaves its 2020 batch
  await page.locator('input[data-facet="poverty"][data-value="pianqu"]').uncheck();
  await expect.poll(layerCount).toBe(n2020);
  const wumeng2020 = Number(await count('contig-wumeng').textContent());
  expect(wumeng2020).toBeGreaterThan(0);
  expect(wumeng2020).toBeLessThan(38); // 乌蒙山区 has 38 counties; fewer left in 2020
  await page.locator('input[data-facet="poverty"][data-value="contig-wumeng"]').check();
  await expect.poll(layerCount).toBeLessThanOrEqual(wumeng2020);
  expect(await layerCount()).toBeGreaterThan(0);
  await expect(page.locator('.chip', { hasText: '乌蒙山区' })).toBeVisible();
  // the analysis tab's pick list of special areas (shown once the full geometry is in)
  await page.getByTestId('tab-analysis').click();
  const pick = page.getByTestId('pick-region');
  await expect(pick).toBeVisible({ timeout: 60_000 });
  const group = (g: string) => pick.locator(`optgroup[data-group="${g}"] option`);
  await expect(group('contiguous-destitute')).toHaveCount(14);
  await expect(group('region')).toHaveText(['西藏', '四省藏区', '新疆南疆四地州']);
  await expect(group('water-priority')).toContainText(['新疆南疆地区']);
  // 四省藏区 once per group, twice in all (the 片区 and the support region)
  await expect(pick.locator('option', { hasText: /^四省藏区$/ })).toHaveCount(2);
  await expect(pick.locator('optgroup[data-group="old-area"]')).toHaveAttribute('label', '革命老区');
  await pick.selectOption('area:old-dabieshan');
  await expect(page.getByTestId('area-source')).toHaveText(/^依据：大别山革命老区振兴发展规划 \(\d{4}\)$/);
});
