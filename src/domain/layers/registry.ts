/**
 * The one declaration of every plan layer (pure data: no map library, no DOM; the map, the state
 * and the panels all read it from here). The layer panel, legend and map layers are all
 * generated from this list; no other module names a layer id ({@link LayerId} types them). Catalog
 * layer names and area groups are values of the data, declared in src/domain/catalogLayers.ts and
 * src/domain/areaGroups.ts; the sources below refer to them there.
 *
 * Colours follow Paul Tol's colour-blind-safe "bright" and "muted" schemes (SRON technical
 * note "Colour Schemes", SRON/EPS/TN/09-002), as RGB 0–255.
 */
import { AREA_GROUP, type AreaGroup } from '../areaGroups';
import { CATALOG_LAYER, type CatalogLayer } from '../catalogLayers';

export type Rgb = readonly [number, number, number];
export type LayerCategory = 'special-area' | 'transport' | 'water' | 'energy' | 'user';

/** What a layer draws and where its features come from. */
export type LayerSource =
  /** catalog records whose `layer` equals `layer` */
  | { type: 'catalog'; layer: CatalogLayer; geometry: 'line' | 'point' }
  /** special areas of one group (each area a set of county polygons) */
  | { type: 'area'; group: AreaGroup }
  /** a layer the user imported (definitions made by src/map/userLayers.ts) */
  | { type: 'user'; layerId: string };

/** A drawn layer: a plan layer of {@link LAYERS} or an imported one (id `user:…`, made by src/map/userLayers.ts). */
export interface LayerDef {
  id: string;
  title: { zh: string; en: string };
  category: LayerCategory;
  source: LayerSource;
  color: Rgb;
  /** line width in px, or point radius in px */
  size: number;
  /** legend symbol; lines may be dashed so colour is not the only cue */
  symbol: 'fill' | 'line' | 'dashed-line' | 'circle' | 'square' | 'triangle' | 'diamond';
  defaultVisible: boolean;
  /** a line the legend shows under the title (e.g. how a date is defined) */
  note?: { zh: string; en: string };
  /** per-area colours for this layer, in area order (absent: {@link AREA_PALETTE}) */
  palette?: readonly Rgb[];
  /** what the layer's count counts: its areas (default) or its distinct counties */
  countBy?: 'area' | 'county';
}

export const CATEGORY_TITLES: Record<LayerCategory, { zh: string; en: string }> = {
  'special-area': { zh: '特殊类型地区', en: 'Special areas' },
  transport: { zh: '交通', en: 'Transport' },
  water: { zh: '水利', en: 'Water' },
  energy: { zh: '能源', en: 'Energy' },
  user: { zh: '我的数据', en: 'My data' },
};

/** Per-area colours for area layers holding several areas (Tol "muted"). */
export const AREA_PALETTE: readonly Rgb[] = [
  [51, 34, 136], [136, 204, 238], [68, 170, 153], [17, 119, 51], [153, 153, 51],
  [221, 204, 119], [136, 34, 85], [170, 68, 153], [119, 119, 119], [204, 102, 119],
];

/** Exit batches 2016 → 2020, light to dark (Tol's sequential YlOrBr): the later, the longer poverty lasted. */
export const EXIT_PALETTE: readonly Rgb[] = [[254, 227, 145], [254, 196, 79], [251, 154, 41], [236, 112, 20], [204, 76, 2]];

/** The colour of the `index`-th area of a layer. */
export function areaColorOf(def: Pick<LayerDef, 'palette'>, index: number): Rgb {
  const p = def.palette ?? AREA_PALETTE;
  return p[index % p.length];
}

