/**
 * The plan's project layers as MapLibre layers, generated from the registry
 * (src/domain/layers/registry.ts): each catalog layer is one GeoJSON source of its (filtered)
 * records, drawn as a line layer (dashed where the registry says so) or a symbol layer of its
 * point icon; the selected and the hovered record are drawn again on top in the highlight colour,
 * and a picked analysis region is outlined. In a year of the time slider each record carries its
 * delivery state (`state`) and the paint picks the state's look (./timelineStyle.ts).
 *
 * MapLibre draws them, not deck.gl: deck.gl's interleaved overlay alone cost about 2 s of the first
 * map in software WebGL (issue 15); deck.gl is loaded only for imported layers and synthetic
 * villages (./deckLayers.ts). Pure data: specs only, applied by src/map/MapController.ts, which
 * inserts every layer below {@link BASEMAP_IDS}.deckBefore, the first label layer.
 */
import type { CircleLayerSpecification, ExpressionSpecification, FillLayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CatalogFeature } from '../domain/types';
import { drawRank, type LayerDef, type Rgb } from '../domain/layers/registry';
import { PROJECT_STATES, stateAtYear, type ProjectState } from '../domain/timeline';
import { LINE_LOOK, POINT_FILL, stateColor } from './timelineStyle';
import { symbolIconUrl, type IconFill } from './symbolIcons';
import type { LayerFeatures } from './featureViews';

/** What the project layers show: visibility, opacity, order, year, selection, hover and region. */
export interface ProjectView {
  visible: Record<string, boolean>;
  /** layer id → opacity 0–1 (absent: 1) */
  opacity?: Record<string, number>;
  /** layer ids in drawing order, bottom first (absent: lines, then points, registry order) */
  order?: string[];
  /** the time slider's year: records drawn by their delivery state then; absent/null: the plan view */
  year?: number | null;
}

/** Line width (px) below which no plan line is drawn thinner, as deck.gl's `widthMinPixels` did. */
const MIN_LINE_PX = 2;
/** Alpha (0–1) of a plan line in the plan view. */
const LINE_ALPHA = 235 / 255;
/** Point icons are drawn at the registry size × this many CSS px (the legend's proportion). */
const ICON_PX_PER_SIZE = 2.4;
/** Icon images are rasterised at this many device pixels per CSS pixel, so they stay crisp at 2×. */
export const ICON_PIXEL_RATIO = 2;
/** An icon image's side in CSS px. */
export const ICON_CSS_PX = 32;

/** Source id of a catalog layer's records. */
export function projectSourceId(layerId: string): string {
  return `plan:${layerId}`;
}

/** Suffix of a line layer's MapLibre id in a year of the time slider. */
export const BY_YEAR_SUFFIX = '@by-year';

/**
 * MapLibre layer id of a catalog layer (its line or its icons). A line in a year is another layer
 * (`byYear`): MapLibre 5.24 threw in every frame drawing a line whose `line-dasharray` was changed
 * from a constant to a per-feature expression on the live layer.
 */
export function projectMapId(layerId: string, byYear = false): string {
  return `plan-layer:${layerId}${byYear ? BY_YEAR_SUFFIX : ''}`;
}

/** The registry layer id of a MapLibre project layer id, or null for any other layer. */
export function projectLayerOf(mapLayerId: string): string | null {
  const m = /^plan-layer:(.+?)(?:@by-year)?$/.exec(mapLayerId);
  return m ? m[1] : null;
}

/** Ids of the highlight and region layers (drawn above every plan layer). */
export const OVERLAY_IDS = {
  highlightSource: 'plan-highlight',
  highlightLine: 'plan-highlight-line',
  highlightPoint: 'plan-highlight-point',
  regionSource: 'analysis-region',
  regionFill: 'analysis-region-fill',
  regionLine: 'analysis-region-line',
} as const;

/** Properties of a record in its layer's source: its id (to find the record again) and, in a year, its state. */
export interface ProjectProps {
  id: string;
  state?: ProjectState;
}

/** The catalog layers of `layers` (imported and area layers are drawn elsewhere). */
function catalogLayers(layers: LayerFeatures[]): LayerFeatures[] {
  return layers.filter((l) => !l.user && l.def.source.type === 'catalog');
}

