/**
 * Totals of a report: by special area, by special-area group, by project layer.
 */
import type { SpecialArea } from '../types';
import { AREA_GROUPS, type AreaTotal, type CountyHit, type GroupTotal, type LayerTotal, type ProjectHit } from './types';

/**
 * Per special area with at least one county in the report: its counties there and their area
 * inside (km²); per group (always the four of {@link AREA_GROUPS}, then any other group of the
 * data): distinct counties and their area inside.
 */
export function areaTotals(hits: CountyHit[], areas: SpecialArea[]): { areas: AreaTotal[]; groups: GroupTotal[] } {
  const hitBy = new Map(hits.map((h) => [h.adcode, h]));
  const out: AreaTotal[] = [];
  const groupCounties = new Map<string, Set<string>>(AREA_GROUPS.map((g) => [g, new Set<string>()]));
  for (const a of areas) {
    const inArea = a.counties.map((c) => hitBy.get(c)).filter((h): h is CountyHit => h !== undefined);
    const set = groupCounties.get(a.group) ?? new Set<string>();
    groupCounties.set(a.group, set);
    if (inArea.length === 0) continue;
    for (const h of inArea) set.add(h.adcode);
    out.push({ id: a.id, group: a.group, name: a.name.zh, counties: inArea.length, insideKm2: inArea.reduce((s, h) => s + h.insideKm2, 0) });
  }
  const groups = [...groupCounties].map(([group, set]) => ({
    group,
    counties: set.size,
    insideKm2: [...set].reduce((s, c) => s + (hitBy.get(c)?.insideKm2 ?? 0), 0),
  }));
  return { areas: out, groups };
}

/** Per layer with a project in the report: count, km of lines inside, MW of points inside (plants). */
export function layerTotals(projects: ProjectHit[]): LayerTotal[] {
  const by = new Map<string, LayerTotal>();
  for (const p of projects) {
    const t = by.get(p.layer) ?? { layer: p.layer, category: p.category, count: 0, kmInside: 0, mwInside: 0 };
    t.count++;
    t.kmInside += p.kmInside;
    if (p.kind === 'point') t.mwInside += p.capacityMW ?? 0;
    by.set(p.layer, t);
  }
  return [...by.values()];
}
