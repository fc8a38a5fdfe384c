/**
 * Loads the generated map data (public/generated/, see scripts/build-data.ts) and puts it in the
 * shapes the map and panels use. Pure data code: no DOM, no map library.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Catalog, CatalogFeature, CountyProperties, Manifest, PlanIndicator, SpecialArea } from './types';
import type { SearchKeyTable } from './search/pinyinKeys';
import type { PovertyCounty, PovertyData } from './poverty';
import type { PlanNote } from './planText';
import type { Bilingual } from './model';
import { FIRST_MAP_FILES } from './firstMap';

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;

/**
 * How detailed the data is: 'first', the first map's copies (counties, prefectures, provinces,
 * countries and rivers simplified to 4 km, no county seats, no search keys; catalog records with
 * only `FIRST_CATALOG_FIELDS` — no citation, sources, via or delivery — and poverty counties
 * without their per-fact evidence; see ./firstMap.ts), drawn until 'full' has arrived. Queries,
 * the analysis, search, the detail panel, the plan text's links and the time slider use 'full' data only.
 */
export type Detail = 'first' | 'full';

export interface AtlasData {
  /** see {@link Detail} */
  detail: Detail;
  manifest: Manifest;
  counties: FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  prefectures: FeatureCollection<Polygon | MultiPolygon>;
  provinces: FeatureCollection<Polygon | MultiPolygon>;
  labels: FeatureCollection<Point>;
  /**
   * foreign countries and their labels; `nanhai`: the 南海断续线 at its true position, one line per
   * dash (name_zh 南海断续线, n, near, source; data/admin/nanhai-dashes.json), absent in older data
   */
  world: { polygons: FeatureCollection; labels: FeatureCollection<Point>; nanhai?: FeatureCollection<LineString> };
  rivers: FeatureCollection;
  areas: SpecialArea[];
  catalog: Catalog;
  plan: { title: string; paragraphs: string[]; notes?: PlanNote[] };
  indicators: PlanIndicator[];
  /** pinyin keys of every built-in name, precomputed by the data build (search/pinyinKeys.ts) */
  searchKeys: SearchKeyTable;
  countyByAdcode: Map<string, CountyFeature>;
  catalogById: Map<string, CatalogFeature>;
  /** adcode → ids of the special areas holding that county */
  areasOfCounty: Map<string, string[]>;
  /** the 832 national poverty counties (poverty-counties.json) */
  poverty: PovertyData;
  povertyByAdcode: Map<string, PovertyCounty>;
}

/** Failure to load the generated data; `text` names the file and what was wrong, in both languages (`message` is the English). */
export class AtlasDataError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** How far {@link loadAtlasData} has got: files parsed of `total`, bytes received. */
export interface LoadProgress {
  files: number;
  total: number;
  bytes: number;
}

/** The generated files {@link loadAtlasData} fetches with detail 'full', all before the first map (a link deeper than the first map's zoom). */
export const ATLAS_FILES = ['manifest.json', 'admin.topo.json', 'labels.json', 'world.json', 'rivers.json', 'areas.json', 'catalog.json', 'plan.json', 'indicators.json', 'search-keys.json', 'poverty-counties.json'] as const;

/** The files fetched after a 'first' map has been drawn, to make its data 'full' ({@link loadFullDetail}). */
export const FULL_DETAIL_FILES = ['admin.topo.json', 'world.json', 'rivers.json', 'search-keys.json', 'catalog.json', 'poverty-counties.json'] as const;

/**
 * The generated files fetched before the first map at `detail`: for 'first', {@link ATLAS_FILES}
 * with the coarse copies of ./firstMap.ts in place of the full basemap files, and no search keys.
 */
export function firstLoadFiles(detail: Detail): string[] {
  if (detail === 'full') return [...ATLAS_FILES];
  return ATLAS_FILES.flatMap((f) => (f === 'search-keys.json' ? [] : [f in FIRST_MAP_FILES ? FIRST_MAP_FILES[f as keyof typeof FIRST_MAP_FILES] : f]));
}

