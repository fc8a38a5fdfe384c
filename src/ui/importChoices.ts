/** The import's choices and record of the last run, shared by the import panel, the drop zone, the store and the kept work. */
import type { ImportFix, ImportOptions, ImportOutcome } from '../domain/import/types';
import { browserDrawBudget } from '../map/drawBudget';

/** The last import: the file, the options it ran with, and what came of it. */
export interface LastImport {
  file: File;
  options: ImportOptions;
  outcome: (ImportOutcome & { ms: number }) | null;
  /** the layer it produced (replaced when a fix is accepted) */
  layerId: string | null;
}

/** The file types the import reads. */
export const ACCEPT = '.geojson,.json,.topojson,.csv,.tsv,.txt,.xlsx,.kml,.kmz,.zip';

/** The datum a file is read in: '' for WGS84 as is, else the conversion to apply. */
export type Datum = ImportFix | '';

export const DATUMS: { fix: Datum; label: string }[] = [
  { fix: '', label: 'WGS84 (EPSG:4326)' },
  { fix: 'gcj02-to-wgs84', label: 'GCJ-02 → WGS84' },
  { fix: 'bd09-to-wgs84', label: 'BD-09 → WGS84' },
];

/** Options of a fresh import in `datum`, with this browser's drawing budget (src/map/drawBudget.ts). */
export function importOptions(datum: Datum): ImportOptions {
  return { fixes: datum ? [datum] : [], maxVertices: browserDrawBudget().vertices };
}
