/**
 * Exports of a coverage report: a zip of tidy CSV tables (./reportTables.ts; UTF-8 with BOM, so
 * Excel opens Chinese correctly), GeoJSON
 * (the region with its statistics as properties, plus the intersected features) and a plain-text
 * summary. Pure functions over the report of src/domain/analysis.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CoverageReport } from './analysis';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { CATALOG_LAYER } from './catalogLayers';
import { layerForCatalog } from './layers/registry';
import { areaGroupTitle, reportTables, type ReportNames, type ReportTable } from './reportTables';

/** Byte-order mark that tells Excel the CSV is UTF-8. */
export const BOM = '\uFEFF';

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * One table as CSV through Papa Parse: a BOM (Excel then reads UTF-8), the header row, RFC 4180
 * quoting (commas, quotes, line breaks), CRLF, and `escapeFormulae`: a text field starting with
 * =, +, -, @, tab or CR gets a leading `'`, so an imported feature name or a user's title such as
 * `=HYPERLINK(…)` is text in Excel or LibreOffice, never a formula (OWASP "CSV injection").
 * Numbers are written as numbers.
 */
export function tableCsv(table: ReportTable): string {
  return BOM + Papa.unparse({ fields: table.columns, data: table.rows }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
}

/**
 * The report as a zip of tidy CSV files, one per table of {@link reportTables} (`01_summary.csv`,
 * `02_counties.csv`, …), each with its BOM; zipped by fflate (DEFLATE).
 * @param title what the region is, in the summary table
 * @returns the zip's bytes
 */
export function reportZip(r: CoverageReport, title: string, names: ReportNames): Uint8Array {
  const files = Object.fromEntries(reportTables(r, title, names).map((t, i) => [`${String(i + 1).padStart(2, '0')}_${t.file}.csv`, strToU8(tableCsv(t))]));
  return zipSync(files, { level: 6 });
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
  // names, not ids: 革命老区 rather than old-area, 铁路 rather than railway
  const group = (g: string) => areaGroupTitle(g, lang);
  const layerName = (id: string) => layerForCatalog(id)?.title[lang] ?? id;
  const lines =
    lang === 'zh'
      ? [
          `${title}：面积 ${km(r.region.areaKm2)} km²，周长 ${km(r.region.perimeterKm)} km`,
          `涉及 ${r.counties.length} 个县；${r.groups.map((g) => `${group(g.group)} ${g.counties}`).join('，')}`,
          `规划项目 ${r.projects.length} 个；铁路 ${rail?.count ?? 0} 条，区内 ${km(rail?.kmInside ?? 0)} km；机场 ${r.airports.length} 个`,
          ...r.within.map((w) => `${w.km} km 内（${layerName(w.layer)}）：面积占 ${km(w.areaSharePct)}%，县城 ${w.seatCount}/${r.counties.length}（${km(w.seatSharePct)}%）`),
        ]
      : [
          `${title}: area ${km(r.region.areaKm2)} km², perimeter ${km(r.region.perimeterKm)} km`,
          `${r.counties.length} counties; ${r.groups.map((g) => `${group(g.group)} ${g.counties}`).join(', ')}`,
          `${r.projects.length} plan projects; railways ${rail?.count ?? 0}, ${km(rail?.kmInside ?? 0)} km inside; airports ${r.airports.length}`,
          ...r.within.map((w) => `within ${w.km} km of ${layerName(w.layer)}: ${km(w.areaSharePct)}% of the area, seats ${w.seatCount}/${r.counties.length} (${km(w.seatSharePct)}%)`),
        ];
  return lines.join('\n');
}
