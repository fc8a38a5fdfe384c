/**
 * Excel .xlsx → table rows with `read-excel-file/universal` (pure JS: unzips with fflate, parses
 * XML with saxen; runs in workers and Node). SheetJS (`xlsx` on npm, 0.18.5) is not used: that
 * build has unfixed prototype-pollution (CVE-2023-30533) and ReDoS (CVE-2024-22363) advisories,
 * and we read untrusted files.
 */
import readXlsxFile from 'read-excel-file/universal';
import { ImportError } from './errors';
import type { IssueLog } from './issues';
import type { Layer } from './layer';
import { issue, msg } from './messages';
import { splitTable, tableToLayer, uniqueHeaders, type Cell } from './tabular';
import { propertyValue } from './values';

const blank = (row: Cell[]) => row.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/**
 * Reads one sheet (`options.sheet`, default the first): the first non-blank row is the header,
 * row numbers are the sheet's (1-based). Cell types come from the workbook (text stays text).
 * @returns the layer, the sheet read and all sheet names
 * @throws ImportError 'invalid-spreadsheet' (unreadable workbook, unknown sheet), and as
 *   {@link tableToLayer}; every refusal carries `sheets`
 */
export async function readXlsx(bytes: Uint8Array, options: { lonColumn?: string; latColumn?: string; sheet?: string }, log: IssueLog): Promise<{ layer: Layer; sheet: string; sheets: string[] }> {
  let workbook: { sheet: string; data: Cell[][] }[];
  try {
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    workbook = (await readXlsxFile(buffer as ArrayBuffer)) as { sheet: string; data: Cell[][] }[];
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError(issue('invalid-spreadsheet', 'error', msg.invalidSpreadsheet({ en: detail, zh: detail })));
  }
  const sheets = workbook.map((s) => s.sheet);
  const chosen = options.sheet === undefined ? workbook[0] : workbook.find((s) => s.sheet === options.sheet);
  if (!chosen) throw new ImportError(issue('invalid-spreadsheet', 'error', msg.sheetNotFound(options.sheet ?? '', sheets)), { sheets });
  const { header, rows, rowNumbers } = splitTable(chosen.data, blank, (i) => i + 1);
  try {
    const headers = uniqueHeaders(header);
    const layer = tableToLayer({ headers, rows, rowNumbers, unit: 'row', value: (c) => propertyValue(c) ?? null }, options, log);
    return { layer, sheet: chosen.sheet, sheets };
  } catch (e) {
    if (e instanceof ImportError) throw new ImportError(e.issue, { ...(e.columns ? { columns: e.columns } : {}), sheets });
    throw e;
  }
}
