/**
 * Map legibility (issue 17, issue 16 item 11), in one page: the plan's project layers sit below
 * the label layers, the selected project's name is drawn once, county names show from zoom 7, and a county
 * selected by a shared link is marked (one naming nothing the data holds gives a notice).
 */
import { expect, test } from './fixtures';

test('labels above the plan layers, the selected name drawn once, county names and the selected county marked', async ({ atlas }) => {
  await atlas.open('#v=1&c=102.9000,27.0000,7.20&l=hydro-station,hydro-base&sel=r:hydro-baihetan');
  const map = () => atlas.page.evaluate(() => {
    const h = window.__atlasMap!;
    return { ids: h.styleLayerIds(), sel: h.renderedNames('selection-label'), proj: h.renderedNames('project-labels'), counties: h.renderedNames('county-label') };
  });
  let m = await map();
  // the project layers, their highlight and the region lie below the first label layer, and every label layer above them
  const plan = m.ids.filter((id) => /^(plan-layer:|plan-highlight|analysis-region)/.test(id)).map((id) => m.ids.indexOf(id));
  expect(m.ids).toEqual(expect.arrayContaining(['plan-layer:hydro-station', 'plan-layer:hydro-base', 'plan-highlight-point']));
  expect(Math.max(...plan)).toBeLessThan(m.ids.indexOf('world-label'));
  for (const id of ['world-label', 'project-labels', 'selection-label', 'county-label']) expect(m.ids.indexOf(id), id).toBeGreaterThan(Math.max(...plan));
  // the selected 白鹤滩 is ringed on the map, once, under the station icons (over them its yellow tinted the icon's colour)
  expect(await atlas.page.evaluate(() => window.__atlasMap!.renderedCount(['plan-highlight-point']))).toBe(1);
  expect(m.ids.indexOf('plan-highlight-point')).toBeLessThan(m.ids.indexOf('plan-layer:hydro-station'));
  expect(m.ids.indexOf('plan-highlight-line')).toBeGreaterThan(m.ids.indexOf('plan-layer:hydro-base'));
  // 白鹤滩水电站 once: by the selection layer, not again by the project labels
  expect(m.sel).toEqual(['白鹤滩水电站']);
  expect(m.proj).not.toContain('白鹤滩水电站');
  // county names at zoom 7.2 (宁南 and 巧家 flank the dam)
  expect(m.counties).toEqual(expect.arrayContaining(['宁南县', '巧家县']));
  // a county selected by a link (a fresh load) is marked once the map has loaded
  await atlas.page.goto('about:blank');
  await atlas.open('#v=1&c=102.5500,32.8000,7.20&l=&sel=c:513233');
  await expect.poll(() => atlas.page.evaluate(() => window.__atlasMap!.countyState('513233'))).toEqual({ selected: true });
  m = await map();
  expect(m.counties).toContain('红原县');
  // a link selecting what the data does not hold says so, and selects nothing
  await atlas.page.goto('about:blank');
  await atlas.open('#v=1&c=102.5500,32.8000,7.20&l=&sel=r:no-such-record');
  await expect(atlas.page.getByTestId('notice')).toContainText('no-such-record');
  await expect(atlas.page.getByTestId('detail')).toHaveCount(0);
});
