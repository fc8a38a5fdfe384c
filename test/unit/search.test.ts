import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type SearchResult } from '../../src/domain/search';
import { atlas } from './generatedData';

const index = buildSearchIndex(atlas());
const top = (q: string) => search(index, q)[0];
const ids = (rs: SearchResult[]) => rs.map((r) => `${r.kind}:${r.id}`);

describe('search index', () => {
  it('holds every province, real prefecture, county, catalog record and special area once', () => {
    const count = (k: string) => index.entries.filter((e) => e.kind === k).length;
    expect(count('province')).toBe(34);
    // 346 prefectures less 7 that repeat a province (4 municipalities, TW, HK, MO) and 4 直辖县级 placeholders
    expect(count('prefecture')).toBe(335);
    // 2,886 county-level units less Taiwan's single unit, which is the province itself
    expect(count('county')).toBe(2885);
    expect(count('river')).toBe(14);
    expect(count('project')).toBe(100);
    expect(count('area')).toBe(atlas().areas.length);
    expect(new Set(index.entries.map((e) => `${e.kind}:${e.id}`)).size).toBe(index.entries.length);
  });

  it('gives every county a distinct label', () => {
    const labels = index.entries.filter((e) => e.kind === 'county').map((e) => e.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keys 白鹤滩水电站 by pinyin, initials and core name', () => {
    const e = index.entries.find((x) => x.id === 'hydro-baihetan')!;
    expect(e).toMatchObject({ kind: 'project', layer: 'hydro-station', core_zh: '白鹤滩', pinyin: 'baihetanshuidianzhan', initials: 'bhtsdz', core_pinyin: 'baihetan', core_initials: 'bht', province: '四川省、云南省' });
    // the dam sits on the Jinsha at 102.90°E 27.22°N
    expect(e.bbox).toEqual([102.904, 27.215, 102.904, 27.215]);
  });

  it('makes the hydropower bases and flood-control rivers kind "river", found by the river name', () => {
    expect(index.entries.filter((e) => e.kind === 'river').every((e) => e.layer === 'hydro-base' || e.layer === 'flood-river')).toBe(true);
    expect(top('黄河')).toMatchObject({ kind: 'river', id: 'base-huanghe-upper', match: 'exact' });
    expect(top('湟水')).toMatchObject({ kind: 'river', id: 'flood-huangshui' });
  });

  it('gives special areas the extent of their counties', () => {
    const e = index.entries.find((x) => x.id === 'contig-dabieshan')!;
    const [w, s, east, n] = e.bbox;
    // 大别山区 spans Henan, Anhui and Hubei, 113–118°E, from the Yangtze (≈30°N) to 兰考县 (≈35°N)
    expect(w).toBeGreaterThan(112);
    expect(east).toBeLessThan(118);
    expect(s).toBeGreaterThan(29);
    expect(n).toBeGreaterThan(34.5);
    expect(n).toBeLessThan(35.5);
    expect(e.province).toBe('河南省、安徽省、湖北省');
  });
});

describe('search', () => {
  it.each(['白鹤滩', 'baihetan', 'bht', 'Baihetan', 'BAIHETAN', 'bai he tan', 'Baihetan Hydropower Station'])('finds the 白鹤滩 hydropower station first for %s', (q) => {
    expect(top(q)).toMatchObject({ kind: 'project', id: 'hydro-baihetan', name_zh: '白鹤滩水电站', province: '四川省、云南省', match: 'exact' });
  });

  it.each([
    ['baihetna', 1], // swapped letters
    ['baihetam', 1],
    ['bayhetan', 1],
    ['baihtan', 1],
    ['biahetna', 2],
  ])('tolerates the typo %s (distance %i)', (q, distance) => {
    expect(top(q)).toMatchObject({ id: 'hydro-baihetan', match: 'fuzzy', distance });
  });

  it('allows no typo below four letters', () => {
    expect(ids(search(index, 'bjt'))).not.toContain('project:hydro-baihetan');
  });

  it('tells the 朝阳区 of Beijing and of Changchun apart by label', () => {
    const rs = search(index, '朝阳区').filter((r) => r.name_zh === '朝阳区');
    expect(rs.map((r) => r.label).sort()).toEqual(['朝阳区 · 北京市', '朝阳区 · 长春市']);
    expect(rs.map((r) => r.province).sort()).toEqual(['北京市', '吉林省']);
    expect(rs.map((r) => r.id).sort()).toEqual(['110105', '220104']);
  });

  it('puts the 巫山 airport before the 巫山 county', () => {
    const rs = search(index, '巫山');
    expect(ids(rs.slice(0, 2))).toEqual(['project:air-wushan', 'county:500237']);
    expect(rs[1]).toMatchObject({ label: '巫山县 · 重庆市', match: 'exact' });
  });

  it('finds both 大别山 special areas first', () => {
    const rs = search(index, '大别山');
    expect(ids(rs.slice(0, 2)).sort()).toEqual(['area:contig-dabieshan', 'area:old-dabieshan']);
  });

  it('tells apart the two 四省藏区 areas', () => {
    const labels = search(index, '四省藏区').filter((r) => r.kind === 'area').map((r) => r.label);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
  });

  it.each([
    ['henan', 'province', '41'],
    ['河南', 'province', '41'],
    ['chongqing', 'province', '50'],
    ['changsha', 'prefecture', '4301'],
    ['lvliang', 'prefecture', '1411'],
    ['xian', 'prefecture', '6101'],
    ['Golmud Airport', 'project', 'air-golmud'],
    ['golmud', 'project', 'air-golmud'],
  ])('ranks %s → %s %s first', (q, kind, id) => {
    expect(top(q)).toMatchObject({ kind, id });
  });

  it('matches English names by word, case- and diacritic-insensitively', () => {
    expect(top('yellow river')).toMatchObject({ id: 'base-huanghe-upper', match: 'substring' });
    expect(top('Wushan Airport')).toMatchObject({ id: 'air-wushan', match: 'exact' });
    expect(ids(search(index, 'Lüliang'))).toContain('area:contig-lvliang');
    expect(top('Inner Mongolia')).toMatchObject({ kind: 'province', id: '15' });
    // counties and prefectures by the data build's transliteration
    expect(top('Butuo County')).toMatchObject({ kind: 'county', name_zh: '布拖县', match: 'exact' });
    expect(ids(search(index, 'Liangshanyizu Autonomous Prefecture'))).toContain('prefecture:5134');
  });

  it('matches pinyin from a syllable start but not from inside one', () => {
    expect(ids(search(index, 'hetan', 50))).toContain('project:hydro-baihetan');
    expect(ids(search(index, 'etan', 50))).not.toContain('project:hydro-baihetan');
  });

  it('ranks exact before prefix before substring before fuzzy', () => {
    const order = ['exact', 'prefix', 'substring', 'fuzzy'];
    for (const q of ['xian', '山', 'henan', 'chaoyang', 'baihetna', 'railway']) {
      const ranks = search(index, q, 30).map((r) => order.indexOf(r.match));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('handles one-character, empty, blank, odd and very long queries', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '—·!?')).toEqual([]);
    expect(search(index, '山')).toHaveLength(10);
    expect(search(index, 'b', 3)).toHaveLength(3);
    expect(search(index, 'x', 0)).toEqual([]);
    expect(search(index, 'z'.repeat(500))).toEqual([]);
    expect(search(index, '白'.repeat(500))).toEqual([]);
  });

  it('returns results without the matching keys', () => {
    const r = top('bht');
    expect(Object.keys(r).sort()).toEqual(['bbox', 'distance', 'id', 'kind', 'label', 'layer', 'match', 'name_en', 'name_zh', 'province', 'province_en']);
  });
});

describe('search: poverty counties (issue 13)', () => {
  it('finds the 贫困县 layer’s exit batches by "贫困县"', () => {
    const found = ids(search(index, '贫困县'));
    for (const y of [2016, 2017, 2018, 2019, 2020]) expect(found).toContain(`area:poverty-exit-${y}`);
  });
});
