/**
 * A coverage report as tidy tables, one observational unit each (one row per county, per
 * special area, per project, …; one header row, no stacked sections): what the report zip
 * (./reportExport.ts `reportZip`) writes, one CSV per table. Names are in the reader's language,
 * ids in their own columns; column titles in the reader's language too. Pure.
 */
import type { CoverageReport, ProjectHit } from './analysis';
import { povertyCoverage } from './analysis/poverty';
import type { AsOfYear } from './analysis/asOfYear';
import { POVERTY_STATES, PROJECT_STATES } from './timeline';
import { areaGroupZh } from './areaGroups';
import { LAYERS, layerForCatalog } from './layers/registry';
import type { Bilingual, Lang } from './model';
import { DESIGNATION_LABEL, EVIDENCE_LABEL, type PovertyData } from './poverty';
import type { CountyProperties, SpecialArea } from './types';
import { countyNameIn } from './placeNames';

/** A cell: text, a number, or empty (null). */
export type Cell = string | number | null;

/** One table: a file name (ASCII, no extension), column titles and rows as wide as them. */
export interface ReportTable {
  file: string;
  columns: string[];
  rows: Cell[][];
}

/** What the tables name things by; each falls back to the id where it knows no name. */
export interface ReportNames {
  lang: Lang;
  /** the special areas (for their names in `lang`; the report holds the Chinese one) */
  areas?: readonly SpecialArea[];
  /** the title of a layer the registry does not know: an imported layer's */
  layerTitle?: (layer: string) => string | undefined;
  /** a plan project's name in `lang` (the report holds the Chinese one) */
  projectName?: (id: string) => string | undefined;
  /**
   * the county data by adcode: in English the county and province names of the counties tables
   * from it (the county a transliteration, ./placeNames.ts, so titled; the Chinese name beside it)
   */
  county?: (adcode: string) => CountyProperties | undefined;
  /** the poverty-county data: adds the poverty tables */
  poverty?: PovertyData;
  /** the report as of a year of the time slider (./analysis/asOfYear.ts): adds its tables; absent: the plan view */
  asOf?: AsOfYear;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Column titles in both languages, by column key. */
const COL = {
  region: { zh: '区域', en: 'region' },
  areaKm2: { zh: '面积_km2', en: 'area_km2' },
  perimeterKm: { zh: '周长_km', en: 'perimeter_km' },
  counties: { zh: '县数', en: 'counties' },
  projects: { zh: '规划项目数', en: 'plan_projects' },
  imported: { zh: '导入要素数', en: 'imported_features' },
  povertyCounties: { zh: '贫困县数', en: 'poverty_counties' },
  povertyKm2: { zh: '贫困县区内面积_km2', en: 'poverty_inside_km2' },
  povertyPct: { zh: '贫困县占区域面积_pct', en: 'poverty_share_of_region_pct' },
  evidence: { zh: '依据', en: 'evidence' },
  adcode: { zh: '县代码', en: 'adcode' },
  county: { zh: '县', en: 'county' },
  countyTranslit: { zh: '县', en: 'county_transliterated' },
  countyZh: { zh: '县', en: 'county_zh' },
  province: { zh: '省', en: 'province' },
  countyKm2: { zh: '县面积_km2', en: 'county_area_km2' },
  insideKm2: { zh: '区内面积_km2', en: 'inside_km2' },
  sharePct: { zh: '区内占比_pct', en: 'share_pct' },
  areaIds: { zh: '特殊地区代码', en: 'special_area_ids' },
  areaNames: { zh: '特殊地区', en: 'special_areas' },
  groupId: { zh: '类别代码', en: 'group_id' },
  group: { zh: '类别', en: 'group' },
  areaId: { zh: '地区代码', en: 'area_id' },
  area: { zh: '地区', en: 'area' },
  layerId: { zh: '图层代码', en: 'layer_id' },
  layer: { zh: '图层', en: 'layer' },
  category: { zh: '门类', en: 'category' },
  count: { zh: '数量', en: 'count' },
  kmInside: { zh: '区内长度_km', en: 'km_inside' },
  kmTotal: { zh: '全长_km', en: 'km_total' },
  mwInside: { zh: '区内装机_MW', en: 'mw_inside' },
  projectId: { zh: '项目代码', en: 'project_id' },
  project: { zh: '项目', en: 'project' },
  featureId: { zh: '要素代码', en: 'feature_id' },
  feature: { zh: '要素', en: 'feature' },
  kind: { zh: '几何', en: 'kind' },
  capacityMw: { zh: '装机_MW', en: 'capacity_mw' },
  withinKm: { zh: '距离_km', en: 'within_km' },
  areaSharePct: { zh: '面积占比_pct', en: 'area_share_pct' },
  areaShareErrorPct: { zh: '面积占比误差_pct', en: 'area_share_error_pct' },
  seatsWithin: { zh: '县城数', en: 'seats_within' },
  seatsOf: { zh: '县总数', en: 'of_counties' },
  seatSharePct: { zh: '县城占比_pct', en: 'seat_share_pct' },
  designation: { zh: '类型', en: 'designation' },
  keyCounty: { zh: '重点县', en: 'key_county' },
  pianquId: { zh: '片区代码', en: 'contiguous_area_id' },
  pianqu: { zh: '片区', en: 'contiguous_area' },
  exitYear: { zh: '退出年份', en: 'exit_year' },
  asOfYear: { zh: '截至年份', en: 'as_of_year' },
  subject: { zh: '对象', en: 'subject' },
  state: { zh: '状态', en: 'state' },
} as const satisfies Record<string, Bilingual>;
type ColKey = keyof typeof COL;

const KIND: Record<ProjectHit['kind'], Bilingual> = { line: { zh: '线', en: 'line' }, point: { zh: '点', en: 'point' } };
const YES_NO_UNKNOWN = { yes: { zh: '是', en: 'yes' }, no: { zh: '否', en: 'no' }, unknown: { zh: '未查明', en: 'unknown' } } as const;

/** A special-area group's name in `lang`: the title of the registry layer that draws it, else its Chinese name (zh) or id. */
export function areaGroupTitle(group: string, lang: Lang): string {
  return LAYERS.find((l) => l.source.type === 'area' && l.source.group === group)?.title[lang] ?? (lang === 'zh' ? areaGroupZh(group) : group);
}

/** The nearest-distance column of a layer: "最近铁路_km" / "nearest_Railways_km". */
const nearestTitle = (title: string, lang: Lang) => (lang === 'zh' ? `最近${title}_km` : `nearest_${title.replace(/\s+/g, '_')}_km`);

/**
 * The report's tables, in order: summary (one row), counties (with their special areas and
 * nearest-feature distances), special_area_groups, special_areas, plan_layers, projects,
 * imported_features (when any), within, and with `names.poverty` poverty_counties and
 * poverty_within.
 * @param title what the region is ("✎ 绘制区域", "河南省")
 */
export function reportTables(r: CoverageReport, title: string, names: ReportNames): ReportTable[] {
  const { lang } = names;
  const cols = (...keys: ColKey[]) => keys.map((k) => COL[k][lang]);
  const areaName = (id: string) => names.areas?.find((a) => a.id === id)?.name[lang] ?? r.areas.find((a) => a.id === id)?.name ?? id;
  const groupName = (g: string) => areaGroupTitle(g, lang);
  const layerName = (id: string) => layerForCatalog(id)?.title[lang] ?? names.layerTitle?.(id) ?? id;
  const pv = names.poverty?.counties.length ? povertyCoverage(r, names.poverty) : null;
  // a county's name columns: in English with the county data, the transliteration and the Chinese name
  const translit = lang === 'en' && !!names.county;
  const countyCols: ColKey[] = translit ? ['countyTranslit', 'countyZh'] : ['county'];
  const countyCells = (c: { adcode: string; name: string }): Cell[] => {
    const k = names.county?.(c.adcode);
    return translit ? [k ? countyNameIn(k, 'en').text : c.name, c.name] : [c.name];
  };
  const provinceCell = (c: { adcode: string; provName: string }) => (lang === 'en' ? names.county?.(c.adcode)?.provNameEn : undefined) ?? c.provName;
  const nearestLayers = Object.keys(r.nearest[0]?.km ?? {});
  const nearest = new Map(r.nearest.map((n) => [n.adcode, n]));

  const tables: ReportTable[] = [
    {
      file: 'summary',
      columns: [...cols('region', 'areaKm2', 'perimeterKm', 'counties', 'projects', 'imported'), ...(pv ? cols('povertyCounties', 'povertyKm2', 'povertyPct', 'evidence') : []), ...cols('asOfYear')],
      rows: [
        [
          title, round(r.region.areaKm2), round(r.region.perimeterKm), r.counties.length, r.projects.length, r.imported.length,
          ...(pv ? [pv.total.counties, round(pv.total.insideKm2), round(pv.regionSharePct), EVIDENCE_LABEL[pv.total.evidence][lang]] : []),
          // which year the tables describe: the slider's, or the plan (every project as planned)
          names.asOf ? names.asOf.year : PLAN_VIEW[lang],
        ],
      ],
    },
    {
      file: 'counties',
      columns: [...cols('adcode', ...countyCols, 'province', 'countyKm2', 'insideKm2', 'sharePct', 'areaIds', 'areaNames'), ...nearestLayers.map((l) => nearestTitle(layerName(l), lang))],
      rows: r.counties.map((c) => {
        const n = nearest.get(c.adcode);
        return [
          c.adcode, ...countyCells(c), provinceCell(c), round(c.areaKm2), round(c.insideKm2), round(c.sharePct), c.areaIds.join(' '), c.areaIds.map(areaName).join(lang === 'zh' ? '、' : '; '),
          ...nearestLayers.map((l) => { const k = n?.km[l]; return k === null || k === undefined ? null : round(k, 1); }),
        ];
      }),
    },
    { file: 'special_area_groups', columns: cols('groupId', 'group', 'counties', 'insideKm2'), rows: r.groups.map((g) => [g.group, groupName(g.group), g.counties, round(g.insideKm2)]) },
    { file: 'special_areas', columns: cols('areaId', 'area', 'groupId', 'group', 'counties', 'insideKm2'), rows: r.areas.map((a) => [a.id, areaName(a.id), a.group, groupName(a.group), a.counties, round(a.insideKm2)]) },
    { file: 'plan_layers', columns: cols('layerId', 'layer', 'category', 'count', 'kmInside', 'mwInside'), rows: r.layers.map((l) => [l.layer, layerName(l.layer), l.category, l.count, round(l.kmInside), round(l.mwInside)]) },
    {
      file: 'projects',
      columns: cols('projectId', 'project', 'layerId', 'layer', 'kind', 'kmInside', 'kmTotal', 'capacityMw'),
      rows: r.projects.map((p) => [p.id, names.projectName?.(p.id) ?? p.name_zh, p.layer, layerName(p.layer), KIND[p.kind][lang], round(p.kmInside), round(p.kmTotal), p.capacityMW]),
    },
    ...(r.imported.length
      ? [{ file: 'imported_features', columns: cols('featureId', 'feature', 'layerId', 'layer', 'kind', 'kmInside'), rows: r.imported.map((p): Cell[] => [p.id, p.name_zh, p.layer, layerName(p.layer), KIND[p.kind][lang], round(p.kmInside)]) }]
      : []),
    {
      file: 'within',
      columns: cols('layerId', 'layer', 'withinKm', 'areaSharePct', 'areaShareErrorPct', 'seatsWithin', 'seatsOf', 'seatSharePct'),
      rows: r.within.map((w) => [w.layer, layerName(w.layer), w.km, round(w.areaSharePct), round(w.areaShareErrorPct), w.seatCount, r.counties.length, round(w.seatSharePct)]),
    },
  ];
  if (pv) {
    const yn = (k: boolean | null) => YES_NO_UNKNOWN[k === null ? 'unknown' : k ? 'yes' : 'no'][lang];
    tables.push(
      {
        file: 'poverty_counties',
        // the 片区 by its id and by its name in the page's language (the name column held the id)
        columns: cols('adcode', ...countyCols, 'designation', 'keyCounty', 'pianquId', 'pianqu', 'exitYear', 'insideKm2', 'sharePct', 'evidence'),
        rows: pv.rows.map((c) => [c.adcode, ...countyCells(c), DESIGNATION_LABEL[c.designation][lang], yn(c.key), c.area, c.area ? areaName(c.area) : c.area, c.exitYear, round(c.insideKm2), round(c.sharePct), EVIDENCE_LABEL[c.evidence][lang]]),
      },
      {
        file: 'poverty_within',
        columns: cols('layerId', 'layer', 'withinKm', 'seatsWithin', 'seatsOf', 'seatSharePct', 'evidence'),
        rows: pv.within.map((w) => [w.layer, layerName(w.layer), w.km, w.within, w.of, round(w.sharePct), EVIDENCE_LABEL[w.evidence][lang]]),
      },
    );
  }
  if (names.asOf) {
    const a = names.asOf;
    tables.push(
      {
        file: 'as_of_year_states',
        columns: cols('asOfYear', 'subject', 'state', 'count'),
        rows: [
          ...PROJECT_STATES.map((s): Cell[] => [a.year, SUBJECT.projects[lang], s, a.projects[s]]),
          ...POVERTY_STATES.map((s): Cell[] => [a.year, SUBJECT.poverty[lang], s, a.poverty[s]]),
        ],
      },
      {
        file: 'as_of_year_within',
        columns: cols('asOfYear', 'layerId', 'layer', 'withinKm', 'seatsWithin', 'seatsOf', 'seatSharePct'),
        rows: [[a.year, a.seats.layer, layerName(a.seats.layer), a.seats.km, a.seats.within, a.seats.of, round(a.seats.sharePct)]],
      },
    );
  }
  return tables;
}

const PLAN_VIEW: Bilingual = { zh: '规划视图（全部项目）', en: 'plan view (all projects)' };
const SUBJECT = { projects: { zh: '区内规划项目', en: 'plan projects in the region' }, poverty: { zh: '区内贫困县（个）', en: 'poverty counties in the region (units)' } } as const;
