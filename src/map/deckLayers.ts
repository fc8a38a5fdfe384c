/**
 * deck.gl layers for the plan's layers, generated from the registry (src/domain/layers/registry.ts):
 * lines as paths (dashed where the registry says so), points as icons, imported layers as GeoJSON.
 * Special areas are not here: MapLibre draws them on its county source (src/map/areaLayers.ts).
 * The selected feature is drawn again on top so it stays marked; its name is MapLibre's
 * (the selection-label layer of basemapStyle.ts), so it is drawn once.
 *
 * In interleaved mode every layer gets `beforeId` = the first label layer of the basemap: without
 * it deck.gl puts its layers at the top of the style, over every label.
 */
import { GeoJsonLayer, IconLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CatalogFeature } from '../domain/types';
import { drawRank } from '../domain/layers/registry';
import type { UserFeature } from '../domain/import/types';
import { symbolIconUrl } from './symbolIcons';
import { LINE_LOOK, POINT_FILL, stateColor } from './timelineStyle';
import { stateAtYear } from '../domain/timeline';
import type { LayerFeatures } from './featureViews';
import { BASEMAP_IDS } from './basemapStyle';

/** Where in the MapLibre style deck.gl's layers go (below this layer). */
export const DECK_BEFORE_ID = BASEMAP_IDS.deckBefore;

export interface DeckLayerState {
  visible: Record<string, boolean>;
  /** id of the selected catalog record, if any */
  selectedRecord: string | null;
  /** the selected imported feature, if any */
  selectedUser?: UserFeature | null;
  /** adcode of the selected county, if any */
  selectedCounty: string | null;
  lang: 'zh' | 'en';
  /** a picked analysis region to outline (drawn ones are shown by terra-draw) */
  region?: Feature<Polygon | MultiPolygon> | null;
  /** layer id → opacity (absent: 1) */
  opacity?: Record<string, number>;
  /** layer ids in drawing order, bottom first (absent: areas, lines, points) */
  order?: string[];
  /** synthetic village points `[lon, lat, …]` for load testing (not plan data), or null */
  villages?: Float64Array | null;
  /** the time slider's year: records drawn by their delivery state then (./timelineStyle.ts); absent/null: the plan view */
  year?: number | null;
}

const HIGHLIGHT: [number, number, number, number] = [255, 200, 0, 200];

/** Suffix of a line layer's deck.gl id while the time slider has a year (see buildDeckLayers). */
export const BY_YEAR_SUFFIX = ':by-year';

/** Where a record's label sits: the point, or the middle vertex of a line. */
export function labelAnchor(f: CatalogFeature): [number, number] {
  const g = f.geometry;
  return (g.type === 'Point' ? g.coordinates : g.coordinates[Math.floor(g.coordinates.length / 2)]) as [number, number];
}

