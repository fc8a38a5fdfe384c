/**
 * Download a coverage report as a zip of tidy CSV tables (src/domain/reportTables.ts), named in
 * the page's language: layer titles from the registry or the imported layer, area and project
 * names from the data.
 */
import type { CoverageReport } from '../domain/analysis';
import type { AtlasData } from '../domain/atlasData';
import type { UserLayer } from '../domain/model';
import { reportZip } from '../domain/reportExport';
import type { ReportNames } from '../domain/reportTables';
import type { Lang } from '../state/atlasState';
import { download } from './download';

/** What the tables are named by, from the data and the imported layers. */
export function reportNames(data: AtlasData, userLayers: readonly UserLayer[], lang: Lang, withPoverty = true): ReportNames {
  return {
    lang,
    areas: data.areas,
    layerTitle: (id) => userLayers.find((u) => u.id === id)?.title,
    projectName: (id) => {
      const p = data.catalogById.get(id)?.properties;
      return p ? (lang === 'zh' ? p.name_zh : p.name_en) : undefined;
    },
    county: (adcode) => data.countyByAdcode.get(adcode)?.properties,
    poverty: withPoverty ? data.poverty : undefined,
  };
}

/** Save `report` as `<file>.zip`. */
export function downloadReportZip(report: CoverageReport, title: string, names: ReportNames, file: string): void {
  download(new Blob([reportZip(report, title, names) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${file}.zip`);
}
