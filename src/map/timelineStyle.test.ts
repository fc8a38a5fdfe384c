/**
 * The map in a year of the time slider: plan lines dashed by delivery state and points given the
 * icon of their state, 'unknown' grey; the poverty layer's paint too. MapLibre paint and layout
 * expressions are evaluated with MapLibre's expression engine per record or county. Built in Node
 * on the generated data.
 */
import { describe, expect, it } from 'vitest';
import { createExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { atlas } from '../../test/unit/generatedData';
import { BY_YEAR_SUFFIX, iconId, projectLayerOf, projectLayerSpecs, projectSourceData } from './projectLayers';
import { areaLayerSpecs, areaMapIds } from './areaLayers';
import { layerFeatures } from './featureViews';
import { defaultVisibility, layerById } from '../domain/layers/registry';
import { LINE_LOOK, POVERTY_LOOK, UNKNOWN_GREY } from './timelineStyle';
import type { CatalogFeature } from '../domain/types';
import type { Delivery } from '../domain/delivery';

const data = atlas();
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

/** Evaluate a MapLibre data-driven value for a feature with `properties`. */
function evalFor(value: unknown, type: string, properties: Record<string, unknown>, extra: object = {}): unknown {
  const e = createExpression(value, { type, ...extra, 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as StylePropertySpecification);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return e.value.evaluate({ zoom: 5 } as never, { type: 2, properties } as never);
}

describe('project layers in a year (MapLibre paint)', () => {
  const ls = layersWithDelivery();
  const railL = ls.find((x) => x.def.id === 'railway')!;
  const airL = ls.find((x) => x.def.id === 'airport')!;
  const spec = (year: number | null, id: string) => projectLayerSpecs(ls, { visible: defaultVisibility(), year }).find((l) => projectLayerOf(l.id) === id)!;
  /** the properties the source gives record `i` of layer `l` in `year` */
  const props = (l: typeof railL, year: number, i: number) => projectSourceData(l, year).features[i].properties as unknown as Record<string, unknown>;

  it('a railway opened in 2019 is dashed (under construction) in 2018 and solid in 2019; one without delivery is grey', () => {
    const dashOf = (y: number, i: number) => evalFor((spec(y, 'railway').paint as Record<string, unknown>)['line-dasharray'], 'array', props(railL, y, i), { value: 'number' });
    expect(dashOf(2018, 0)).toEqual(LINE_LOOK['under-construction'].dash);
    expect(dashOf(2019, 0)).toEqual([1, 0]);
    expect(dashOf(2019, 1)).toEqual(LINE_LOOK.unknown.dash);
    const color = (i: number) => evalFor((spec(2019, 'railway').paint as Record<string, unknown>)['line-color'], 'color', props(railL, 2019, i)) as { r: number; g: number; b: number };
    const rgb = (c: { r: number; g: number; b: number }) => [c.r, c.g, c.b].map((x) => Math.round(x * 255));
    expect(rgb(color(1))).toEqual([...UNKNOWN_GREY]);
    expect(rgb(color(0))).toEqual([34, 34, 34]);
  });

  it('a line in a year is another MapLibre layer than in the plan view (a dash array changing kind on a live layer threw in MapLibre)', () => {
    expect(spec(2018, 'railway').id.endsWith(BY_YEAR_SUFFIX)).toBe(true);
    expect(spec(null, 'railway').id.endsWith(BY_YEAR_SUFFIX)).toBe(false);
    expect(spec(2018, 'airport').id).toBe(spec(null, 'airport').id);
  });

  it('the plan view keeps the layer’s own solid line and one icon, with no state on the records', () => {
    expect((spec(null, 'railway').paint as Record<string, unknown>)['line-dasharray']).toBeUndefined();
    expect(typeof (spec(null, 'airport').layout as Record<string, unknown>)['icon-image']).toBe('string');
    expect(projectSourceData(airL, null).features[0].properties.state).toBeUndefined();
  });

  it('an airport expansion gets a hollow icon before its service year, filled from it, and unknown its own', () => {
    const def = layerById('airport');
    const icon = (y: number, i: number) => evalFor((spec(y, 'airport').layout as Record<string, unknown>)['icon-image'], 'resolvedImage', props(airL, y, i));
    const name = (v: unknown) => String((v as { name?: string }).name ?? v);
    expect(name(icon(2018, 0))).toBe(iconId(def.symbol, def.color, 'hollow'));
    expect(name(icon(2019, 0))).toBe(iconId(def.symbol, def.color, 'filled'));
    expect(name(icon(2019, 1))).toBe(iconId(def.symbol, UNKNOWN_GREY, 'query'));
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
