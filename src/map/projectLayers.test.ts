/**
 * The project layers built from the registry and the generated data (MapLibre specs, in Node): one
 * MapLibre layer per catalog layer of the registry on its own source, drawn lines < points,
 * hidden ones switched off, order and opacity followed, the highlight and region layers, every
 * one below the first label layer; and the deck.gl layers left for imported data and villages.
 */
import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Polygon } from 'geojson';
import { atlas } from '../../test/unit/generatedData';
import { fields, layer, seats } from '../../test/unit/userLayerFixture';
import { buildDeckLayers, DECK_BEFORE_ID } from './deckLayers';
import {
  highlightData, highlightLayerSpecs, iconId, labelAnchor, OVERLAY_IDS, projectIcons, projectLayerOf, projectLayerSpecs, projectMapId, projectSourceData, projectSourceId,
  regionData, regionLayerSpecs, type ProjectLayerSpec, type ProjectView,
} from './projectLayers';
import { projectLabels } from './projectLabels';
import { basemapStyle } from './basemapStyle';
import { layerFeatures } from './featureViews';
import { defaultOrder, defaultVisibility, drawRank, layerById, LAYERS, type LayerId } from '../domain/layers/registry';

const data = atlas();
const layers = layerFeatures(data);
const base: ProjectView = { visible: defaultVisibility() };
/** The plan layers drawn as projects: every catalog layer of the registry. */
const CATALOG = LAYERS.filter((l) => l.source.type === 'catalog');
const ids = (out: ProjectLayerSpec[]) => out.map((l) => projectLayerOf(l.id)!);
const byId = (out: ProjectLayerSpec[], id: string) => {
  const l = out.find((x) => x.id === projectMapId(id));
  if (!l) throw new Error(`no project layer ${id}`);
  return l;
};
const paint = (l: ProjectLayerSpec) => (l.paint ?? {}) as Record<string, unknown>;
const layout = (l: ProjectLayerSpec) => (l.layout ?? {}) as Record<string, unknown>;
const square: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[113, 34], [114, 34], [114, 35], [113, 35], [113, 34]]] } };

