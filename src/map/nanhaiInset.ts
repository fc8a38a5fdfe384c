/**
 * The 南海诸岛 inset: the South China Sea as standard maps of China show it in a box at the lower
 * right of a national map — the dash line (南海断续线, world.json `nanhai`, from
 * data/admin/nanhai-dashes.json), the islands of 三沙市 and 东沙群岛, China's and the
 * neighbours' coasts — in Web Mercator at its own scale, with its own scale bar. Pure: it turns
 * the loaded data into SVG path strings in inset pixels; the screen (src/ui/NanhaiInset.tsx) and
 * the PNG export (./exportPicture.ts, as Path2D) draw the same paths.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { AtlasData } from '../domain/atlasData';
import { niceScale } from './scaleBar';

/** What the inset shows, `[west, south, east, north]` degrees: 海南岛 to 巴士海峡, down past 曾母暗沙. */
export const INSET_BOX: [number, number, number, number] = [106.5, 2.6, 123.0, 23.0];

/** Width of the inset's map in CSS px (its height follows from the projection). */
export const INSET_WIDTH = 132;

/** The main map shows the inset below this zoom (national scale) … */
export const INSET_MAX_ZOOM = 5;

/** Colours of the inset (the basemap's, src/map/basemapStyle.ts). */
export const INSET_COLORS = { sea: '#cfe0ea', foreign: '#ece9e2', foreignLine: '#a9a49a', china: '#faf8f3', chinaLine: '#6f6a61', dash: '#5a554c', island: '#5a554c', frame: '#6f6a61' } as const;

/** Counties whose parts are the islands marked in the inset: 三沙市 (西沙、中沙、南沙群岛) and 东沙群岛. */
const ISLAND_UNITS = ['460300', '442100'];

export interface InsetDrawing {
  /** map size in CSS px */
  width: number;
  height: number;
  /** SVG path data in inset px */
  foreign: string;
  china: string;
  dashes: string;
  /** island positions in inset px (one per island part) */
  islands: [number, number][];
  /** scale bar: length in px and its label, measured at the box's middle latitude */
  scale: { px: number; label: string; atLat: number };
}

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** Earth radius for the scale bar (MapLibre's and turf's, m). */
const R = 6371008.8;

/**
 * Project `[lon, lat]` degrees to inset px for an inset `width` px wide over {@link INSET_BOX}.
 * @returns `[x, y]`, y downwards from the box's north edge
 */
export function insetProject([lon, lat]: Position, width = INSET_WIDTH): [number, number] {
  const [w, , e, n] = INSET_BOX;
  const k = width / ((e - w) * RAD);
  return [(lon - w) * RAD * k, (mercY(n) - mercY(lat)) * k];
}

function overlaps(ring: Position[]): boolean {
  const [w, s, e, n] = INSET_BOX;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return x0 <= e && x1 >= w && y0 <= n && y1 >= s;
}

/** SVG path data of rings (closed) or lines, points closer than 0.4 px to the last kept one dropped. */
function pathOf(parts: Position[][], width: number, close: boolean): string {
  const out: string[] = [];
  for (const part of parts) {
    const pts: [number, number][] = [];
    for (const p of part) {
      const q = insetProject(p, width);
      const last = pts[pts.length - 1];
      if (!last || Math.hypot(q[0] - last[0], q[1] - last[1]) >= 0.4) pts.push(q);
    }
    if (pts.length < (close ? 3 : 2)) continue;
    out.push(`M${pts.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}${close ? 'Z' : ''}`);
  }
  return out.join('');
}

function rings(fc: FeatureCollection): Position[][] {
  const out: Position[][] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys) if (p[0] && overlaps(p[0])) out.push(p[0]);
  }
  return out;
}

/** Height in CSS px of the inset's map `width` px wide (Mercator over {@link INSET_BOX}). */
export function insetMapHeight(width = INSET_WIDTH): number {
  return insetProject([INSET_BOX[0], INSET_BOX[1]], width)[1];
}

/**
 * The inset's drawing from the loaded data.
 * @param data `world` (foreign land and `nanhai`), `provinces` (China's coasts) and `counties` (islands)
 * @param width map width in CSS px
 */