/**
 * @param l a catalog layer with its (filtered) records
 * @param year the time slider's year, or null for the plan view
 * @returns the layer's source data: one feature per record, geometry shared with the record
 */
export function projectSourceData(l: LayerFeatures, year: number | null): FeatureCollection<LineString | Point, ProjectProps> {
  return {
    type: 'FeatureCollection',
    features: l.records.map((r) => ({
      type: 'Feature',
      geometry: r.geometry as LineString | Point,
      properties: year === null ? { id: r.properties.id } : { id: r.properties.id, state: stateAtYear(r.properties.delivery, year) },
    })),
  };
}

const rgb = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

/** An icon's image id: symbol, colour and fill, so layers with the same look share one image. */
export function iconId(symbol: LayerDef['symbol'], color: Rgb, fill: IconFill): string {
  return `plan-icon:${symbol}:${color.join('-')}:${fill}`;
}

/** An icon image the map needs: its id and the SVG data URL to rasterise it from. */
export interface IconImage {
  id: string;
  url: string;
}

/**
 * Every icon image the point layers use, in the plan view and in any year (made once, so a year
 * of the time slider needs no image that is not there yet).
 * @returns distinct images, `ICON_CSS_PX × ICON_PIXEL_RATIO` px square
 */
export function projectIcons(layers: LayerFeatures[]): IconImage[] {
  const out = new Map<string, IconImage>();
  for (const l of catalogLayers(layers)) {
    if (l.def.source.type !== 'catalog' || l.def.source.geometry === 'line') continue;
    const looks: [Rgb, IconFill][] = [[l.def.color, 'filled'], ...PROJECT_STATES.map((s): [Rgb, IconFill] => [stateColor(l.def.color, s), POINT_FILL[s]])];
    for (const [color, fill] of looks) {
      const id = iconId(l.def.symbol, color, fill);
      if (!out.has(id)) out.set(id, { id, url: symbolIconUrl(l.def.symbol, color, fill, ICON_CSS_PX * ICON_PIXEL_RATIO) });
    }
  }
  return [...out.values()];
}

/** `match` on the record's `state`, one value per project state. */
function byState<T>(value: (s: ProjectState) => T, fallback: T): ExpressionSpecification {
  const branches: unknown[] = [];
  for (const s of PROJECT_STATES) branches.push(s, value(s));
  return ['match', ['get', 'state'], ...branches, fallback] as unknown as ExpressionSpecification;
}

/** A MapLibre layer of a catalog layer: its line or its icons. */
export type ProjectLayerSpec = LineLayerSpecification | SymbolLayerSpecification;

/**
 * @param layers every layer with its features; only catalog layers are used
 * @param view visibility, opacity, drawing order and year
 * @returns one MapLibre layer per catalog layer, bottom first (lines below points unless `order` says otherwise)
 */
