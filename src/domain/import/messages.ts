/**
 * Every text the import shows, in Chinese and English. Each message says what is wrong, where
 * (feature index, file line, column, JSON path, position) and what was kept. Numbers use ","
 * thousands separators in both languages; positions are `[lon, lat]` degrees.
 */
import { RANGE_TOLERANCE_DEG, type ImportFix, type ImportIssue, type ImportIssueCode, type ImportOffer } from './types';
import type { Unit } from './layer';

/** "0.00001°" */
const RANGE_TOLERANCE_TEXT = `${RANGE_TOLERANCE_DEG.toFixed(5)}°`;

export type Text = { zh: string; en: string };

/** 1234567 → "1,234,567"; non-integers keep up to `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  const [int, frac] = (digits ? String(+n.toFixed(digits)) : String(Math.round(n))).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** `[116.3913, 39.9075]`: a position with at most 6 decimals (≈ 0.1 m). */
export function fmtPos(p: readonly number[]): string {
  return `[${p.slice(0, 2).map((v) => String(+v.toFixed(6))).join(', ')}]`;
}

/** A value as it appears in a message: strings quoted (cut at 40 characters), the rest as JSON. */
export function fmtValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v === undefined) return 'missing';
  try {
    const s = JSON.stringify(v);
    return s.length > 40 ? s.slice(0, 40) + '…' : s;
  } catch {
    return typeof v;
  }
}

/** "feature 2" / "要素 2", "line 4" / "第 4 行", "row 4" / "第 4 行", "placemark 2" / "地标 2". */
export function place(unit: Unit, origin: number): Text {
  if (unit === 'line') return { en: `line ${fmt(origin)}`, zh: `第 ${fmt(origin)} 行` };
  if (unit === 'row') return { en: `row ${fmt(origin)}`, zh: `第 ${fmt(origin)} 行` };
  if (unit === 'placemark') return { en: `placemark ${fmt(origin)}`, zh: `地标 ${fmt(origin)}` };
  return { en: `feature ${fmt(origin)}`, zh: `要素 ${fmt(origin)}` };
}

/** `where` of an issue about one record: a feature index, or a file row (= line). */
export function whereAt(unit: Unit, origin: number): NonNullable<ImportIssue['where']> {
  return unit === 'line' ? { row: origin, line: origin } : unit === 'row' ? { row: origin } : { feature: origin };
}

const NOUN: Record<Unit, { en: [string, string]; zh: string; measure: string }> = {
  feature: { en: ['feature', 'features'], zh: '个要素', measure: '个' },
  line: { en: ['row', 'rows'], zh: '行', measure: '行' },
  row: { en: ['row', 'rows'], zh: '行', measure: '行' },
  placemark: { en: ['placemark', 'placemarks'], zh: '个地标', measure: '个' },
};

/** "1 feature", "3 features" / "3 个要素". */
export function count(unit: Unit, n: number): Text {
  return { en: `${fmt(n)} ${NOUN[unit].en[n === 1 ? 0 : 1]}`, zh: `${fmt(n)} ${NOUN[unit].zh}` };
}

/** "kept 998 of 1,000 features" / "共 1,000 个要素，保留 998 个". */
export function kept(unit: Unit, k: number, total: number): Text {
  return { en: `kept ${fmt(k)} of ${count(unit, total).en}`, zh: `共 ${count(unit, total).zh}，保留 ${fmt(k)} ${NOUN[unit].measure}` };
}

function s(n: number, one: string, many = one + 's'): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

export function issue(code: ImportIssueCode, severity: ImportIssue['severity'], message: Text, where?: ImportIssue['where'], n?: number): ImportIssue {
  return { code, severity, message, ...(where ? { where } : {}), ...(n !== undefined ? { count: n } : {}) };
}

// ---- tallies: events counted over a whole file, rendered once with the first place they occur

/** Where the first occurrence of a tallied event is. */
export interface Site {
  origin: number;
  path?: string;
  column?: string;
  /** the offending value as text, e.g. `"116,4"` or `null` */
  value?: string;
  position?: [number, number];
  /** coordinates at the wrong depth: array levels the geometry type needs at `path`, and found */
  nesting?: { expected: number; found: number };
}

export interface Tally {
  /** events counted (features, rows, rings or values, as the key says) */
  count: number;
  /** features dropped because of it */
  dropped: number;
  /** a second number some messages need (polygons produced by a repair) */
  extra: number;
  first: Site;
}

