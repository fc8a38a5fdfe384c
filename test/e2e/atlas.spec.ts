/**
 * The atlas in Chromium (production build): it draws the plan over the basemap, offline; a layer
 * toggle removes exactly that layer's pixels; hover names and click details; a clear message
 * when its data cannot be loaded.
 */
import { PROJECT_LAYERS, expect, test } from './fixtures';
import { LAYERS, layerById } from '../../src/map/layerRegistry';
import { catalog, pointOf, record } from './catalog';
import { changedPixels, countColour, mapPixels as mapShot, toSegment } from './pixels';

test('draws the basemap and, over it, the plan layers', async ({ atlas }) => {
  // the default view with its special-area fills is pictured by render.spec.ts (home.png); here
  // the project layers, which are quicker to draw, stand for "plan layers over the basemap"
  await atlas.open(`#v=1&c=104.5000,35.5000,3.30&${PROJECT_LAYERS}`);
  const withLayers = await mapShot(atlas.page);
  // the basemap alone, same camera: every plan layer unticked
  const ticked = await atlas.page.locator('.layer-panel input[data-layer]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')!));
  for (const id of ticked) await atlas.page.locator(`.layer-panel input[data-layer="${id}"]`).uncheck();
  await expect(atlas.page.locator('.layer-panel input[data-layer]:checked')).toHaveCount(0);
  await atlas.idle();
  const basemap = await mapShot(atlas.page);
  // the basemap has land, sea, borders and labels: many colours, little of the canvas empty sea
  const seen = new Set<number>();
  let sea = 0;
  for (let i = 0; i < basemap.data.length; i += 4 * 7) {
    const [r, g, b] = [basemap.data[i], basemap.data[i + 1], basemap.data[i + 2]];
    seen.add((r << 16) | (g << 8) | b);
    if (Math.abs(r - 0xcf) + Math.abs(g - 0xe0) + Math.abs(b - 0xea) <= 24) sea++;
  }
  expect(seen.size).toBeGreaterThan(50);
  expect(sea / (basemap.data.length / 28)).toBeLessThan(0.7);
  // railways, highways, airports, hydropower and power lines cover a visible share of the map…
  const changed = changedPixels(basemap, withLayers).length / (basemap.width * basemap.height);
  expect(changed).toBeGreaterThan(0.02);
  // …in their registry colours
  for (const id of ['railway', 'airport', 'hydro-base'] as const) expect(countColour(withLayers, layerById(id).color, 20), id).toBeGreaterThan(30);
});

test('unchecking a layer removes its lines from the map and the legend', async ({ atlas }) => {
  await atlas.open(`#v=1&c=108.0000,30.0000,4.50&${PROJECT_LAYERS}`);
  const railway = atlas.page.locator('input[data-layer="railway"]');
  await expect(railway).toBeChecked();
  await expect(atlas.page.locator('.legend')).toContainText('铁路');
  const before = await mapShot(atlas.page);
  await railway.uncheck();
  await expect(atlas.page.locator('.legend')).not.toContainText('铁路');
  await atlas.idle();
  const after = await mapShot(atlas.page);
  const changed = changedPixels(before, after);
  expect(changed.length).toBeGreaterThan(300);
  // every changed pixel lies on a railway as drawn (projected vertices, 3 px lines + antialiasing)
  // the railways' vertices in canvas px, projected in one round trip
  const parts = catalog.features
    .filter((r) => r.properties.layer === 'railway')
    .flatMap((f) => (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [f.geometry.coordinates]) as [number, number][][]);
  const lines = await atlas.page.evaluate(
    (ps) => ps.map((part) => part.map((ll) => (window as unknown as { __atlasMap: { project: (p: [number, number]) => { x: number; y: number } } }).__atlasMap.project(ll))),
    parts,
  );
  const near = changed.filter((p) => lines.some((l) => l.some((a, i) => i > 0 && toSegment(p, l[i - 1], a) <= 6)));
  expect(near.length / changed.length).toBeGreaterThan(0.97);
  await railway.check();
  await expect(atlas.page.locator('.legend')).toContainText('铁路');
});

