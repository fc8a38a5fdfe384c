/**
 * Map legibility (issue 17, issue 16 item 11), in one page: deck.gl's layers sit below the label
 * layers, the selected project's name is drawn once, county names show from zoom 7, and a county
 * selected by a shared link is marked.
 */
import { expect, test } from './fixtures';

test('labels above the plan layers, the selected name drawn once, county names and the selected county marked', async ({ atlas }) => {
  await atlas.open('#v=1&c=102.9000,27.0000,7.20&l=hydro-station,hydro-base&sel=r:hydro-baihetan');
  const map = () => atlas.page.evaluate(() => {
    const h = window.__atlasMap!;
    return { ids: h.styleLayerIds(), sel: h.renderedNames('selection-label'), proj: h.renderedNames('project-labels'), counties: h.renderedNames('county-label') };
  });
  let m = await map();
  // deck.gl's interleaved group lies below the first label layer, and every symbol layer above it
  const group = m.ids.findIndex((id) => id.startsWith('deck-layer-group'));
  expect(group).toBeGreaterThan(0);
  expect(m.ids[group]).toBe('deck-layer-group-before:world-label');
  expect(m.ids.indexOf('world-label')).toBe(group + 1);
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
});
