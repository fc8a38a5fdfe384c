/**
 * The map in a year of the time slider: deck.gl lines dashed by delivery state and points given
 * the icon of their state, 'unknown' grey; the poverty layer's MapLibre paint evaluated with
 * MapLibre's expression engine per county state. Built in Node on the generated data.
 */
import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { createExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { atlas } from '../../test/unit/generatedData';
import { buildDeckLayers, BY_YEAR_SUFFIX, type DeckLayerState } from './deckLayers';
import { areaLayerSpecs, areaMapIds } from './areaLayers';
import { layerFeatures } from './featureViews';
import { defaultVisibility } from '../domain/layers/registry';
import { LINE_LOOK, POVERTY_LOOK, UNKNOWN_GREY } from './timelineStyle';
import type { CatalogFeature } from '../domain/types';
import type { Delivery } from '../domain/delivery';

const data = atlas();
const base: DeckLayerState = { visible: defaultVisibility(), selectedRecord: null, selectedCounty: null, lang: 'zh' };
const prop = <T>(l: Layer, name: string): T => (l.props as unknown as Record<string, unknown>)[name] as T;
const rec = { kind: 'recollection' } as const;
const opened2019: Delivery = { milestones: [{ stage: 'start', year: 2015, source: rec }, { stage: 'service', year: 2019, source: rec }], asOf2025: 'in-service' };
/** An airport expansion: no geometry change, in service from 2019, nothing dated before. */
const expanded2019: Delivery = { milestones: [{ stage: 'service', year: 2019, source: rec }], asOf2025: 'in-service' };
/** The layers with the first railway given `opened2019`, the first airport `expanded2019`, the others none. */
function layersWithDelivery() {
  const ls = layerFeatures(data);
  for (const [id, delivery] of [['railway', opened2019], ['airport', expanded2019]] as const) {
    const l = ls.find((x) => x.def.id === id)!;
    l.records = l.records.map((r, i) => (i === 0 ? ({ ...r, properties: { ...r.properties, delivery } } as CatalogFeature) : { ...r, properties: { ...r.properties, delivery: undefined } }));
  }
  return ls;
}

describe('deck.gl layers in a year', () => {
  const ls = layersWithDelivery();
  const rail = ls.find((x) => x.def.id === 'railway')!.records;
  const air = ls.find((x) => x.def.id === 'airport')!.records;
  const layerOf = (year: number | null, id: string) => buildDeckLayers(ls, { ...base, year }).find((l) => l.id === (year === null || id === 'airport' ? id : `${id}${BY_YEAR_SUFFIX}`))!;

  it('a railway opened in 2019 is dashed (under construction) in 2018 and solid in 2019; one without delivery is grey', () => {
    const dash = (y: number, r: CatalogFeature) => prop<(f: CatalogFeature) => number[]>(layerOf(y, 'railway'), 'getDashArray')(r);
    expect(dash(2018, rail[0])).toEqual(LINE_LOOK['under-construction'].dash);
    expect(dash(2019, rail[0])).toEqual([0, 0]);
    expect(dash(2019, rail[1])).toEqual(LINE_LOOK.unknown.dash);
    const color = prop<(f: CatalogFeature) => number[]>(layerOf(2019, 'railway'), 'getColor');
    expect(color(rail[1]).slice(0, 3)).toEqual([...UNKNOWN_GREY]);
    expect(color(rail[0]).slice(0, 3)).toEqual([34, 34, 34]);
  });

  it('the plan view keeps the layer’s own solid line and one icon', () => {
    expect(typeof prop(layerOf(null, 'railway'), 'getDashArray')).not.toBe('function');
    const icon = prop<(f: CatalogFeature) => { url: string }>(layerOf(null, 'airport'), 'getIcon');
    expect(icon(air[0]).url).toBe(icon(air[1]).url);
  });

  it('an airport expansion gets a hollow icon before its service year, filled from it, and unknown its own', () => {
    const icon = (y: number, r: CatalogFeature) => prop<(f: CatalogFeature) => { id: string }>(layerOf(y, 'airport'), 'getIcon')(r).id;
    expect(icon(2018, air[0])).toBe('airport:hollow:planned');
    expect(icon(2019, air[0])).toBe('airport:filled:in-service');
    expect(icon(2019, air[1])).toBe('airport:query:unknown');
  });
});

describe('poverty counties in a year (MapLibre paint)', () => {
  const ls = layerFeatures(data);
  const exitYears = new Map(data.poverty.counties.map((c) => [c.adcode, c.exitYear]));
  const fill = (year: number) => areaLayerSpecs(ls, { visible: defaultVisibility(), year, exitYears }).find((s) => s.id === areaMapIds('poverty-counties').fill)!;
  const evalOf = (value: unknown, type: 'color' | 'number', adcode: string) => {
    const e = createExpression(value, { type, 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as StylePropertySpecification);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return e.value.evaluate({ zoom: 5 } as never, { type: 3, properties: { adcode } } as never) as unknown;
  };
  const c2018 = data.poverty.counties.find((c) => c.exitYear === 2018)!;

  it('a county of the 2018 batch is poor in 2017, exited that year in 2018, exited before in 2019 (fill strength differs, not only colour)', () => {
    const op = (y: number) => evalOf(fill(y).paint!['fill-opacity' as never], 'number', c2018.adcode);
    expect(op(2017)).toBeCloseTo(POVERTY_LOOK.poor.fillOpacity);
    expect(op(2018)).toBeCloseTo(POVERTY_LOOK['exited-this-year'].fillOpacity);
    expect(op(2019)).toBeCloseTo(POVERTY_LOOK['exited-before'].fillOpacity);
    const col = evalOf(fill(2018).paint!['fill-color' as never], 'color', c2018.adcode) as { r: number; g: number; b: number };
    expect([col.r, col.g, col.b].map((x) => Math.round(x * 255))).toEqual([...POVERTY_LOOK['exited-this-year'].color]);
  });
});
