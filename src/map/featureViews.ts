/**
 * Per-layer feature lists for drawing, derived once from the atlas data and the registry:
 * area layers become one polygon per (area, county), catalog layers their records. Pure data.
 */
import type { AtlasData } from '../domain/atlasData';
import type { CatalogFeature } from '../domain/types';
import { countyPasses, isEmpty, recordPasses, type Filters } from '../domain/filters';
import { LAYERS, type LayerDef } from '../domain/layers/registry';
import type { UserFeature } from '../domain/import/types';
import { isRegionFeature, userFeatureId } from '../domain/userData';
import type { AreaCountyFeature, UserLayer } from '../domain/model';
import { userLayerDef, userStyle, visibleUserFeatures, type UserStyleView } from './userLayers';

export interface LayerFeatures {
  def: LayerDef;
  areas: AreaCountyFeature[];
  records: CatalogFeature[];
  /** imported layers: the layer, its colours and the features that pass its class filter */
  user?: { layer: UserLayer; style: UserStyleView; features: UserFeature[] };
}

/**
 * @param userLayers imported layers, listed after the plan's
 * @returns every registry layer with its features, in registry order, then the imported layers
 */
export function layerFeatures(data: AtlasData, userLayers: UserLayer[] = []): LayerFeatures[] {
  return [...planLayerFeatures(data), ...userLayers.map(userLayerFeatures)];
}

/** An imported layer's entry: its registry definition, colours and class-filtered features. */
export function userLayerFeatures(layer: UserLayer): LayerFeatures {
  const style = userStyle(layer);
  return { def: userLayerDef(layer), areas: [], records: [], user: { layer, style, features: visibleUserFeatures(layer, style) } };
}

function planLayerFeatures(data: AtlasData): LayerFeatures[] {
  return LAYERS.map((def) => {
    if (def.source.type === 'catalog') {
      const name = def.source.layer;
      return { def, areas: [], records: data.catalog.features.filter((f) => f.properties.layer === name) };
    }
    const group = def.source.type === 'area' ? def.source.group : '';
    const areas: AreaCountyFeature[] = [];
    data.areas
      .filter((a) => a.group === group)
      .forEach((a, areaIndex) => {
        for (const adcode of a.counties) {
          const c = data.countyByAdcode.get(adcode);
          if (!c) continue;
          areas.push({
            type: 'Feature',
            geometry: c.geometry,
            properties: { kind: 'area', layerId: def.id, areaId: a.id, areaName: a.name, areaIndex, adcode, countyName: c.properties.name, countyNameEn: c.properties.nameEn },
          });
        }
      });
    return { def, areas, records: [] };
  });
}

/** Number of features a layer shows: areas count as areas, not county pieces. */
export function featureCount(l: LayerFeatures): number {
  if (l.user) return l.user.features.length;
  if (l.def.source.type === 'catalog') return l.records.length;
  return new Set(l.areas.map((a) => (l.def.countBy === 'county' ? a.properties.adcode : a.properties.areaId))).size;
}

/**
 * The same layers with only what passes the filters (see src/domain/filters.ts).
 * Returns the input unchanged when no filter is set, so the map is given the same data objects (no source re-sent).
 */
export function filterLayers(layers: LayerFeatures[], f: Filters, data: AtlasData): LayerFeatures[] {
  if (isEmpty(f)) return layers;
  // The plan's facets (category, action, province, special area) do not apply to imported data.
  return layers.map((l) => l.user ? l : ({
    def: l.def,
    records: l.records.filter((r) => recordPasses(r, f)),
    areas: l.areas.filter((a) => {
      const c = data.countyByAdcode.get(a.properties.adcode);
      return !!c && countyPasses(c.properties, a.properties.areaId, data.areasOfCounty.get(a.properties.adcode) ?? [], f, data.povertyByAdcode.get(a.properties.adcode));
    }),
  }));
}

/**
 * Keep only the records and area counties inside an analysis region (ids from its report).
 * @param recordIds catalog record ids inside the region, and imported points/lines as "<layer id>#<index>"
 * @param adcodes counties the region intersects
 */
export function keepInRegion(layers: LayerFeatures[], recordIds: ReadonlySet<string>, adcodes: ReadonlySet<string>): LayerFeatures[] {
  return layers.map((l) => l.user ? { ...l, user: { ...l.user, features: userInRegion(l.user.layer, l.user.features, recordIds) } } : ({
    def: l.def,
    records: l.records.filter((r) => recordIds.has(r.properties.id)),
    areas: l.areas.filter((a) => adcodes.has(a.properties.adcode)),
  }));
}

/** Imported points/lines the report found inside; polygons are kept (the analysis does not place them). */
function userInRegion(layer: UserLayer, shown: UserFeature[], ids: ReadonlySet<string>): UserFeature[] {
  const inside = new Set<UserFeature>();
  layer.data.features.forEach((f, i) => {
    if (isRegionFeature(f) || ids.has(userFeatureId(layer.id, i))) inside.add(f);
  });
  return shown.filter((f) => inside.has(f));
}
