/**
 * Which coordinate system the numbers are in: WGS84 lon/lat (expected), swapped lat/lon,
 * projected metres (Web Mercator, Gauss–Krüger/UTM zones), or Chinese web-map datums; and the
 * conversions the user may accept. Conversions use npm `gcoord` (GCJ-02 and BD-09 offsets after
 * the published reverse-engineered algorithms; EPSG:3857 inverse spherical Mercator).
 */
import gcoord, { type CRSTypes } from 'gcoord';
import type { Position } from 'geojson';
import { eachPosition, type Layer } from './layer';
import { fmt, type Text } from './messages';
import { RANGE_TOLERANCE_DEG, type ImportFix } from './types';

/** Mainland, Hainan and Taiwan `[w, s, e, n]`, degrees. */
const CHINA: readonly [number, number, number, number] = [73.4, 18.1, 135.1, 53.6];
/** South China Sea islands down to Zengmu Ansha. */
const SOUTH_SEA: readonly [number, number, number, number] = [108, 3.8, 118, 18.1];
/** "Near China": the mainland box grown by 10°, for the outside-China warning. */
const NEAR: readonly [number, number, number, number] = [63.4, -6.2, 145.1, 63.6];
/** Share of positions that must fall in China to call the data Chinese (as is, swapped, inverse-projected). */
export const CHINA_SHARE = 0.8;

const inBox = (b: readonly number[], x: number, y: number) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/** Whether `[lon, lat]` degrees lies in China's box (mainland, Hainan, Taiwan, South China Sea). */
export function inChina(x: number, y: number): boolean {
  return inBox(CHINA, x, y) || inBox(SOUTH_SEA, x, y);
}

/** Whether `[lon, lat]` degrees lies within about 10° of China's box. */
export function nearChina(x: number, y: number): boolean {
  return inBox(NEAR, x, y);
}

export const inRange = (x: number, y: number) => Math.abs(x) <= 180 && Math.abs(y) <= 90;

/** Whether `[lon, lat]` degrees is within ±180/±90 give or take {@link RANGE_TOLERANCE_DEG}. */
export const nearlyInRange = (x: number, y: number) => Math.abs(x) <= 180 + RANGE_TOLERANCE_DEG && Math.abs(y) <= 90 + RANGE_TOLERANCE_DEG;

/**
 * Moves a position lying within {@link RANGE_TOLERANCE_DEG} beyond ±180°/±90° onto the limit, in
 * place. Returns 'in' (unchanged), 'clamped', or 'out' (farther out; unchanged).
 */
export function clampToRange(p: Position): 'in' | 'clamped' | 'out' {
  if (inRange(p[0], p[1])) return 'in';
  if (!nearlyInRange(p[0], p[1])) return 'out';
  p[0] = Math.max(-180, Math.min(180, p[0]));
  p[1] = Math.max(-90, Math.min(90, p[1]));
  return 'clamped';
}

/** World copies up to this many turns of 360° away are recognised. */
const MAX_WORLD_TURNS = 2;

/**
 * `lon` degrees moved by whole turns of 360° into −180…180° (180 stays 180), rounded to 1e-10°
 * so that 475.9 gives 115.9 rather than 115.89999999999998.
 */
export function wrapLongitude(lon: number): number {
  return +(lon - 360 * Math.round(lon / 360)).toFixed(10);
}

/**
 * Whether out-of-range positions (degrees) are a world copy: every latitude within ±90°
 * (give or take {@link RANGE_TOLERANCE_DEG}) and every longitude at most {@link MAX_WORLD_TURNS}
 * turns of 360° beyond ±180°, so that {@link wrapLongitude} brings it into range. False for an
 * empty sample and for projected metres (far beyond 900°).
 */
export function isWorldCopy(sample: Position[]): boolean {
  return sample.length > 0 && sample.every(([x, y]) => Math.abs(y) <= 90 + RANGE_TOLERANCE_DEG && Math.abs(x) <= 180 + 360 * MAX_WORLD_TURNS);
}

