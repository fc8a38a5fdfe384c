/**
 * The one entry point of "bring your own data": bytes of a user's file → cleaned WGS84 features,
 * or a refusal, with bilingual issues and the fixes that could help. Pure (no DOM): runs in the
 * import worker and in Node.
 */
import { checkLayer, type Progress } from './check';
import { baseName, detectFormat } from './detect';
import { ImportError } from './errors';
import { describeFields, summarize } from './fields';
import { readGeoJSON } from './geojson';
import type { Hint } from './hints';
import { IssueLog } from './issues';
import { kmlToGeoJSON, kmzToKml } from './kml';
import type { Layer } from './layer';
import { issue, msg } from './messages';
import { readCsv } from './csv';
import { shapefileToGeoJSON } from './shapefile';
import { decodeText, parseJson } from './text';
import { topologyToGeoJSON } from './topojson';
import { MAX_FEATURES, MAX_IMPORT_BYTES, type ImportFormat, type ImportOptions, type ImportOutcome, type ImportProgress } from './types';
import { readXlsx } from './xlsx';

interface Parsed {
  layer: Layer;
  format: ImportFormat;
  crs?: string;
  hints?: Hint[];
  sheet?: string;
  sheets?: string[];
}

/** Reads the file with the reader its name and bytes call for. */
async function parse(fileName: string, bytes: Uint8Array, options: ImportOptions, log: IssueLog): Promise<Parsed> {
  const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
  const detected = detectFormat(fileName, bytes);
  switch (detected.reader) {
    case 'json': {
      const json = parseJson(decodeText(bytes));
      if (typeof json === 'object' && json !== null && (json as { type?: unknown }).type === 'Topology') {
        return { ...readGeoJSON(topologyToGeoJSON(json as Record<string, unknown>), log, { maxFeatures }), format: 'topojson' };
      }
      return { ...readGeoJSON(json, log, { maxFeatures }), format: 'geojson' };
    }
    case 'csv':
      return { layer: readCsv(decodeText(bytes), { ...options, ...(detected.delimiter ? { delimiter: detected.delimiter } : {}) }, log), format: 'csv' };
    case 'xlsx':
      return { ...(await readXlsx(bytes, options, log)), format: 'xlsx' };
    case 'kml':
    case 'kmz': {
      const { geojson, hints } = kmlToGeoJSON(detected.reader === 'kmz' ? kmzToKml(bytes) : decodeText(bytes));
      return { ...readGeoJSON(geojson, log, { unit: 'placemark', maxFeatures }), hints, format: 'kml' };
    }
    case 'shapefile-zip':
      return { ...readGeoJSON(await shapefileToGeoJSON(bytes, log), log, { maxFeatures }), format: 'shapefile-zip' };
  }
}

/**
 * Imports a user's file.
 * @param fileName the name as the user chose it (extension and words like "gcj02" matter)
 * @param bytes the whole file
 * @param options accepted fixes, chosen lon/lat columns or sheet, limits (defaults: 200 MB,
 *   {@link MAX_FEATURES} features, 2,000,000 vertices)
 * @param onProgress called at each stage (reading, parsing, checking, fixing) and within long loops
 * @returns `ok: true` with the data, issues (warnings/info) and offers; or `ok: false` with the
 *   issues (at least one error), offers that may turn it into an import, and for tables the
 *   `columns`/`sheets` to choose from. Never throws: an unexpected exception becomes an
 *   'internal' error issue.
 */
export async function importFile(fileName: string, bytes: ArrayBuffer | Uint8Array, options: ImportOptions = {}, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome> {
  const log = new IssueLog();
  const progress: Progress = (stage, done, total) => {
    try {
      onProgress?.({ stage, ...(done !== undefined ? { done } : {}), ...(total !== undefined ? { total } : {}) });
    } catch {
      // a failing listener must not break the import
    }
  };
  let parsed: Parsed | undefined;
  try {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
    if (data.byteLength > maxBytes) {
      return { ok: false, issues: [issue('too-large', 'error', msg.tooLarge(data.byteLength, maxBytes), undefined, data.byteLength)], offers: [] };
    }
    progress('reading');
    progress('parsing');
    parsed = await parse(fileName, data, options, log);
    const maxFeatures = options.maxFeatures ?? MAX_FEATURES;
    if (parsed.layer.total > maxFeatures) {
      throw new ImportError(issue('too-many-features', 'error', msg.tooManyFeatures(parsed.layer.unit, parsed.layer.total, maxFeatures), undefined, parsed.layer.total));
    }
    const checked = checkLayer(parsed.layer, log, {
      fileName,
      ...(options.fixes ? { fixes: options.fixes } : {}),
      ...(options.maxVertices !== undefined ? { maxVertices: options.maxVertices } : {}),
      ...(parsed.crs ? { crs: parsed.crs } : {}),
      ...(parsed.hints ? { hints: parsed.hints } : {}),
      progress,
    });
    const { layer } = checked;
    if (!layer.features.length && !log.hasError) log.add(issue('empty', 'error', msg.nothingKept(layer.unit, layer.total)));
    const issues = log.issues(layer.unit, layer.features.length, layer.total);
    const sheets = parsed.sheets && parsed.sheets.length > 1 ? { sheets: parsed.sheets } : {};
    if (log.hasError) return { ok: false, issues, offers: log.offers(), ...sheets };
    return {
      ok: true,
      data: {
        name: baseName(fileName),
        fileName,
        format: parsed.format,
        features: layer.features,
        fields: describeFields(layer.features),
        ...summarize(layer.features),
        applied: checked.applied,
        sourceBytes: data.byteLength,
        ...(parsed.sheet !== undefined ? { sheet: parsed.sheet } : {}),
        ...sheets,
      },
      issues,
      offers: log.offers(),
    };
  } catch (e) {
    const unit = parsed?.layer.unit ?? 'feature';
    const earlier = log.issues(unit, 0, parsed?.layer.total ?? 0);
    if (e instanceof ImportError) {
      return { ok: false, issues: [...earlier, e.issue], offers: log.offers(), ...(e.columns ? { columns: e.columns } : {}), ...(e.sheets ? { sheets: e.sheets } : {}) };
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, issues: [...earlier, issue('internal', 'error', msg.internal(detail))], offers: [] };
  }
}