export function projectLayerSpecs(layers: LayerFeatures[], view: ProjectView): ProjectLayerSpec[] {
  const order = view.order ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const year = view.year ?? null;
  const ls = catalogLayers(layers).sort((a, b) => (order.length ? rank(a.def.id) - rank(b.def.id) : 0) || drawRank(a.def) - drawRank(b.def));
  return ls.map((l): ProjectLayerSpec => {
    const { def } = l;
    const opacity = view.opacity?.[def.id] ?? 1;
    const visibility = view.visible[def.id] ? 'visible' : 'none';
    const line = def.source.type === 'catalog' && def.source.geometry === 'line';
    const base = { id: projectMapId(def.id, line && year !== null), source: projectSourceId(def.id) };
    if (line) {
      const width = (scale: number) => Math.max(MIN_LINE_PX, def.size * scale);
      // dashes are in line widths, as deck.gl's were; [1, 0] is solid
      const dash = (d: [number, number]) => (d[0] === 0 ? [1, 0] : d);
      const paint: LineLayerSpecification['paint'] =
        year === null
          ? { 'line-color': rgb(def.color), 'line-opacity': LINE_ALPHA * opacity, 'line-width': width(1), ...(def.symbol === 'dashed-line' ? { 'line-dasharray': [4, 2] } : {}) }
          : {
              'line-color': byState((s) => rgb(stateColor(def.color, s)), rgb(def.color)),
              'line-opacity': byState((s) => (LINE_LOOK[s].alpha / 255) * opacity, LINE_ALPHA * opacity),
              'line-width': byState((s) => width(LINE_LOOK[s].widthScale), width(1)),
              'line-dasharray': byState((s) => ['literal', dash(LINE_LOOK[s].dash)], ['literal', [1, 0]]) as unknown as ExpressionSpecification,
            };
      return { ...base, type: 'line', layout: { visibility, 'line-cap': 'round', 'line-join': 'round' }, paint };
    }
    const plain = iconId(def.symbol, def.color, 'filled');
    return {
      ...base,
      type: 'symbol',
      layout: {
        visibility,
        'icon-image': year === null ? plain : byState((s) => iconId(def.symbol, stateColor(def.color, s), POINT_FILL[s]), plain),
        'icon-size': (def.size * ICON_PX_PER_SIZE) / ICON_CSS_PX,
        // icons neither hide labels nor each other (deck.gl drew every one)
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': opacity },
    };
  });
}

/** Radius (CSS px) of the ring around a selected or hovered point. */
const RING_PX = 12;
const HIGHLIGHT_FILL = 'rgba(255,200,0,0.43)';
const HIGHLIGHT_LINE = 'rgb(255,170,0)';
const HOVER_LINE = 'rgba(255,200,0,0.8)';

/**
 * The highlight source's data: the selected record (role 'selected') and the hovered one (role
 * 'hover'), each its own geometry.
 */
export function highlightData(selected: CatalogFeature | Feature | null, hovered: CatalogFeature | null): FeatureCollection {
  const out: Feature[] = [];
  if (hovered && hovered !== selected) out.push({ type: 'Feature', geometry: hovered.geometry, properties: { role: 'hover' } });
  if (selected) out.push({ type: 'Feature', geometry: selected.geometry, properties: { role: 'selected' } });
  return { type: 'FeatureCollection', features: out };
}

/** The highlight layers (line, then point ring) on the {@link OVERLAY_IDS}.highlightSource source; the map puts the ring below the plan's icons and the line above the plan's lines (./projectLayerSync.ts). */
export function highlightLayerSpecs(): [LineLayerSpecification, CircleLayerSpecification] {
  const selected: ExpressionSpecification = ['==', ['get', 'role'], 'selected'];
  return [
    {
      id: OVERLAY_IDS.highlightLine,
      type: 'line',
      source: OVERLAY_IDS.highlightSource,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['case', selected, HIGHLIGHT_LINE, HOVER_LINE], 'line-width': ['case', selected, 3, 4] },
    },
    {
      id: OVERLAY_IDS.highlightPoint,
      type: 'circle',
      source: OVERLAY_IDS.highlightSource,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': RING_PX, 'circle-color': HIGHLIGHT_FILL, 'circle-opacity': ['case', selected, 1, 0.6], 'circle-stroke-color': HIGHLIGHT_LINE, 'circle-stroke-width': 3 },
    },
  ];
}

/** The analysis region's source data: the picked region, or nothing. */
export function regionData(region: Feature<Polygon | MultiPolygon> | null | undefined): FeatureCollection {
  return { type: 'FeatureCollection', features: region ? [region] : [] };
}

/** The analysis region's fill and outline on the {@link OVERLAY_IDS}.regionSource source. */
export function regionLayerSpecs(): [FillLayerSpecification, LineLayerSpecification] {
  return [
    { id: OVERLAY_IDS.regionFill, type: 'fill', source: OVERLAY_IDS.regionSource, paint: { 'fill-color': 'rgb(0,119,187)', 'fill-opacity': 25 / 255 } },
    { id: OVERLAY_IDS.regionLine, type: 'line', source: OVERLAY_IDS.regionSource, paint: { 'line-color': 'rgb(0,119,187)', 'line-width': 2.5 } },
  ];
}

/** Where a record's label sits: the point, or the middle vertex of a line. */
export function labelAnchor(f: CatalogFeature): [number, number] {
  const g = f.geometry;
  return (g.type === 'Point' ? g.coordinates : g.coordinates[Math.floor(g.coordinates.length / 2)]) as [number, number];
}