export type TallyKey =
  | 'num-text'
  | 'num-bad'
  | 'nesting'
  | 'z'
  | 'null-geometry'
  | 'unsupported-geometry'
  | 'flattened'
  | 'unclosed'
  | 'degenerate'
  | 'out-of-range'
  | 'clamped'
  | 'bad-row'
  | 'winding'
  | 'self-intersection'
  | 'repaired'
  | 'repair-failed'
  | 'outside-some';

/** Renders a tally once the final number of kept features is known. */
export function renderTally(key: TallyKey, t: Tally, unit: Unit, keptN: number, total: number): ImportIssue {
  const at = place(unit, t.first.origin);
  const path = t.first.path ? `, ${t.first.path}` : '';
  const pathZh = t.first.path ? `，${t.first.path}` : '';
  const col = t.first.column !== undefined ? `, column "${t.first.column}"` : '';
  const colZh = t.first.column !== undefined ? `，“${t.first.column}”列` : '';
  const val = t.first.value !== undefined ? ` = ${t.first.value}` : '';
  const pos = t.first.position ? ` at ${fmtPos(t.first.position)}` : '';
  const posZh = t.first.position ? `，位于 ${fmtPos(t.first.position)}` : '';
  const k = kept(unit, keptN, total);
  const n = t.count;
  const where: ImportIssue['where'] = {
    ...whereAt(unit, t.first.origin),
    ...(t.first.path ? { path: t.first.path } : {}),
    ...(t.first.column !== undefined ? { column: t.first.column } : {}),
    ...(t.first.position ? { position: t.first.position } : {}),
  };
  const make = (code: ImportIssueCode, severity: ImportIssue['severity'], en: string, zh: string) => issue(code, severity, { en, zh }, where, n);
  switch (key) {
    case 'num-text':
      return make('non-numeric-coordinate', 'warning',
        `Converted ${s(n, 'coordinate')} written as text to numbers (first: ${at.en}${path}${col}${val}); the features were kept.`,
        `${fmt(n)} 个坐标值是文本，已转换为数字（首个：${at.zh}${pathZh}${colZh}${val}），相应要素均已保留。`);
    case 'num-bad':
      return make('non-numeric-coordinate', 'warning',
        `${count(unit, n).en} had a coordinate that is not a number and ${n === 1 ? 'was' : 'were'} dropped (first: ${at.en}${path}${val}); ${k.en}.`,
        `${count(unit, n).zh}的坐标不是数字，已删除（首个：${at.zh}${pathZh}${val}）；${k.zh}。`);
    case 'nesting': {
      const { expected, found } = t.first.nesting ?? { expected: 0, found: 0 };
      const d = (n: number) => depthText(n);
      const off = levels(found - expected);
      return make('wrong-nesting', 'warning',
        `${count(unit, n).en} had coordinates nested at the wrong depth and ${n === 1 ? 'was' : 'were'} dropped (first: ${at.en}${path}: expected depth ${expected}, ${d(expected).en}; found depth ${found}, ${d(found).en}${val}: ${off.en}); ${k.en}.`,
        `${count(unit, n).zh}的坐标嵌套层数不对，已删除（首个：${at.zh}${pathZh}：应为 ${expected} 层，即${d(expected).zh}；实际为 ${found} 层，即${d(found).zh}${val}，${off.zh}）；${k.zh}。`);
    }
    case 'z':
      return make('z-dropped', 'info',
        `Dropped the height (3rd and later values) of ${s(n, 'position')} (first: ${at.en}${path}); longitude/latitude and all features were kept.`,
        `${fmt(n)} 个坐标带有高程等第三维数值，已去除（首个：${at.zh}${pathZh}），经纬度和全部要素均保留。`);
    case 'null-geometry':
      return make('null-geometry', 'warning',
        `${count(unit, n).en} had no geometry and ${n === 1 ? 'was' : 'were'} dropped (first: ${at.en}${path}); ${k.en}.`,
        `${count(unit, n).zh}没有几何图形，已删除（首个：${at.zh}${pathZh}）；${k.zh}。`);
    case 'unsupported-geometry':
      return make('unsupported-geometry', 'warning',
        `${count(unit, n).en} had an unsupported geometry type and ${n === 1 ? 'was' : 'were'} dropped (first: ${at.en}${path}, type ${t.first.value}); supported are Point, MultiPoint, LineString, MultiLineString, Polygon and MultiPolygon; ${k.en}.`,
        `${count(unit, n).zh}的几何类型不受支持，已删除（首个：${at.zh}${pathZh}，类型 ${t.first.value}）；支持 Point、MultiPoint、LineString、MultiLineString、Polygon、MultiPolygon；${k.zh}。`);
    case 'flattened':
      return make('unsupported-geometry', 'info',
        `Split ${s(n, 'GeometryCollection')} into points, lines and polygons (first: ${at.en}${path}); each part keeps the properties.`,
        `${fmt(n)} 个 GeometryCollection 已拆分为点、线、面（首个：${at.zh}${pathZh}），各部分保留原属性。`);
    case 'unclosed':
      return make('unclosed-ring', 'warning',
        `Closed ${s(n, 'polygon ring')} whose last position did not repeat the first (first: ${at.en}${path}); the features were kept.`,
        `${fmt(n)} 个多边形环的首尾坐标不一致，已自动闭合（首个：${at.zh}${pathZh}），相应要素均已保留。`);
    case 'degenerate': {
      const gone = t.dropped ? `; ${count(unit, t.dropped).en} left without geometry ${t.dropped === 1 ? 'was' : 'were'} dropped` : '';
      const goneZh = t.dropped ? `；${count(unit, t.dropped).zh}因此没有剩余几何，已删除` : '';
      return make('degenerate', 'warning',
        `Removed ${s(n, 'ring or line', 'rings or lines')} with too few distinct positions (a ring needs 3, a line 2; first: ${at.en}${path})${gone}; ${k.en}.`,
        `删除了 ${fmt(n)} 个不同坐标点过少的环或线（环至少 3 个，线至少 2 个；首个：${at.zh}${pathZh}）${goneZh}；${k.zh}。`);
    }
    case 'out-of-range':
      return make('out-of-range', 'warning',
        `${count(unit, n).en} had positions outside longitude −180…180° / latitude −90…90° and ${n === 1 ? 'was' : 'were'} dropped (first: ${at.en}${pos}); ${k.en}.`,
        `${count(unit, n).zh}的坐标超出经度 −180…180°、纬度 −90…90° 的范围，已删除（首个：${at.zh}${posZh}）；${k.zh}。`);
    case 'clamped':
      return make('out-of-range', 'info',
        `Clamped ${s(n, 'position')} lying at most ${RANGE_TOLERANCE_TEXT} beyond longitude ±180° / latitude ±90° (rounding in the file) onto the limit (first: ${at.en}${pos}); the features were kept.`,
        `${fmt(n)} 个坐标超出经度 ±180°、纬度 ±90° 不到 ${RANGE_TOLERANCE_TEXT}（文件中的舍入误差），已校正到边界值（首个：${at.zh}${posZh}），相应要素均已保留。`);
    case 'bad-row':
      return make('bad-row', 'warning',
        `${count(unit, n).en} had no usable longitude/latitude and ${n === 1 ? 'was' : 'were'} skipped (first: ${at.en}${col}${val}); ${k.en}.`,
        `${count(unit, n).zh}没有可用的经纬度，已跳过（首个：${at.zh}${colZh}${val}）；${k.zh}。`);
    case 'winding':
      return make('winding', 'info',
        `Rewound ${s(n, 'polygon ring')} to the standard orientation (RFC 7946: outer rings counter-clockwise, holes clockwise; first: ${at.en}); shapes and all features unchanged.`,
        `${fmt(n)} 个多边形环的方向已按 RFC 7946 标准调整（外环逆时针、内环顺时针；首个：${at.zh}），形状和要素不变。`);
    case 'self-intersection':
      return make('self-intersection', 'warning',
        `${count(unit, n).en} with polygons that cross themselves (first: ${at.en}${pos}); kept as they are, but their areas and drawing may be wrong. Accept “Repair polygons” to split them into valid polygons.`,
        `${count(unit, n).zh}的多边形自相交（首个：${at.zh}${posZh}）；已按原样保留，但面积和绘制可能有误。可选择“修复多边形”将其拆分为有效多边形。`);
    case 'repaired':
      return make('self-intersection', 'info',
        `Repaired ${count(unit, n).en} with self-intersecting polygons: split into ${s(t.extra, 'valid polygon')} (first: ${at.en}${pos}).`,
        `已修复 ${count(unit, n).zh}的自相交多边形：拆分为 ${fmt(t.extra)} 个有效多边形（首个：${at.zh}${posZh}）。`);
    case 'repair-failed':
      return make('self-intersection', 'warning',
        `Could not repair ${count(unit, n).en} with self-intersecting polygons (first: ${at.en}${pos}); kept as they are.`,
        `${count(unit, n).zh}的自相交多边形无法修复（首个：${at.zh}${posZh}），已按原样保留。`);
    case 'outside-some':
      return make('outside-china', 'info',
        `${fmt(n)} of ${count(unit, keptN).en} lie far outside China (first: ${at.en}${pos}); they were kept.`,
        `${count(unit, keptN).zh}中有 ${fmt(n)} ${NOUN[unit].measure}远在中国境外（首个：${at.zh}${posZh}），已保留。`);
  }
}

