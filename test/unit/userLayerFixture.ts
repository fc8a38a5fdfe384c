/** Test helper: an imported layer built in memory, and a few real county seats with fields to colour by. */
import type { ImportedData, UserFeature } from '../../src/domain/import/types';
import type { UserLayer } from '../../src/domain/model';

/** A point feature at (lon, lat) with `props`. */
export const pt = (lon: number, lat: number, props: UserFeature['properties']): UserFeature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props });

/**
 * @param features the layer's features
 * @param fields its fields, as the import would find them
 * @returns an imported layer titled 试点县城, single colour [1, 2, 3], kinds counted from the geometries
 */
export function layer(features: UserFeature[], fields: ImportedData['fields'], id = 'user:t1'): UserLayer {
  const kinds = { point: 0, line: 0, polygon: 0 };
  for (const f of features) kinds[/Polygon/.test(f.geometry.type) ? 'polygon' : /Line/.test(f.geometry.type) ? 'line' : 'point']++;
  return {
    id,
    title: '试点县城',
    style: { color: [1, 2, 3], field: null },
    createdAt: '2026-11-30T00:00:00Z',
    data: { name: 'seats', fileName: 'seats.csv', format: 'csv', features, fields, bbox: [100, 20, 120, 40], kinds, vertexCount: features.length, applied: [], sourceBytes: 100 },
  };
}

/** Real county seats (WGS84, approximate to 0.01°); the last has no values. */
export const seats = [
  pt(115.93, 31.73, { 名称: '金寨县', 类型: '老区', 人口: 68 }),
  pt(106.33, 35.93, { 名称: '西吉县', 类型: '连片', 人口: 50 }),
  pt(109.95, 36.6, { 名称: '延川县', 类型: '老区', 人口: 19 }),
  pt(104.62, 35.58, { 名称: '通渭县', 类型: '连片', 人口: 45 }),
  pt(103.2, 25.03, { 名称: null, 类型: null, 人口: null }),
];
/** The fields of {@link seats}. */
export const fields: ImportedData['fields'] = [
  { name: '名称', type: 'string', count: 4, distinct: 4, values: ['金寨县', '西吉县', '延川县', '通渭县'].map((value) => ({ value, count: 1 })) },
  { name: '类型', type: 'string', count: 4, distinct: 2, values: [{ value: '老区', count: 2 }, { value: '连片', count: 2 }] },
  { name: '人口', type: 'number', count: 4, distinct: 4, values: [], min: 19, max: 68 },
];
