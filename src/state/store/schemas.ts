/**
 * zod schemas of the stored values, used on every read (a corrupt record is skipped, not
 * trusted), before every write and on project-file import. GeoJSON objects keep keys the schema
 * does not name (`bbox`, `id` …); imported layers' features are checked one level deep only,
 * by a plain loop, because a layer may hold 100k+ features.
 */
import '../../domain/zodConfig';
import { z } from 'zod';
import type { ImportFix, ImportFormat, UserFeature } from '../../domain/import/types';
import { REGION_ORIGINS, type RegionOrigin } from '../../domain/model';
import { SavedViewSchema } from '../views';
import { describeIssue } from '../zodIssue';
import type { Bilingual } from './errors';
import type { StoreKind, StoreValues } from './records';

/** `Object.keys` of an exhaustive `Record<K, true>`: the compiler checks no member is missing. */
function keysOf<K extends string>(r: Record<K, true>): [K, ...K[]] {
  return Object.keys(r) as [K, ...K[]];
}

const FORMATS: Record<ImportFormat, true> = { geojson: true, topojson: true, csv: true, xlsx: true, kml: true, 'shapefile-zip': true };
const FIXES: Record<ImportFix, true> = {
  'swap-lonlat': true,
  'gcj02-to-wgs84': true,
  'bd09-to-wgs84': true,
  'webmercator-to-wgs84': true,
  'shift-longitude-360': true,
  simplify: true,
  'repair-polygons': true,
};
const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first thing wrong with one imported feature, or null. Coordinates are not walked. */
function featureProblem(f: unknown): { path: string[]; en: string; zh: string } | null {
  if (!isObject(f) || f.type !== 'Feature') return { path: [], en: 'expected a GeoJSON Feature object', zh: '应为 GeoJSON Feature 对象' };
  const g = f.geometry;
  if (!isObject(g) || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) {
    return { path: ['geometry'], en: `expected a geometry of type ${[...GEOMETRY_TYPES].join(', ')}`, zh: `应为以下类型之一的几何：${[...GEOMETRY_TYPES].join('、')}` };
  }
  if (!Array.isArray(g.coordinates)) return { path: ['geometry', 'coordinates'], en: 'expected an array', zh: '应为数组' };
  if (!isObject(f.properties)) return { path: ['properties'], en: 'expected an object', zh: '应为对象' };
  return null;
}

const FeaturesSchema = z
  .custom<UserFeature[]>((v) => Array.isArray(v), { message: 'expected an array of GeoJSON features', params: { zh: '应为 GeoJSON 要素数组' } })
  .superRefine((features, ctx) => {
    for (let i = 0; i < features.length; i++) {
      const p = featureProblem(features[i]);
      if (p) {
        // One issue is enough to refuse the layer; walking on would only cost time.
        ctx.addIssue({ code: 'custom', path: [i, ...p.path], message: p.en, params: { zh: p.zh } });
        return;
      }
    }
  });

const num = z.number();
const BboxSchema = z.tuple([num, num, num, num]);
const FieldInfoSchema = z.object({
  name: z.string(),
  type: z.enum(['number', 'string', 'boolean']),
  count: num,
  values: z.array(z.object({ value: z.string(), count: num })),
  distinct: num,
  min: num.optional(),
  max: num.optional(),
});
const ImportedDataSchema = z.object({
  name: z.string(),
  fileName: z.string(),
  format: z.enum(keysOf(FORMATS)),
  features: FeaturesSchema,
  fields: z.array(FieldInfoSchema),
  bbox: BboxSchema,
  kinds: z.object({ point: num, line: num, polygon: num }),
  vertexCount: num,
  applied: z.array(z.enum(keysOf(FIXES))),
  sourceBytes: num,
});

const byte = z.number().int().min(0).max(255);
const Common = { id: z.string().min(1), title: z.string(), createdAt: z.string() };

export const UserLayerSchema = z.object({
  ...Common,
  data: ImportedDataSchema,
  style: z.object({ color: z.tuple([byte, byte, byte]), field: z.string().nullable(), hidden: z.array(z.string()).optional() }),
});

const PositionSchema = z.array(num).min(2);
const PositionsSchema = z.array(PositionSchema);
/** A drawn region: WGS84 Polygon or MultiPolygon feature (small: checked fully). */
export const RegionFeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  geometry: z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(PositionsSchema) }),
    z.looseObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(PositionsSchema)) }),
  ]),
  properties: z.record(z.string(), z.unknown()).nullable(),
  id: z.union([z.string(), num]).optional(),
});

