import { describe, expect, it } from 'vitest';
import { NO_FILTERS, countyPasses, facetValues, isEmpty, recordPasses, toggleValue } from '../../src/domain/filters';
import { atlas } from './generatedData';

const d = atlas();
const recs = d.catalog.features;
const pass = (f: typeof NO_FILTERS) => recs.filter((r) => recordPasses(r, f));

describe('filters', () => {
  it('pass everything when empty', () => {
    expect(isEmpty(NO_FILTERS)).toBe(true);
    expect(pass(NO_FILTERS)).toHaveLength(recs.length);
  });

  it('combine OR within a facet and AND across facets', () => {
    const f1 = toggleValue(NO_FILTERS, 'actions', '加快建设');
    const f2 = toggleValue(f1, 'actions', '规划建设');
    expect(pass(f2).length).toBe(pass(f1).length + pass(toggleValue(NO_FILTERS, 'actions', '规划建设')).length);
    const rail = toggleValue(f1, 'categories', 'railway');
    expect(pass(rail)).toHaveLength(14);
    const inGuizhou = toggleValue(rail, 'provinces', '贵州省');
    expect(pass(inGuizhou).map((r) => r.properties.name_zh)).toEqual(expect.arrayContaining(['重庆至贵阳铁路']));
    expect(pass(inGuizhou).every((r) => r.properties.computed.provinces.includes('贵州省'))).toBe(true);
    expect(toggleValue(inGuizhou, 'provinces', '贵州省').provinces).toEqual([]);
  });

  it('finds projects in 陕甘宁 revolutionary old area counties', () => {
    const inSgn = pass(toggleValue(NO_FILTERS, 'areas', 'old-shaanganning'));
    expect(inSgn.length).toBeGreaterThan(3);
    expect(inSgn.map((r) => r.properties.id)).toContain('rail-yinchuan-xian');
    for (const r of inSgn) expect(r.properties.computed.areas['old-shaanganning']).toBeGreaterThan(0);
  });

  it('narrows special-area counties by province', () => {
    const c = d.countyByAdcode.get('341524')!.properties; // 金寨县, 安徽
    const f = toggleValue(NO_FILTERS, 'provinces', '河南省');
    expect(countyPasses(c, 'old-dabieshan', d.areasOfCounty.get('341524') ?? [], f)).toBe(false);
    expect(countyPasses(c, 'old-dabieshan', d.areasOfCounty.get('341524') ?? [], toggleValue(NO_FILTERS, 'provinces', '安徽省'))).toBe(true);
  });

  it('lists facet values with counts', () => {
    const actions = facetValues(recs, 'actions');
    expect(actions.find((a) => a.value === '规划建设')!.count).toBeGreaterThanOrEqual(20);
    expect(actions.reduce((s, a) => s + a.count, 0)).toBe(recs.length);
  });
});
