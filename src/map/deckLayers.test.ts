/**
 * The deck.gl layers built from the registry and the generated data (constructed in Node, no GL
 * context): one layer a registry entry that is not a special area (MapLibre draws those, see
 * areaLayers.test.ts), drawn fills < lines < points, hidden ones switched off,
 * the selection, region and synthetic villages drawn last, and the layer kinds and styles.
 */
import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, IconLayer, PathLayer } from '@deck.gl/layers';
import type { Feature, Polygon } from 'geojson';
import { atlas } from '../../test/unit/generatedData';
import { fields, layer, seats } from '../../test/unit/userLayerFixture';
import { buildDeckLayers, DECK_BEFORE_ID, labelAnchor, type DeckLayerState } from './deckLayers';
import { projectLabels } from './projectLabels';
import { basemapStyle } from './basemapStyle';
import { layerFeatures } from './featureViews';
import { defaultOrder, defaultVisibility, drawRank, layerById, LAYERS } from '../domain/layers/registry';

const data = atlas();
const layers = layerFeatures(data);
const base: DeckLayerState = { visible: defaultVisibility(), selectedRecord: null, selectedCounty: null, lang: 'zh' };
const ids = (out: Layer[]) => out.map((l) => l.id);
/** The plan layers deck.gl draws: every registry layer but the special areas. */
const DECK_LAYERS = LAYERS.filter((l) => l.source.type !== 'area');
const notArea = (id: string) => DECK_LAYERS.some((l) => l.id === id);
const byId = (out: Layer[], id: string) => {
  const l = out.find((x) => x.id === id);
  if (!l) throw new Error(`no deck layer ${id}`);
  return l;
};
/** A prop of a deck.gl layer that its base Layer type does not declare (accessors, layer-specific props). */
const prop = <T>(l: Layer, name: string): T => (l.props as unknown as Record<string, unknown>)[name] as T;
const square: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[113, 34], [114, 34], [114, 35], [113, 35], [113, 34]]] } };

