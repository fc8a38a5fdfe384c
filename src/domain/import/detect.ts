/**
 * Which reader a file needs, from its extension and its first bytes: zip archives are told apart
 * by their entries (xl/workbook.xml → Excel, *.shp → shapefile, *.kml → KMZ), text by its first
 * character ({ or [ → JSON, < → KML), and a known extension decides the rest.
 */
import { unzipSync } from 'fflate';
import { ImportError } from './errors';
import { issue, msg, type Text } from './messages';

export type Detected =
  | { reader: 'json' }
  | { reader: 'csv'; delimiter?: string }
  | { reader: 'kml' }
  | { reader: 'kmz' }
  | { reader: 'xlsx' }
  | { reader: 'shapefile-zip' };

/** File name without directories and without its last extension. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function extension(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Names of the entries of a zip archive (nothing is decompressed), or null when it is not a readable zip. */
export function zipEntries(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names.filter((n) => !n.startsWith('__MACOSX/') && !n.endsWith('/'));
}

const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

const unsupported = (fileName: string, found: Text) => new ImportError(issue('unsupported-format', 'error', msg.unsupported(fileName, found)));

const JSON_EXT = new Set(['json', 'geojson', 'topojson']);
const TABLE_EXT = new Set(['csv', 'tsv', 'txt']);

/**
 * Picks the reader for a file.
 * @throws ImportError 'unsupported-format' (naming what was found and what is supported),
 *   'invalid-shapefile' / 'invalid-kml' / 'invalid-spreadsheet' for archives without the expected entries
 */
export function detectFormat(fileName: string, bytes: Uint8Array): Detected {
  const ext = extension(fileName);
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = zipEntries(bytes);
    const list = entries?.slice(0, 10).join(', ') + (entries && entries.length > 10 ? ', …' : '');
    if (entries?.includes('xl/workbook.xml')) return { reader: 'xlsx' };
    if (entries?.some((n) => /\.shp$/i.test(n))) return { reader: 'shapefile-zip' };
    if (entries?.some((n) => /\.kml$/i.test(n))) return { reader: 'kmz' };
    const found: Text = entries
      ? { en: `a zip archive holding ${entries.length ? list : 'no files'}`, zh: `一个压缩包，内含${entries.length ? list : '无文件'}` }
      : { en: 'a damaged zip archive', zh: '一个损坏的压缩包' };
    if (ext === 'zip') throw new ImportError(issue('invalid-shapefile', 'error', msg.invalidShapefile({ en: `no .shp file in ${found.en}`, zh: `${found.zh}，其中没有 .shp 文件` })));
    if (ext === 'xlsx') throw new ImportError(issue('invalid-spreadsheet', 'error', msg.invalidSpreadsheet({ en: `${found.en}, not a workbook`, zh: `${found.zh}，不是 Excel 工作簿` })));
    if (ext === 'kmz') throw new ImportError(issue('invalid-kml', 'error', msg.invalidKml({ en: `no .kml file in ${found.en}`, zh: `${found.zh}，其中没有 .kml 文件` })));
    throw unsupported(fileName, found);
  }
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw unsupported(fileName, { en: 'a legacy Excel .xls workbook: save it as .xlsx or CSV', zh: '旧版 Excel .xls 工作簿，请另存为 .xlsx 或 CSV' });
  }
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx') {
    throw unsupported(fileName, { en: 'one part of a shapefile: zip the .shp, .shx, .dbf and .prj together and import the .zip', zh: 'Shapefile 的一个组成文件，请将 .shp、.shx、.dbf、.prj 一起压缩为 .zip 后导入' });
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0) && !(head[0] === 0xff || head[0] === 0xfe)) {
    throw unsupported(fileName, { en: 'binary data', zh: '二进制数据' });
  }
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  const first = text.trimStart()[0] ?? '';
  if (JSON_EXT.has(ext)) return { reader: 'json' };
  if (ext === 'kml') return { reader: 'kml' };
  if (ext === 'csv') return { reader: 'csv' };
  if (ext === 'tsv') return { reader: 'csv', delimiter: '\t' };
  if (first === '{' || first === '[') return { reader: 'json' };
  if (first === '<') {
    if (/<kml[\s>]/i.test(text)) return { reader: 'kml' };
    const gpx = /<gpx[\s>]/i.test(text);
    throw unsupported(fileName, gpx ? { en: 'a GPX track', zh: '一个 GPX 轨迹' } : { en: 'an XML or HTML document that is not KML', zh: '一个不是 KML 的 XML 或 HTML 文档' });
  }
  if (TABLE_EXT.has(ext)) return { reader: 'csv' };
  throw unsupported(fileName, { en: ext ? `a .${ext} file` : 'a file without extension', zh: ext ? `.${ext} 文件` : '无扩展名的文件' });
}