/** What `n` array levels above the numbers hold (GeoJSON coordinates). */
function depthText(n: number): Text {
  switch (n) {
    case 0: return { en: 'a bare number', zh: '单个数字' };
    case 1: return { en: 'a position [lon, lat]', zh: '一个坐标 [经度, 纬度]' };
    case 2: return { en: 'a list of positions', zh: '坐标数组' };
    case 3: return { en: 'a list of lines or rings', zh: '线或环的数组' };
    case 4: return { en: 'a list of polygons', zh: '多边形的数组' };
    default: return { en: `${n} nested arrays`, zh: `${n} 层嵌套数组` };
  }
}

/** "one level too deep" / "2 levels too shallow" for a depth difference `diff` ≠ 0. */
function levels(diff: number): Text {
  const m = Math.abs(diff);
  return {
    en: `${m === 1 ? 'one level' : `${fmt(m)} levels`} too ${diff > 0 ? 'deep' : 'shallow'}`,
    zh: `${diff > 0 ? '多' : '少'}了 ${fmt(m)} 层`,
  };
}

// ---- single messages

export const SUPPORTED: Text = {
  en: 'GeoJSON (.geojson, .json), TopoJSON (.topojson, .json), CSV/TSV with longitude and latitude columns (.csv, .tsv, .txt), Excel (.xlsx), KML (.kml, .kmz) and zipped shapefiles (.zip holding .shp, .shx, .dbf, .prj)',
  zh: 'GeoJSON（.geojson、.json）、TopoJSON（.topojson、.json）、含经纬度列的 CSV/TSV（.csv、.tsv、.txt）、Excel（.xlsx）、KML（.kml、.kmz）以及压缩的 Shapefile（含 .shp、.shx、.dbf、.prj 的 .zip）',
};

