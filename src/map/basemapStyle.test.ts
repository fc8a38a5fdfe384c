/**
 * Rules over every layer of the generated basemap style, in the manner of protomaps/basemaps'
 * style tests: sources exist, ids are unique, nothing leaves localhost, colours parse, zoom
 * ranges are sane, labels show the Chinese names, labels draw above fills and lines; and the
 * whole style passes MapLibre's own validator. Each rule is a function listing what breaks it,
 * run on the real style (nothing) and on a style broken on purpose (the breach), so every rule
 * is seen to fail.
 */
import { describe, expect, it } from 'vitest';
import { Color, createExpression, featureFilter, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { atlas } from '../../test/unit/generatedData';
import { BASEMAP_COLORS, BASEMAP_IDS, basemapStyle, countyHighlight, COUNTY_LABEL_MIN_ZOOM, ISLET_LABEL_MIN_ZOOM, PROJECT_LABEL_MIN_ZOOM, TAIWAN_LABEL_OFFSET_EM } from './basemapStyle';

const data = atlas();
const zh = basemapStyle(data, 'zh');
const en = basemapStyle(data, 'en');
const HAN = /[\u4e00-\u9fff]/;

/** The style with layer `id` replaced by `change(layer)`. */
function withLayer(s: StyleSpecification, id: string, change: (l: LayerSpecification) => LayerSpecification): StyleSpecification {
  return { ...s, layers: s.layers.map((l) => (l.id === id ? change(l) : l)) };
}
const sourceOf = (l: LayerSpecification) => ('source' in l ? l.source : undefined);
const paintOf = (l: LayerSpecification) => (l.paint ?? {}) as Record<string, unknown>;
const layoutOf = (l: LayerSpecification) => (l.layout ?? {}) as Record<string, unknown>;

/** Layers whose source is missing from `style.sources`. */
function missingSources(s: StyleSpecification): string[] {
  return s.layers.filter((l) => l.type !== 'background' && !(String(sourceOf(l)) in s.sources)).map((l) => l.id);
}

/** Layer ids used more than once. */
function duplicateIds(s: StyleSpecification): string[] {
  const seen = new Set<string>();
  return s.layers.map((l) => l.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Every URL-like string of the style's sources, glyphs and sprite (inline GeoJSON objects are not URLs). */
function urls(s: StyleSpecification): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  for (const src of Object.values(s.sources) as unknown as Record<string, unknown>[]) {
    add(src.url);
    add(src.tiles);
    add(src.urls);
    if (typeof src.data === 'string') add(src.data);
  }
  add(s.glyphs);
  if (Array.isArray(s.sprite)) s.sprite.forEach((x) => add(x.url));
  else add(s.sprite);
  return out;
}

/** URLs that name a host other than localhost (the atlas runs offline). */
function remoteUrls(s: StyleSpecification): string[] {
  return urls(s).filter((u) => {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]*)/i.exec(u);
    return m !== null && !['localhost', '127.0.0.1', '[::1]'].includes(m[1].toLowerCase());
  });
}

/** `layer.property` of every colour paint property, with its value. */
function colourProps(s: StyleSpecification): { where: string; value: unknown }[] {
  return s.layers.flatMap((l) => Object.entries(paintOf(l)).filter(([k]) => k.endsWith('-color')).map(([k, value]) => ({ where: `${l.id}.${k}`, value })));
}

/** Colour properties that are not a CSS colour string MapLibre can parse. */
function badColours(s: StyleSpecification): string[] {
  return colourProps(s).filter(({ value }) => typeof value !== 'string' || Color.parse(value) === undefined).map(({ where }) => where);
}

/** Layers with a zoom range outside 0–24 or with minzoom ≥ maxzoom. */
function badZooms(s: StyleSpecification): string[] {
  return s.layers
    .filter((l) => {
      const lo = l.minzoom ?? 0;
      const hi = l.maxzoom ?? 24;
      return lo < 0 || hi > 24 || lo >= hi;
    })
    .map((l) => l.id);
}

/** The property names a text-field expression reads with ["get", name], in order. */
function getFields(expr: unknown): string[] {
  if (!Array.isArray(expr)) return [];
  if (expr[0] === 'get' && typeof expr[1] === 'string') return [expr[1]];
  return expr.flatMap(getFields);
}