test('clicks a county and reads its name, adcode and prefecture in the detail panel', async ({ atlas }) => {
  // 哈尔滨 道里区: seat 126.62, 45.76; no plan layer drawn there
  await atlas.open('#v=1&c=126.6200,45.7200,8.00&l=');
  const at = await atlas.screenOf([126.55, 45.7]);
  await atlas.page.mouse.click(at.x, at.y);
  await expect(atlas.page.getByTestId('detail-name')).toHaveText('道里区');
  await expect(atlas.page.getByTestId('detail')).toContainText('230102');
  await expect(atlas.page.getByTestId('detail')).toContainText('哈尔滨市');
});

test('an airport beside a railway: hover names it and says more lies there, a click lists both and gives the plan sentence; the railway is hit 3 px off; a move clears the hover', async ({ atlas }) => {
  const at0 = pointOf('air-wushan');
  await atlas.open(`#v=1&c=${at0[0].toFixed(4)},${at0[1].toFixed(4)},7.00&l=railway,airport`);
  const at = await atlas.screenOf(at0);
  const tooltip = atlas.page.locator('.tooltip');
  // issue 16, item 3: the tooltip says when more features lie under the pointer
  await atlas.page.mouse.move(at.x, at.y);
  await expect(tooltip).toContainText('巫山');
  await expect(tooltip.getByTestId('tooltip-more')).toBeVisible();
  // 3 px off the railway (郑州至万州, its segment 109.46°E 31.02°N – 109.88°E 31.08°N), 18 px from the airport
  const onLine = await atlas.screenOf([109.5, 31.02 + (0.04 / 0.42) * 0.06]);
  await atlas.page.mouse.move(onLine.x, onLine.y + 3);
  await expect(tooltip).toContainText('郑州至万州');
  await atlas.page.mouse.click(at.x, at.y);
  const list = atlas.page.getByTestId('picklist');
  await expect(list).toContainText('郑州至万州');
  await list.getByRole('menuitem', { name: /巫山机场/ }).click();
  const detail = atlas.page.getByTestId('detail');
  await expect(detail.locator('h2').first()).toContainText('巫山');
  // the plan sentence that names it
  await expect(detail.locator('mark')).toHaveText(record('air-wushan').properties.citation.quote);
  await expect(detail.locator('figcaption')).toContainText('专栏17');
  await atlas.page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  // the hover goes when the map moves elsewhere under a still pointer, and so does an open click list
  await atlas.page.mouse.move(onLine.x, onLine.y + 3);
  await expect(tooltip).toContainText('郑州至万州');
  await atlas.page.mouse.click(at.x, at.y);
  await expect(list).toContainText('巫山机场');
  await atlas.jumpTo([116.4, 39.9], 7);
  await expect(tooltip).toHaveCount(0);
  await expect(list).toHaveCount(0);
});

test('fetches only from its own origin, with every project layer drawn and every tab opened', async ({ atlas, context }) => {
  const hosts: string[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:') hosts.push(u.host);
  });
  // all data is fetched at start whatever is shown; the area fills are left out only for speed
  const projects = LAYERS.filter((l) => l.source.type === 'catalog');
  await atlas.open(`#v=1&l=${projects.map((l) => l.id).join(',')}`);
  for (const l of projects) await expect(atlas.page.locator(`.layer-panel input[data-layer="${l.id}"]`)).toBeChecked();
  // every tab (analysis starts its worker, My data the store), on the same page
  const p = atlas.page;
  for (const tab of ['document', 'indicators', 'analysis', 'views', 'data']) {
    await p.getByTestId(`tab-${tab}`).click();
    await expect(p.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  }
  await atlas.idle();
  // the recorder saw the app's own requests (so it would see others): the 14 generated files and the code at least
  expect(hosts.length).toBeGreaterThan(14);
  expect([...new Set(hosts)]).toEqual([new URL(atlas.page.url()).host]);
});

test('says so when the generated data cannot be loaded, instead of staying blank', async ({ atlas }) => {
  await atlas.page.route('**/generated/catalog.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
  atlas.allowConsoleErrors(/404|Failed to load resource/);
  await atlas.page.goto('');
  const alert = atlas.page.getByRole('alert');
  await expect(alert).toContainText('catalog.json');
  await expect(alert).toContainText('npm run data');
});