describe('projectLayerSpecs: one MapLibre layer a catalog layer, in drawing order', () => {
  const out = projectLayerSpecs(layers, base);

  it('has exactly the catalog layers of the registry, each once, each on its own source', () => {
    expect(ids(out).sort()).toEqual(CATALOG.map((l) => l.id).sort());
    expect(ids(out)).not.toContain('old-areas');
    for (const l of out) expect((l as { source: string }).source).toBe(projectSourceId(projectLayerOf(l.id)!));
  });

  it('draws lines, then points (drawRank never decreases), registry order within a rank', () => {
    const ranks = ids(out).map((id) => drawRank(layerById(id as LayerId)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
    expect(ranks[ranks.length - 1]).toBe(2);
    expect(ids(out)).toEqual(defaultOrder().filter((id) => CATALOG.some((c) => c.id === id)));
  });

  it('keeps hidden layers switched off and shows the visible ones', () => {
    for (const l of out) expect(layout(l).visibility, l.id).toBe(base.visible[projectLayerOf(l.id)!] ? 'visible' : 'none');
    expect(layout(byId(out, 'railway')).visibility).toBe('visible');
    expect(layout(byId(out, 'shale-gas')).visibility).toBe('none');
    expect(projectLayerSpecs(layers, { visible: {} }).filter((l) => layout(l).visibility === 'visible')).toEqual([]);
  });

  it('follows a custom drawing order, bottom first', () => {
    const order = [...defaultOrder()].reverse();
    expect(ids(projectLayerSpecs(layers, { ...base, order }))).toEqual(order.filter((id) => CATALOG.some((c) => c.id === id)));
  });

  it('passes opacity per layer (1 when not set)', () => {
    const o = projectLayerSpecs(layers, { ...base, opacity: { railway: 0.3, airport: 0.5 } });
    expect(paint(byId(o, 'railway'))['line-opacity']).toBeCloseTo((235 / 255) * 0.3);
    expect(paint(byId(o, 'airport'))['icon-opacity']).toBe(0.5);
    expect(paint(byId(o, 'hydro-station'))['icon-opacity']).toBe(1);
  });
});

describe('projectLayerSpecs: kinds, data and styles', () => {
  const out = projectLayerSpecs(layers, base);

  it('lines are line layers, points icon symbols, each source with the records of its layer', () => {
    for (const l of layers) {
      if (l.def.source.type !== 'catalog') continue;
      const spec = byId(out, l.def.id);
      expect(spec.type, l.def.id).toBe(l.def.source.geometry === 'line' ? 'line' : 'symbol');
      const src = projectSourceData(l, null);
      expect(src.features.map((f) => f.properties.id)).toEqual(l.records.map((r) => r.properties.id));
      expect(src.features.every((f, i) => f.geometry === l.records[i].geometry)).toBe(true);
    }
    expect(layers.find((l) => l.def.id === 'railway')!.records.length).toBeGreaterThan(20);
  });

  it('dashes exactly the dashed-line layers, in their registry colour and width (at least 2 px)', () => {
    for (const def of CATALOG.filter((d) => d.source.type === 'catalog' && d.source.geometry === 'line')) {
      const p = paint(byId(out, def.id));
      expect(p['line-dasharray'] !== undefined, def.id).toBe(def.symbol === 'dashed-line');
      expect(p['line-color'], def.id).toBe(`rgb(${def.color.join(',')})`);
      expect(p['line-width'], def.id).toBe(Math.max(2, def.size));
    }
    expect(layerById('highway').symbol).toBe('dashed-line');
  });

  it('point icons are images made from SVG data URLs of the registry colour, nothing fetched; icons never hide labels', () => {
    const air = byId(out, 'airport');
    const def = layerById('airport');
    expect(layout(air)['icon-image']).toBe(iconId(def.symbol, def.color, 'filled'));
    expect(layout(air)['icon-ignore-placement']).toBe(true);
    const icons = projectIcons(layers);
    const mine = icons.find((i) => i.id === layout(air)['icon-image'])!;
    expect(mine.url.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(mine.url)).toContain(`rgb(${def.color.join(',')})`);
    // every image any year asks for is made up front, once
    expect(new Set(icons.map((i) => i.id)).size).toBe(icons.length);
  });
});

describe('highlight, region and labels', () => {
  const rail = data.catalog.features.find((f) => f.properties.layer === 'railway')!;
  const airport = data.catalog.features.find((f) => f.properties.layer === 'airport')!;

  it('the selected record and the hovered one are drawn again, each once, the selection last (on top)', () => {
    const d = highlightData(rail, airport);
    expect(d.features.map((f) => f.properties?.role)).toEqual(['hover', 'selected']);
    expect(d.features[1].geometry).toBe(rail.geometry);
    expect(highlightData(rail, rail).features).toHaveLength(1);
    expect(highlightData(null, null).features).toEqual([]);
    const [line, point] = highlightLayerSpecs();
    expect(line.source).toBe(OVERLAY_IDS.highlightSource);
    expect(point.paint?.['circle-radius']).toBe(12);
  });

  it('a picked region is outlined; no region, nothing drawn', () => {
    expect(regionData(square).features).toEqual([square]);
    expect(regionData(null).features).toEqual([]);
    expect(regionLayerSpecs().map((l) => l.id)).toEqual([OVERLAY_IDS.regionFill, OVERLAY_IDS.regionLine]);
  });

  it('the plan layers go below the first basemap label layer, so labels stay readable', () => {
    const style = basemapStyle(data);
    const before = style.layers.findIndex((l) => l.id === DECK_BEFORE_ID);
    expect(before).toBeGreaterThan(0);
    expect(style.layers.slice(0, before).filter((l) => l.type === 'symbol')).toEqual([]);
  });

  it('the selected record is labelled once: by the selection-label layer, not the project-label layer', () => {
    const visibleAll = Object.fromEntries(LAYERS.map((l) => [l.id, true]));
    const fc = projectLabels(layers, visibleAll, 'zh', rail);
    const mine = fc.features.filter((f) => f.properties?.name === rail.properties.name_zh);
    expect(mine).toHaveLength(1);
    expect(mine[0].properties?.selected).toBe(true);
    expect(mine[0].geometry.coordinates).toEqual(labelAnchor(rail));
    expect(fc.features.filter((f) => f.properties?.selected)).toHaveLength(1);
    const hidden = projectLabels(layers, {}, 'en', rail);
    expect(hidden.features.map((f) => f.properties?.name)).toEqual([rail.properties.name_en]);
    // a filter that leaves it out of its layer: still labelled, once
    const filtered = layers.map((l) => ({ ...l, records: l.records.filter((r) => r !== rail) }));
    expect(projectLabels(filtered, visibleAll, 'zh', rail).features.filter((f) => f.properties?.selected).map((f) => f.properties?.name)).toEqual([rail.properties.name_zh]);
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
    expect(labelAnchor(airport)).toEqual((airport.geometry as { coordinates: number[] }).coordinates);
  });
});

describe('buildDeckLayers: imported layers, their selection and villages (deck.gl, constructed in Node)', () => {
  const prop = <T>(l: Layer, name: string): T => (l.props as unknown as Record<string, unknown>)[name] as T;

  it('draws nothing for the plan alone', () => {
    expect(buildDeckLayers(layers, { visible: defaultVisibility() })).toEqual([]);
  });

  it('an imported layer is one GeoJSON layer under its own id, pickable with a hover highlight, below the labels', () => {
    const u = layer(seats, fields);
    const o = buildDeckLayers(layerFeatures(data, [u]), { visible: { [u.id]: true }, opacity: { [u.id]: 0.4 } });
    expect(o.map((l) => l.id)).toEqual([u.id]);
    expect(o[0]).toBeInstanceOf(GeoJsonLayer);
    expect(o[0].props.data).toBe(u.data.features);
    expect(o[0].props.visible).toBe(true);
    expect(o[0].props.opacity).toBe(0.4);
    expect(o[0].props.autoHighlight).toBe(true);
    expect(prop(o[0], 'beforeId')).toBe(DECK_BEFORE_ID);
  });

  it('villages are one binary scatterplot and the selected imported feature is ringed; neither pickable', () => {
    const villages = Float64Array.from([113.5, 34.5, 114.1, 30.6, 104, 30.7]);
    const out = buildDeckLayers(layers, { visible: {}, villages, selectedUser: seats[1] });
    expect(out.map((l) => l.id)).toEqual(['synthetic-villages', 'user-selection']);
    expect(out[0]).toBeInstanceOf(ScatterplotLayer);
    const v = out[0].props.data as { length: number; attributes: { getPosition: { value: Float32Array } } };
    expect(v.length).toBe(3);
    expect(Array.from(v.attributes.getPosition.value)).toEqual(Array.from(Float32Array.from(villages)));
    expect(out[1].props.data).toEqual([seats[1]]);
    for (const l of out) expect(l.props.pickable, l.id).toBe(false);
  });
});
