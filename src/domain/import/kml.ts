/**
 * KML (and KMZ) → GeoJSON with `@tmcw/togeojson`, parsing XML with `@xmldom/xmldom` (workers have
 * no DOMParser; its Document type, not the DOM's, which togeojson takes too). Placemark descriptions may hold HTML: they are kept as plain text, never rendered here.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { ImportError } from './errors';
import type { Hint } from './hints';
import { issue, msg, type Text } from './messages';
import { decodeText } from './text';

const invalid = (detail: Text, line?: number) => new ImportError(issue('invalid-kml', 'error', msg.invalidKml(detail), line ? { line } : undefined));

/** The document's own name and description: where a KML exported from a Chinese web map says so. */
function documentHints(doc: Document): Hint[] {
  const out: Hint[] = [];
  const d = doc.getElementsByTagName('Document')[0] ?? doc.documentElement;
  for (let n = d?.firstChild; n; n = n.nextSibling) {
    if (n.nodeName === 'name' || n.nodeName === 'description') out.push({ text: n.textContent ?? '', where: { en: `the KML document's ${n.nodeName}`, zh: `KML 文档的${n.nodeName === 'name' ? '名称' : '描述'}` } });
  }
  return out;
}

/** togeojson gives CDATA descriptions as `{ "@type": "html", value }`: keep the text itself. */
function unwrapHtml(props: Record<string, unknown> | null | undefined): void {
  if (!props) return;
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'object' && v !== null && (v as { '@type'?: unknown })['@type'] === 'html' && typeof (v as { value?: unknown }).value === 'string') {
      props[k] = (v as { value: string }).value;
    }
  }
}

/**
 * Parses KML text into a GeoJSON FeatureCollection (one feature per Placemark, in document order;
 * MultiGeometry as GeometryCollection) plus texts to search for datum hints.
 * @throws ImportError 'invalid-kml' (XML syntax error with its line, root is not <kml>), 'empty'
 */
export function kmlToGeoJSON(text: string): { geojson: { type: 'FeatureCollection'; features: unknown[] }; hints: Hint[] } {
  let doc: Document;
  let reported = '';
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        reported ||= message;
        throw new Error(message);
      },
    });
    doc = parser.parseFromString(text, 'text/xml');
  } catch (e) {
    const err = e as { message?: string; locator?: { lineNumber?: number; columnNumber?: number } };
    const line = err.locator?.lineNumber;
    const at = line ? { en: ` near line ${line}${err.locator?.columnNumber ? `, column ${err.locator.columnNumber}` : ''}`, zh: `（约第 ${line} 行${err.locator?.columnNumber ? `第 ${err.locator.columnNumber} 列` : ''}）` } : { en: '', zh: '' };
    const detail = (reported || String(err.message ?? e)).split('\n')[0];
    throw invalid({ en: `XML syntax error${at.en}: ${detail}`, zh: `XML 语法错误${at.zh}：${detail}` }, line);
  }
  const root = doc.documentElement?.nodeName ?? '';
  if (root.replace(/^.*:/, '').toLowerCase() !== 'kml') {
    throw invalid({ en: `the root element is <${root || 'nothing'}>, not <kml>`, zh: `根元素为 <${root || '空'}>，不是 <kml>` });
  }
  const geojson = kml(doc) as unknown as { type: 'FeatureCollection'; features: { properties?: Record<string, unknown> | null }[] };
  for (const f of geojson.features) unwrapHtml(f.properties);
  if (!geojson.features.length) throw new ImportError(issue('empty', 'error', msg.emptyKml()));
  return { geojson, hints: documentHints(doc) };
}

/**
 * The KML inside a KMZ (doc.kml, else the first .kml entry), as text.
 * @throws ImportError 'invalid-kml' when the archive holds none or cannot be read
 */
export function kmzToKml(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.kml$/i.test(f.name) && !f.name.startsWith('__MACOSX/') });
  } catch (e) {
    throw invalid({ en: `the KMZ archive cannot be read (${e instanceof Error ? e.message : String(e)})`, zh: `无法读取 KMZ 压缩包（${e instanceof Error ? e.message : String(e)}）` });
  }
  const names = Object.keys(files);
  const name = names.find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? names[0];
  if (!name) throw invalid({ en: 'the KMZ archive holds no .kml file', zh: 'KMZ 压缩包中没有 .kml 文件' });
  return decodeText(files[name]);
}
