/**
 * deck.gl layers for what MapLibre does not draw well: imported layers (per-feature colours from
 * the user's data, 10⁵ features), the selected imported feature, and synthetic village points
 * (binary attributes). The plan's own layers are MapLibre's (./projectLayers.ts, ./areaLayers.ts).
 * This module and deck.gl load on first use (src/map/deckOverlay.ts), never with the first map.
 *
 * In interleaved mode every layer gets `beforeId` = the first label layer of the basemap: without
 * it deck.gl puts its layers at the top of the style, over every label.
 */
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { UserFeature } from '../domain/import/types';
import type { LayerFeatures } from './featureViews';
import { BASEMAP_IDS } from './basemapStyle';

/** Where in the MapLibre style deck.gl's layers go (below this layer). */
export const DECK_BEFORE_ID = BASEMAP_IDS.deckBefore;

/** What the deck.gl layers show. */
export interface DeckLayerState {
  visible: Record<string, boolean>;
  /** the selected imported feature, if any */
  selectedUser?: UserFeature | null;
  /** layer id → opacity (absent: 1) */
  opacity?: Record<string, number>;
  /** layer ids in drawing order, bottom first (absent: import order) */
  order?: string[];
  /** synthetic village points `[lon, lat, …]` for load testing (not plan data), or null */
  villages?: Float64Array | null;
}

const HIGHLIGHT: [number, number, number, number] = [255, 200, 0, 200];

/**
 * @param layers every layer with its features; only imported layers are used
 * @returns deck.gl layers in drawing order: imported layers, villages, then the selected imported feature
 */
export function buildDeckLayers(layers: LayerFeatures[], state: DeckLayerState): Layer[] {
  const out: Layer[] = [];
  const byOrder = state.order ?? [];
  const users = layers.filter((l) => l.user);
  if (byOrder.length) users.sort((a, b) => byOrder.indexOf(a.def.id) - byOrder.indexOf(b.def.id));
  for (const l of users) {
    const { def } = l;
    const { style, features } = l.user!;
    // beforeId is @deck.gl/mapbox's prop, not in the layer's type: given by spread
    const common = { id: def.id, beforeId: DECK_BEFORE_ID, visible: !!state.visible[def.id], opacity: state.opacity?.[def.id] ?? 1, pickable: true, autoHighlight: true, highlightColor: HIGHLIGHT };
    out.push(
      new GeoJsonLayer<UserFeature['properties']>({
        ...common,
        data: features,
        stroked: true,
        filled: true,
        pointType: 'circle',
        getFillColor: (f) => [...style.colorOf(f as UserFeature), f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon' ? 80 : 230],
        getLineColor: (f) => (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint' ? [255, 255, 255, 230] : [...style.colorOf(f as UserFeature), 230]),
        lineWidthUnits: 'pixels',
        getLineWidth: (f) => (f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString' ? 2.5 : 1),
        pointRadiusUnits: 'pixels',
        getPointRadius: def.size,
        updateTriggers: { getFillColor: [style], getLineColor: [style] },
      }),
    );
  }
  if (state.villages) {
    const xy = Float32Array.from(state.villages);
    out.push(
      new ScatterplotLayer({
        id: 'synthetic-villages',
        beforeId: DECK_BEFORE_ID,
        data: { length: xy.length / 2, attributes: { getPosition: { value: xy, size: 2 } } },
        getFillColor: [120, 60, 20, 160],
        radiusUnits: 'pixels',
        getRadius: 1.5,
        pickable: false,
      }),
    );
  }
  if (state.selectedUser) {
    out.push(
      new GeoJsonLayer({
        id: 'user-selection',
        beforeId: DECK_BEFORE_ID,
        data: [state.selectedUser],
        pickable: false,
        stroked: true,
        filled: true,
        pointType: 'circle',
        getFillColor: [255, 200, 0, 110],
        getLineColor: [255, 170, 0, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
        pointRadiusUnits: 'pixels',
        getPointRadius: 10,
      }),
    );
  }
  return out;
}