export interface PositionStats {
  positions: number;
  /** positions within ±180/±90 (give or take {@link RANGE_TOLERANCE_DEG}) */
  inRange: number;
  /** positions strictly within ±180/±90 */
  exactlyInRange: number;
  inChina: number;
  /** positions in China once read as [lat, lon] */
  swappedInChina: number;
  /** up to 1,000 positions outside lon/lat range, for diagnosing a projection */
  outOfRange: Position[];
}

/** Counts positions in range / in China as is and swapped. O(positions). */
export function positionStats(layer: Layer): PositionStats {
  const s: PositionStats = { positions: 0, inRange: 0, exactlyInRange: 0, inChina: 0, swappedInChina: 0, outOfRange: [] };
  for (const f of layer.features) {
    eachPosition(f.geometry, ([x, y]) => {
      s.positions++;
      if (inRange(x, y)) s.exactlyInRange++;
      if (nearlyInRange(x, y)) s.inRange++;
      else if (s.outOfRange.length < 1000) s.outOfRange.push([x, y]);
      if (inChina(x, y)) s.inChina++;
      if (inChina(y, x)) s.swappedInChina++;
    });
  }
  return s;
}

const R = 6378137;
const MERCATOR_MAX = Math.PI * R;

/** Inverse spherical Mercator, metres → `[lon, lat]` degrees (for diagnosis only; conversion goes through gcoord). */
function fromMercator(x: number, y: number): [number, number] {
  return [(x / R) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI)];
}

const isEasting = (x: number) => x >= 1.5e5 && x <= 8.5e5;
/** Northings of China in a transverse Mercator zone: ~0.4e6 (3.8°N) to ~6e6 m (53.6°N). */
const isNorthing = (y: number) => y >= 3e5 && y <= 6.1e6;

export interface Projection {
  what: Text;
  /** true when the values are Web Mercator metres in China: 'webmercator-to-wgs84' can fix them */
  mercator: boolean;
}

/**
 * Names the projection that most likely produced out-of-range values, from a sample of them:
 * Web Mercator when every value is within ±20,037,508 m and ≥ 80% map into China; a Gauss–Krüger /
 * UTM zone when x is an easting of 150–850 km (optionally with a 2-digit zone prefix, 39,500,000)
 * and y a northing of China; otherwise a generic projected system.
 */
export function diagnoseProjection(sample: Position[]): Projection {
  const n = Math.max(1, sample.length);
  const merc = sample.every(([x, y]) => Math.abs(x) <= MERCATOR_MAX * 1.001 && Math.abs(y) <= MERCATOR_MAX * 1.001)
    && sample.filter(([x, y]) => inChina(...fromMercator(x, y))).length / n >= CHINA_SHARE;
  if (merc) {
    return {
      mercator: true,
      what: {
        en: 'Web Mercator metres (EPSG:3857), as exported by web-map tools; accept “Convert Web Mercator metres (EPSG:3857) → WGS84 degrees”',
        zh: 'Web 墨卡托米制坐标（EPSG:3857，网络地图工具常用）；可选择“Web 墨卡托米制坐标（EPSG:3857）→ WGS84 经纬度”转换',
      },
    };
  }
  const reexport = { en: 're-export the data as WGS84 (EPSG:4326) longitude/latitude in your GIS', zh: '请在 GIS 软件中将数据重新导出为 WGS84（EPSG:4326）经纬度' };
  const plain = sample.filter(([x, y]) => isEasting(x) && isNorthing(y)).length;
  const zones = new Map<number, number>();
  for (const [x, y] of sample) {
    const zone = Math.floor(x / 1e6);
    if (zone >= 13 && zone <= 45 && isEasting(x - zone * 1e6) && isNorthing(y)) zones.set(zone, (zones.get(zone) ?? 0) + 1);
  }
  const [zone, inZone] = [...zones].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (inZone / n >= CHINA_SHARE) {
    const threeDegree = zone >= 24;
    const cm = threeDegree ? 3 * zone : 6 * zone - 3;
    return {
      mercator: false,
      what: {
        en: `metres in a Gauss–Krüger / UTM / CGCS2000 ${threeDegree ? '3' : '6'}-degree zone projection (x starts with zone ${zone}: central meridian ${cm}°E); ${reexport.en}`,
        zh: `高斯–克吕格 / UTM / CGCS2000 ${threeDegree ? '3' : '6'} 度分带投影的米制坐标（x 以带号 ${zone} 开头，中央经线 ${cm}°E）；${reexport.zh}`,
      },
    };
  }
  if (plain / n >= CHINA_SHARE) {
    return {
      mercator: false,
      what: {
        en: `metres in a Gauss–Krüger / UTM / CGCS2000 3-degree zone projection (x is an easting near 500,000 m, y a northing; the zone is not in the numbers); ${reexport.en}`,
        zh: `高斯–克吕格 / UTM / CGCS2000 3 度分带投影的米制坐标（x 为 500,000 米附近的东坐标，y 为北坐标，数值中不含带号）；${reexport.zh}`,
      },
    };
  }
  return { mercator: false, what: { en: `a projected coordinate system (metres or other units); ${reexport.en}`, zh: `某种投影坐标系（米或其他单位）；${reexport.zh}` } };
}

