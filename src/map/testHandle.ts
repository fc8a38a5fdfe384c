/**
 * The test hook: the few map calls the browser tests (test/e2e) make, and nothing else. The
 * MapController installs it as `window.__atlasMap` when it creates the map and removes it when
 * it is destroyed; the production build carries it because the browser tests drive that build.
 * Application code never reads it: it talks to the MapController.
 *
 * Keep the global's name and these method names: test/e2e calls them by name.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** What test/e2e may do with the map. Positions are `[lon, lat]` in degrees; pixels are CSS pixels of the map canvas. */
export interface AtlasTestHandle {
  /** Move the camera at once (no animation); `center` `[lon, lat]` in degrees, `zoom` a MapLibre zoom. */
  jumpTo(camera: { center: [number, number]; zoom: number }): void;
  /** The canvas pixel (from its top-left corner) of a `[lon, lat]` position. */
  project(lonLat: [number, number]): { x: number; y: number };
  /** The position, in degrees, at canvas pixel `[x, y]`. */
  unproject(point: [number, number]): { lng: number; lat: number };
  /** The map's WebGL canvas (for its on-page rectangle). */
  getCanvas(): HTMLCanvasElement;
  getZoom(): number;
  /** Camera centre in degrees. */
  getCenter(): { lng: number; lat: number };
  /** Whether a camera animation (fly-to, pan) is running. */
  isMoving(): boolean;
  /** Ask for one more frame (the map draws nothing while idle). */
  triggerRepaint(): void;
  /** Ids of the map's layers, bottom first, custom layers (deck.gl's interleaved groups) included. */
  styleLayerIds(): string[];
  /** The `name` or `name_zh` of every feature drawn now by symbol layer `layerId` (its rendered labels). */
  renderedNames(layerId: string): string[];
  /** The text each feature drawn now by symbol layer `layerId` shows: its `text-field` evaluated for the feature (formatted sections joined). */
  renderedTexts(layerId: string): string[];
  /** How a county is highlighted on the map now: `{ hover: true }`, `{ selected: true }`, both or `{}` (read off the county highlight source). */
  countyState(adcode: string): Record<string, unknown>;
  /** How many features the style layers `layerIds` draw now (0 for a hidden or missing layer). */
  renderedCount(layerIds: string[]): number;
  /** Ids of the deck.gl layers drawn now (e.g. `analysis-region`), in drawing order. */
  deckLayerIds(): string[];
  /** Which geometry the basemap sources draw now: the first map's coarse copies or the full files. */
  drawnDetail(): 'first' | 'full';
}

declare global {
  interface Window {
    /** The browser tests' hook on the map ({@link AtlasTestHandle}); set by the MapController. */
    __atlasMap?: AtlasTestHandle;
  }
}

/**
 * The handle over one MapLibre map: each method calls the map's method of the same name.
 * @param deckLayers the ids of the deck.gl layers drawn now (the overlay's `layers`)
 */
export function testHandle(map: MlMap, deckLayers: () => string[] = () => [], drawnDetail: () => 'first' | 'full' = () => 'full'): AtlasTestHandle {
  return {
    jumpTo: (camera) => void map.jumpTo(camera),
    project: (lonLat) => {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
    unproject: (point) => {
      const ll = map.unproject(point);
      return { lng: ll.lng, lat: ll.lat };
    },
    getCanvas: () => map.getCanvas(),
    getZoom: () => map.getZoom(),
    getCenter: () => {
      const c = map.getCenter();
      return { lng: c.lng, lat: c.lat };
    },
    isMoving: () => map.isMoving(),
    triggerRepaint: () => map.triggerRepaint(),
    styleLayerIds: () => map.getLayersOrder(),
    renderedNames: (layerId) =>
      map.getLayer(layerId) ? map.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.properties?.name ?? f.properties?.name_zh ?? '')) : [],
    renderedTexts: (layerId) =>
      map.getLayer(layerId)
        ? map.queryRenderedFeatures({ layers: [layerId] }).map((f) => {
            // queryRenderedFeatures gives each feature its layer with the layout evaluated for it: a string or a Formatted
            const v: unknown = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
            return typeof v === 'object' && v !== null && 'sections' in v ? (v as { sections: { text: string }[] }).sections.map((x) => x.text).join('') : String(v ?? '');
          })
        : [],
    countyState: (adcode) =>
      Object.fromEntries(
        (map.getSource('county-highlight') ? map.querySourceFeatures('county-highlight') : [])
          .filter((f) => f.properties?.adcode === adcode)
          .map((f) => [String(f.properties.role), true]),
      ),
    renderedCount: (layerIds) => {
      const layers = layerIds.filter((id) => map.getLayer(id));
      return layers.length ? map.queryRenderedFeatures({ layers }).length : 0;
    },
    deckLayerIds: deckLayers,
    drawnDetail,
  };
}

/**
 * Set `window.__atlasMap` to `handle` (no-op outside a browser).
 * @returns a function that removes it again, unless another handle replaced it meanwhile
 */
export function installTestHandle(handle: AtlasTestHandle): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.__atlasMap = handle;
  return () => {
    if (window.__atlasMap === handle) delete window.__atlasMap;
  };
}
