/**
 * Special-area groups and the ids of the areas the data build derives: the values of `group` and
 * `id` of data/areas/*.json and of the derived areas (scripts/lib/areas.ts), copied to
 * public/generated/areas.json. This is the one place they are written; the area schema accepts
 * only these groups, the layer registry (./layers/registry.ts) draws each group, and domain and UI code refer to
 * them through {@link AREA_GROUP} and {@link DERIVED_AREA}.
 */

/** Area groups by a code-friendly key (`AREA_GROUP.oldArea` is `'old-area'`). */
export const AREA_GROUP = {
  oldArea: 'old-area',
  border: 'border',
  /** Tibet, the Tibetan areas of four provinces and southern Xinjiang (the plan's special support) */
  region: 'region',
  ethnic: 'ethnic',
  contiguousDestitute: 'contiguous-destitute',
  waterPriority: 'water-priority',
  /** the 832 national poverty counties, one area per exit batch (data/poverty, scripts/lib/poverty.ts) */
  poverty: 'poverty-county',
} as const;

/** A special-area group, e.g. `'old-area'`. */
export type AreaGroup = (typeof AREA_GROUP)[keyof typeof AREA_GROUP];

/** Every area group, in declaration order. */
export const ALL_AREA_GROUPS = Object.values(AREA_GROUP) as [AreaGroup, ...AreaGroup[]];

const AREA_GROUP_ZH: Readonly<Record<AreaGroup, string>> = {
  [AREA_GROUP.contiguousDestitute]: '集中连片特困地区',
  [AREA_GROUP.oldArea]: '革命老区',
  [AREA_GROUP.region]: '特殊支持地区',
  [AREA_GROUP.waterPriority]: '水利重点片区',
  [AREA_GROUP.border]: '边境地区',
  [AREA_GROUP.ethnic]: '民族地区',
  [AREA_GROUP.poverty]: '贫困县',
};

/**
 * Short Chinese name of a group (the group itself for one not declared here), used only to tell
 * apart areas of the same name (四省藏区 is both a contiguous destitute area and a region of the
 * plan's special support).
 */
export function areaGroupZh(group: string): string {
  return (AREA_GROUP_ZH as Readonly<Record<string, string | undefined>>)[group] ?? group;
}

/** Ids of the areas the data build derives rather than reads from data/areas. */
export const DERIVED_AREA = {
  /** counties on the land border (group {@link AREA_GROUP.border}) */
  borderCounties: 'border-counties',
  /** ethnic autonomous units (group {@link AREA_GROUP.ethnic}) */
  ethnicAutonomous: 'ethnic-autonomous',
} as const;

/** Id of the derived area of the poverty counties that exited in batch `year` (2016–2020). */
export function povertyExitAreaId(year: number): string {
  return `poverty-exit-${year}`;
}