const NOTHING: Text = { en: 'Nothing was imported.', zh: '未导入任何内容。' };

export const msg = {
  tooLarge: (bytes: number, max: number): Text => ({
    en: `The file is ${fmt(bytes / 1048576, 1)} MB; at most ${fmt(max / 1048576, 1)} MB can be imported. Nothing was read.`,
    zh: `文件大小为 ${fmt(bytes / 1048576, 1)} MB，最多只能导入 ${fmt(max / 1048576, 1)} MB，未读取任何内容。`,
  }),
  unsupported: (fileName: string, found: Text): Text => ({
    en: `“${fileName}” is not in a format Plan Atlas reads (${found.en}). Supported: ${SUPPORTED.en}.`,
    zh: `无法读取“${fileName}”的格式（${found.zh}）。支持：${SUPPORTED.zh}。`,
  }),
  emptyFile: (): Text => ({ en: `The file is empty (0 bytes or only white space). ${NOTHING.en}`, zh: `文件是空的（0 字节或只有空白）。${NOTHING.zh}` }),
  invalidJson: (line: number, column: number, detail: Text): Text => ({
    en: `Not valid JSON: syntax error at line ${fmt(line)}, column ${fmt(column)} (${detail.en}). ${NOTHING.en}`,
    zh: `不是有效的 JSON：第 ${fmt(line)} 行第 ${fmt(column)} 列有语法错误（${detail.zh}）。${NOTHING.zh}`,
  }),
  notGeoJSON: (found: Text): Text => ({
    en: `Not GeoJSON: expected a FeatureCollection, a Feature or a geometry, but found ${found.en}. ${NOTHING.en}`,
    zh: `不是 GeoJSON：应为 FeatureCollection、Feature 或几何对象，实际为${found.zh}。${NOTHING.zh}`,
  }),
  emptyCollection: (): Text => ({ en: `The FeatureCollection has no features (“features” is empty). ${NOTHING.en}`, zh: `FeatureCollection 中没有任何要素（“features”为空）。${NOTHING.zh}` }),
  emptyTable: (): Text => ({ en: `The table has no data rows below its header. ${NOTHING.en}`, zh: `表格在标题行之下没有数据行。${NOTHING.zh}` }),
  emptyKml: (): Text => ({ en: `The KML has no placemarks. ${NOTHING.en}`, zh: `KML 中没有任何地标（Placemark）。${NOTHING.zh}` }),
  emptyTopology: (): Text => ({ en: `The TopoJSON has no objects with features. ${NOTHING.en}`, zh: `TopoJSON 中没有包含要素的对象。${NOTHING.zh}` }),
  emptyShapefile: (): Text => ({ en: `The shapefile has no records. ${NOTHING.en}`, zh: `Shapefile 中没有任何记录。${NOTHING.zh}` }),
  nothingKept: (unit: Unit, total: number): Text => ({
    en: `None of the ${count(unit, total).en} could be kept (see the reasons above). ${NOTHING.en}`,
    zh: `${count(unit, total).zh}均无法保留（原因见上）。${NOTHING.zh}`,
  }),
  invalidTopojson: (detail: Text): Text => ({ en: `Not valid TopoJSON: ${detail.en}. ${NOTHING.en}`, zh: `不是有效的 TopoJSON：${detail.zh}。${NOTHING.zh}` }),
  invalidKml: (detail: Text): Text => ({ en: `Not valid KML: ${detail.en}. ${NOTHING.en}`, zh: `不是有效的 KML：${detail.zh}。${NOTHING.zh}` }),
  invalidShapefile: (detail: Text): Text => ({ en: `Not a readable zipped shapefile: ${detail.en}. ${NOTHING.en}`, zh: `无法读取压缩的 Shapefile：${detail.zh}。${NOTHING.zh}` }),
  invalidSpreadsheet: (detail: Text): Text => ({ en: `Not a readable Excel file: ${detail.en}. ${NOTHING.en}`, zh: `无法读取 Excel 文件：${detail.zh}。${NOTHING.zh}` }),
  noCoordinateColumns: (columns: string[], missing: Text): Text => ({
    en: `No longitude/latitude columns found (${missing.en}). Columns: ${columns.map((c) => `“${c}”`).join(', ') || 'none'}. Name them lon/lat or 经度/纬度, or choose the two columns. ${NOTHING.en}`,
    zh: `未找到经纬度列（${missing.zh}）。现有列：${columns.map((c) => `“${c}”`).join('、') || '无'}。请将列命名为 经度/纬度 或 lon/lat，或手动选择这两列。${NOTHING.zh}`,
  }),
  projected: (what: Text, example: Text, declared?: string): Text => ({
    en: `Coordinates are not longitude/latitude degrees (e.g. ${example.en}): they look like ${what.en}${declared ? ` (the file declares ${declared})` : ''}. ${NOTHING.en}`,
    zh: `坐标不是经纬度（例如${example.zh}），看起来是${/^[A-Za-z]/.test(what.zh) ? ' ' : ''}${what.zh}${declared ? `（文件声明为 ${declared}）` : ''}。${NOTHING.zh}`,
  }),
  worldCopy: (first: readonly number[], wrapped: readonly number[], off: number, n: number, refused: boolean): Text => ({
    en: `Longitudes lie beyond ±180° by whole turns of 360° (e.g. ${fmtPos(first)} is ${fmtPos(wrapped)} shifted by ${fmt(Math.round((first[0] - wrapped[0]) / 360) * 360)}°): a world copy, as web maps panned round the globe export; ${fmt(off)} of ${s(n, 'position')}. ${refused ? NOTHING.en : 'Their features were dropped.'} Accept “Shift longitudes by 360°” to move them back.`,
    zh: `经度超出 ±180°，且恰好相差 360° 的整数倍（例如 ${fmtPos(first)} 即 ${fmtPos(wrapped)} 移动了 ${fmt(Math.round((first[0] - wrapped[0]) / 360) * 360)}°）：这是网络地图绕地球平移后导出的“世界副本”坐标；${fmt(n)} 个坐标中有 ${fmt(off)} 个。${refused ? NOTHING.zh : '相应要素已删除。'}可选择“经度移动 360°”将其移回。`,
  }),
  swapped: (at: Text, first: readonly number[], inSwapped: number, n: number): Text => ({
    en: `Longitude and latitude look swapped: read as [lon, lat] the positions are not in China (e.g. ${fmtPos(first)} at ${at.en}), read as [lat, lon] ${fmt(inSwapped)} of ${s(n, 'position')} are. ${NOTHING.en} Accept “Swap longitude/latitude” to import them swapped.`,
    zh: `经纬度似乎颠倒了：按 [经度, 纬度] 读取，坐标不在中国境内（例如${at.zh} 的 ${fmtPos(first)}）；按 [纬度, 经度] 读取，${fmt(n)} 个坐标中有 ${fmt(inSwapped)} 个在中国境内。${NOTHING.zh}可选择“交换经纬度”后导入。`,
  }),
  datumSuspected: (datum: 'GCJ-02' | 'BD-09', found: string, where: Text): Text => ({
    en: datum === 'GCJ-02'
      ? `The coordinates may be GCJ-02 (the offset coordinates of Chinese web maps such as Amap/Gaode or Tencent): ${where.en} mentions “${found}”. Imported as is, positions may be 300–700 m off; accept “Convert GCJ-02 → WGS84” if the data was read off such a map.`
      : `The coordinates may be Baidu BD-09: ${where.en} mentions “${found}”. Imported as is, positions may be about 1 km off; accept “Convert BD-09 → WGS84” if the data was read off Baidu Maps.`,
    zh: datum === 'GCJ-02'
      ? `坐标可能是 GCJ-02（高德、腾讯等国内网络地图使用的加偏坐标）：${where.zh}中出现“${found}”。按原样导入时位置可能偏差 300–700 米；如数据取自这类地图，请选择“GCJ-02 → WGS84 转换”。`
      : `坐标可能是百度 BD-09：${where.zh}中出现“${found}”。按原样导入时位置可能偏差约 1 公里；如数据取自百度地图，请选择“BD-09 → WGS84 转换”。`,
  }),
  converted: (fix: ImportFix, n: number, shiftMetres?: number): Text => {
    const shift = shiftMetres !== undefined ? { en: `; positions moved by ${fmt(shiftMetres)} m on average`, zh: `，平均移动 ${fmt(shiftMetres)} 米` } : { en: '', zh: '' };
    const what: Record<string, Text> = {
      'swap-lonlat': { en: 'Swapped longitude and latitude', zh: '已交换经纬度' },
      'gcj02-to-wgs84': { en: 'Converted from GCJ-02 to WGS84', zh: '已从 GCJ-02 转换为 WGS84' },
      'bd09-to-wgs84': { en: 'Converted from Baidu BD-09 to WGS84', zh: '已从百度 BD-09 转换为 WGS84' },
      'webmercator-to-wgs84': { en: 'Converted from Web Mercator metres (EPSG:3857) to WGS84 degrees', zh: '已从 Web 墨卡托米制坐标（EPSG:3857）转换为 WGS84 经纬度' },
      'shift-longitude-360': { en: 'Shifted longitudes beyond ±180° back by whole turns of 360°', zh: '已将超出 ±180° 的经度按 360° 的整数倍移回' },
    };
    return { en: `${what[fix].en} (${s(n, 'position')}${shift.en}).`, zh: `${what[fix].zh}（${fmt(n)} 个坐标${shift.zh}）。` };
  },
  crsCgcs2000: (): Text => ({
    en: 'The file declares CGCS2000 (EPSG:4490); it was read as WGS84, which differs from CGCS2000 by less than a metre.',
    zh: '文件声明为 CGCS2000（EPSG:4490），已按 WGS84 读取，两者相差不到 1 米。',
  }),
  crsOther: (declared: string): Text => ({
    en: `The file declares ${declared}, but its values are longitude/latitude degrees: they were read as WGS84 (EPSG:4326).`,
    zh: `文件声明为 ${declared}，但数值为经纬度，已按 WGS84（EPSG:4326）读取。`,
  }),
  outsideChina: (unit: Unit, n: number, bbox: readonly number[]): Text => ({
    en: `None of the ${count(unit, n).en} is in or near China (extent ${fmtPos(bbox.slice(0, 2))} to ${fmtPos(bbox.slice(2, 4))}); they were all imported, but this atlas covers China.`,
    zh: `${count(unit, n).zh}均不在中国境内或附近（范围 ${fmtPos(bbox.slice(0, 2))} 至 ${fmtPos(bbox.slice(2, 4))}）；已全部导入，但本图集的范围是中国。`,
  }),
  tooManyFeatures: (unit: Unit, n: number, max: number): Text => ({
    en: `The file has ${count(unit, n).en}; at most ${fmt(max)} can be imported. ${NOTHING.en}`,
    zh: `文件有 ${count(unit, n).zh}，最多只能导入 ${fmt(max)} ${NOUN[unit].measure}。${NOTHING.zh}`,
  }),
  tooManyVertices: (n: number, max: number): Text => ({
    en: `The data has ${fmt(n)} vertices; at most ${fmt(max)} can be drawn interactively. ${NOTHING.en} Accept “Simplify” to simplify lines and polygons under the limit.`,
    zh: `数据共有 ${fmt(n)} 个顶点，可交互绘制的上限为 ${fmt(max)} 个。${NOTHING.zh}可选择“简化”将线和面的顶点数降到上限以下。`,
  }),
  simplified: (before: number, after: number, toleranceDeg: number): Text => ({
    en: `Simplified lines and polygons from ${fmt(before)} to ${fmt(after)} vertices (tolerance ${+toleranceDeg.toPrecision(2)}°, about ${fmt(toleranceDeg * 111320)} m); all features kept.`,
    zh: `线和面已简化，顶点数从 ${fmt(before)} 减少到 ${fmt(after)}（容差 ${+toleranceDeg.toPrecision(2)}°，约 ${fmt(toleranceDeg * 111320)} 米），全部要素均保留。`,
  }),
  cannotSimplify: (after: number, max: number): Text => ({
    en: `Even simplified, the data keeps ${fmt(after)} vertices (points cannot be simplified); at most ${fmt(max)} can be drawn. ${NOTHING.en}`,
    zh: `即使简化后仍有 ${fmt(after)} 个顶点（点无法简化），上限为 ${fmt(max)} 个。${NOTHING.zh}`,
  }),
  unterminatedQuote: (line: number): Text => ({
    en: `A quote opened at line ${fmt(line)} is never closed: the rest of the file may have been read as one cell.`,
    zh: `第 ${fmt(line)} 行的引号没有闭合，文件其余部分可能被读成了一个单元格。`,
  }),
  sheetNotFound: (sheet: string, sheets: string[]): Text => ({
    en: `There is no sheet “${sheet}”; sheets: ${sheets.map((x) => `“${x}”`).join(', ')}. ${NOTHING.en}`,
    zh: `没有名为“${sheet}”的工作表；现有工作表：${sheets.map((x) => `“${x}”`).join('、')}。${NOTHING.zh}`,
  }),
  internal: (detail: string): Text => ({
    en: `Unexpected error while importing (${detail}). This is a bug in Plan Atlas. ${NOTHING.en}`,
    zh: `导入时发生意外错误（${detail}），这是 Plan Atlas 的缺陷。${NOTHING.zh}`,
  }),
};

