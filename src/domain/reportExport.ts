/**
 * Exports of a coverage report: CSV (UTF-8 with BOM, so Excel opens Chinese correctly), GeoJSON
 * (the region with its statistics as properties, plus the intersected features) and a plain-text
 * summary. Pure functions over the report of src/domain/analysis.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CoverageReport } from './analysis';
import Papa from 'papaparse';
import { CATALOG_LAYER } from './catalogLayers';
import { povertyCoverage } from './analysis/poverty';
import type { PovertyData } from './poverty';

/** Byte-order mark that tells Excel the CSV is UTF-8. */
export const BOM = '\uFEFF';

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

type Cell = string | number | null | undefined;
const row = (...xs: Cell[]): Cell[] => xs;
/** a blank line between sections */
const BREAK: Cell[] = [];

/**
 * Rows as CSV through Papa Parse: RFC 4180 quoting (commas, quotes, line breaks), CRLF, and
 * `escapeFormulae`: a text field starting with =, +, -, @, tab or CR gets a leading `'`, so an
 * imported feature name or a user's title such as `=HYPERLINK(…)` is text in Excel or LibreOffice,
 * never a formula (OWASP "CSV injection"). Numbers are written as numbers.
 */
const csv = (rows: Cell[][]): string => Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });

/**
 * @param title what the region is ("drawn rectangle", "河南省"), written in the first rows
 * @param poverty the poverty-county data: adds a section of the region's poverty counties with
 *   designation, 片区, exit batch and evidence
 * @returns CSV text starting with a BOM; sections separated by blank lines, each with a header row
 */
export function reportCsv(r: CoverageReport, title: string, poverty?: PovertyData): string {
  const pv = poverty?.counties.length ? povertyCoverage(r, poverty) : null;
  const lines: Cell[][] = [
    row('section', 'region'),
    row('region', title),
    row('area_km2', round(r.region.areaKm2)),
    row('perimeter_km', round(r.region.perimeterKm)),
    row('counties', r.counties.length),
    BREAK,
    row('section', 'adcode', 'county', 'province', 'county_area_km2', 'inside_km2', 'share_pct', 'special_areas'),
    ...r.counties.map((c) => row('county', c.adcode, c.name, c.provName, round(c.areaKm2), round(c.insideKm2), round(c.sharePct), c.areaIds.join(' '))),
    BREAK,
    row('section', 'group', 'area_id', 'area', 'counties', 'inside_km2'),
    ...r.groups.map((g) => row('group', g.group, '', '', g.counties, round(g.insideKm2))),
    ...r.areas.map((a) => row('area', a.group, a.id, a.name, a.counties, round(a.insideKm2))),
    BREAK,
    row('section', 'layer', 'category', 'count', 'km_inside', 'mw_inside'),
    ...r.layers.map((l) => row('layer', l.layer, l.category, l.count, round(l.kmInside), round(l.mwInside))),
    BREAK,
    row('section', 'id', 'layer', 'name', 'km_inside', 'km_total', 'capacity_mw'),
    ...r.projects.map((p) => row('project', p.id, p.layer, p.name_zh, round(p.kmInside), round(p.kmTotal), p.capacityMW)),
    BREAK,
    row('section', 'layer', 'within_km', 'area_share_pct', 'area_share_error_pct', 'seats_within', 'seat_share_pct'),
    ...r.within.map((w) => row('within', w.layer, w.km, round(w.areaSharePct), round(w.areaShareErrorPct), w.seatCount, round(w.seatSharePct))),
    BREAK,
    row('section', 'adcode', 'county', ...Object.keys(r.nearest[0]?.km ?? {}).map((l) => `nearest_${l}_km`)),
    ...r.nearest.map((n) => row('nearest', n.adcode, n.name, ...Object.values(n.km).map((k) => (k === null ? null : round(k, 1))))),
    ...(pv
      ? [
          BREAK,
          row('section', 'adcode', 'county', 'designation', 'key_county', 'contiguous_area', 'exit_year', 'inside_km2', 'share_pct', 'evidence'),
          ...pv.rows.map((c) => row('poverty', c.adcode, c.name, c.designation, c.key === null ? 'unknown' : c.key ? 'yes' : 'no', c.area ?? '', c.exitYear, round(c.insideKm2), round(c.sharePct), c.evidence)),
          row('poverty_total', '', '', '', '', '', '', round(pv.total.insideKm2), round(pv.regionSharePct), pv.total.evidence),
          ...pv.within.map((w) => row('poverty_within', w.layer, w.km, w.within, w.of, round(w.sharePct), w.evidence)),
        ]
      : []),
  ];
  return BOM + csv(lines) + '\r\n';
}

