/**
 * A layer as a table (its attribute table and its CSV download) and as GeoJSON with citations:
 * plan records with their plan citation, special-area counties with the document that defines
 * the area, imported features with their own properties. Pure data, no DOM.
 */
import Papa from 'papaparse';
import bboxOf from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasData } from './atlasData';
import type { UserFeature } from './import/types';
import type { AreaCountyFeature, Bilingual, Lang } from './model';
import type { Citation } from './planText';
import type { CatalogFeature } from './types';
import { planActionIn } from './planActions';

export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  title: Bilingual;
  /** sorted as numbers */
  numeric?: boolean;
}

export interface TableRow {
  /** the feature's id: record id, `areaId:adcode`, or `layerId#index` for an imported feature */
  id: string;
  cells: Record<string, Cell>;
  /** `[w, s, e, n]` degrees, to fly to */
  bbox: [number, number, number, number];
  geometry: Geometry;
}

export interface LayerTable {
  columns: TableColumn[];
  rows: TableRow[];
}

const col = (key: string, zh: string, en: string, numeric = false): TableColumn => ({ key, title: { zh, en }, ...(numeric ? { numeric } : {}) });
const box = (g: Geometry) => bboxOf(g) as [number, number, number, number];

/** The cited sentence of the plan, from the whole-text offsets of `c` (lines joined by one newline). */
export function citedSentence(c: Citation, paragraphs: string[]): string {
  let offset = 0;
  for (let i = 0; i < c.paragraph; i++) offset += paragraphs[i].length + 1;
  return (paragraphs[c.paragraph] ?? '').slice(c.sentenceStart - offset, c.sentenceEnd - offset);
}

const CITATION_COLUMNS = [col('citeSection', '规划章节', 'Plan section'), col('citeColumn', '专栏', 'Plan column'), col('citeQuote', '规划原文用语', 'Plan wording'), col('citeSentence', '规划原句', 'Plan sentence')];
const citationCells = (c: Citation | null, paragraphs: string[]): Record<string, Cell> =>
  c ? { citeSection: c.section, citeColumn: c.column ?? null, citeQuote: c.quote, citeSentence: citedSentence(c, paragraphs) } : { citeSection: null, citeColumn: null, citeQuote: null, citeSentence: null };

/** Province name → its name in `lang` (the county data's `provNameEn` for English; unknown names as written). */
function provinceNames(data: Pick<AtlasData, 'counties'>, lang: Lang): (zh: string) => string {
  if (lang === 'zh') return (zh) => zh;
  const en = new Map(data.counties.features.map((c) => [c.properties.provName, c.properties.provNameEn]));
  return (zh) => en.get(zh) ?? zh;
}

/**
 * Plan records as rows: names, action, provinces and counties (computed from geometry), length
 * (km, geodesic), capacity (MW), voltage (kV), the position of a point (lon/lat degrees), the
 * citation and where the coordinates came from. In `lang` 'en' the plan action and the provinces
 * are given in English (./planActions.ts; the provinces' English names of the county data); the
 * plan's own wording stays Chinese.
 */
export function catalogTable(records: CatalogFeature[], data: Pick<AtlasData, 'plan' | 'counties'>, lang: Lang = 'zh'): LayerTable {
  const province = provinceNames(data, lang);
  const columns = [
    col('id', '编号', 'ID'), col('name_zh', '名称', 'Name (Chinese)'), col('name_en', '英文名称', 'Name (English)'), col('action', '规划行动', 'Plan action'),
    col('provinces', '省份', 'Provinces'), col('counties', '县数', 'Counties', true), col('lengthKm', '长度（km）', 'Length (km)', true),
    col('capacityMW', '装机容量（MW）', 'Capacity (MW)', true), col('voltageKV', '电压（kV）', 'Voltage (kV)', true),
    col('lon', '经度', 'Longitude', true), col('lat', '纬度', 'Latitude', true), ...CITATION_COLUMNS, col('coordSource', '坐标来源', 'Coordinates from'),
  ];
  const rows = records.map((r): TableRow => {
    const p = r.properties;
    const pt = r.geometry.type === 'Point' ? r.geometry.coordinates : null;
    return {
      id: p.id,
      bbox: box(r.geometry),
      geometry: r.geometry,
      cells: {
        id: p.id, name_zh: p.name_zh, name_en: p.name_en, action: planActionIn(p.action, lang), provinces: p.computed.provinces.map(province).join(lang === 'zh' ? '、' : ', '), counties: p.computed.counties.length,
        lengthKm: p.computed.lengthKm, capacityMW: p.capacityMW, voltageKV: p.voltageKV, lon: pt?.[0] ?? null, lat: pt?.[1] ?? null,
        ...citationCells(p.citation, data.plan.paragraphs), coordSource: p.coordSource,
      },
    };
  });
  return { columns, rows };
}

