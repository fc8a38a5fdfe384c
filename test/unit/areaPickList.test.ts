import { describe, expect, it } from 'vitest';
import { areaPickGroups } from '../../src/domain/areaPickList';
import { atlas } from './generatedData';

const areas = atlas().areas;

describe('the special-area pick list, grouped by kind', () => {
  const groups = areaPickGroups(areas, 'zh');
  const group = (g: string) => groups.find((x) => x.group === g)!;
  it('lists the 片区 first, then old areas, the plan regions and the water areas, every area once', () => {
    expect(groups.slice(0, 4).map((g) => g.group)).toEqual(['contiguous-destitute', 'old-area', 'region', 'water-priority']);
    expect(groups.flatMap((g) => g.items).length).toBe(new Set(areas.map((a) => a.id)).size);
    expect(group('contiguous-destitute').items).toHaveLength(14);
  });
  it('keeps no name twice in a group; 四省藏区, 西藏 and 南疆 sit in their own groups', () => {
    for (const g of groups) expect(new Set(g.items.map((i) => i.name)).size, g.group).toBe(g.items.length);
    expect(group('contiguous-destitute').items.map((i) => i.name)).toEqual(expect.arrayContaining(['四省藏区', '西藏区', '新疆南疆三地州']));
    expect(group('region').items.map((i) => i.name)).toEqual(['西藏', '四省藏区', '新疆南疆四地州']);
    expect(group('water-priority').items.map((i) => i.name)).toContain('新疆南疆地区');
  });
  it('names the defining document of every area', () => {
    const all = groups.flatMap((g) => g.items);
    for (const i of all) expect(i.source, i.id).toMatch(/\S{4,}.*\(\d{4}\)$/);
    expect(all.find((i) => i.id === 'old-dabieshan')!.source).toContain('大别山革命老区振兴发展规划');
  });
  it('tells apart two areas of one name in one group by id', () => {
    const twice = [areas[0], { ...areas[1], name: areas[0].name }];
    expect(areaPickGroups(twice, 'zh')[0].items.map((i) => i.name)).toEqual([`${areas[0].name.zh} (${areas[0].id})`, `${areas[0].name.zh} (${areas[1].id})`]);
  });
});