/**
 * The region as a Feature with the report's totals as properties, followed by the projects
 * inside (line pieces clipped to the region; points as points).
 */
export function reportGeoJson(region: Feature<Polygon | MultiPolygon>, r: CoverageReport, title: string): FeatureCollection {
  const props = {
    kind: 'region',
    title,
    area_km2: round(r.region.areaKm2),
    perimeter_km: round(r.region.perimeterKm),
    counties: r.counties.length,
    counties_list: r.counties.map((c) => `${c.adcode} ${c.name} ${round(c.sharePct)}%`).join('; '),
    ...Object.fromEntries(r.groups.map((g) => [`counties_${g.group}`, g.counties])),
    ...Object.fromEntries(r.layers.map((l) => [`${l.layer}_count`, l.count])),
    ...Object.fromEntries(r.layers.filter((l) => l.kmInside > 0).map((l) => [`${l.layer}_km_inside`, round(l.kmInside)])),
    ...Object.fromEntries(r.within.map((w) => [`within_${w.km}km_${w.layer}_area_pct`, round(w.areaSharePct)])),
  };
  const features: Feature[] = [{ type: 'Feature', properties: props, geometry: region.geometry }];
  for (const p of r.projects) {
    const base = { kind: 'project', id: p.id, layer: p.layer, name: p.name_zh, km_inside: round(p.kmInside), capacity_mw: p.capacityMW };
    if (p.kind === 'point') features.push({ type: 'Feature', properties: base, geometry: { type: 'Point', coordinates: p.pieces[0][0] } });
    else features.push({ type: 'Feature', properties: base, geometry: { type: 'MultiLineString', coordinates: p.pieces } });
  }
  return { type: 'FeatureCollection', features };
}

/** A few lines for the clipboard. */
export function reportSummary(r: CoverageReport, title: string, lang: 'zh' | 'en'): string {
  const km = (x: number) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });
  const layer = (id: string) => r.layers.find((l) => l.layer === id);
  const rail = layer(CATALOG_LAYER.railway);
  const lines =
    lang === 'zh'
      ? [
          `${title}：面积 ${km(r.region.areaKm2)} km²，周长 ${km(r.region.perimeterKm)} km`,
          `涉及 ${r.counties.length} 个县；${r.groups.map((g) => `${g.group} ${g.counties}`).join('，')}`,
          `规划项目 ${r.projects.length} 个；铁路 ${rail?.count ?? 0} 条，区内 ${km(rail?.kmInside ?? 0)} km；机场 ${r.airports.length} 个`,
          ...r.within.map((w) => `${w.km} km 内（${w.layer}）：面积占 ${km(w.areaSharePct)}%，县城 ${w.seatCount}/${r.counties.length}（${km(w.seatSharePct)}%）`),
        ]
      : [
          `${title}: area ${km(r.region.areaKm2)} km², perimeter ${km(r.region.perimeterKm)} km`,
          `${r.counties.length} counties; ${r.groups.map((g) => `${g.group} ${g.counties}`).join(', ')}`,
          `${r.projects.length} plan projects; railways ${rail?.count ?? 0}, ${km(rail?.kmInside ?? 0)} km inside; airports ${r.airports.length}`,
          ...r.within.map((w) => `within ${w.km} km of ${w.layer}: ${km(w.areaSharePct)}% of the area, seats ${w.seatCount}/${r.counties.length} (${km(w.seatSharePct)}%)`),
        ];
  return lines.join('\n');
}