/** "x = 12,958,163, y = 4,852,590" */
export function exampleXY(p: Position): Text {
  const t = `x = ${fmt(p[0], 2)}, y = ${fmt(p[1], 2)}`;
  return { en: t, zh: ` ${t}` };
}

const CONVERSION: Partial<Record<ImportFix, [CRSTypes, CRSTypes]>> = {
  'gcj02-to-wgs84': [gcoord.GCJ02, gcoord.WGS84],
  'bd09-to-wgs84': [gcoord.BD09, gcoord.WGS84],
  'webmercator-to-wgs84': [gcoord.EPSG3857, gcoord.WGS84],
};

/** Distance in metres between two `[lon, lat]` degree positions (equirectangular; for shifts of a few km). */
function shiftMetres(a: Position, b: Position): number {
  const k = (Math.PI / 180) * 6371008.8;
  return Math.hypot((b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)), b[1] - a[1]) * k;
}

/**
 * Applies a coordinate fix to every position of the layer, in place: 'swap-lonlat' swaps x and y;
 * 'shift-longitude-360' moves longitudes beyond ±180° by whole turns of 360° (those only);
 * the datum/projection fixes go through `gcoord.transform`. Returns the positions converted and,
 * for the datum fixes, the mean shift in metres over the first 1,000 positions.
 */
export function convertPositions(layer: Layer, fix: ImportFix): { positions: number; shiftMetres?: number } {
  let positions = 0;
  if (fix === 'swap-lonlat') {
    for (const f of layer.features) eachPosition(f.geometry, (p) => { [p[0], p[1]] = [p[1], p[0]]; positions++; });
    return { positions };
  }
  if (fix === 'shift-longitude-360') {
    for (const f of layer.features) {
      eachPosition(f.geometry, (p) => {
        if (Math.abs(p[0]) <= 180 + RANGE_TOLERANCE_DEG) return;
        p[0] = wrapLongitude(p[0]);
        positions++;
      });
    }
    return { positions };
  }
  const pair = CONVERSION[fix];
  if (!pair) return { positions };
  const before: Position[] = [];
  const sampled: Position[] = [];
  for (const f of layer.features) {
    eachPosition(f.geometry, (p) => {
      if (before.length < 1000) {
        before.push([p[0], p[1]]);
        sampled.push(p);
      }
      positions++;
    });
  }
  gcoord.transform({ type: 'FeatureCollection', features: layer.features as never }, pair[0], pair[1]);
  if (fix === 'webmercator-to-wgs84') return { positions };
  const shift = before.reduce((sum, p, i) => sum + shiftMetres(p, sampled[i]), 0) / Math.max(1, before.length);
  return { positions, shiftMetres: shift };
}
