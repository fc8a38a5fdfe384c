/**
 * The plan's county targets checked against the atlas: 专栏18(九)'s "396个革命老区贫困县" beside
 * the count of poverty counties inside the atlas's old revolutionary areas. Pure.
 */
import { AREA_GROUP } from './areaGroups';
import type { PovertyData } from './poverty';
import type { SpecialArea } from './types';

export interface OldAreaPovertyCheck {
  /** the plan's figure */
  plan: number;
  /** poverty-county units inside any of the atlas's old areas */
  atlas: number;
  byArea: { id: string; name: { zh: string; en: string }; counties: number; poverty: number }[];
}

export const PLAN_OLD_AREA_POVERTY_COUNTIES = 396;

export function oldAreaPovertyCheck(areas: SpecialArea[], poverty: PovertyData): OldAreaPovertyCheck {
  const by = new Map(poverty.counties.map((c) => [c.adcode, c]));
  const old = areas.filter((a) => a.group === AREA_GROUP.oldArea);
  const union = new Set(old.flatMap((a) => a.counties.filter((c) => by.has(c))));
  return {
    plan: PLAN_OLD_AREA_POVERTY_COUNTIES,
    atlas: [...union].reduce((s, c) => s + (by.get(c)?.units ?? 0), 0),
    byArea: old.map((a) => ({ id: a.id, name: a.name, counties: a.counties.length, poverty: a.counties.filter((c) => by.has(c)).length })),
  };
}