/**
 * The origin of a region saved before regions kept one, by the rule the app used then: a title
 * starting with "✎" (the drawing tools' and the circle tool's titles, e.g. "✎ 绘制区域",
 * "✎ circle r=300 km") was drawn, any other was picked. A "✎" title ending in a radius
 * ("r=300 km") came from the circle tool. Imported polygons were titled by their feature's name,
 * so they read as picked.
 * @param title the stored region's title
 */
export function legacyRegionOrigin(title: string): RegionOrigin {
  if (!title.startsWith('✎')) return 'picked';
  return / r=\d+(\.\d+)? km$/.test(title) ? 'circle' : 'drawn';
}

/** A saved region; one saved without `origin` is read with {@link legacyRegionOrigin}. */
export const StoredRegionSchema = z
  .object({ ...Common, region: RegionFeatureSchema, origin: z.enum(REGION_ORIGINS).optional() })
  .transform(({ origin, ...r }) => ({ ...r, origin: origin ?? legacyRegionOrigin(r.title) }));

const CoverageOptionsSchema = z.looseObject({
  within: z.array(z.object({ layer: z.string(), km: num })).optional(),
  nearestLayers: z.array(z.string()).optional(),
  sampleCount: num.optional(),
  minInsideKm2: num.optional(),
});
const seatSource = z.enum(['seat', 'centroid']);
const nullableNum = num.nullable();
const ProjectHitSchema = z.looseObject({
  id: z.string(),
  layer: z.string(),
  category: z.string(),
  name_zh: z.string(),
  kind: z.enum(['line', 'point']),
  kmInside: num,
  kmTotal: num,
  capacityMW: nullableNum,
  pieces: z.array(PositionsSchema),
});
/** The analysis report, as src/domain/analysis/types.ts defines it (extra keys kept). */
const CoverageReportSchema = z.looseObject({
  region: z.looseObject({ areaKm2: num, perimeterKm: num, bbox: BboxSchema }),
  counties: z.array(
    z.looseObject({
      adcode: z.string(),
      name: z.string(),
      provName: z.string(),
      areaKm2: num,
      insideKm2: num,
      sharePct: num,
      areaIds: z.array(z.string()),
      seat: PositionSchema,
      seatSource,
    }),
  ),
  areas: z.array(z.looseObject({ id: z.string(), group: z.string(), name: z.string(), counties: num, insideKm2: num })),
  groups: z.array(z.looseObject({ group: z.string(), counties: num, insideKm2: num })),
  projects: z.array(ProjectHitSchema),
  // reports saved before imported features had their own section have none
  imported: z.array(ProjectHitSchema).default([]),
  importedLayers: z.array(z.looseObject({ layer: z.string(), category: z.string(), count: num, kmInside: num, mwInside: num })).default([]),
  layers: z.array(z.looseObject({ layer: z.string(), category: z.string(), count: num, kmInside: num, mwInside: num })),
  airports: z.array(ProjectHitSchema),
  within: z.array(
    z.looseObject({
      layer: z.string(),
      km: num,
      areaSharePct: num,
      areaShareErrorPct: num,
      areaShareBoundPct: num,
      samples: num,
      seatCount: num,
      seatSharePct: num,
      byArea: z.record(z.string(), z.object({ counties: num, within: num })),
    }),
  ),
  nearest: z.array(
    z.looseObject({
      adcode: z.string(),
      name: z.string(),
      from: PositionSchema,
      fromSource: seatSource,
      km: z.record(z.string(), nullableNum),
      featureId: z.record(z.string(), z.string().nullable()),
    }),
  ),
});

export const StoredReportSchema = z.object({ ...Common, region: RegionFeatureSchema, options: CoverageOptionsSchema, report: CoverageReportSchema });

export const StoredViewSchema = SavedViewSchema.extend({ order: num });

/** The schema of each kind's value; the annotation makes the compiler check it against records.ts. */
export const VALUE_SCHEMAS: { [K in StoreKind]: z.ZodType<StoreValues[K]> } = {
  layers: UserLayerSchema,
  regions: StoredRegionSchema,
  reports: StoredReportSchema,
  views: StoredViewSchema,
};

/**
 * Check `value` against its kind's schema.
 * @returns the parsed value (unknown keys of plain records dropped), or the first problem with its path
 */
export function checkValue<K extends StoreKind>(kind: K, value: unknown, prefix: (string | number)[] = []): { value: StoreValues[K] } | { problem: Bilingual } {
  const r = VALUE_SCHEMAS[kind].safeParse(value, { reportInput: true });
  return r.success ? { value: r.data } : { problem: describeIssue(r.error.issues[0], prefix) };
}
