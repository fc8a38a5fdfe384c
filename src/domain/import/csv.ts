/** CSV/TSV text → table rows with `papaparse` (delimiter detected unless given; no type guessing). */
import Papa from 'papaparse';
import type { IssueLog } from './issues';
import type { Layer } from './layer';
import { issue, msg } from './messages';
import { splitTable, tableToLayer, uniqueHeaders } from './tabular';
import { cellValue } from './values';

const blank = (row: string[]) => row.every((c) => c.trim() === '');

/**
 * Reads CSV text: the first non-blank row is the header, blank rows are skipped, line numbers
 * account for quoted cells that span lines. Cells become numbers only when plain decimals
 * without leading zeros (so codes like "000123" stay text).
 * @throws ImportError as {@link tableToLayer}
 */
export function readCsv(text: string, options: { lonColumn?: string; latColumn?: string; delimiter?: string }, log: IssueLog): Layer {
  const parsed = Papa.parse<string[]>(text, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter: options.delimiter ?? '' });
  const lines: number[] = [];
  let line = 1;
  for (const row of parsed.data) {
    lines.push(line);
    line += 1;
    for (const cell of row) for (let k = cell.indexOf('\n'); k !== -1; k = cell.indexOf('\n', k + 1)) line++;
  }
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) log.add(issue('bad-row', 'warning', msg.unterminatedQuote(lines[quote.row ?? 0] ?? 1), { line: lines[quote.row ?? 0] ?? 1 }));
  const { header, rows, rowNumbers } = splitTable(parsed.data, blank, (i) => lines[i]);
  return tableToLayer({ headers: uniqueHeaders(header), rows, rowNumbers, unit: 'line', value: (c) => (typeof c === 'string' ? cellValue(c) : null) }, options, log);
}
