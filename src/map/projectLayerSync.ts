/**
 * The project layers on a MapLibre map (specs from ./projectLayers.ts): one GeoJSON source per
 * catalog layer, its line or icon layer, the highlight of the selected and hovered record and the
 * analysis region; icon images rasterised from the registry's SVG symbols; picking by
 * `queryRenderedFeatures` within a pixel radius. Owned by src/map/MapController.ts.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CatalogFeature } from '../domain/types';
import type { LayerFeatures } from './featureViews';
import { BASEMAP_IDS } from './basemapStyle';
import { LayerSync } from './layerSync';
import {
  highlightData, highlightLayerSpecs, ICON_PIXEL_RATIO, OVERLAY_IDS, projectIcons, projectLayerOf, projectLayerSpecs, projectSourceData, projectSourceId,
  regionData, regionLayerSpecs, type IconImage, type ProjectView,
} from './projectLayers';

/** What the project layers draw: the layers with their records, and how. */
export interface ProjectState extends ProjectView {
  /** the selected catalog record, if any (highlighted even when its layer is hidden or a filter leaves it out) */
  selectedRecord: CatalogFeature | null;
  /** a picked analysis region to outline (drawn ones are shown by terra-draw) */
  region?: Feature<Polygon | MultiPolygon> | null;
}

/** Rasterise an SVG data URL (nothing is fetched). */
async function loadIcon(icon: IconImage): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = icon.url;
  await img.decode();
  return img;
}

export class ProjectLayers {
  private layers: LayerFeatures[] = [];
  private state: ProjectState = { visible: {}, selectedRecord: null };
  private readonly sync = new LayerSync();
  /** source id → [records array, year] last sent, so unchanged sources are not re-tiled */
  private sent = new Map<string, [CatalogFeature[], number | null]>();
  private byId = new Map<string, CatalogFeature>();
  private hovered: CatalogFeature | null = null;
  private icons: Map<string, HTMLImageElement> | null = null;
  private iconLoad: Promise<void> | null = null;
  private waiting = false;
  /** ids of the project layers shown now (what {@link pickAt} queries), set as they are applied */
  private shownIds: string[] = [];

  constructor(private readonly map: MlMap) {}

  /** Whether every layer asked for is on the map (icons loaded, style ready). */
  get ready(): boolean {
    return !!this.icons && !!this.map.getLayer(OVERLAY_IDS.highlightPoint) && !this.waiting;
  }

  /** Draw `layers` as `state` says; only what changed is sent to MapLibre. */
  set(layers: LayerFeatures[], state: ProjectState): void {
    if (layers !== this.layers) this.byId = new Map(layers.flatMap((l) => (l.user ? [] : l.records.map((r) => [r.properties.id, r] as const))));
    this.layers = layers;
    this.state = state;
    if (this.hovered && !this.byId.has(this.hovered.properties.id)) this.hovered = null;
    this.iconLoad ??= Promise.all(projectIcons(layers).map(async (i) => [i.id, await loadIcon(i)] as const))
      .catch((e: unknown) => {
        // an icon the browser cannot decode leaves the points undrawn, never the whole map waiting
        console.warn('plan icons could not be drawn', e);
        return [] as (readonly [string, HTMLImageElement])[];
      })
      .then((list) => {
        this.icons = new Map(list);
        this.apply();
      });
    this.apply();
  }

  /** The style was replaced (a language switch): add sources, images and layers again. */
  restyle(): void {
    this.sync.reset();
    this.sent.clear();
    this.region = null;
    this.highlighted = [null, null];
    this.apply();
  }

  /** Mark the record under the pointer (null: none). */
  setHover(record: CatalogFeature | null): void {
    if (record === this.hovered) return;
    this.hovered = record;
    this.drawHighlight();
  }

  /**
   * The records drawn within `radius` CSS px of canvas pixel (x, y), topmost first, distinct.
   */
  pickAt(x: number, y: number, radius: number): CatalogFeature[] {
    const layers = this.shownIds.filter((id) => this.map.getLayer(id));
    if (!layers.length) return [];
    const out: CatalogFeature[] = [];
    const seen = new Set<string>();
    for (const f of this.map.queryRenderedFeatures([[x - radius, y - radius], [x + radius, y + radius]], { layers })) {
      const id = f.properties?.id as string | undefined;
      const r = id ? this.byId.get(id) : undefined;
      if (!r || seen.has(id!) || !projectLayerOf(f.layer.id)) continue;
      seen.add(id!);
      out.push(r);
    }
    return out;
  }

  private apply(): void {
    const map = this.map;
    if (!map.getLayer(BASEMAP_IDS.deckBefore)) {
      // the style is parsed after the map's constructor returns
      if (!this.waiting) {
        this.waiting = true;
        map.once('style.load', () => {
          this.waiting = false;
          this.apply();
        });
      }
      return;
    }
    if (this.icons) for (const [id, img] of this.icons) if (!map.hasImage(id)) map.addImage(id, img, { pixelRatio: ICON_PIXEL_RATIO });
    if (!map.getSource(OVERLAY_IDS.regionSource)) {
      map.addSource(OVERLAY_IDS.regionSource, { type: 'geojson', data: regionData(null) });
      map.addSource(OVERLAY_IDS.highlightSource, { type: 'geojson', data: highlightData(null, null) });
      const [line, ring] = highlightLayerSpecs();
      // a selected point's ring lies under the plan's icons (the plan layers go in before the region
      // fill): drawn over them, its translucent yellow turned a blue airport green
      for (const spec of [ring, ...regionLayerSpecs(), line]) map.addLayer(spec, BASEMAP_IDS.deckBefore);
    }
    const year = this.state.year ?? null;
    for (const l of this.layers) {
      if (l.user || l.def.source.type !== 'catalog') continue;
      const id = projectSourceId(l.def.id);
      const was = this.sent.get(id);
      if (was && was[0] === l.records && was[1] === year && map.getSource(id)) continue;
      const data = projectSourceData(l, year);
      const src = map.getSource<GeoJSONSource>(id);
      if (src) src.setData(data);
      else map.addSource(id, { type: 'geojson', data });
      this.sent.set(id, [l.records, year]);
    }
    // icon layers wait for their images (a missing image is a console warning and a dropped icon)
    const specs = projectLayerSpecs(this.layers, this.state).filter((s) => s.type !== 'symbol' || this.icons);
    this.sync.apply(map, specs, OVERLAY_IDS.regionFill);
    this.shownIds = specs.filter((s) => s.layout?.visibility === 'visible').map((s) => s.id);
    const region = this.state.region ?? null;
    if (region !== this.region) map.getSource<GeoJSONSource>(OVERLAY_IDS.regionSource)?.setData(regionData(region));
    this.region = region;
    this.drawHighlight();
  }

  private region: Feature<Polygon | MultiPolygon> | null = null;
  private highlighted: [CatalogFeature | null, CatalogFeature | null] = [null, null];

  private drawHighlight(): void {
    const sel = this.state.selectedRecord;
    const src = this.map.getSource<GeoJSONSource>(OVERLAY_IDS.highlightSource);
    if (!src || (sel === this.highlighted[0] && this.hovered === this.highlighted[1])) return;
    this.highlighted = [sel, this.hovered];
    src.setData(highlightData(sel, this.hovered));
  }
}
