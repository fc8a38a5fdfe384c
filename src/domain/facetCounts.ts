/**
 * Facet counts that respect the other facets: each facet's value counts are taken over the
 * records passing every *other* facet (the usual faceted-search rule: ticking 四川 narrows the
 * category counts, but not the province counts themselves). Also the layers holding matches and
 * the matches' bounds, for "show matching layers" and "zoom to matches". Pure, no DOM.
 */
import { POVERTY_DESIGNATIONS, povertyGroup, povertyPasses, recordPasses, type Facet, type Filters, type PovertyFacetFacts } from './filters';
import type { CatalogFeature } from './types';

export interface FacetCount {
  value: string;
  /** records carrying the value among those passing the other facets */
  count: number;
}

/** The values of `facet` a record carries (a project crossing two provinces carries both). */
function valuesOf(r: CatalogFeature, facet: Exclude<Facet, 'areas'>): string[] {
  const p = r.properties;
  return facet === 'actions' ? [p.action] : facet === 'categories' ? [p.category] : p.computed.provinces;
}

/**
 * Counts of each value of `facet`, computed with all other facets applied. Every value found in
 * `records` is listed (count 0 when the other facets exclude all its records), most first, then
 * by Chinese collation.
 * @example facetCounts(recs, { ...NO_FILTERS, categories: ['energy'] }, 'provinces') counts energy projects per province
 */
export function facetCounts(records: readonly CatalogFeature[], filters: Filters, facet: Exclude<Facet, 'areas'>): FacetCount[] {
  const others: Filters = { ...filters, [facet]: [] };
  const n = new Map<string, number>();
  for (const r of records) {
    const pass = recordPasses(r, others);
    for (const v of valuesOf(r, facet)) n.set(v, (n.get(v) ?? 0) + (pass ? 1 : 0));
  }
  return [...n].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
}

/** Counts of special areas `areaIds` among the projects passing the other facets (a project touching an area counts once). */
export function areaFacetCounts(records: readonly CatalogFeature[], filters: Filters, areaIds: readonly string[]): FacetCount[] {
  const others: Filters = { ...filters, areas: [] };
  const passing = records.filter((r) => recordPasses(r, others));
  return areaIds.map((value) => ({ value, count: passing.filter((r) => (r.properties.computed.areas[value] ?? 0) > 0).length }));
}

/** The records passing all facets. */
export function matchingRecords(records: readonly CatalogFeature[], filters: Filters): CatalogFeature[] {
  return records.filter((r) => recordPasses(r, filters));
}

/** Catalog layer keys (`properties.layer`) holding at least one match, in first-match order. */
export function matchingLayerKeys(records: readonly CatalogFeature[], filters: Filters): string[] {
  return [...new Set(matchingRecords(records, filters).map((r) => r.properties.layer))];
}

/**
 * Bounds `[west, south, east, north]` in degrees of the matching records' geometry, or null when
 * nothing matches.
 */
export function matchBounds(records: readonly CatalogFeature[], filters: Filters): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const r of matchingRecords(records, filters)) {
    const g = r.geometry;
    const pts = g.type === 'Point' ? [g.coordinates] : g.coordinates;
    for (const [x, y] of pts) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return w <= e ? [w, s, e, n] : null;
}



/**
 * Counts of the poverty facet's values over the poverty counties (units: 海西's three 行委 count
 * 3), each taken with the province facet and the poverty facet's *other* groups applied: a
 * designation's count among the chosen 片区 and exit years, and so on. Designations first, then
 * the 片区 (most counties first), then the years 2016–2020.
 */
export function povertyFacetCounts(counties: readonly (PovertyFacetFacts & { province: string; units: number })[], filters: Filters): FacetCount[] {
  const inProv = counties.filter((c) => !filters.provinces.length || filters.provinces.includes(c.province));
  const count = (value: string) => {
    const others = filters.poverty.filter((v) => povertyGroup(v) !== povertyGroup(value));
    return inProv.filter((c) => povertyPasses(c, [...others, value])).reduce((n, c) => n + c.units, 0);
  };
  const units = new Map<string, number>();
  for (const c of counties) if (c.area) units.set(c.area, (units.get(c.area) ?? 0) + c.units);
  const areas = [...units].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  const years = [...new Set(counties.map((c) => String(c.exitYear)))].sort();
  return [...POVERTY_DESIGNATIONS, ...areas, ...years].map((value) => ({ value, count: count(value) }));
}
