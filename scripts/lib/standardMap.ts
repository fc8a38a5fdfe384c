/**
 * The parts of the standard map of China that the county data lacks or puts under the wrong
 * unit (data/admin/standard-map.json): Taiwan-file polygons of islands that PRC maps give to
 * 福建, 广东 and 海南 (金门, 马祖, 东沙岛, 太平岛), and 钓鱼岛, 黄尾屿, 赤尾屿, drawn from
 * the published base points and positions, as part of 台湾省.
 */
import type { Feature, Point, Position } from 'geojson';
import { DataBuildError } from './errors';

/** One Taiwan-file part to leave out: a whole file, or a township's parts inside a box. */
export interface TaiwanDrop {
  name: string;
  /** the Taiwan prefecture file whose every polygon is dropped */
  file?: string;
  /** township (feature name) whose polygons inside `bbox` are dropped */
  township?: string;
  /** [west, south, east, north] degrees */
  bbox?: [number, number, number, number];
  /** adcode of the unit that draws the island instead */
  keptBy: string;
  why: string;
}

/** A published point: [name, latitude, longitude, source key], angles as `25°44.1′`. */
export type PublishedPoint = [string, string, string, string];

export interface Island {
  name_zh: string;
  name_en: string;
  /** the outline's points in order; the ring is closed by the build */
  ring: PublishedPoint[];
  /** where the name is placed; default the centre of the ring's points */
  label?: PublishedPoint;
}

export interface StandardMapRules {
  dropFromTaiwan: TaiwanDrop[];
  islands: Island[];
  islandSources: Record<string, string>;
  islandAccuracy: string;
}

/**
 * Degrees from a degrees–decimal-minutes string such as `25°44.1′` or `123°27.5′`.
 * @throws DataBuildError for any other shape or minutes ≥ 60
 */
export function parseDegMin(s: string): number {
  const m = /^(\d{1,3})°(\d{1,2}(?:\.\d+)?)′$/.exec(s.trim());
  if (!m || Number(m[2]) >= 60) throw new DataBuildError(`standard-map: "${s}" is not degrees and minutes like 25°44.1′`);
  return Number(m[1]) + Number(m[2]) / 60;
}

function lonLat(p: PublishedPoint, rules: StandardMapRules, where: string): Position {
  if (!rules.islandSources[p[3]]) throw new DataBuildError(`standard-map: ${where} point ${p[0]} names source "${p[3]}", which islandSources lacks`);
  return [parseDegMin(p[2]), parseDegMin(p[1])];
}

/** Twice the signed area of a ring in degrees² (> 0 counter-clockwise). */
function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/**
 * The islands' polygons, each a closed counter-clockwise ring (RFC 7946 exterior).
 * @returns one polygon's coordinates per island, in the order of `rules.islands`
 * @throws DataBuildError for a ring of fewer than 3 points or an unknown source key
 */
export function islandPolygons(rules: StandardMapRules): Position[][][] {
  return rules.islands.map((isl) => {
    if (isl.ring.length < 3) throw new DataBuildError(`standard-map: ${isl.name_zh} needs ≥ 3 points, has ${isl.ring.length}`);
    const ring = isl.ring.map((p) => lonLat(p, rules, isl.name_zh));
    ring.push(ring[0]);
    return [signedArea2(ring) < 0 ? ring.reverse() : ring];
  });
}

/** Label points of the islands (kind `island`, name_zh, name_en, source) for labels.json. */
export function islandLabels(rules: StandardMapRules): Feature<Point>[] {
  return rules.islands.map((isl) => {
    const pts = isl.ring.map((p) => lonLat(p, rules, isl.name_zh));
    const at = isl.label ? lonLat(isl.label, rules, isl.name_zh) : [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
    const source = isl.label ? rules.islandSources[isl.label[3]] : 'centre of the outline points';
    return { type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { kind: 'island', name_zh: isl.name_zh, name_en: isl.name_en, source } };
  });
}

/**
 * Whether a polygon of a Taiwan file is one the standard map gives to another province.
 * @param file the Taiwan prefecture file's name
 * @param township the feature's name
 * @param ring the polygon's outer ring
 * @returns the matching rule, or null to keep the polygon in the Taiwan unit
 */
export function taiwanDrop(rules: StandardMapRules, file: string, township: string, ring: Position[]): TaiwanDrop | null {
  for (const d of rules.dropFromTaiwan) {
    if (d.file && d.file === file) return d;
    if (d.township === township && d.bbox) {
      const [w, s, e, n] = d.bbox;
      if (ring.every(([x, y]) => x >= w && x <= e && y >= s && y <= n)) return d;
    }
  }
  return null;
}

/**
 * Boxes, [west, south, east, north] degrees, whose parts the admin build keeps whatever their
 * size: each island's outline with `margin` degrees around it, and the boxes of the Taiwan parts
 * that other provinces draw (东沙岛, 太平岛).
 */
export function islandKeepBoxes(rules: StandardMapRules, margin = 0.05): [number, number, number, number][] {
  const islands = islandPolygons(rules).map(([ring]): [number, number, number, number] => {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    return [Math.min(...xs) - margin, Math.min(...ys) - margin, Math.max(...xs) + margin, Math.max(...ys) + margin];
  });
  // 东沙岛 and 太平岛: small parts of 东沙群岛 and 三沙市 that simplification would drop
  return [...islands, ...rules.dropFromTaiwan.flatMap((d) => (d.bbox ? [d.bbox] : []))];
}
