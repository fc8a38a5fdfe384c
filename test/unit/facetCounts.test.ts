import { describe, expect, it } from 'vitest';
import { NO_FILTERS, countyPasses, povertyGroup, povertyPasses, recordPasses, type Filters } from '../../src/domain/filters';
import { areaFacetCounts, facetCounts, matchBounds, matchingLayerKeys, povertyFacetCounts } from '../../src/domain/facetCounts';
import { atlas } from './generatedData';

const recs = atlas().catalog.features;
const energyInSichuanYunnan: Filters = { ...NO_FILTERS, categories: ['energy'], provinces: ['四川省', '云南省'] };
const count = (xs: { value: string; count: number }[], v: string) => xs.find((x) => x.value === v)?.count;

describe('facet counts respect the other facets', () => {
  it('province counts follow the category filter, not the province filter itself', () => {
    const all = facetCounts(recs, NO_FILTERS, 'provinces');
    const energy = facetCounts(recs, { ...NO_FILTERS, categories: ['energy'] }, 'provinces');
    const expected = recs.filter((r) => r.properties.category === 'energy' && r.properties.computed.provinces.includes('四川省')).length;
    expect(count(energy, '四川省')).toBe(expected);
    expect(count(energy, '四川省')!).toBeLessThan(count(all, '四川省')!);
    // ticking provinces does not change the province counts (same as with energy alone)
    expect(facetCounts(recs, energyInSichuanYunnan, 'provinces')).toEqual(energy);
  });

  it('category counts follow the province filter; a value with no match is listed with 0', () => {
    const cats = facetCounts(recs, { ...NO_FILTERS, provinces: ['四川省'] }, 'categories');
    const n = (c: string) => recs.filter((r) => r.properties.category === c && r.properties.computed.provinces.includes('四川省')).length;
    expect(count(cats, 'energy')).toBe(n('energy'));
    expect(count(cats, 'transport')).toBe(n('transport'));
    const none = facetCounts(recs, { ...NO_FILTERS, provinces: ['北京市'] }, 'categories');
    expect(none.map((x) => x.value).sort()).toEqual(['energy', 'transport', 'water']);
  });

  it('area counts are taken over the projects passing the other facets', () => {
    const [c] = areaFacetCounts(recs, { ...NO_FILTERS, categories: ['energy'] }, ['old-shaanganning']);
    expect(c.count).toBe(recs.filter((r) => r.properties.category === 'energy' && (r.properties.computed.areas['old-shaanganning'] ?? 0) > 0).length);
  });

  it('the layers holding matches include coal-bed methane, gas pipelines and shale gas for 能源 + 四川 + 云南', () => {
    const keys = matchingLayerKeys(recs, energyInSichuanYunnan);
    expect(keys).toEqual(expect.arrayContaining(['cbm', 'gas-pipeline', 'shale-gas', 'hydro-station']));
    expect(keys).not.toContain('railway');
  });

  it('the matches’ bounds cover every matching geometry and lie in south-west China', () => {
    const b = matchBounds(recs, energyInSichuanYunnan)!;
    for (const r of recs.filter((x) => recordPasses(x, energyInSichuanYunnan))) {
      const pts = r.geometry.type === 'Point' ? [r.geometry.coordinates] : r.geometry.coordinates;
      for (const [x, y] of pts) expect(x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]).toBe(true);
    }
    expect(b[0]).toBeGreaterThan(85);
    expect(b[1]).toBeGreaterThan(18);
    expect(matchBounds(recs, { ...NO_FILTERS, provinces: ['不存在'] })).toBeNull();
  });
});

describe('the poverty-county facet', () => {
  const d = atlas();
  const pc = d.poverty.counties;
  const units = (f: (c: (typeof pc)[number]) => boolean) => pc.filter(f).reduce((n, c) => n + c.units, 0);
  it('counts 832 units over designations and over exit years, each half narrowed by the other', () => {
    const all = povertyFacetCounts(pc, NO_FILTERS);
    expect(['key', 'pianqu', 'both'].reduce((n, v) => n + count(all, v)!, 0)).toBe(832);
    expect(['2016', '2017', '2018', '2019', '2020'].reduce((n, v) => n + count(all, v)!, 0)).toBe(832);
    const y2020 = povertyFacetCounts(pc, { ...NO_FILTERS, poverty: ['2020'] });
    expect(count(y2020, 'both')).toBe(units((c) => c.designation === 'both' && c.exitYear === 2020));
    expect(count(y2020, '2016')).toBe(count(all, '2016')); // years are not narrowed by a year
    const yunnanKey = povertyFacetCounts(pc, { ...NO_FILTERS, provinces: ['云南省'], poverty: ['key'] });
    expect(count(yunnanKey, '2019')).toBe(units((c) => c.province === '云南省' && c.designation === 'key' && c.exitYear === 2019));
  });
  it('counts the 片区 too, each narrowed by the chosen designations and years, not by another 片区', () => {
    const all = povertyFacetCounts(pc, NO_FILTERS);
    const areas = all.filter((x) => x.value.startsWith('contig-'));
    expect(areas).toHaveLength(14);
    expect(areas.reduce((n, x) => n + x.count!, 0)).toBe(units((c) => c.area !== null));
    expect(count(all, 'contig-wumeng')).toBe(38);
    const f = povertyFacetCounts(pc, { ...NO_FILTERS, poverty: ['contig-wumeng', '2020'] });
    expect(count(f, 'contig-wumeng')).toBe(units((c) => c.area === 'contig-wumeng' && c.exitYear === 2020));
    expect(count(f, 'contig-dabieshan')).toBe(units((c) => c.area === 'contig-dabieshan' && c.exitYear === 2020));
    expect(count(f, '2019')).toBe(units((c) => c.area === 'contig-wumeng' && c.exitYear === 2019));
    expect(count(f, 'key')).toBe(0); // a 片区 county is 'pianqu' or 'both', never key alone
  });
  it('reads a 片区 value as a group of its own: 片区 OR, AND with designations and years', () => {
    expect(povertyGroup('contig-wumeng')).toBe('area');
    expect(povertyGroup('2020')).toBe('year');
    expect(povertyGroup('both')).toBe('designation');
    const v = ['contig-wumeng', 'contig-dianxi', '2020'];
    expect(povertyPasses({ designation: 'both', area: 'contig-dianxi', exitYear: 2020 }, v)).toBe(true);
    expect(povertyPasses({ designation: 'both', area: 'contig-qinba', exitYear: 2020 }, v)).toBe(false);
    expect(povertyPasses({ designation: 'key', area: null, exitYear: 2020 }, v)).toBe(false);
    expect(povertyPasses({ designation: 'both', area: 'contig-wumeng', exitYear: 2019 }, v)).toBe(false);
  });
  it('narrows the poverty-county layer only, designations AND years', () => {
    const c = d.counties.features[0].properties;
    const f = { ...NO_FILTERS, poverty: ['pianqu', '2020'] };
    expect(povertyPasses({ designation: 'pianqu', exitYear: 2020 }, f.poverty)).toBe(true);
    expect(povertyPasses({ designation: 'pianqu', exitYear: 2019 }, f.poverty)).toBe(false);
    expect(povertyPasses({ designation: 'key', exitYear: 2020 }, f.poverty)).toBe(false);
    expect(povertyPasses(undefined, f.poverty)).toBe(false);
    expect(countyPasses(c, 'poverty-exit-2019', [], f, { designation: 'pianqu', exitYear: 2019 })).toBe(false);
    expect(countyPasses(c, 'old-dabieshan', [], f, { designation: 'pianqu', exitYear: 2019 })).toBe(true);
  });
});