describe('buildDeckLayers: one layer a registry entry, in drawing order', () => {
  const out = buildDeckLayers(layers, base);

  it('has exactly the registry ids but the special areas, each once, and nothing else when nothing is selected', () => {
    expect(ids(out).sort()).toEqual(DECK_LAYERS.map((l) => l.id).sort());
    expect(ids(out)).not.toContain('old-areas');
  });

  it('draws lines, then points (drawRank never decreases), registry order within a rank', () => {
    const ranks = ids(out).map((id) => drawRank(LAYERS.find((l) => l.id === id)!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    expect(ranks[ranks.length - 1]).toBe(2);
    expect(ids(out)).toEqual(defaultOrder().filter(notArea));
  });

  it('keeps hidden layers switched off (visible: false) and shows the visible ones', () => {
    for (const l of out) expect(l.props.visible, l.id).toBe(base.visible[l.id]);
    expect(byId(out, 'railway').props.visible).toBe(true);
    expect(byId(out, 'shale-gas').props.visible).toBe(false);
    const none = buildDeckLayers(layers, { ...base, visible: {} });
    expect(none.filter((l) => l.props.visible)).toEqual([]);
  });

  it('follows a custom drawing order, bottom first', () => {
    const order = [...defaultOrder()].reverse();
    expect(ids(buildDeckLayers(layers, { ...base, order }))).toEqual(order.filter(notArea));
  });

  it('passes opacity per layer (1 when not set)', () => {
    const o = buildDeckLayers(layers, { ...base, opacity: { railway: 0.3 } });
    expect(byId(o, 'railway').props.opacity).toBe(0.3);
    expect(byId(o, 'airport').props.opacity).toBe(1);
  });

  it('highlights what is hovered: every plan layer pickable with autoHighlight in the highlight colour', () => {
    for (const l of out) {
      expect(l.props.pickable, l.id).toBe(true);
      expect(l.props.autoHighlight, l.id).toBe(true);
      expect(l.props.highlightColor, l.id).toEqual([255, 200, 0, 200]);
    }
  });
});

describe('buildDeckLayers: kinds, data and styles', () => {
  const out = buildDeckLayers(layers, base);

  it('lines are paths, points icons, each with the features of its layer', () => {
    for (const l of layers) {
      if (l.def.source.type === 'area') continue;
      const d = byId(out, l.def.id);
      if (l.def.source.type === 'catalog' && l.def.source.geometry === 'line') {
        expect(d, l.def.id).toBeInstanceOf(PathLayer);
        expect(d.props.data, l.def.id).toBe(l.records);
      } else {
        expect(d, l.def.id).toBeInstanceOf(IconLayer);
        expect(d.props.data, l.def.id).toBe(l.records);
      }
    }
    expect((byId(out, 'railway').props.data as unknown[]).length).toBe(data.catalog.features.filter((f) => f.properties.layer === 'railway').length);
    expect((byId(out, 'railway').props.data as unknown[]).length).toBeGreaterThan(20);
  });

  it('dashes exactly the dashed-line layers, in their registry colour and width', () => {
    for (const def of LAYERS.filter((d) => d.source.type === 'catalog' && d.source.geometry === 'line')) {
      const d = byId(out, def.id);
      expect(d.props.extensions.length > 0, def.id).toBe(def.symbol === 'dashed-line');
      expect(prop(d, 'getDashArray') !== undefined, def.id).toBe(def.symbol === 'dashed-line');
      // the gaps between dashes pick the line too (issue 16, item 3: lines hard to hit)
      if (def.symbol === 'dashed-line') expect(prop(d, 'dashGapPickable'), def.id).toBe(true);
      expect(prop(d, 'getColor'), def.id).toEqual([...def.color, 235]);
      expect(prop(d, 'getWidth'), def.id).toBe(def.size);
    }
    expect(layerById('highway').symbol).toBe('dashed-line');
  });

  it('point icons are SVG data URLs of the registry colour, nothing fetched', () => {
    const icon = prop<() => { url: string }>(byId(out, 'airport'), 'getIcon')();
    expect(icon.url.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(icon.url)).toContain(`rgb(${layerById('airport').color.join(',')})`);
  });

  it('an imported point layer is one GeoJSON layer under its own id, drawn with the points', () => {
    const u = layer(seats, fields);
    const all = layerFeatures(data, [u]);
    const o = buildDeckLayers(all, { ...base, visible: { ...base.visible, [u.id]: true } });
    const d = byId(o, u.id);
    expect(d).toBeInstanceOf(GeoJsonLayer);
    expect(d.props.data).toBe(u.data.features);
    expect(d.props.visible).toBe(true);
    // points (rank 2) come last: the imported point layer sits after every line layer
    const i = ids(o).indexOf(u.id);
    expect(i).toBeGreaterThan(ids(o).indexOf('transmission'));
  });
});

describe('buildDeckLayers: selection, region and synthetic villages on top', () => {
  const rail = data.catalog.features.find((f) => f.properties.layer === 'railway')!;
  const plan = DECK_LAYERS.length;

  it('a selected record adds a highlight after every plan layer, and no second label (MapLibre draws its name)', () => {
    const out = buildDeckLayers(layers, { ...base, selectedRecord: rail.properties.id });
    expect(ids(out).slice(plan)).toEqual(['selection']);
    const sel = byId(out, 'selection');
    expect(sel).toBeInstanceOf(GeoJsonLayer);
    expect(sel.props.data).toEqual([rail]);
    expect(sel.props.pickable).toBe(false);
  });

  it('every layer sits below the first basemap label layer (interleaved beforeId), so labels stay readable', () => {
    const out = buildDeckLayers(layers, { ...base, region: square, villages: Float64Array.from([113.5, 34.5]), selectedRecord: rail.properties.id, selectedUser: seats[0] });
    const style = basemapStyle(data);
    const before = style.layers.findIndex((l) => l.id === DECK_BEFORE_ID);
    expect(before).toBeGreaterThan(0);
    // no label (symbol) layer lies below the deck.gl layers
    expect(style.layers.slice(0, before).filter((l) => l.type === 'symbol')).toEqual([]);
    for (const l of out) expect(prop(l, 'beforeId'), l.id).toBe(DECK_BEFORE_ID);
  });

  it('the selected record is labelled once: by the selection-label layer, not the project-label layer', () => {
    const visibleAll = Object.fromEntries(LAYERS.map((l) => [l.id, true]));
    const fc = projectLabels(layers, visibleAll, 'zh', rail.properties.id);
    const mine = fc.features.filter((f) => f.properties?.name === rail.properties.name_zh);
    expect(mine).toHaveLength(1);
    expect(mine[0].properties?.selected).toBe(true);
    expect(mine[0].geometry.coordinates).toEqual(labelAnchor(rail));
    expect(fc.features.filter((f) => f.properties?.selected)).toHaveLength(1);
    // its layer hidden: still labelled, alone
    const hidden = projectLabels(layers, {}, 'en', rail.properties.id);
    expect(hidden.features.map((f) => f.properties?.name)).toEqual([rail.properties.name_en]);
    const style = basemapStyle(data);
    const proj = style.layers.find((l) => l.id === 'project-labels') as { filter?: unknown };
    const selL = style.layers.find((l) => l.id === 'selection-label') as { filter?: unknown; source?: string };
    expect(proj.filter).toEqual(['!', ['boolean', ['get', 'selected'], false]]);
    expect(selL.filter).toEqual(['boolean', ['get', 'selected'], false]);
    expect(selL.source).toBe('project-labels');
  });

  it('the label of a line sits on its middle vertex, of a point on the point', () => {
    const coords = (rail.geometry as { coordinates: number[][] }).coordinates;
    expect(labelAnchor(rail)).toEqual(coords[Math.floor(coords.length / 2)]);
    const airport = data.catalog.features.find((f) => f.properties.layer === 'airport')!;
    expect(labelAnchor(airport)).toEqual((airport.geometry as { coordinates: number[] }).coordinates);
  });

  it('a selected record is highlighted even when its layer is hidden; an unknown id adds nothing', () => {
    const out = buildDeckLayers(layers, { ...base, visible: {}, selectedRecord: rail.properties.id });
    expect(ids(out)).toContain('selection');
    expect(ids(buildDeckLayers(layers, { ...base, selectedRecord: 'no-such-record' }))).toHaveLength(plan);
  });

  it('a selected imported feature is ringed (user-selection)', () => {
    const out = buildDeckLayers(layers, { ...base, selectedUser: seats[0] });
    expect(ids(out).slice(plan)).toEqual(['user-selection']);
    expect(byId(out, 'user-selection').props.data).toEqual([seats[0]]);
  });

  it('a picked region is outlined; villages are drawn as one binary scatterplot; all of them unpickable', () => {
    const villages = Float64Array.from([113.5, 34.5, 114.1, 30.6, 104, 30.7]);
    const out = buildDeckLayers(layers, { ...base, region: square, villages, selectedRecord: rail.properties.id, selectedUser: seats[1] });
    expect(ids(out).slice(plan)).toEqual(['synthetic-villages', 'analysis-region', 'user-selection', 'selection']);
    expect(byId(out, 'analysis-region').props.data).toEqual([square]);
    const v = byId(out, 'synthetic-villages').props.data as { length: number; attributes: { getPosition: { value: Float32Array } } };
    expect(v.length).toBe(3);
    expect(Array.from(v.attributes.getPosition.value)).toEqual(Array.from(Float32Array.from(villages)));
    for (const l of out.slice(plan)) expect(l.props.pickable, l.id).toBe(false);
  });
});
