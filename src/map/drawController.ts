/**
 * Drawing on the map with terra-draw (MapLibre adapter): polygon, rectangle, geodesic circle,
 * freehand, a line to measure, and select (move, edit vertices, delete), with undo/redo from
 * terra-draw's session history. Reports the current drawing as plain GeoJSON; it computes no
 * geometry itself.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Feature, LineString, Polygon } from 'geojson';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawFreehandMode,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawRenderMode,
  TerraDrawSelectMode,
  TerraDrawSessionUndoRedo,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { DrawMode, Drawing } from './drawModes';

/** terra-draw's source and layer ids start with this and a dash (`td-polygon`, `td-polygon-outline`, …). */
export const DRAW_LAYER_PREFIX = 'td';

/** Rectangle, circle and freehand take a drag as well as click–move–click; polygon and line stay click-to-click. */
const DRAG_OR_CLICK = 'click-move-or-drag' as const;

const editable = { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } };

export class DrawController {
  private readonly draw: TerraDraw;
  private readonly undoRedo = new TerraDrawSessionUndoRedo();

  /**
   * @param onChange called with the drawing after every finished shape or edit (not while the
   *   pointer moves, to keep reports calm), and `live: true` during drawing for read-outs
   */
  constructor(private readonly map: MlMap, private readonly onChange: (d: Drawing, live: boolean) => void) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: DRAW_LAYER_PREFIX }),
      modes: [
        new TerraDrawPolygonMode(),
        // Press–drag–release (as in Felt, kepler.gl, QGIS) or click–move–click; terra-draw turns
        // map panning off while a shape is dragged (setMapDraggability) and on again on release.
        new TerraDrawRectangleMode({ drawInteraction: DRAG_OR_CLICK }),
        // 'globe': the radius is geodesic, as the analyst reads it in km.
        new TerraDrawCircleMode({ projection: 'globe', drawInteraction: DRAG_OR_CLICK }),
        new TerraDrawFreehandMode({ drawInteraction: DRAG_OR_CLICK }),
        new TerraDrawLineStringMode(),
        new TerraDrawSelectMode({
          flags: { polygon: editable, rectangle: editable, circle: { feature: { draggable: true } }, freehand: { feature: { draggable: true } }, linestring: editable },
        }),
        new TerraDrawRenderMode({ modeName: 'static', styles: {} }),
      ],
      undoRedo: { sessionLevel: this.undoRedo },
    });
    this.draw.start();
    this.draw.setMode('static');
    this.draw.on('finish', () => this.emit(false));
    this.draw.on('change', (_ids, type) => {
      if (type === 'delete') this.emit(false);
      else this.emit(true);
    });
  }

  /** The newest polygon-like and line features drawn. */
  drawing(): Drawing {
    const snap = this.draw.getSnapshot();
    const done = snap.filter((f) => f.properties?.currentlyDrawing !== true);
    const region = [...done].reverse().find((f) => f.geometry.type === 'Polygon') as Feature<Polygon> | undefined;
    const line = [...snap].reverse().find((f) => f.geometry.type === 'LineString') as Feature<LineString> | undefined;
    const radius = region?.properties?.radiusKilometers;
    return {
      region: region ?? null,
      line: line ?? null,
      regionMode: (region?.properties?.mode as string | undefined) ?? null,
      radiusKm: typeof radius === 'number' ? radius : null,
    };
  }

  private emit(live: boolean): void {
    this.onChange(this.drawing(), live);
  }

  /** Hide what terra-draw draws (its style layers), or show it again; the drawing itself is kept. */
  setHidden(hidden: boolean): void {
    for (const id of this.map.getLayersOrder()) {
      if (id.startsWith(`${DRAW_LAYER_PREFIX}-`)) this.map.setLayoutProperty(id, 'visibility', hidden ? 'none' : 'visible');
    }
  }

  setMode(m: DrawMode): void {
    this.draw.setMode(m);
  }

  undo(): void {
    this.draw.undo();
    this.emit(false);
  }

  redo(): void {
    this.draw.redo();
    this.emit(false);
  }

  /** Delete the selected feature (select mode), else the newest one. */
  deleteSelected(): void {
    const snap = this.draw.getSnapshot();
    const sel = snap.find((f) => f.properties?.selected === true) ?? snap[snap.length - 1];
    if (sel?.id !== undefined) this.draw.removeFeatures([sel.id]);
    this.emit(false);
  }

  clear(): void {
    this.draw.clear();
    this.emit(false);
  }

  destroy(): void {
    this.draw.stop();
  }
}