const OFFER_TEXT: Record<ImportFix, Text> = {
  'swap-lonlat': { en: 'Swap longitude/latitude', zh: '交换经纬度' },
  'gcj02-to-wgs84': { en: 'Convert GCJ-02 → WGS84 (Amap/Gaode, Tencent and other Chinese web maps)', zh: 'GCJ-02 → WGS84 转换（高德、腾讯等国内网络地图）' },
  'bd09-to-wgs84': { en: 'Convert BD-09 → WGS84 (Baidu Maps)', zh: 'BD-09 → WGS84 转换（百度地图）' },
  'webmercator-to-wgs84': { en: 'Convert Web Mercator metres (EPSG:3857) → WGS84 degrees', zh: 'Web 墨卡托米制坐标（EPSG:3857）→ WGS84 经纬度' },
  'shift-longitude-360': { en: 'Shift longitudes by 360° (back into −180…180°)', zh: '经度移动 360°（移回 −180…180°）' },
  simplify: { en: 'Simplify lines and polygons', zh: '简化线和面' },
  'repair-polygons': { en: 'Repair polygons (split self-intersecting rings into valid polygons)', zh: '修复多边形（将自相交的环拆分为有效多边形）' },
};

export function offer(fix: ImportFix): ImportOffer {
  return { fix, message: OFFER_TEXT[fix] };
}