const DECLARED = [
  {
    id: 'poverty-counties', title: { zh: '贫困县（按退出批次）', en: 'Poverty counties (by exit batch)' }, category: 'special-area',
    source: { type: 'area', group: AREA_GROUP.poverty }, color: [204, 76, 2], size: 0.5, symbol: 'fill', defaultVisible: true,
    note: { zh: '832个国家级贫困县；退出年份 = 申请退出的批次年份（国家口径），省政府批准多在次年', en: '832 national poverty counties; exit year = the batch year of the application to exit (national count); provincial approval mostly came the next spring' },
    palette: EXIT_PALETTE, countBy: 'county',
  },
  { id: 'old-areas', title: { zh: '革命老区', en: 'Revolutionary old areas' }, category: 'special-area', source: { type: 'area', group: AREA_GROUP.oldArea }, color: [51, 34, 136], size: 1, symbol: 'fill', defaultVisible: true },
  { id: 'border-counties', title: { zh: '边境县', en: 'Border counties' }, category: 'special-area', source: { type: 'area', group: AREA_GROUP.border }, color: [238, 102, 119], size: 1.5, symbol: 'fill', defaultVisible: true },
  { id: 'tibet-xinjiang', title: { zh: '西藏、四省藏区、南疆四地州', en: 'Tibet, Tibetan areas, S. Xinjiang' }, category: 'special-area', source: { type: 'area', group: AREA_GROUP.region }, color: [68, 119, 170], size: 1, symbol: 'fill', defaultVisible: false },
  { id: 'ethnic-areas', title: { zh: '民族自治地方', en: 'Ethnic autonomous areas' }, category: 'special-area', source: { type: 'area', group: AREA_GROUP.ethnic }, color: [170, 68, 153], size: 1, symbol: 'fill', defaultVisible: false },
  { id: 'contiguous-destitute', title: { zh: '集中连片特困地区', en: 'Contiguous destitute areas' }, category: 'special-area', source: { type: 'area', group: AREA_GROUP.contiguousDestitute }, color: [153, 153, 51], size: 1, symbol: 'fill', defaultVisible: false },
  { id: 'railway', title: { zh: '铁路', en: 'Railways' }, category: 'transport', source: { type: 'catalog', layer: CATALOG_LAYER.railway, geometry: 'line' }, color: [34, 34, 34], size: 3, symbol: 'line', defaultVisible: true },
  { id: 'highway', title: { zh: '公路', en: 'Highways' }, category: 'transport', source: { type: 'catalog', layer: CATALOG_LAYER.highway, geometry: 'line' }, color: [238, 119, 51], size: 3, symbol: 'dashed-line', defaultVisible: true },
  { id: 'airport', title: { zh: '机场', en: 'Airports' }, category: 'transport', source: { type: 'catalog', layer: CATALOG_LAYER.airport, geometry: 'point' }, color: [0, 119, 187], size: 7, symbol: 'triangle', defaultVisible: true },
  { id: 'water-priority', title: { zh: '水利重点片区', en: 'Water priority areas' }, category: 'water', source: { type: 'area', group: AREA_GROUP.waterPriority }, color: [0, 68, 136], size: 1, symbol: 'fill', defaultVisible: false },
  { id: 'reservoir', title: { zh: '水库', en: 'Reservoirs' }, category: 'water', source: { type: 'catalog', layer: CATALOG_LAYER.reservoir, geometry: 'point' }, color: [51, 187, 238], size: 7, symbol: 'circle', defaultVisible: false },
  { id: 'water-supply', title: { zh: '引提水工程', en: 'Water supply' }, category: 'water', source: { type: 'catalog', layer: CATALOG_LAYER.waterSupply, geometry: 'line' }, color: [51, 187, 238], size: 3, symbol: 'dashed-line', defaultVisible: false },
  { id: 'irrigation', title: { zh: '灌区', en: 'Irrigation districts' }, category: 'water', source: { type: 'catalog', layer: CATALOG_LAYER.irrigation, geometry: 'point' }, color: [0, 153, 136], size: 7, symbol: 'square', defaultVisible: false },
  { id: 'flood-river', title: { zh: '防洪治理河流', en: 'Flood-control rivers' }, category: 'water', source: { type: 'catalog', layer: CATALOG_LAYER.floodRiver, geometry: 'line' }, color: [0, 68, 136], size: 3, symbol: 'line', defaultVisible: false },
  { id: 'hydro-base', title: { zh: '水电基地', en: 'Hydropower bases' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.hydroBase, geometry: 'line' }, color: [17, 119, 51], size: 5, symbol: 'line', defaultVisible: true },
  { id: 'hydro-station', title: { zh: '水电站', en: 'Hydropower stations' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.hydroStation, geometry: 'point' }, color: [34, 136, 51], size: 8, symbol: 'circle', defaultVisible: true },
  { id: 'thermal-plant', title: { zh: '火电厂', en: 'Thermal plants' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.thermalPlant, geometry: 'point' }, color: [102, 51, 0], size: 8, symbol: 'square', defaultVisible: false },
  { id: 'transmission', title: { zh: '输电工程', en: 'Transmission lines' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.transmission, geometry: 'line' }, color: [170, 51, 119], size: 3, symbol: 'dashed-line', defaultVisible: true },
  { id: 'cbm', title: { zh: '煤层气', en: 'Coal-bed methane' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.cbm, geometry: 'point' }, color: [187, 187, 187], size: 7, symbol: 'diamond', defaultVisible: false },
  { id: 'gas-pipeline', title: { zh: '天然气管道', en: 'Gas pipelines' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.gasPipeline, geometry: 'line' }, color: [204, 187, 68], size: 3, symbol: 'line', defaultVisible: false },
  { id: 'shale-gas', title: { zh: '页岩气', en: 'Shale gas' }, category: 'energy', source: { type: 'catalog', layer: CATALOG_LAYER.shaleGas, geometry: 'point' }, color: [204, 187, 68], size: 7, symbol: 'diamond', defaultVisible: false },
] as const satisfies readonly LayerDef[];

