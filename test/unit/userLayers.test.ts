import { describe, expect, it } from 'vitest';
import type { UserFeature } from '../../src/domain/import/types';
import { featureName, nameField, parseUserFeatureId, userFeatureId, userIndexedFeatures } from '../../src/domain/userData';
import { CATEGORY_PALETTE, OTHER_COLOR, userLayerDef, userStyle, visibleUserFeatures } from '../../src/map/userLayers';
import { atlasReducer, initialState } from '../../src/state/atlasState';
import { keepInRegion, userLayerFeatures } from '../../src/map/featureViews';
import { search } from '../../src/domain/search';
import { userSearchEntries } from '../../src/domain/search/userEntries';
import { fields, layer, pt, seats } from './userLayerFixture';

describe('imported layer names and analysis features', () => {
  it('finds the name field and names features, numbering those without a name', () => {
    const l = layer(seats, fields);
    expect(nameField(fields)).toBe('名称');
    expect(nameField([{ name: 'code', type: 'number', count: 1, distinct: 1, values: [] }, { name: 'desc', type: 'string', count: 1, distinct: 1, values: [] }])).toBe('desc');
    expect(featureName(l, 0)).toBe('金寨县');
    expect(featureName(l, 4)).toBe('试点县城 #5');
  });

  it('splits multi-geometries, leaves polygons out and ids round-trip', () => {
    const multi: UserFeature = { type: 'Feature', properties: { name: 'two stops' }, geometry: { type: 'MultiPoint', coordinates: [[116.4, 39.9], [121.47, 31.23]] } };
    const line: UserFeature = { type: 'Feature', properties: { name: 'road' }, geometry: { type: 'MultiLineString', coordinates: [[[100, 30], [101, 30]], [[102, 30], [103, 31]]] } };
    const poly: UserFeature = { type: 'Feature', properties: { name: 'box' }, geometry: { type: 'Polygon', coordinates: [[[100, 30], [101, 30], [101, 31], [100, 30]]] } };
    const l = layer([multi, line, poly], [{ name: 'name', type: 'string', count: 3, distinct: 3, values: [] }], 'user:m');
    const f = userIndexedFeatures(l);
    expect(f.map((x) => x.geometry.type)).toEqual(['Point', 'Point', 'LineString', 'LineString']);
    expect(f.map((x) => x.properties.id)).toEqual(['user:m#0', 'user:m#0', 'user:m#1', 'user:m#1']);
    expect(f.every((x) => x.properties.layer === 'user:m')).toBe(true);
    expect(parseUserFeatureId(userFeatureId('user:m', 12))).toEqual({ layerId: 'user:m', index: 12 });
    expect(parseUserFeatureId('railway-1')).toBeNull();
  });
});

describe('imported layer styles', () => {
  it('colours categories by frequency and greys the rest', () => {
    const l = layer(seats, fields);
    const v = userStyle(l, { color: [1, 2, 3], field: '类型' });
    expect(v.classes.map((c) => [c.label, c.count])).toEqual([['老区', 2], ['连片', 2], ['—', 1]]);
    expect(v.colorOf(seats[0])).toEqual(CATEGORY_PALETTE[0]);
    expect(v.colorOf(seats[1])).toEqual(CATEGORY_PALETTE[1]);
    expect(v.colorOf(seats[4])).toEqual(OTHER_COLOR);
    expect(userStyle(l).classes).toEqual([]);
    expect(userStyle(l).colorOf(seats[0])).toEqual([1, 2, 3]);
  });

  it('splits numbers into quantile classes that hold every valued feature once', () => {
    const many = Array.from({ length: 100 }, (_, i) => pt(100 + i / 10, 30, { v: i }));
    const l = layer(many, [{ name: 'v', type: 'number', count: 100, distinct: 100, values: [], min: 0, max: 99 }]);
    const v = userStyle(l, { color: [0, 0, 0], field: 'v' });
    expect(v.classes.map((c) => c.count)).toEqual([20, 20, 20, 20, 20]);
    expect(v.classes[0].label).toBe('0 – 20');
    expect(v.classOf(many[99])).toBe('4');
    expect(v.colorOf(many[0])).not.toEqual(v.colorOf(many[99]));
  });

  it('filters out hidden classes and counts what is left', () => {
    const l = layer(seats, fields);
    l.style = { color: [1, 2, 3], field: '类型', hidden: ['老区'] };
    expect(visibleUserFeatures(l).map((f) => f.properties.名称)).toEqual(['西吉县', '通渭县', null]);
    expect(userLayerFeatures(l).user?.features.length).toBe(3);
    expect(userLayerDef(l)).toMatchObject({ id: 'user:t1', category: 'user', symbol: 'circle', source: { type: 'user', layerId: 'user:t1' } });
  });

  it('keeps only the points a report found inside a region', () => {
    const l = layer(seats, fields);
    const [kept] = keepInRegion([userLayerFeatures(l)], new Set(['user:t1#0', 'user:t1#2']), new Set());
    expect(kept.user?.features.map((f) => f.properties.名称)).toEqual(['金寨县', '延川县']);
  });
});

describe('imported layers in the atlas state and search', () => {
  it('adds a new layer visible, above the plan points, and drops it again with its selection', () => {
    const l = layer(seats, fields);
    let s = atlasReducer(initialState(), { type: 'user-layers', defs: [userLayerDef(l)] });
    expect(s.visible['user:t1']).toBe(true);
    expect(s.order[s.order.length - 1]).toBe('user:t1');
    const poly = layer([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[100, 30], [101, 30], [101, 31], [100, 30]]] } }], [], 'user:p');
    s = atlasReducer(s, { type: 'user-layers', defs: [userLayerDef(l), userLayerDef(poly)] });
    // a polygon layer goes after the plan's area layers, before any line layer
    expect(s.order.indexOf('user:p') + 1).toBe(s.order.indexOf('railway'));
    s = atlasReducer(s, { type: 'select', selection: { kind: 'user', layerId: 'user:t1', index: 0 } });
    s = atlasReducer(s, { type: 'user-layers', defs: [userLayerDef(poly)] });
    expect('user:t1' in s.visible).toBe(false);
    expect(s.order).not.toContain('user:t1');
    expect(s.selection.kind).toBe('none');
    // a saved view naming a layer that is gone does not bring it back
    s = atlasReducer(s, { type: 'apply', visible: { 'user:t1': true, railway: false }, filters: s.filters, selection: { kind: 'none' } });
    expect('user:t1' in s.visible).toBe(false);
    // …and an imported layer the view does not name (added after it was saved) is hidden on it
    expect(s.visible['user:p']).toBe(false);
    expect(s.visible.railway).toBe(false);
    s = atlasReducer(s, { type: 'apply', visible: { 'user:p': true }, filters: s.filters, selection: { kind: 'none' } });
    expect(s.visible['user:p']).toBe(true);
  });

  it('finds imported features by Chinese name and pinyin', () => {
    const index = { entries: userSearchEntries(layer(seats, fields)) };
    expect(index.entries).toHaveLength(4);
    expect(search(index, '金寨')[0]).toMatchObject({ kind: 'user', id: 'user:t1#0', label: '金寨县 · 试点县城' });
    expect(search(index, 'xiji')[0]?.id).toBe('user:t1#1');
  });
});
