/** The points MapLibre labels the plan's projects at (the project-label source of basemapStyle.ts). */
import type { FeatureCollection, Point } from 'geojson';
import type { CatalogFeature } from '../domain/types';
import { labelAnchor } from './projectLayers';
import type { LayerFeatures } from './featureViews';

/**
 * One label point per visible project (points rank before lines), and the selected project's
 * (`selected: true`, even when its layer is hidden or a filter leaves it out), which the
 * selection-label layer draws instead of the project-label layer, so no name is drawn twice.
 */
export function projectLabels(layers: LayerFeatures[], visible: Record<string, boolean>, lang: 'zh' | 'en', selected: CatalogFeature | null = null): FeatureCollection<Point> {
  const selectedRecord = selected?.properties.id ?? null;
  const shown = layers.filter((l) => l.def.source.type === 'catalog' && visible[l.def.id]).flatMap((l) => l.records.filter((r) => r.properties.id !== selectedRecord));
  const records = selected ? [...shown, selected] : shown;
  return {
    type: 'FeatureCollection',
    features: records.map((r) => ({
      type: 'Feature',
      properties: { name: lang === 'zh' ? r.properties.name_zh : r.properties.name_en, rank: r.geometry.type === 'Point' ? 0 : 1, selected: r.properties.id === selectedRecord },
      geometry: { type: 'Point', coordinates: labelAnchor(r) },
    })),
  };
}
