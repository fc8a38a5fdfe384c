/**
 * Special-area layers as MapLibre layers on the basemap's county source: a fill and an outline per
 * registry area layer, selecting its counties by adcode with a filter and colouring them with a
 * `match` expression. MapLibre already holds every county polygon for the basemap, so the areas are
 * drawn from that one copy (deck.gl drew a second copy of 666 polygons, the slowest part of the
 * first map in software WebGL — issue 15). Pure data: specs only, applied by src/map/MapController.ts.
 */
import type { ExpressionSpecification, FillLayerSpecification, FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import { areaColorOf, drawRank, type Rgb } from '../domain/layers/registry';
import type { AreaCountyFeature } from '../domain/model';
import type { LayerFeatures } from './featureViews';
import { BASEMAP_IDS } from './basemapStyle';
import { AREA_GROUP } from '../domain/areaGroups';
import { povertyPaint } from './timelineStyle';

/** Fill and outline opacity of an area (0–1), as deck.gl drew them (alpha 90 and 220 of 255). */
export const AREA_FILL_OPACITY = 90 / 255;
export const AREA_LINE_OPACITY = 220 / 255;

/** MapLibre layer ids of a registry area layer. */
export function areaMapIds(layerId: string): { fill: string; line: string } {
  return { fill: `area-fill:${layerId}`, line: `area-line:${layerId}` };
}

/** The registry layer id of a MapLibre area layer id, or null for any other layer. */
export function areaLayerOf(mapLayerId: string): string | null {
  const m = /^area-(?:fill|line):(.+)$/.exec(mapLayerId);
  return m ? m[1] : null;
}

/** A MapLibre layer of an area layer: its fill or its outline. */
export type AreaLayerSpec = FillLayerSpecification | LineLayerSpecification;

export interface AreaView {
  visible: Record<string, boolean>;
  /** layer id → opacity 0–1 (absent: 1) */
  opacity?: Record<string, number>;
  /** layer ids in drawing order, bottom first (absent: registry order) */
  order?: string[];
  /** the time slider's year: the poverty layer is drawn by each county's state then (./timelineStyle.ts); absent/null: by exit batch */
  year?: number | null;
  /** adcode → exit batch year of each poverty county, for `year` */
  exitYears?: ReadonlyMap<string, number>;
}

const css = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

/**
 * The colour of each county of an area layer: one colour for a one-area layer, else a `match` on
 * adcode with each area's palette colour. A county in two areas of the layer takes the first
 * area's colour (a `match` label may appear once); picking still reports both areas.
 */
export function areaColor(l: LayerFeatures): string | ExpressionSpecification {
  const byArea = new Map<number, string[]>();
  const seen = new Set<string>();
  for (const f of l.areas) {
    const { adcode, areaIndex } = f.properties;
    if (seen.has(adcode)) continue;
    seen.add(adcode);
    const list = byArea.get(areaIndex) ?? [];
    list.push(adcode);
    byArea.set(areaIndex, list);
  }
  if (new Set(l.areas.map((a) => a.properties.areaId)).size <= 1) return css(l.def.color);
  const branches: (string | string[])[] = [];
  for (const [index, adcodes] of byArea) branches.push(adcodes, css(areaColorOf(l.def, index)));
  return ['match', ['get', 'adcode'], ...branches, css(l.def.color)] as unknown as ExpressionSpecification;
}

/** Filter keeping exactly the counties of an area layer (after facet and region filters). */
export function areaFilter(l: LayerFeatures): FilterSpecification {
  return ['in', ['get', 'adcode'], ['literal', [...new Set(l.areas.map((a) => a.properties.adcode))]]];
}

/**
 * @param layers every layer with its (filtered) features; only area layers are used
 * @param view visibility, opacity and drawing order
 * @returns MapLibre layer specs, bottom first: for each area layer its fill then its outline, on
 *   the county source ({@link BASEMAP_IDS}.countySource)
 */
export function areaLayerSpecs(layers: LayerFeatures[], view: AreaView): AreaLayerSpec[] {
  const order = view.order ?? [];
  const areas = layers.filter((l) => !l.user && l.def.source.type === 'area');
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  areas.sort((a, b) => rank(a.def.id) - rank(b.def.id) || drawRank(a.def) - drawRank(b.def));
  return areas.flatMap((l): AreaLayerSpec[] => {
    const ids = areaMapIds(l.def.id);
    const color = areaColor(l);
    const filter = areaFilter(l);
    const opacity = view.opacity?.[l.def.id] ?? 1;
    const visibility = view.visible[l.def.id] ? 'visible' : 'none';
    if (view.year != null && l.def.source.type === 'area' && l.def.source.group === AREA_GROUP.poverty) {
      const shown = new Map([...new Set(l.areas.map((a) => a.properties.adcode))].map((a) => [a, view.exitYears?.get(a)]));
      const p = povertyPaint(shown, view.year);
      return [
        { id: ids.fill, type: 'fill', source: BASEMAP_IDS.countySource, filter, layout: { visibility }, paint: { 'fill-color': p.color, 'fill-opacity': ['*', p.fillOpacity, opacity] } },
        { id: ids.line, type: 'line', source: BASEMAP_IDS.countySource, filter, layout: { visibility }, paint: { 'line-color': p.color, 'line-opacity': AREA_LINE_OPACITY * opacity, 'line-width': p.lineWidth } },
      ];
    }
    return [
      { id: ids.fill, type: 'fill', source: BASEMAP_IDS.countySource, filter, layout: { visibility }, paint: { 'fill-color': color, 'fill-opacity': AREA_FILL_OPACITY * opacity } },
      { id: ids.line, type: 'line', source: BASEMAP_IDS.countySource, filter, layout: { visibility }, paint: { 'line-color': color, 'line-opacity': AREA_LINE_OPACITY * opacity, 'line-width': l.def.size } },
    ];
  });
}

/**
 * adcode → the area features of one layer holding that county, per area layer id: how a county
 * hit on a MapLibre area layer is told back as the areas it belongs to.
 */
export function areaIndex(layers: LayerFeatures[]): Map<string, Map<string, AreaCountyFeature[]>> {
  const out = new Map<string, Map<string, AreaCountyFeature[]>>();
  for (const l of layers) {
    if (l.user || l.def.source.type !== 'area') continue;
    const m = new Map<string, AreaCountyFeature[]>();
    for (const f of l.areas) {
      const list = m.get(f.properties.adcode) ?? [];
      list.push(f);
      m.set(f.properties.adcode, list);
    }
    out.set(l.def.id, m);
  }
  return out;
}
