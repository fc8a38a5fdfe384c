/**
 * An imported layer seen by the rest of the atlas: its name field, feature names, the points and
 * lines the analysis indexes, and the polygons usable as analysis regions. Pure data.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { IndexedFeature } from './analysis/types';
import type { FieldInfo, UserFeature } from './import/types';
import type { Picked, UserLayer } from './model';

/** Field names that usually hold a feature's name, best first (matched case-insensitively). */
const NAME_FIELDS = ['name', '名称', 'name_zh', 'title', '名字', '地名', 'label', 'name_en', 'id'];

/**
 * The field holding feature names: a known name field, else the first string field, else null.
 * @param fields the layer's fields (ImportedData.fields)
 */
export function nameField(fields: FieldInfo[]): string | null {
  for (const n of NAME_FIELDS) {
    const f = fields.find((x) => x.name.toLowerCase() === n.toLowerCase() && x.count > 0);
    if (f) return f.name;
  }
  return fields.find((f) => f.type === 'string' && f.count > 0)?.name ?? null;
}

/**
 * A feature's display name: its name field's value as text, else "<layer title> #<index + 1>".
 * The text is for display as text only (never as HTML).
 */
export function featureName(layer: UserLayer, index: number, field = nameField(layer.data.fields)): string {
  const v = field ? layer.data.features[index]?.properties[field] : null;
  return v === null || v === undefined || v === '' ? `${layer.title} #${index + 1}` : String(v);
}

/**
 * The pick of feature `index` of an imported layer, as the map reports it and the detail panel
 * shows it (`name` from {@link featureName}).
 * @param index 0-based position in `layer.data.features`; the caller keeps it in range
 */
export function userPick(layer: UserLayer, index: number): Extract<Picked, { kind: 'user' }> {
  return { kind: 'user', layerId: layer.id, index, feature: layer.data.features[index], layerTitle: layer.title, name: featureName(layer, index) };
}

/** Id of feature `index` of a user layer, as used by the analysis and search: "<layer id>#<index>". */
export function userFeatureId(layerId: string, index: number): string {
  return `${layerId}#${index}`;
}

/** Inverse of {@link userFeatureId}; null for an id of another form. */
export function parseUserFeatureId(id: string): { layerId: string; index: number } | null {
  const m = /^(.+)#(\d+)$/.exec(id);
  return m ? { layerId: m[1], index: Number(m[2]) } : null;
}

/**
 * The points and lines of a layer as the analysis indexes them (multi-geometries split into
 * their parts, all with the feature's id). Polygons are left out: distance to a polygon's
 * outline is not distance to the polygon, so they serve as regions instead.
 * @returns features with `layer` = the layer id and `category` 'user'
 */
export function userIndexedFeatures(layer: UserLayer): IndexedFeature[] {
  const field = nameField(layer.data.fields);
  const out: IndexedFeature[] = [];
  layer.data.features.forEach((f, i) => {
    const props = { id: userFeatureId(layer.id, i), layer: layer.id, category: 'user', name_zh: featureName(layer, i, field), capacityMW: null };
    const g = f.geometry;
    const points: Position[] = g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
    const lines: Position[][] = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const p of points) out.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: p } });
    for (const l of lines) if (l.length >= 2) out.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: l } });
  });
  return out;
}

/** Whether a feature can be an analysis region (Polygon or MultiPolygon). */
export function isRegionFeature(f: UserFeature): f is Feature<Polygon | MultiPolygon, UserFeature['properties']> {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

/** Which of "point", "line", "polygon" a layer mostly holds (ties: polygon, line, point). */
export function dominantKind(layer: UserLayer): 'point' | 'line' | 'polygon' {
  const k = layer.data.kinds;
  return k.polygon >= k.line && k.polygon >= k.point ? 'polygon' : k.line >= k.point ? 'line' : 'point';
}