/** Symbol layers with no text-field, or whose text-field does not read a Chinese name first (project labels read `name`, filled per language). */
function badLabels(s: StyleSpecification, first: 'name_zh' | 'name_en'): string[] {
  return s.layers
    .filter((l) => l.type === 'symbol')
    .filter((l) => {
      const f = getFields(layoutOf(l)['text-field']);
      if (l.id === BASEMAP_IDS.projectLabels || l.id === BASEMAP_IDS.selectionLabel) return f.join() !== 'name';
      return !f.includes('name_zh') || (f[0] !== first && f.length > 1) || f.some((x) => x !== 'name_zh' && x !== 'name_en');
    })
    .map((l) => l.id);
}

/** Symbol layers below some fill or line layer (labels must draw above fills and lines). */
function labelsBelowGeometry(s: StyleSpecification): string[] {
  const lastGeometry = Math.max(...s.layers.map((l, i) => (l.type === 'fill' || l.type === 'line' ? i : -1)));
  return s.layers.filter((l, i) => l.type === 'symbol' && i < lastGeometry).map((l) => l.id);
}

describe('basemap style rules, every layer', () => {
  it('has the layers the module documents, in its order, and nothing but inline GeoJSON sources', () => {
    expect(zh.version).toBe(8);
    expect(zh.layers.map((l) => l.id)).toEqual([
      'sea', 'world-fill', 'world-line', 'province-fill', 'rivers', 'river-lines-minor', 'river-lines', 'county-fill', 'county-line', 'county-selected-fill', 'county-hover', 'prefecture-line', 'province-line', 'nanhai-dash',
      'county-selected-casing', 'county-selected', 'world-label', 'province-label', 'island-label', 'county-label', 'prefecture-label', 'project-labels', 'selection-label', 'prefecture-seat',
    ]);
    for (const [id, src] of Object.entries(zh.sources)) {
      expect(src.type, id).toBe('geojson');
      expect(typeof (src as { data: unknown }).data, id).toBe('object');
    }
    // the one URL: the shipped label glyphs, under the app's own base (src/map/labelGlyphs.test.ts)
    expect(zh.glyphs).toBe('fonts/{fontstack}/{range}.pbf');
    expect(zh.sprite).toBeUndefined();
  });

  it("every layer's source exists in style.sources", () => {
    expect(missingSources(zh)).toEqual([]);
    expect(missingSources(withLayer(zh, 'rivers', (l) => ({ ...l, source: 'lakes' }) as LayerSpecification))).toEqual(['rivers']);
  });

  it('layer ids are unique', () => {
    expect(duplicateIds(zh)).toEqual([]);
    expect(duplicateIds({ ...zh, layers: [...zh.layers, zh.layers[3]] })).toEqual(['province-fill']);
  });

  it('no URL of sources, glyphs or sprite leaves localhost', () => {
    expect(remoteUrls(zh)).toEqual([]);
    expect(remoteUrls(en)).toEqual([]);
    const online: StyleSpecification = {
      ...zh,
      glyphs: 'https://fonts.example.org/font/{fontstack}/{range}.pbf',
      sources: { ...zh.sources, tiles: { type: 'vector', tiles: ['http://localhost:4173/t/{z}/{x}/{y}.pbf', 'https://tiles.example.org/{z}/{x}/{y}.pbf'] } },
    };
    expect(remoteUrls(online)).toEqual(['https://tiles.example.org/{z}/{x}/{y}.pbf', 'https://fonts.example.org/font/{fontstack}/{range}.pbf']);
  });

  it('every colour paint property parses as a colour (the tokens included)', () => {
    expect(colourProps(zh).length).toBeGreaterThanOrEqual(15);
    expect(badColours(zh)).toEqual([]);
    for (const [k, v] of Object.entries(BASEMAP_COLORS)) expect(Color.parse(v), k).toBeInstanceOf(Color);
    expect(badColours(withLayer(zh, 'sea', (l) => ({ ...l, paint: { 'background-color': '#cfe0e' } }) as LayerSpecification))).toEqual(['sea.background-color']);
  });

  it('zoom ranges lie in 0–24 with minzoom < maxzoom; counties from 5.5, project labels from their constant', () => {
    expect(badZooms(zh)).toEqual([]);
    expect(zh.layers.find((l) => l.id === 'county-line')?.minzoom).toBe(5.5);
    expect(zh.layers.find((l) => l.id === BASEMAP_IDS.projectLabels)?.minzoom).toBe(PROJECT_LABEL_MIN_ZOOM);
    expect(badZooms(withLayer(zh, 'province-label', (l) => ({ ...l, minzoom: 7 })))).toEqual(['province-label']);
  });

  it('symbol layers have a text-field reading the Chinese name (first in zh, second in en)', () => {
    const symbols = zh.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBe(7);
    expect(badLabels(zh, 'name_zh')).toEqual([]);
    expect(badLabels(en, 'name_en')).toEqual([]);
    expect(getFields(layoutOf(zh.layers.find((l) => l.id === 'province-label')!)['text-field'])).toEqual(['name_zh', 'name_en', 'name_zh']);
    expect(badLabels(zh, 'name_en')).toEqual(['world-label', 'province-label', 'island-label']);
    expect(badLabels(withLayer(zh, 'prefecture-label', (l) => ({ ...l, layout: { ...layoutOf(l), 'text-field': ['get', 'name'] } }) as LayerSpecification), 'name_zh')).toEqual(['prefecture-label']);
  });

  it('the label sources hold Chinese names on every feature', () => {
    for (const l of zh.layers.filter((x) => x.type === 'symbol' && x.id !== BASEMAP_IDS.projectLabels && x.id !== BASEMAP_IDS.selectionLabel)) {
      const fc = (zh.sources[String(sourceOf(l))] as { data: GeoJSON.FeatureCollection }).data;
      expect(fc.features.length, l.id).toBeGreaterThan(0);
      for (const f of fc.features) expect(String(f.properties?.name_zh), `${l.id} ${JSON.stringify(f.properties)}`).toMatch(HAN);
    }
    const count = (id: string) => (zh.sources[id] as { data: GeoJSON.FeatureCollection }).data.features.length;
    expect(count('province-labels')).toBe(data.labels.features.filter((f) => f.properties?.kind === 'province').length);
    expect(count('province-labels')).toBeGreaterThanOrEqual(34);
    expect(count('prefecture-labels')).toBeGreaterThan(300);
    expect(count('county-labels')).toBe(data.counties.features.filter((f) => f.properties.seatLon != null).length);
    expect(count('county-labels')).toBeGreaterThan(2800);
  });

  it('draws the WDBII river centrelines: major rivers (levels 0–2) at every zoom, the others from zoom 6', () => {
    const major = zh.layers.find((l) => l.id === 'river-lines')!;
    const minor = zh.layers.find((l) => l.id === 'river-lines-minor')!;
    expect(major).toMatchObject({ type: 'line', source: 'rivers' });
    expect(major.minzoom).toBeUndefined();
    expect(minor.minzoom).toBe(6);
    const fc = (zh.sources.rivers as { data: GeoJSON.FeatureCollection }).data;
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines.length).toBeGreaterThan(300);
    expect(fc.features.filter((f) => f.geometry.type === 'Polygon').length).toBeGreaterThan(100);
    // water within 20 km of 白鹤滩 (the issue found none within 169 km) and of 兰州
    const near = (p: [number, number]) => lines.some((f) => (f.geometry as GeoJSON.LineString).coordinates.some((c) => Math.hypot((c[0] - p[0]) * Math.cos((p[1] * Math.PI) / 180), c[1] - p[1]) * 111 < 20));
    expect(near([102.9, 27.22])).toBe(true);
    expect(near([103.83, 36.06])).toBe(true);
  });

  it('names counties at their seats from zoom 7, placed after the prefecture names (issue 16 item 11)', () => {
    const ids = zh.layers.map((l) => l.id);
    const county = zh.layers.find((l) => l.id === 'county-label')!;
    expect(county.minzoom).toBe(COUNTY_LABEL_MIN_ZOOM);
    expect(COUNTY_LABEL_MIN_ZOOM).toBe(7);
    // MapLibre places the upper layer first: prefecture names win over county names
    expect(ids.indexOf('county-label')).toBeLessThan(ids.indexOf('prefecture-label'));
    const fc = (zh.sources['county-labels'] as { data: GeoJSON.FeatureCollection<GeoJSON.Point> }).data;
    const wanzhou = fc.features.find((f) => f.properties?.name_zh === '万州区')!;
    expect(wanzhou.geometry.coordinates[0]).toBeCloseTo(108.38, 1);
    expect(wanzhou.geometry.coordinates[1]).toBeCloseTo(30.81, 1);
  });

  it('marks the selected county as a selected project is marked: highlight fill and an orange ring on a white casing', () => {
    const fill = zh.layers.find((l) => l.id === BASEMAP_IDS.countySelectedFill)!;
    expect(fill).toMatchObject({ type: 'fill', source: BASEMAP_IDS.countyHighlightSource, filter: ['==', ['get', 'role'], 'selected'] });
    expect(paintOf(fill)['fill-color']).toBe('rgb(255,200,0)');
    expect(paintOf(fill)['fill-opacity']).toBe(0.45);
    const casing = zh.layers.find((l) => l.id === 'county-selected-casing')!;
    expect(paintOf(casing)['line-width']).toBeGreaterThan(paintOf(zh.layers.find((l) => l.id === BASEMAP_IDS.countySelected)!)['line-width'] as number);
    const ids = zh.layers.map((l) => l.id);
    expect(ids.indexOf('county-selected-casing')).toBeLessThan(ids.indexOf(BASEMAP_IDS.countySelected));
  });

  it('draws no layer over all 2,886 counties to show nothing: the query fill is skipped (opacity 0), highlights read a two-county source', () => {
    // MapLibre skips a fill whose opacity is the constant 0; a near-zero or feature-state opacity
    // draws every county in every frame (software GL: about half a second a frame at zoom 5)
    expect(paintOf(zh.layers.find((l) => l.id === BASEMAP_IDS.countyFill)!)['fill-opacity']).toBe(0);
    const usesFeatureState = (v: unknown): boolean => Array.isArray(v) && (v[0] === 'feature-state' || v.some(usesFeatureState));
    expect(zh.layers.filter((l) => 'paint' in l && usesFeatureState(l.paint)).map((l) => l.id)).toEqual([]);
    const onHighlight = zh.layers.filter((l) => 'source' in l && l.source === BASEMAP_IDS.countyHighlightSource).map((l) => l.id);
    expect(onHighlight).toEqual([BASEMAP_IDS.countySelectedFill, BASEMAP_IDS.countyHover, 'county-selected-casing', BASEMAP_IDS.countySelected]);
    expect((zh.sources[BASEMAP_IDS.countyHighlightSource] as { data: GeoJSON.FeatureCollection }).data.features).toEqual([]);
  });

  it('puts the hovered and the selected county, whole, into the highlight source', () => {
    const [a, b] = data.counties.features;
    const fc = countyHighlight(data, a.properties.adcode, b.properties.adcode);
    expect(fc.features.map((f) => f.properties)).toEqual([{ role: 'hover', adcode: a.properties.adcode }, { role: 'selected', adcode: b.properties.adcode }]);
    expect(fc.features[1].geometry).toBe(b.geometry);
    expect(countyHighlight(data, a.properties.adcode, a.properties.adcode).features).toHaveLength(2);
    expect(countyHighlight(data, null, '999999').features).toEqual([]);
  });

  it('draws the sea first, labels above every fill and line, and the queryable county fill on the counties', () => {
    expect(zh.layers[0]).toMatchObject({ id: 'sea', type: 'background' });
    expect(zh.layers.filter((l) => l.type === 'background')).toHaveLength(1);
    expect(labelsBelowGeometry(zh)).toEqual([]);
    const ids = zh.layers.map((l) => l.id);
    expect(ids.indexOf('province-fill')).toBeLessThan(ids.indexOf('rivers'));
    expect(ids.indexOf('rivers')).toBeLessThan(ids.indexOf('province-line'));
    const county = zh.layers.find((l) => l.id === BASEMAP_IDS.countyFill)!;
    expect(county).toMatchObject({ type: 'fill', source: BASEMAP_IDS.countySource });
    expect(county.minzoom).toBeUndefined();
    expect((zh.sources[BASEMAP_IDS.countySource] as { data: GeoJSON.FeatureCollection }).data.features.length).toBe(data.counties.features.length);
    const late = { ...zh, layers: [...zh.layers.filter((l) => l.id !== 'county-line'), zh.layers.find((l) => l.id === 'county-line')!] };
    expect(labelsBelowGeometry(late)).toEqual(['world-label', 'province-label', 'island-label', 'county-label', 'prefecture-label', 'project-labels', 'selection-label']);
  });

  it("passes MapLibre's style validator (validateStyleMin), in both languages, and the validator catches a broken style", () => {
    expect(validateStyleMin(zh as never)).toEqual([]);
    expect(validateStyleMin(en as never)).toEqual([]);
    const broken = withLayer(zh, 'world-line', (l) => ({ ...l, paint: { 'line-color': 'blau', 'line-width': -1 } }) as LayerSpecification);
    const errors = validateStyleMin(broken as never).map((e) => e.message);
    expect(errors.some((m) => /line-color/.test(m))).toBe(true);
    expect(errors.some((m) => /line-width/.test(m))).toBe(true);
  });
});

