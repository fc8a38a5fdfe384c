/**
 * The first map's two steps (issue 15: first load ≤ 900 KB gzip). When the page opens at or
 * below {@link FIRST_MAP_MAX_ZOOM} (the home view is about 3.4), it draws the coarse basemap
 * files of {@link FIRST_MAP_FILES} first and fetches the full geometry after that map is drawn;
 * a link deeper in loads the full files at once. Made by scripts/lib/firstMap.ts.
 */

/** Highest MapLibre zoom at which the coarse first-map geometry draws the same picture as the full one (4 km vertex spacing ≈ 1 px). */
export const FIRST_MAP_MAX_ZOOM = 5;

/** Each full file and its first-map copy (public/generated/): coarse geometry, or records with fewer fields. */
export const FIRST_MAP_FILES = {
  'admin.topo.json': 'admin-first.topo.json',
  'world.json': 'world-first.json',
  'rivers.json': 'rivers-first.json',
  'catalog.json': 'catalog-first.json',
  'poverty-counties.json': 'poverty-first.json',
} as const;

/**
 * The fields of a catalog record the first map needs (drawing, names, tooltips, the layer panel's
 * counts and the facet filters); `catalog-first.json` holds only these. The rest — `via`, `via_en`,
 * `attributes`, `citation`, `coordSource`, `delivery` (about 40 KiB of the 84 KiB gzip) — comes
 * with the full `catalog.json` after the first map, and what shows it (the detail panel, the
 * plan text's links, the time slider) waits for data 'full' (./atlasData.ts `detail`).
 */
export const FIRST_CATALOG_FIELDS = ['id', 'layer', 'category', 'subcategory', 'name_zh', 'name_en', 'action', 'capacityMW', 'voltageKV', 'units', 'computed'] as const;

/**
 * The first map's copy of the catalog: every record with its geometry and only
 * {@link FIRST_CATALOG_FIELDS}.
 * @param catalog the catalog as catalog.json holds it
 */
export function firstMapCatalog<F extends { properties: object }>(catalog: { type: 'FeatureCollection'; features: F[] }): { type: 'FeatureCollection'; features: F[] } {
  const keep = new Set<string>(FIRST_CATALOG_FIELDS);
  return {
    ...catalog,
    features: catalog.features.map((f) => ({ ...f, properties: Object.fromEntries(Object.entries(f.properties).filter(([k]) => keep.has(k))) as F['properties'] })),
  };
}

/**
 * The first map's copy of the poverty counties: each county without `facts` (the per-fact
 * evidence with its source URLs, 27 of the file's 40 KiB gzip, shown in the detail panel and the
 * analysis, which wait for data 'full'); its designation, 片区, exit year and evidence level stay.
 * @param poverty poverty-counties.json's content
 */
export function firstMapPoverty<C extends object, P extends { counties: C[] }>(poverty: P): P {
  return { ...poverty, counties: poverty.counties.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'facts')) as C) };
}
