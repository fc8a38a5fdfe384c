/**
 * The special areas as a pick list grouped by kind (集中连片特困地区, 革命老区, the plan's special
 * support regions, water priority areas, border, ethnic, poverty counties), each area once, with
 * the document that defines it (its provenance in data/areas/*.json or the data build's derived
 * areas). Areas of one name in two groups (四省藏区 is both a 片区 and a support region) stay
 * apart under their groups; a name repeated within one group is told apart by its id.
 */
import { ALL_AREA_GROUPS, AREA_GROUP, type AreaGroup } from './areaGroups';
import type { SpecialArea } from './types';

export interface AreaPickItem {
  id: string;
  name: string;
  /** the defining document and its year, e.g. "大别山革命老区振兴发展规划 (2015)" */
  source: string;
}

export interface AreaPickGroup {
  group: AreaGroup | string;
  items: AreaPickItem[];
}

/** Order of the groups in the list: the plan's own categories first. */
const ORDER: readonly string[] = [AREA_GROUP.contiguousDestitute, AREA_GROUP.oldArea, AREA_GROUP.region, AREA_GROUP.waterPriority, AREA_GROUP.border, AREA_GROUP.ethnic, AREA_GROUP.poverty];

/**
 * Groups `areas` for a pick list in `lang`. Groups in {@link ORDER} (unknown groups after, in
 * first-seen order), areas in data order; an area id listed twice is kept once.
 */
export function areaPickGroups(areas: readonly SpecialArea[], lang: 'zh' | 'en'): AreaPickGroup[] {
  const byGroup = new Map<string, SpecialArea[]>();
  const seen = new Set<string>();
  for (const a of areas) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), a]);
  }
  const rank = (g: string) => (ORDER.includes(g) ? ORDER.indexOf(g) : ORDER.length + (ALL_AREA_GROUPS as readonly string[]).indexOf(g as AreaGroup) + 1);
  return [...byGroup.keys()]
    .sort((x, y) => rank(x) - rank(y))
    .map((group) => {
      const list = byGroup.get(group)!;
      const names = new Map<string, number>();
      for (const a of list) names.set(a.name[lang], (names.get(a.name[lang]) ?? 0) + 1);
      return {
        group,
        items: list.map((a) => ({
          id: a.id,
          name: names.get(a.name[lang])! > 1 ? `${a.name[lang]} (${a.id})` : a.name[lang],
          source: `${a.provenance.document} (${a.provenance.year})`,
        })),
      };
    });
}
