/**
 * The special-area layers as MapLibre specs, evaluated with MapLibre's own expression engine over
 * the real counties: each layer's filter keeps exactly its area counties, the colour expression
 * gives each county its area's palette colour, and visibility, opacity and order follow the view.
 */
import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { atlas } from '../../test/unit/generatedData';
import { areaIndex, areaLayerOf, areaLayerSpecs, areaMapIds, AREA_FILL_OPACITY } from './areaLayers';
import { basemapStyle, BASEMAP_IDS } from './basemapStyle';
import { filterLayers, layerFeatures } from './featureViews';
import { AREA_PALETTE, defaultVisibility, LAYERS } from '../domain/layers/registry';
import { NO_FILTERS } from '../domain/filters';

const data = atlas();
const layers = layerFeatures(data);
const visible = defaultVisibility();
const specs = areaLayerSpecs(layers, { visible });
const AREA_IDS = LAYERS.filter((l) => l.source.type === 'area').map((l) => l.id);
const spec = (id: string) => {
  const s = specs.find((x) => x.id === id);
  if (!s) throw new Error(`no spec ${id}`);
  return s;
};
const zoom = { zoom: 5 };
/** The counties (adcodes) a spec's filter keeps, evaluated by MapLibre's feature filter. */
function kept(filter: unknown): string[] {
  const f = featureFilter(filter as never);
  return data.counties.features
    .filter((c) => f.filter(zoom as never, { type: 3, properties: c.properties as never, geometry: [] } as never))
    .map((c) => c.properties.adcode);
}
/** The colour (rgba 0–1) a spec's fill-color gives a county. */
function colourOf(value: unknown, adcode: string): number[] {
  const e = createExpression(value, { type: 'color', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as StylePropertySpecification);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  const c = e.value.evaluate(zoom as never, { type: 3, properties: { adcode } } as never) as { r: number; g: number; b: number };
  return [c.r, c.g, c.b].map((x) => Math.round(x * 255));
}

describe('areaLayerSpecs: one fill and one outline per area layer on the county source', () => {
  it('has a fill and a line for each registry area layer, in registry order, on the county source', () => {
    expect(specs.map((s) => s.id)).toEqual(AREA_IDS.flatMap((id) => [areaMapIds(id).fill, areaMapIds(id).line]));
    for (const s of specs) expect(s.source).toBe(BASEMAP_IDS.countySource);
    expect(areaLayerOf(areaMapIds('old-areas').fill)).toBe('old-areas');
    expect(areaLayerOf('county-fill')).toBeNull();
  });

  it("each layer's filter keeps exactly the counties of its areas", () => {
    for (const l of layers.filter((x) => x.def.source.type === 'area')) {
      const expected = [...new Set(l.areas.map((a) => a.properties.adcode))].sort();
      expect(expected.length, l.def.id).toBeGreaterThan(0);
      expect(kept(spec(areaMapIds(l.def.id).fill).filter).sort(), l.def.id).toEqual(expected);
    }
  });

  it('colours a multi-area layer by area (palette) and a one-area layer in its own colour', () => {
    const multi = layers.find((l) => l.def.id === 'contiguous-destitute')!;
    const fill = spec(areaMapIds('contiguous-destitute').fill).paint!['fill-color' as never];
    const second = multi.areas.find((a) => a.properties.areaIndex === 1 && multi.areas.filter((b) => b.properties.adcode === a.properties.adcode).length === 1)!;
    expect(colourOf(fill, second.properties.adcode)).toEqual([...AREA_PALETTE[1]]);
    const eleventh = multi.areas.find((a) => a.properties.areaIndex === 11 && multi.areas.filter((b) => b.properties.adcode === a.properties.adcode).length === 1)!;
    expect(colourOf(fill, eleventh.properties.adcode)).toEqual([...AREA_PALETTE[11 % AREA_PALETTE.length]]);
    const border = layers.find((l) => l.def.id === 'border-counties')!;
    expect(spec(areaMapIds('border-counties').fill).paint).toMatchObject({ 'fill-color': `rgb(${border.def.color.join(',')})` });
  });

  it('a county in two areas of a layer takes the first area’s colour and is picked as both', () => {
    // The 片区 are county-exact and disjoint since issue 13; the old revolutionary areas still overlap.
    const twiceIn = (l: (typeof layers)[number]) => l.areas.find((a) => l.areas.filter((b) => b.properties.adcode === a.properties.adcode).length > 1);
    const multi = layers.find((l) => twiceIn(l))!;
    expect(multi, 'the data has a county in two areas of one layer').toBeDefined();
    const adcode = twiceIn(multi)!.properties.adcode;
    const first = multi.areas.find((a) => a.properties.adcode === adcode)!;
    const fill = spec(areaMapIds(multi.def.id).fill).paint!['fill-color' as never];
    expect(colourOf(fill, adcode)).toEqual([...AREA_PALETTE[first.properties.areaIndex % AREA_PALETTE.length]]);
    expect(areaIndex(layers).get(multi.def.id)!.get(adcode)!.length).toBeGreaterThan(1);
  });

  it('follows visibility and opacity of the view', () => {
    const s = areaLayerSpecs(layers, { visible: { ...visible, 'old-areas': false }, opacity: { 'border-counties': 0.5 } });
    const by = (id: string) => s.find((x) => x.id === id)!;
    expect(by(areaMapIds('old-areas').fill).layout).toEqual({ visibility: 'none' });
    expect(by(areaMapIds('border-counties').fill).layout).toEqual({ visibility: 'visible' });
    expect(by(areaMapIds('border-counties').fill).paint).toMatchObject({ 'fill-opacity': AREA_FILL_OPACITY * 0.5 });
    expect(by(areaMapIds('old-areas').fill).paint).toMatchObject({ 'fill-opacity': AREA_FILL_OPACITY });
  });

  it('follows a custom drawing order, bottom first', () => {
    const order = [...AREA_IDS].reverse();
    const s = areaLayerSpecs(layers, { visible, order });
    expect(s.filter((x) => x.type === 'fill').map((x) => areaLayerOf(x.id))).toEqual(order);
  });

  it('keeps only the counties that pass a filter (a province facet)', () => {
    const f = filterLayers(layers, { ...NO_FILTERS, provinces: ['河南省'] }, data);
    const s = areaLayerSpecs(f, { visible });
    const counties = kept(s.find((x) => x.id === areaMapIds('old-areas').fill)!.filter);
    expect(counties.length).toBeGreaterThan(0);
    for (const a of counties) expect(data.countyByAdcode.get(a)!.properties.provName).toBe('河南省');
  });

  it('sits in the basemap between the county and prefecture lines, and the whole style validates', () => {
    const style = basemapStyle(data, 'zh', specs);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(areaMapIds('old-areas').fill)).toBeGreaterThan(ids.indexOf('county-line'));
    expect(ids.indexOf(areaMapIds(AREA_IDS[AREA_IDS.length - 1]).line)).toBeLessThan(ids.indexOf(BASEMAP_IDS.planFillsBefore));
    expect(validateStyleMin(style)).toEqual([]);
  });
});
