/**
 * Zipped shapefile → GeoJSON with `shpjs` (reads .shp/.dbf, decodes .dbf text per its .cpg,
 * default UTF-8; reprojects to WGS84 with proj4 when a .prj is present; without a .prj the
 * numbers are returned as stored, and the projected-coordinate check then explains them).
 * A .prj that is not a projection definition at all (a saved web page, an empty file) is left
 * out before shpjs reads the archive, with a warning, rather than refusing the whole file.
 */
import { unzipSync, zipSync } from 'fflate';
import { parseZip } from 'shpjs';
import { ImportError } from './errors';
import type { IssueLog } from './issues';
import { fmt, issue, msg, type Text } from './messages';

/** How a projection definition starts: OGC WKT 1 or WKT 2 (ISO 19162) keywords, a PROJ string or an EPSG code. */
const PRJ_START = /^\s*(?:(?:PROJCS|GEOGCS|GEOCCS|COMPD_CS|VERT_CS|LOCAL_CS|FITTED_CS|PROJCRS|PROJECTEDCRS|GEOGCRS|GEOGRAPHICCRS|GEODCRS|GEODETICCRS|BOUNDCRS|COMPOUNDCRS|VERTCRS|ENGCRS)\s*\[|\+proj=|EPSG:\d)/i;
/** Characters of a bad .prj quoted in the message. */
const QUOTE_CHARS = 60;

/** Whether the text of a .prj file could be a projection definition (by its first word only). */
export function looksLikeProjection(text: string): boolean {
  return PRJ_START.test(text.replace(/^\uFEFF/, ''));
}

/** `text` with white space collapsed, cut at {@link QUOTE_CHARS} characters with "…". */
function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_CHARS ? t.slice(0, QUOTE_CHARS) + '…' : t;
}

function badPrjText(name: string, text: string): Text {
  const q = quote(text);
  const begins = q ? { en: `it begins “${q}”, ${fmt(text.length)} characters`, zh: `开头为“${q}”，共 ${fmt(text.length)} 个字符` } : { en: 'it is empty', zh: '文件是空的' };
  return {
    en: `“${name}” is not a projection definition (${begins.en}; perhaps a web page saved under that name): the shapefile was read without it, as if the archive had no .prj, so its coordinates are taken as stored.`,
    zh: `“${name}”不是投影定义（${begins.zh}，可能是以该文件名保存的网页）：已忽略该文件，按压缩包中没有 .prj 的情况读取，坐标按原样使用。`,
  };
}

/**
 * The archive without its .prj entries that are not projection definitions, and a warning in
 * `log` for each; the bytes unchanged when all are fine or the archive cannot be listed (shpjs
 * then says why).
 */
function withoutBadPrj(bytes: Uint8Array, log?: IssueLog): Uint8Array {
  let prjs: Record<string, Uint8Array>;
  try {
    prjs = unzipSync(bytes, { filter: (f) => /\.prj$/i.test(f.name) && !f.name.includes('__MACOSX') });
  } catch {
    return bytes;
  }
  const bad = new Set<string>();
  for (const [name, content] of Object.entries(prjs)) {
    const text = new TextDecoder().decode(content);
    if (looksLikeProjection(text)) continue;
    bad.add(name);
    log?.add(issue('invalid-shapefile', 'warning', badPrjText(name, text), { path: name }));
  }
  if (!bad.size) return bytes;
  return zipSync(unzipSync(bytes, { filter: (f) => !bad.has(f.name) }), { level: 0 });
}

/**
 * All layers of the archive as one FeatureCollection (layers in the order of their file names;
 * feature indices count across layers). shpjs reads an archive's entries in parallel and lists
 * its layers in the order their decompression finished, which varied between two reads of one file. A .prj that is not a projection definition is skipped with a warning
 * in `log` ('invalid-shapefile', quoting at most 60 characters of it).
 * @throws ImportError 'invalid-shapefile' (unreadable archive, .shp or .prj), 'empty'
 */
export async function shapefileToGeoJSON(bytes: Uint8Array, log?: IssueLog): Promise<{ type: 'FeatureCollection'; features: unknown[] }> {
  let parsed: unknown;
  try {
    parsed = await parseZip(withoutBadPrj(bytes, log) as never);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const detail = text.length > 200 ? text.slice(0, 200) + '…' : text;
    throw new ImportError(issue('invalid-shapefile', 'error', msg.invalidShapefile({ en: `the archive or its .shp/.prj could not be read (${detail})`, zh: `无法读取压缩包或其中的 .shp/.prj（${detail}）` })));
  }
  const layers = (Array.isArray(parsed) ? parsed : [parsed]) as { features?: unknown[]; fileName?: string }[];
  layers.sort((a, b) => (a.fileName ?? '').localeCompare(b.fileName ?? ''));
  const features = layers.flatMap((l) => (Array.isArray(l?.features) ? l.features : []));
  if (!features.length) throw new ImportError(issue('empty', 'error', msg.emptyShapefile()));
  return { type: 'FeatureCollection', features };
}
