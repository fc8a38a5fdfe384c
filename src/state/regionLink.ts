/**
 * The analysis region in the shareable link (`r=` in the hash, see ./urlState.ts): a region
 * chosen from the list by its list value (`prov:51`, `county:341524`, `area:<id>`), any other
 * (drawn, circle, imported) by its outline.
 *
 * Outlines are encoded like Google's encoded polyline (zigzag deltas at 1e-5°, ~1 m; 5-bit
 * chunks with a continuation bit), written in the base64url alphabet instead of ASCII 63–126 so
 * that URLSearchParams leaves every character as it is (the 63–126 alphabet has `?`, `[`, `\`,
 * `{`, `|`… which it would percent-encode into three characters each). Rings are separated by
 * `.`, polygons by `*`, and each ring's closing position is left out. Home-made because no
 * polyline package is installed (@mapbox/polyline would cover the 63–126 variant only).
 *
 * Length: the link is kept under 8,000 characters, the limit many servers, proxies and chat
 * apps put on URLs: the region takes at most {@link MAX_REGION_CHARS}; a longer outline is
 * simplified (`@turf/simplify`, growing tolerance up to ~5 km) until it fits, else left out of
 * the link; `regionParam` (./regionParam.ts, with the analysis's outline check, loaded with the
 * analysis tab) says which, for the interface to tell the user.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bilingual, RegionOrigin } from '../domain/model';

/** Most characters the `r=` value may take: 8,000 for the link less room for the rest of the hash. */
export const MAX_REGION_CHARS = 7000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
const SCALE = 1e5;
/** Simplification tolerances tried in turn, degrees (~10 m to ~5 km). */

/** A region as the link names it. */
export type LinkRegion =
  | { kind: 'ref'; ref: string }
  | { kind: 'shape'; origin: RegionOrigin; geometry: Polygon | MultiPolygon };

/** The link's region could not be read; `text` says why in both languages. */
export class RegionLinkError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'RegionLinkError';
  }
}

export const ORIGIN_CODE: Record<RegionOrigin, string> = { drawn: 'd', circle: 'c', imported: 'i', picked: 'p' };
const CODE_ORIGIN = new Map(Object.entries(ORIGIN_CODE).map(([o, c]) => [c, o as RegionOrigin]));
export const REF = /^(prov:\d{2}|pref:\d{4,6}|county:\d{6}|area:[A-Za-z0-9-]{1,80})$/;

function encodeNumber(n: number, out: string[]): void {
  let v = n < 0 ? ~(n << 1) : n << 1;
  while (v >= 0x20) {
    out.push(ALPHABET[(0x20 | (v & 0x1f))]);
    v >>>= 5;
  }
  out.push(ALPHABET[v]);
}

/** One ring, closing position left out, as deltas of 1e-5° from the ring's first position. */
function encodeRing(ring: Position[]): string {
  const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
  const out: string[] = [];
  let [px, py] = [0, 0];
  for (const [lon, lat] of open) {
    const [x, y] = [Math.round(lon * SCALE), Math.round(lat * SCALE)];
    encodeNumber(x - px, out);
    encodeNumber(y - py, out);
    [px, py] = [x, y];
  }
  return out.join('');
}

/** MultiPolygon coordinates as the link's outline text (rings `.`-separated, polygons `*`-separated). */
export function encodeOutline(polys: Position[][][]): string {
  return polys.map((poly) => poly.map(encodeRing).join('.')).join('*');
}

function decodeRing(s: string, w: Bilingual): Position[] {
  const nums: number[] = [];
  let shift = 0, acc = 0;
  for (const c of s) {
    const v = VALUE.get(c);
    if (v === undefined) throw new RegionLinkError({ zh: `链接中的区域${w.zh}含有无效字符“${c}”。`, en: `The link's region (${w.en}) has an invalid character "${c}".` });
    acc |= (v & 0x1f) << shift;
    if (v & 0x20) {
      shift += 5;
      if (shift > 30) throw new RegionLinkError({ zh: `链接中的区域${w.zh}有超出范围的数值。`, en: `The link's region (${w.en}) has a number out of range.` });
    } else {
      nums.push(acc & 1 ? ~(acc >>> 1) : acc >>> 1);
      shift = 0;
      acc = 0;
    }
  }
  if (shift || nums.length % 2) throw new RegionLinkError({ zh: `链接中的区域${w.zh}不完整（被截断？）。`, en: `The link's region (${w.en}) is incomplete (cut off?).` });
  const ring: Position[] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i < nums.length; i += 2) {
    x += nums[i];
    y += nums[i + 1];
    const p = [x / SCALE, y / SCALE];
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) throw new RegionLinkError({ zh: `链接中的区域${w.zh}有经纬度超出范围的点。`, en: `The link's region (${w.en}) has a position beyond ±180° / ±90°.` });
    ring.push(p);
  }
  if (ring.length < 3) throw new RegionLinkError({ zh: `链接中的区域${w.zh}少于 3 个点。`, en: `The link's region (${w.en}) has fewer than 3 positions.` });
  ring.push([...ring[0]]);
  return ring;
}

/** The outline text back as MultiPolygon coordinates (closed rings). @throws RegionLinkError */
export function decodeOutline(s: string): Position[][][] {
  if (!s) throw new RegionLinkError({ zh: '链接中的区域是空的。', en: "The link's region is empty." });
  return s.split('*').map((poly, pi) => poly.split('.').map((ring, ri) => decodeRing(ring, { zh: `（第 ${pi + 1} 个多边形第 ${ri + 1} 环）`, en: `polygon ${pi + 1}, ring ${ri + 1}` })));
}

/**
 * Read the link's `r=` value.
 * @returns the region named by it
 * @throws RegionLinkError (message in both languages) for a malformed value
 */
export function parseRegionParam(value: string): LinkRegion {
  if (REF.test(value)) return { kind: 'ref', ref: value };
  const m = /^([a-z]):(.*)$/s.exec(value);
  const origin = m ? CODE_ORIGIN.get(m[1]) : undefined;
  if (!m || !origin) throw new RegionLinkError({ zh: `链接中的区域“${value.slice(0, 40)}”无法识别。`, en: `The link's region "${value.slice(0, 40)}" is not one this atlas knows.` });
  const polys = decodeOutline(m[2]);
  return { kind: 'shape', origin, geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys } };
}
