/**
 * zod schemas for the hand-authored plan catalog in `data/catalog/*.json`.
 *
 * A catalog file is `{ "records": CatalogRecord[] }`. Coordinates are WGS84 (EPSG:4326)
 * `[longitude, latitude]` in degrees; the bounds below are China's extent plus a margin, so a
 * swapped or projected coordinate fails validation with the record id in the message.
 */
import { z } from 'zod';
import { CATALOG_LAYERS } from './catalogLayers';

/** WGS84 `[lon, lat]` in degrees, limited to China's extent (73–136°E, 3–54°N). */
export const LonLat = z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]);

/** A named place on a line or a point site. `admin` is the prefecture or province the place lies in (e.g. "银川市"), checked against the county map at build time. */
export const Place = z.object({
  name: z.string().min(1),
  lonlat: LonLat,
  admin: z.string().min(2).optional(),
});
export type Place = z.infer<typeof Place>;

/** Where the plan names the record. `quote` must occur verbatim in the plan text after `after` (an anchor such as "——铁路"); the build turns it into a character span. */
export const Source = z.object({
  section: z.enum(['第二节', '第三节', '第四节']),
  column: z.string().regex(/^专栏1[678](\([一二三四五六七八九]\))?$/).optional(),
  quote: z.string().min(2),
  after: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

export const Geometry = z.discriminatedUnion('kind', [
  /** A line through its places in order (stations, cities, river reaches). */
  z.object({ kind: z.literal('line'), via: z.array(Place).min(2) }),
  /** A point at its real site. */
  z.object({ kind: z.literal('point'), at: Place }),
]);

export const Numbers = z
  .object({
    capacityMW: z.number().positive().optional(),
    voltageKV: z.number().positive().optional(),
    units: z.string().optional(),
  })
  .strict();

export const CatalogRecord = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** one of {@link CATALOG_LAYERS} */
    layer: z.enum(CATALOG_LAYERS),
    category: z.enum(['transport', 'water', 'energy']),
    subcategory: z.string().min(1),
    name: z.object({ zh: z.string().min(2), en: z.string().min(2) }),
    action: z.string().min(2),
    geometry: Geometry,
    numbers: Numbers.optional(),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    source: Source,
    coordSource: z.string().min(10),
  })
  .strict();
export type CatalogRecord = z.infer<typeof CatalogRecord>;

export const CatalogFile = z.object({ records: z.array(CatalogRecord).min(1) }).strict();