/** The selected feature drawn again on top in the highlight colour; points as a ring of `radiusPx`. */
function highlight(id: string, f: Feature, radiusPx: number): Layer {
  return new GeoJsonLayer({
    id,
    beforeId: DECK_BEFORE_ID,
    data: [f],
    pickable: false,
    stroked: true,
    filled: true,
    pointType: 'circle',
    getFillColor: [255, 200, 0, 110],
    getLineColor: [255, 170, 0, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    pointRadiusUnits: 'pixels',
    getPointRadius: radiusPx,
  });
}

/**
 * @param layers registry layers with their features (from layerFeatures); area layers are skipped
 * @returns deck.gl layers in drawing order: imported fills, lines, points, then the selection
 */
export function buildDeckLayers(layers: LayerFeatures[], state: DeckLayerState): Layer[] {
  const out: Layer[] = [];
  const byOrder = state.order ?? [];
  const ordered = [...layers].sort((a, b) => (byOrder.length ? byOrder.indexOf(a.def.id) - byOrder.indexOf(b.def.id) : drawRank(a.def) - drawRank(b.def)));
  for (const l of ordered) {
    const { def } = l;
    const visible = !!state.visible[def.id];
    // Props every plan layer shares: its id, visibility, opacity and hover highlight.
    const common = { id: def.id, beforeId: DECK_BEFORE_ID, visible, opacity: state.opacity?.[def.id] ?? 1, pickable: true, autoHighlight: true, highlightColor: HIGHLIGHT };
    if (l.user) {
      const { style, features } = l.user;
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
    } else if (def.source.type === 'area') {
      continue;
    } else if (def.source.type === 'catalog' && def.source.geometry === 'line') {
      const dashed = def.symbol === 'dashed-line';
      const year = state.year ?? null;
      // in a year of the time slider the dash says the delivery state (the layer's own dash gives way)
      const look = (f: CatalogFeature) => LINE_LOOK[stateAtYear(f.properties.delivery, year ?? 0)];
      const timed = year === null ? {} : {
        getColor: (f: CatalogFeature) => [...stateColor(def.color, stateAtYear(f.properties.delivery, year)), look(f).alpha] as [number, number, number, number],
        getWidth: (f: CatalogFeature) => def.size * look(f).widthScale,
        getDashArray: (f: CatalogFeature) => look(f).dash,
        updateTriggers: { getColor: [year], getWidth: [year], getDashArray: [year] },
      };
      out.push(
        new PathLayer<CatalogFeature>({
          ...common,
          // deck.gl cannot add or drop an extension on a live layer: in a year (dash extension on
          // every line) the layer is another layer
          ...(year === null ? {} : { id: `${def.id}${BY_YEAR_SUFFIX}` }),
          data: l.records,
          getPath: (f) => (f.geometry as LineString).coordinates as [number, number][],
          getColor: [...def.color, 235],
          widthUnits: 'pixels',
          getWidth: def.size,
          widthMinPixels: 2,
          capRounded: true,
          jointRounded: true,
          // dashGapPickable: the pointer in a gap between dashes still hits the line (deck.gl's
          // default leaves gaps unpickable, so a transmission line read as the county beneath)
          ...(dashed || year !== null ? { extensions: [new PathStyleExtension({ dash: true })], getDashArray: [4, 2], dashJustified: true, dashGapPickable: true } : {}),
          ...timed,
        }),
      );
    } else {
      const icon = { url: symbolIconUrl(def.symbol, def.color), width: 32, height: 32, anchorY: 16 };
      const year = state.year ?? null;
      const iconAt = (f: CatalogFeature) => {
        const s = stateAtYear(f.properties.delivery, year ?? 0);
        const fill = POINT_FILL[s];
        return { id: `${def.id}:${fill}:${s}`, url: symbolIconUrl(def.symbol, stateColor(def.color, s), fill), width: 32, height: 32, anchorY: 16 };
      };
      out.push(
        new IconLayer<CatalogFeature>({
          ...common,
          data: l.records,
          getPosition: (f) => (f.geometry as Point).coordinates as [number, number],
          getIcon: year === null ? () => icon : iconAt,
          sizeUnits: 'pixels',
          getSize: def.size * 2.4,
          updateTriggers: { getIcon: [year] },
        }),
      );
    }
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
  if (state.region) {
    out.push(
      new GeoJsonLayer({
        id: 'analysis-region',
        beforeId: DECK_BEFORE_ID,
        data: [state.region],
        pickable: false,
        stroked: true,
        filled: true,
        getFillColor: [0, 119, 187, 25],
        getLineColor: [0, 119, 187, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 2.5,
      }),
    );
  }
  if (state.selectedUser) out.push(highlight('user-selection', state.selectedUser, 10));
  const sel = state.selectedRecord ? layers.flatMap((l) => l.records).find((r) => r.properties.id === state.selectedRecord) : undefined;
  if (sel) out.push(highlight('selection', sel, 12));
  return out;
}
