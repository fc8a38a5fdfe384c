/**
 * Feature filters: by category/subcategory, plan action, province and special area. Values within
 * one facet combine with OR, facets with AND; an empty facet filters nothing. Pure functions over
 * the catalog's computed facts (provinces and special areas come from geometry at build time).
 */
import type { CatalogFeature, CountyProperties } from './types';

export interface Filters {
  /** catalog categories ('transport', 'water', 'energy') or subcategories */
  categories: string[];
  /** plan actions as the plan words them (加快建设, 规划建设 …) */
  actions: string[];
  /** provinces by name (as in CountyProperties.provName) */
  provinces: string[];
  /** special areas by id */
  areas: string[];
  /**
   * the 贫困县 layer: designations ('key', 'pianqu', 'both'), 片区 (areas.json ids, 'contig-…') and exit batch years ('2016'…'2020');
   * designations OR, 片区 OR, years OR, the three AND; narrows only the poverty-county layer
   */
  poverty: string[];
}

export type Facet = keyof Filters;
export const FACETS: readonly Facet[] = ['categories', 'actions', 'provinces', 'areas', 'poverty'];

export const NO_FILTERS: Filters = { categories: [], actions: [], provinces: [], areas: [], poverty: [] };

/** True when no facet holds a value. */
export function isEmpty(f: Filters): boolean {
  return FACETS.every((k) => f[k].length === 0);
}

/** Whether a catalog record passes the filters. */
export function recordPasses(r: CatalogFeature, f: Filters): boolean {
  const p = r.properties;
  if (f.categories.length && !f.categories.includes(p.category) && !f.categories.includes(p.subcategory)) return false;
  if (f.actions.length && !f.actions.includes(p.action)) return false;
  if (f.provinces.length && !p.computed.provinces.some((x) => f.provinces.includes(x))) return false;
  if (f.areas.length && !f.areas.some((a) => (p.computed.areas[a] ?? 0) > 0)) return false;
  return true;
}

/**
 * Whether a county of a special-area layer stays drawn: the province facet narrows areas to the
 * chosen provinces and the area facet to the chosen areas; categories and actions concern
 * projects only.
 * @param areaId the special area the county is drawn for
 * @param areasOfCounty ids of every special area holding the county
 * @param poverty the county's poverty-county facts, when it is one: the poverty facet narrows the
 *   poverty-county layer (areas `poverty-exit-*`) only
 */
export function countyPasses(c: CountyProperties, areaId: string, areasOfCounty: readonly string[], f: Filters, poverty?: PovertyFacetFacts): boolean {
  if (f.provinces.length && !f.provinces.includes(c.provName)) return false;
  if (f.poverty.length && areaId.startsWith('poverty-exit-') && !povertyPasses(poverty, f.poverty)) return false;
  if (f.areas.length && !f.areas.includes(areaId) && !f.areas.some((a) => areasOfCounty.includes(a))) return false;
  return true;
}

/** Add or remove one value of a facet. */
export function toggleValue(f: Filters, facet: Facet, value: string): Filters {
  const has = f[facet].includes(value);
  return { ...f, [facet]: has ? f[facet].filter((v) => v !== value) : [...f[facet], value] };
}

/** Distinct values of a facet over the records, with how many records carry each, most first. */
export function facetValues(records: CatalogFeature[], facet: 'actions' | 'categories' | 'provinces'): { value: string; count: number }[] {
  const n = new Map<string, number>();
  for (const r of records) {
    const p = r.properties;
    const vals = facet === 'actions' ? [p.action] : facet === 'categories' ? [p.category] : p.computed.provinces;
    for (const v of vals) n.set(v, (n.get(v) ?? 0) + 1);
  }
  return [...n].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
}

/** Poverty-facet values of designation; a four-digit value is an exit year, any other a 片区 (areas.json id). */
export const POVERTY_DESIGNATIONS = ['key', 'pianqu', 'both'] as const;

/** The poverty facet's three groups of values. */
export type PovertyGroup = 'designation' | 'area' | 'year';

/** Which group a poverty-facet value belongs to: a designation, an exit year (`2016`…`2020`) or a 片区 id (`contig-…`). */
export function povertyGroup(value: string): PovertyGroup {
  if ((POVERTY_DESIGNATIONS as readonly string[]).includes(value)) return 'designation';
  return /^\d{4}$/.test(value) ? 'year' : 'area';
}

/** A poverty county's facts the facet reads: designation, 片区 id (null: none), exit year. */
export interface PovertyFacetFacts {
  designation: string;
  area?: string | null;
  exitYear: number;
}

/**
 * Whether a poverty county passes the poverty facet's `values`: designations OR, 片区 OR, exit
 * years OR, the three groups AND. A county without poverty facts fails any non-empty facet.
 */
export function povertyPasses(p: PovertyFacetFacts | undefined, values: readonly string[]): boolean {
  if (!values.length) return true;
  if (!p) return false;
  const of = (g: PovertyGroup) => values.filter((v) => povertyGroup(v) === g);
  const [des, areas, years] = [of('designation'), of('area'), of('year')];
  return (!des.length || des.includes(p.designation)) && (!areas.length || (!!p.area && areas.includes(p.area))) && (!years.length || years.includes(String(p.exitYear)));
}
