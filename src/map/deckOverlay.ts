/**
 * deck.gl's interleaved overlay on the MapLibre map, with the layers of ./deckLayers.ts. Loaded
 * on first use by src/map/MapController.ts (a dynamic import: deck.gl and luma.gl are about
 * 250 KiB gzip and their overlay cost about 2 s of the first map in software WebGL, issue 15),
 * when an imported layer, its selection or synthetic villages are to be drawn.
 *
 * Version choice: maplibre-gl 5.24.1 with deck.gl 9.4 in interleaved mode. deck.gl 9.4 threw every
 * frame when interleaved on maplibre-gl 6.17 (see visgl/deck.gl #10700, #10733). Re-check when
 * deck.gl supports MapLibre 6.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import type { Map as MlMap } from 'maplibre-gl';
import { buildDeckLayers, type DeckLayerState } from './deckLayers';
import type { LayerFeatures } from './featureViews';

/** The overlay and what it draws. */
export class DeckOverlay {
  private readonly overlay = new MapboxOverlay({ interleaved: true, layers: [] });
  private ids: string[] = [];

  constructor(private readonly map: MlMap) {
    map.addControl(this.overlay);
  }

  /** Draw the imported layers, their selection and villages of `layers`/`state` (cheap when unchanged). */
  setLayers(layers: LayerFeatures[], state: DeckLayerState): void {
    const ls = buildDeckLayers(layers, state);
    this.ids = ls.map((l) => l.id);
    this.overlay.setProps({ layers: ls });
  }

  /** Ids of the deck.gl layers drawn now, in drawing order. */
  layerIds(): string[] {
    return this.ids;
  }

  /** Picking on or off (off while a drawing tool has the pointer). */
  setPickable(on: boolean): void {
    this.overlay.setProps({ _pickable: on });
  }

  /** Up to `depth` objects within `radius` CSS px of canvas pixel (x, y), topmost first. */
  pick(x: number, y: number, radius: number, depth: number): PickingInfo[] {
    return this.overlay.pickMultipleObjects({ x, y, radius, depth });
  }

  /**
   * Give deck.gl's canvas context the canvas's drawing buffer size: deck.gl 9.4 interleaved keeps
   * its size after MapLibre's setPixelRatio (its context does not resize itself on a borrowed
   * context) and then drew the layers at 1× in one quarter of a 2× picture.
   */
  syncDrawingBuffer(width: number, height: number): void {
    const deck = (this.overlay as unknown as { _deck?: { device?: { getDefaultCanvasContext(): { setDrawingBufferSize(w: number, h: number): void } } } })._deck;
    deck?.device?.getDefaultCanvasContext().setDrawingBufferSize(width, height);
  }

  /** Remove the overlay from the map. */
  remove(): void {
    this.map.removeControl(this.overlay);
  }
}
