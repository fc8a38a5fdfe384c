/**
 * The first map's two steps (issue 15: first load ≤ 900 KB gzip). When the page opens at or
 * below {@link FIRST_MAP_MAX_ZOOM} (the home view is about 3.4), it draws the coarse basemap
 * files of {@link FIRST_MAP_FILES} first and fetches the full geometry after that map is drawn;
 * a link deeper in loads the full files at once. Made by scripts/lib/firstMap.ts.
 */

/** Highest MapLibre zoom at which the coarse first-map geometry draws the same picture as the full one (4 km vertex spacing ≈ 1 px). */
export const FIRST_MAP_MAX_ZOOM = 5;

/** Each full basemap file and its coarse first-map copy (public/generated/). */
export const FIRST_MAP_FILES = {
  'admin.topo.json': 'admin-first.topo.json',
  'world.json': 'world-first.json',
  'rivers.json': 'rivers-first.json',
} as const;