describe('county names follow the language (issue 16 item 7)', () => {
  it('label counties by their transliteration in en (every seat has one), by the Chinese in zh', () => {
    const county = (s: StyleSpecification) => s.layers.find((l) => l.id === 'county-label') as { layout: { 'text-field': unknown } };
    expect(county(zh).layout['text-field']).toEqual(['get', 'name_zh']);
    expect(county(en).layout['text-field']).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_zh']]);
    const fc = (en.sources['county-labels'] as { data: GeoJSON.FeatureCollection }).data;
    expect(fc.features.length).toBeGreaterThan(2800);
    expect(fc.features.filter((f) => !/^[A-Z][a-z]/.test(String(f.properties?.name_en)))).toEqual([]);
    expect(fc.features.find((f) => f.properties?.name_zh === '布拖县')?.properties?.name_en).toBe('Butuo County');
    expect(fc.features.find((f) => f.properties?.name_zh === '万州区')?.properties?.name_en).toBe('Wanzhou District');
  });
});

describe('prefecture names follow the language', () => {
  it('label prefectures by the data build’s English in en (every seat has one), by the Chinese in zh', () => {
    const field = (s: StyleSpecification) => (s.layers.find((l) => l.id === 'prefecture-label') as { layout: { 'text-field': unknown } }).layout['text-field'];
    expect(field(zh)).toEqual(['get', 'name_zh']);
    expect(field(en)).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_zh']]);
    const prefs = data.labels.features.filter((f) => f.properties?.kind === 'prefecture');
    expect(prefs.length).toBeGreaterThan(300);
    for (const f of prefs) expect(String(f.properties?.name_en), String(f.properties?.name_zh)).toMatch(/^[A-Z][a-z]/);
    expect(prefs.filter((f) => HAN.test(String(f.properties?.name_en)))).toEqual([]);
    expect(prefs.find((f) => f.properties?.name_zh === '凉山彝族自治州')?.properties?.name_en).toBe('Liangshanyizu Autonomous Prefecture');
  });
});