/** The id of a plan layer, e.g. `'railway'`, `'old-areas'`. */
export type LayerId = (typeof DECLARED)[number]['id'];

/** A plan layer's declaration. */
export type PlanLayerDef = LayerDef & { readonly id: LayerId };

/** Every plan layer, in registry order. */
export const LAYERS: readonly PlanLayerDef[] = DECLARED;

const IDS: ReadonlySet<string> = new Set(LAYERS.map((l) => l.id));

/** True when `id` (from a link, a saved view or the state) names a plan layer. */
export function isLayerId(id: string): id is LayerId {
  return IDS.has(id);
}

/** Registry entry by id. @throws Error for an unknown id */
export function layerById(id: LayerId): PlanLayerDef {
  const l = LAYERS.find((d) => d.id === id);
  if (!l) throw new Error(`unknown layer ${id}`);
  return l;
}

/** Default visibility of every plan layer, keyed by id. */
export function defaultVisibility(): Record<LayerId, boolean> {
  return Object.fromEntries(LAYERS.map((l) => [l.id, l.defaultVisible])) as Record<LayerId, boolean>;
}

/** Registry entry drawing catalog records of `catalogLayer` (a data value), or undefined. */
export function layerForCatalog(catalogLayer: string): PlanLayerDef | undefined {
  return LAYERS.find((d) => d.source.type === 'catalog' && d.source.layer === catalogLayer);
}

/** Drawing rank: fills (areas, imported polygons) 0, lines 1, points 2 — points stay clickable on top. */
export function drawRank(def: LayerDef): number {
  if (def.source.type === 'area') return 0;
  if (def.source.type === 'catalog') return def.source.geometry === 'line' ? 1 : 2;
  return def.symbol === 'fill' ? 0 : def.symbol === 'circle' ? 2 : 1;
}

/**
 * Default drawing order of the plan layers: areas, then lines, then points (so points stay
 * clickable on top); registry order within a rank.
 * @returns plan layer ids, bottom first
 */
export function defaultOrder(): string[] {
  return [...LAYERS].sort((a, b) => drawRank(a) - drawRank(b)).map((l) => l.id);
}
