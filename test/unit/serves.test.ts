import { describe, expect, it } from 'vitest';
import { projectReach, projectsNear, projectsServingArea } from '../../src/domain/serves';
import { atlas } from './generatedData';

const d = atlas();

describe('what a feature serves', () => {
  it('counts counties, prefectures and special areas a railway crosses', () => {
    const r = d.catalogById.get('rail-yinchuan-xian')!;
    const reach = projectReach(d, r);
    expect(reach.counties).toBe(r.properties.computed.counties.length);
    expect(reach.counties).toBeGreaterThan(10);
    expect(reach.prefectures).toEqual(expect.arrayContaining(['银川市', '西安市']));
    expect(reach.byArea['old-shaanganning']).toBeGreaterThan(3);
    expect(reach.borderCounties).toBe(0);
  });

  it('finds the projects in or near a county, nearest first', () => {
    // 巫山县 holds 巫山机场 (in the county: 0 km).
    const near = projectsNear(d, '500237', 50);
    expect(near[0]).toMatchObject({ km: 0 });
    expect(near.map((n) => n.record.properties.id)).toContain('air-wushan');
    for (let i = 1; i < near.length; i++) expect(near[i].km).toBeGreaterThanOrEqual(near[i - 1].km);
    expect(near.every((n) => n.km <= 50)).toBe(true);
    expect(projectsNear(d, '999999')).toEqual([]);
  });

  it('lists the projects serving a special area', () => {
    const s = projectsServingArea(d, 'old-shaanganning');
    expect(s.map((x) => x.record.properties.id)).toContain('rail-yinchuan-xian');
    expect(s.every((x) => x.counties > 0)).toBe(true);
  });
});