/**
 * Fetch generated files below `baseUrl` as JSON, in parallel.
 * @throws AtlasDataError naming the file on an HTTP error or bad JSON
 */
async function fetchAll(baseUrl: string, names: readonly string[], fetchFn: typeof fetch, onProgress?: (p: LoadProgress) => void): Promise<Record<string, unknown>> {
  const progress: LoadProgress = { files: 0, total: names.length, bytes: 0 };
  const raw = await Promise.all(
    names.map(async (name) => {
      let res: Response;
      try {
        res = await fetchFn(`${baseUrl}${name}`);
      } catch (e) {
        throw new AtlasDataError({ en: `${name}: could not be fetched (${(e as Error).message})`, zh: `${name}：无法获取（${(e as Error).message}）` });
      }
      if (!res.ok) {
        const hint = res.status === 404 ? { en: ' — run `npm run data` to generate the map data', zh: '——请运行 `npm run data` 生成地图数据' } : { en: '', zh: '' };
        throw new AtlasDataError({ en: `${name}: HTTP ${res.status}${hint.en}`, zh: `${name}：HTTP ${res.status}${hint.zh}` });
      }
      try {
        const buf = await res.arrayBuffer();
        const value = JSON.parse(new TextDecoder().decode(buf)) as unknown;
        progress.files++;
        progress.bytes += buf.byteLength;
        onProgress?.({ ...progress });
        return value;
      } catch {
        throw new AtlasDataError({ en: `${name}: not valid JSON`, zh: `${name}：不是有效的 JSON` });
      }
    }),
  );
  return Object.fromEntries(names.map((n, i) => [n, raw[i]]));
}

/**
 * Fetch the generated files below `baseUrl` that a first map at `detail` needs and assemble {@link AtlasData}.
 * @param baseUrl e.g. "/generated/" (must end with "/")
 * @param fetchFn injectable for tests; defaults to global fetch
 * @param onProgress called as each file arrives: files done of `total`, and the bytes received so far (decoded, as served)
 * @param detail 'full' (default): every file; 'first': the first map's coarse copies ({@link firstLoadFiles}), completed later by {@link loadFullDetail}
 * @throws AtlasDataError naming the file on an HTTP error, bad JSON or missing content
 */
export async function loadAtlasData(baseUrl: string, fetchFn: typeof fetch = fetch, onProgress?: (p: LoadProgress) => void, detail: Detail = 'full'): Promise<AtlasData> {
  const names = firstLoadFiles(detail);
  const got = await fetchAll(baseUrl, names, fetchFn, onProgress);
  const j = (full: string) => got[detail === 'first' && full in FIRST_MAP_FILES ? FIRST_MAP_FILES[full as keyof typeof FIRST_MAP_FILES] : full];
  const poverty = povertyOf(j('poverty-counties.json'));
  return assemble({
    detail,
    manifest: j('manifest.json') as Manifest, topo: j('admin.topo.json') as Topology, labels: j('labels.json') as FeatureCollection<Point>,
    world: j('world.json') as AtlasData['world'], rivers: j('rivers.json') as FeatureCollection, areas: (j('areas.json') as { areas?: SpecialArea[] })?.areas,
    catalog: j('catalog.json') as Catalog, plan: j('plan.json') as AtlasData['plan'], indicators: (j('indicators.json') as { indicators?: PlanIndicator[] })?.indicators,
    searchKeys: detail === 'first' ? {} : (j('search-keys.json') as { keys?: SearchKeyTable })?.keys, poverty,
  });
}

/** poverty-counties.json's content, checked. @throws AtlasDataError when it has no county list */
function povertyOf(json: unknown): PovertyData {
  const poverty = json as PovertyData;
  if (!Array.isArray(poverty?.counties)) throw new AtlasDataError({ en: 'poverty-counties.json: no "counties" list', zh: 'poverty-counties.json：缺少“counties”列表' });
  return poverty;
}