export function insetDrawing(data: Pick<AtlasData, 'world' | 'provinces' | 'counties'>, width = INSET_WIDTH): InsetDrawing {
  const [, s, , n] = INSET_BOX;
  const height = insetMapHeight(width);
  const islands: [number, number][] = [];
  for (const f of data.counties.features) {
    if (!ISLAND_UNITS.includes(f.properties.adcode)) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) {
      const ring = p[0];
      const c: Position = [ring.reduce((a, q) => a + q[0], 0) / ring.length, ring.reduce((a, q) => a + q[1], 0) / ring.length];
      const q = insetProject(c, width);
      // one mark per island group at this scale: parts within 1.5 px share one
      if (!islands.some(([x, y]) => Math.hypot(x - q[0], y - q[1]) < 1.5)) islands.push(q);
    }
  }
  const atLat = (s + n) / 2;
  const k = width / ((INSET_BOX[2] - INSET_BOX[0]) * RAD);
  const metresPerPx = (R * Math.cos(atLat * RAD)) / k;
  const bar = niceScale(40 * metresPerPx);
  return {
    width,
    height,
    foreign: pathOf(rings(data.world.polygons), width, true),
    china: pathOf(rings(data.provinces), width, true),
    dashes: pathOf((data.world.nanhai?.features ?? []).map((f) => f.geometry.coordinates).filter(overlaps), width, false),
    islands,
    scale: { px: bar.metres / metresPerPx, label: bar.label, atLat },
  };
}

/** `[west, south, east, north]` of the dash line, or null when the data has none. */
export function dashBounds(data: Pick<AtlasData, 'world'>): [number, number, number, number] | null {
  const pts = (data.world.nanhai?.features ?? []).flatMap((f) => f.geometry.coordinates);
  if (!pts.length) return null;
  return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
}

/**
 * Whether a map view carries the inset: every PNG export does (`picture`); the screen does while
 * the view is national-scale (zoom below {@link INSET_MAX_ZOOM}), as standard maps of China
 * carry it with the whole country, whether or not the main map shows the dashes too.
 * @param dash the dash line's box ({@link dashBounds}); null (data without the dash line): no inset
 */
export function insetWanted(zoom: number, dash: [number, number, number, number] | null, picture = false): boolean {
  if (!dash) return false;
  return picture || zoom < INSET_MAX_ZOOM;
}

/** Inset frame around the map: title band height and padding, CSS px. */
export const INSET_TITLE_H = 16;
export const INSET_PAD = 4;

/** Total inset box size in CSS px (map, title band above, scale band below). */
export function insetBoxSize(d: Pick<InsetDrawing, 'width' | 'height'>): { width: number; height: number } {
  return { width: d.width + 2 * INSET_PAD, height: d.height + INSET_TITLE_H + 2 * INSET_PAD };
}

/**
 * Draw the inset on a 2D canvas with its top-left corner at (x, y) CSS px of the context (for the
 * PNG export): frame, title, map and scale bar, as the screen's SVG draws them.
 */
export function drawInsetOnCanvas(ctx: CanvasRenderingContext2D, d: InsetDrawing, x: number, y: number, title: string, font: (px: number, weight?: number) => string): void {
  const c = INSET_COLORS;
  const box = insetBoxSize(d);
  ctx.save();
  ctx.fillStyle = '#fff';
  ctx.fillRect(x, y, box.width, box.height);
  ctx.strokeStyle = c.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, box.width - 1, box.height - 1);
  ctx.fillStyle = '#222';
  ctx.font = font(11, 700);
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(title, x + INSET_PAD + 2, y + INSET_TITLE_H - 3);
  const mx = x + INSET_PAD;
  const my = y + INSET_TITLE_H + INSET_PAD;
  ctx.beginPath();
  ctx.rect(mx, my, d.width, d.height);
  ctx.clip();
  ctx.translate(mx, my);
  ctx.fillStyle = c.sea;
  ctx.fillRect(0, 0, d.width, d.height);
  const fill = (path: string, color: string, line: string) => {
    const p = new Path2D(path);
    ctx.fillStyle = color;
    ctx.fill(p);
    ctx.strokeStyle = line;
    ctx.lineWidth = 0.5;
    ctx.stroke(p);
  };
  fill(d.foreign, c.foreign, c.foreignLine);
  fill(d.china, c.china, c.chinaLine);
  ctx.strokeStyle = c.dash;
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'round';
  ctx.stroke(new Path2D(d.dashes));
  ctx.fillStyle = c.island;
  for (const [ix, iy] of d.islands) {
    ctx.beginPath();
    ctx.arc(ix, iy, 0.9, 0, 2 * Math.PI);
    ctx.fill();
  }
  // scale bar, bottom left inside the map
  const sx = 5;
  const sy = d.height - 6;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(sx - 3, sy - 13, d.scale.px + 6, 17);
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  ctx.moveTo(sx, sy - 4);
  ctx.lineTo(sx, sy);
  ctx.lineTo(sx + d.scale.px, sy);
  ctx.lineTo(sx + d.scale.px, sy - 4);
  ctx.stroke();
  ctx.fillStyle = '#222';
  ctx.font = font(9);
  ctx.fillText(d.scale.label, sx + 2, sy - 4);
  ctx.restore();
}
