/**
 * The catalog layer names: the values of `layer` in the hand-authored data/catalog/*.json, which
 * the build copies to `properties.layer` of every feature of public/generated/catalog.json. This
 * is the one place they are written; the catalog schema accepts only these, the map's layer
 * registry (./layers/registry.ts) draws each of them, and domain and UI code refer to them through {@link CATALOG_LAYER}.
 */

/** Catalog layer names by a code-friendly key (`CATALOG_LAYER.floodRiver` is `'flood-river'`). */
export const CATALOG_LAYER = {
  railway: 'railway',
  highway: 'highway',
  airport: 'airport',
  reservoir: 'reservoir',
  waterSupply: 'water-supply',
  irrigation: 'irrigation',
  floodRiver: 'flood-river',
  hydroBase: 'hydro-base',
  hydroStation: 'hydro-station',
  thermalPlant: 'thermal-plant',
  transmission: 'transmission',
  cbm: 'cbm',
  gasPipeline: 'gas-pipeline',
  shaleGas: 'shale-gas',
} as const;

/** A catalog layer name, e.g. `'railway'`. */
export type CatalogLayer = (typeof CATALOG_LAYER)[keyof typeof CATALOG_LAYER];

/** Every catalog layer name, in declaration order. */
export const CATALOG_LAYERS = Object.values(CATALOG_LAYER) as [CatalogLayer, ...CatalogLayer[]];

/**
 * A hydropower station closer than this to a county of another province (km, on the shipped
 * county outlines) is counted in both provinces by the data build: a dam on a border river has
 * its two ends on two banks (白鹤滩: 宁南县, Sichuan and 巧家县, Yunnan). The detail panel says so.
 */
export const BORDER_DAM_TOLERANCE_KM = 1.5;