/**
 * The 'full' data for a 'first' one: fetches {@link FULL_DETAIL_FILES} (full counties,
 * prefectures, provinces, countries, rivers, the search keys, the whole catalog and the poverty
 * counties with their evidence) and assembles them with the rest of `first`, which is kept as it is. Data already 'full' is returned unchanged.
 * @throws AtlasDataError naming the file on an HTTP error, bad JSON or missing content
 */
export async function loadFullDetail(first: AtlasData, baseUrl: string, fetchFn: typeof fetch = fetch): Promise<AtlasData> {
  if (first.detail === 'full') return first;
  const got = await fetchAll(baseUrl, FULL_DETAIL_FILES, fetchFn);
  return assemble({
    detail: 'full', manifest: first.manifest, topo: got['admin.topo.json'] as Topology, labels: first.labels, world: got['world.json'] as AtlasData['world'],
    rivers: got['rivers.json'] as FeatureCollection, areas: first.areas, catalog: got['catalog.json'] as Catalog, plan: first.plan, indicators: first.indicators,
    searchKeys: (got['search-keys.json'] as { keys?: SearchKeyTable })?.keys, poverty: povertyOf(got['poverty-counties.json']),
  });
}

/**
 * Assemble loaded JSON into {@link AtlasData}.
 * @throws AtlasDataError when an expected object is missing
 */
export function assemble(j: {
  /** default 'full' */
  detail?: Detail;
  manifest: Manifest; topo: Topology; labels: FeatureCollection<Point>; world: AtlasData['world']; rivers: FeatureCollection;
  areas: SpecialArea[] | undefined; catalog: Catalog; plan: AtlasData['plan']; indicators: PlanIndicator[] | undefined;
  searchKeys: SearchKeyTable | undefined;
  /** absent (older data, tests): no poverty counties */
  poverty?: PovertyData;
}): AtlasData {
  const poverty = j.poverty ?? { exitDate: '', counties: [] };
  for (const o of ['counties', 'prefectures', 'provinces']) {
    if (!j.topo?.objects?.[o]) throw new AtlasDataError({ en: `admin.topo.json: object "${o}" missing`, zh: `admin.topo.json：缺少对象“${o}”` });
  }
  if (!Array.isArray(j.areas)) throw new AtlasDataError({ en: 'areas.json: no "areas" list', zh: 'areas.json：缺少“areas”列表' });
  if (!Array.isArray(j.catalog?.features)) throw new AtlasDataError({ en: 'catalog.json: not a FeatureCollection', zh: 'catalog.json：不是 FeatureCollection' });
  if (!Array.isArray(j.plan?.paragraphs)) throw new AtlasDataError({ en: 'plan.json: no paragraphs', zh: 'plan.json：没有段落' });
  if (!Array.isArray(j.indicators)) throw new AtlasDataError({ en: 'indicators.json: no "indicators" list', zh: 'indicators.json：缺少“indicators”列表' });
  if (typeof j.searchKeys !== 'object' || j.searchKeys === null) throw new AtlasDataError({ en: 'search-keys.json: no "keys" table', zh: 'search-keys.json：缺少“keys”表' });
  const fc = (name: string) => feature(j.topo, j.topo.objects[name] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  const counties = fc('counties') as FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
  const areasOfCounty = new Map<string, string[]>();
  for (const a of j.areas) for (const c of a.counties) areasOfCounty.set(c, [...(areasOfCounty.get(c) ?? []), a.id]);
  return {
    detail: j.detail ?? 'full',
    manifest: j.manifest,
    counties,
    prefectures: fc('prefectures'),
    provinces: fc('provinces'),
    labels: j.labels,
    world: j.world,
    rivers: j.rivers,
    areas: j.areas,
    catalog: j.catalog,
    plan: j.plan,
    indicators: j.indicators,
    searchKeys: j.searchKeys,
    countyByAdcode: new Map(counties.features.map((f) => [f.properties.adcode, f])),
    catalogById: new Map(j.catalog.features.map((f) => [f.properties.id, f])),
    areasOfCounty,
    poverty,
    povertyByAdcode: new Map(poverty.counties.map((c) => [c.adcode, c])),
  };
}