describe('台湾省 and the 钓鱼岛 islands at the home view (zoom ~2.9)', () => {
  const layer = (id: string) => zh.layers.find((l) => l.id === id) as LayerSpecification & { filter?: unknown; layout: Record<string, unknown> };
  const islands = data.labels.features.filter((f) => f.properties?.kind === 'island');

  it('names 钓鱼岛 at every zoom and its islets 黄尾屿, 赤尾屿 only from ISLET_LABEL_MIN_ZOOM (the three names lay over one another)', () => {
    const f = featureFilter(layer('island-label').filter as never);
    const shown = (zoom: number) => islands.filter((x) => f.filter({ zoom } as never, { type: 1, properties: x.properties as never, geometry: [] } as never)).map((x) => x.properties?.name_zh);
    expect(shown(2.9)).toEqual(['钓鱼岛']);
    expect(shown(ISLET_LABEL_MIN_ZOOM - 0.1)).toEqual(['钓鱼岛']);
    expect(shown(ISLET_LABEL_MIN_ZOOM)).toEqual(['钓鱼岛', '黄尾屿', '赤尾屿']);
  });

  it('nudges only 台湾省’s label, and only below zoom 4 (it touched 福建省’s and was dropped)', () => {
    const e = createExpression(layer('province-label').layout['text-offset'], { type: 'array', value: 'number', length: 2, 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature'] } } as StylePropertySpecification);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    const at = (zoom: number, code: string) => e.value.evaluate({ zoom } as never, { type: 1, properties: { code } } as never);
    expect(at(2.9, '71')).toEqual(TAIWAN_LABEL_OFFSET_EM);
    expect(at(2.9, '35')).toEqual([0, 0]);
    expect(at(4, '71')).toEqual([0, 0]);
    expect(data.labels.features.find((f) => f.properties?.kind === 'province' && f.properties?.code === '71')?.properties?.name_zh).toBe('台湾省');
  });
});

describe('project labels in the first style', () => {
  const fc = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { name: '白鹤滩水电站', rank: 0 }, geometry: { type: 'Point' as const, coordinates: [102.9, 27.2] } }] };
  const label = (s: StyleSpecification) => s.layers.find((l) => l.id === BASEMAP_IDS.projectLabels)!;

  it('carries the labels given, and their visibility, so the label source is not given data (and tiled again) after the first style', () => {
    const s = basemapStyle(data, 'zh', [], '', { fc, visible: false });
    expect(s.sources[BASEMAP_IDS.projectLabels]).toEqual({ type: 'geojson', data: fc });
    expect(layoutOf(label(s)).visibility).toBe('none');
    expect(layoutOf(label(basemapStyle(data, 'zh', [], '', { fc, visible: true }))).visibility).toBe('visible');
  });

  it('holds no labels, shown, when none are given', () => {
    expect(zh.sources[BASEMAP_IDS.projectLabels]).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    expect(layoutOf(label(zh)).visibility).toBe('visible');
    expect(validateStyleMin(basemapStyle(data, 'zh', [], '', { fc, visible: false }))).toEqual([]);
  });
});