/**
 * The counties of a special-area layer as rows (one per area and county, as drawn): adcode,
 * county, prefecture, province (in English for `lang` 'en'), the area and the document that
 * defines it, the plan citation.
 */
export function areaTable(features: AreaCountyFeature[], data: Pick<AtlasData, 'plan' | 'areas' | 'countyByAdcode' | 'counties'>, lang: Lang = 'zh'): LayerTable {
  const province = provinceNames(data, lang);
  const columns = [
    col('adcode', '行政区划代码', 'Adcode'), col('county', '县', 'County'), col('prefecture', '地级行政区', 'Prefecture'), col('province', '省份', 'Province'),
    col('area_zh', '地区', 'Area (Chinese)'), col('area_en', '地区（英文）', 'Area (English)'), col('document', '认定文件', 'Defined by'), col('year', '年份', 'Year', true),
    ...CITATION_COLUMNS,
  ];
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  const rows = features.map((f): TableRow => {
    const p = f.properties;
    const a = areas.get(p.areaId);
    const c = data.countyByAdcode.get(p.adcode)?.properties;
    return {
      id: `${p.areaId}:${p.adcode}`,
      bbox: box(f.geometry),
      geometry: f.geometry,
      cells: {
        adcode: p.adcode, county: p.countyName, prefecture: c?.prefName ?? null, province: c ? province(c.provName) : null, area_zh: p.areaName.zh, area_en: p.areaName.en,
        document: a ? [a.provenance.document, a.provenance.issuer].filter(Boolean).join('，') : null, year: a?.provenance.year ?? null,
        ...citationCells(a?.citation ?? null, data.plan.paragraphs),
      },
    };
  });
  return { columns, rows };
}

/** An imported layer's features as rows: every property name in order of first appearance (values as stored, objects as JSON). */
export function userTable(layerId: string, features: UserFeature[]): LayerTable {
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
  const numeric = new Set(keys.filter((k) => features.some((f) => typeof f.properties[k] === 'number') && features.every((f) => f.properties[k] == null || typeof f.properties[k] === 'number')));
  const columns = keys.map((k) => col(k, k, k, numeric.has(k)));
  const rows = features.map((f, i): TableRow => ({
    id: `${layerId}#${i}`,
    bbox: box(f.geometry as Geometry),
    geometry: f.geometry as Geometry,
    cells: Object.fromEntries(keys.map((k) => {
      const v = f.properties[k];
      return [k, v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v)];
    })),
  }));
  return { columns, rows };
}

/**
 * The rows whose cells contain `query` (case-insensitive, any column), sorted by `sort` (numbers
 * as numbers, text by the `lang` collation; empty cells last). Returns a new array.
 */
export function filterSort(table: LayerTable, query: string, sort: { key: string; dir: 1 | -1 } | null, lang: Lang): TableRow[] {
  const q = query.trim().toLowerCase();
  const rows = q ? table.rows.filter((r) => Object.values(r.cells).some((v) => v !== null && String(v).toLowerCase().includes(q))) : [...table.rows];
  if (!sort) return rows;
  const numeric = table.columns.find((c) => c.key === sort.key)?.numeric;
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  return rows.sort((a, b) => {
    const x = a.cells[sort.key], y = b.cells[sort.key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sort.dir * (numeric ? Number(x) - Number(y) : collator.compare(String(x), String(y)));
  });
}

/**
 * CSV of a table (UTF-8 with BOM so Excel reads Chinese; CRLF), headers in `lang`, one row per
 * feature. Through Papa.unparse with `escapeFormulae`: a name such as `=HYPERLINK(…)` stays text.
 */
export function tableCsv(table: LayerTable, lang: Lang): string {
  const header = table.columns.map((c) => c.title[lang]);
  const body = table.rows.map((r) => table.columns.map((c) => r.cells[c.key]));
  return '\uFEFF' + Papa.unparse([header, ...body], { escapeFormulae: true, newline: '\r\n' });
}

/**
 * The layer as a GeoJSON FeatureCollection (WGS84 lon/lat, RFC 7946): each feature's geometry
 * with the table's cells as properties (so the citation travels with each feature), and a
 * top-level `source` naming the plan.
 */
export function tableGeoJSON(table: LayerTable, source: string): FeatureCollection & { source: string } {
  const features: Feature[] = table.rows.map((r) => ({ type: 'Feature', id: r.id, geometry: r.geometry, properties: { ...r.cells } }));
  return { type: 'FeatureCollection', source, features };
}
