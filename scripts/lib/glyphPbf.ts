/**
 * Signed-distance-field glyphs in MapLibre's glyph PBF format (the `glyphs` URL of a style,
 * `{fontstack}/{range}.pbf`), rendered from a font's outlines.
 *
 * Why home-made: the usual generator, `fontnik` (mapbox/node-fontnik), is a native addon whose
 * install downloads a prebuilt binary (impossible here, offline) or builds against FreeType and
 * Boost; `@mapbox/tiny-sdf` needs a canvas and rasterises with the system's hinting, the very
 * whole-pixel placement this replaces. What follows is the sdf-glyph-foundry method fontnik uses:
 * the glyph's outline (fontkit) flattened to line segments, at every pixel centre the exact
 * distance to the nearest segment, negative inside (non-zero winding), 8 px radius, cutoff 0.25,
 * 3 px buffer, glyphs at MapLibre's 24 px em; encoded with `pbf` as glyphs.proto
 * (`fontstacks { name, range, glyphs { id, bitmap, width, height, left, top, advance } }`).
 * The format's `advance` is a whole number of 24 px units; the rounding remainder is split on
 * both sides of the outline (it moves by at most ±0.25 px at 24 px) so the ink stays centred.
 */
import Pbf from 'pbf';

/** MapLibre's em for glyph PBFs (`ONE_EM`), in pixels. */
export const GLYPH_EM_PX = 24;
/** Blank pixels around each bitmap (MapLibre's `GLYPH_PBF_BORDER`). */
export const GLYPH_BUFFER_PX = 3;
/** Distance, in pixels, over which the field runs from the edge to 0 (outside) or 255 (deep inside). */
const RADIUS_PX = 8;
/** Share of the byte range given to the inside: the edge is at 255 − 0.25 × 256 = 191 (MapLibre reads 0.75). */
const CUTOFF = 0.25;
/**
 * Distance from the em box's top to the baseline, in 24 px units, that `top` is measured from.
 * MapLibre draws CJK locally with `top` = ascent − 27.5 (glyph_manager.ts, "topAdjustment");
 * 28 keeps the Latin of a mixed line on the same baseline (within half a pixel at 24 px).
 */
const BASELINE_FROM_TOP = 28;

/** One path command of a fontkit glyph outline, in font units. */
export interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/** A glyph as glyphs.proto carries it: metrics in 24 px units (y up for `top`), bitmap (width+6)×(height+6) bytes, rows top first. */
export interface PbfGlyph {
  id: number;
  bitmap: Uint8Array | null;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

type Segment = [number, number, number, number];

/** Flatten an outline (font units) into closed line segments in pixels at `scale` px per unit, shifted by `dx` px. */
export function outlineSegments(commands: PathCommand[], scale: number, dx = 0): Segment[] {
  const segs: Segment[] = [];
  let sx = 0;
  let sy = 0;
  let x = 0;
  let y = 0;
  const line = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) segs.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  const P = (i: number, a: number[]) => [a[i] * scale + dx, a[i + 1] * scale] as const;
  for (const { command, args } of commands) {
    if (command === 'moveTo') {
      if (x !== sx || y !== sy) line(sx, sy);
      [x, y] = P(0, args);
      [sx, sy] = [x, y];
    } else if (command === 'lineTo') line(...P(0, args));
    else if (command === 'quadraticCurveTo' || command === 'bezierCurveTo') {
      const pts = [[x, y], ...Array.from({ length: args.length / 2 }, (_, k) => P(2 * k, args))];
      // steps: about one per 0.5 px of control-polygon length, at least 4
      let len = 0;
      for (let k = 1; k < pts.length; k++) len += Math.hypot(pts[k][0] - pts[k - 1][0], pts[k][1] - pts[k - 1][1]);
      const n = Math.max(4, Math.ceil(len * 2));
      for (let s = 1; s <= n; s++) {
        const t = s / n;
        const u = 1 - t;
        const [a, b, c, d] = pts;
        const px = pts.length === 3 ? u * u * a[0] + 2 * u * t * b[0] + t * t * c[0] : u * u * u * a[0] + 3 * u * u * t * b[0] + 3 * u * t * t * c[0] + t * t * t * d[0];
        const py = pts.length === 3 ? u * u * a[1] + 2 * u * t * b[1] + t * t * c[1] : u * u * u * a[1] + 3 * u * u * t * b[1] + 3 * u * t * t * c[1] + t * t * t * d[1];
        line(px, py);
      }
    } else if (command === 'closePath') line(sx, sy);
  }
  if (x !== sx || y !== sy) line(sx, sy);
  return segs;
}

/** Squared distance from (px, py) to segment s. */
function dist2(px: number, py: number, s: Segment): number {
  const [ax, ay, bx, by] = s;
  const vx = bx - ax;
  const vy = by - ay;
  const l2 = vx * vx + vy * vy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / l2));
  const ex = ax + t * vx - px;
  const ey = ay + t * vy - py;
  return ex * ex + ey * ey;
}

/** Non-zero winding number of the segments around (px, py). */
function winding(px: number, py: number, segs: Segment[]): number {
  let wn = 0;
  for (const [ax, ay, bx, by] of segs) {
    if (ay <= py && by > py) {
      if ((bx - ax) * (py - ay) - (px - ax) * (by - ay) > 0) wn++;
    } else if (ay > py && by <= py) {
      if ((bx - ax) * (py - ay) - (px - ax) * (by - ay) < 0) wn--;
    }
  }
  return wn;
}

/**
 * Render one glyph.
 * @param id the Unicode code point
 * @param commands the outline in font units (y up), as fontkit's `glyph.path.commands`
 * @param advanceUnits the horizontal advance in font units
 * @param unitsPerEm the font's em in font units
 * @returns the PBF glyph; a blank glyph (space) has no bitmap and width/height 0
 */
export function renderGlyph(id: number, commands: PathCommand[], advanceUnits: number, unitsPerEm: number): PbfGlyph {
  const scale = GLYPH_EM_PX / unitsPerEm;
  const exact = advanceUnits * scale;
  const advance = Math.round(exact);
  const segs = outlineSegments(commands, scale, (advance - exact) / 2);
  if (segs.length === 0) return { id, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [ax, ay, bx, by] of segs) {
    x0 = Math.min(x0, ax, bx);
    x1 = Math.max(x1, ax, bx);
    y0 = Math.min(y0, ay, by);
    y1 = Math.max(y1, ay, by);
  }
  const left = Math.floor(x0);
  const right = Math.ceil(x1);
  const bottom = Math.floor(y0);
  const topPx = Math.ceil(y1);
  const width = right - left;
  const height = topPx - bottom;
  if (width === 0 || height === 0) return { id, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance };
  const B = GLYPH_BUFFER_PX;
  const w = width + 2 * B;
  const h = height + 2 * B;
  const bitmap = new Uint8Array(w * h);
  const r2 = (RADIUS_PX + 1) ** 2;
  for (let row = 0; row < h; row++) {
    const py = topPx + B - row - 0.5;
    // segments within reach of this row
    const near = segs.filter((s) => Math.min(s[1], s[3]) - RADIUS_PX - 1 <= py && Math.max(s[1], s[3]) + RADIUS_PX + 1 >= py);
    for (let col = 0; col < w; col++) {
      const px = left - B + col + 0.5;
      let d2 = r2;
      for (const s of near) d2 = Math.min(d2, dist2(px, py, s));
      let d = Math.sqrt(d2);
      if (winding(px, py, segs) !== 0) d = -d;
      const v = 255 - (d * (256 / RADIUS_PX) + CUTOFF * 256);
      bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { id, bitmap, width, height, left, top: topPx - BASELINE_FROM_TOP, advance };
}

/**
 * Encode one range's glyphs as a glyphs.proto message (one fontstack).
 * @param name the fontstack's name, e.g. "Noto Sans Regular"
 * @param start the range's first code point (a multiple of 256)
 */
export function encodeGlyphRange(name: string, start: number, glyphs: PbfGlyph[]): Uint8Array {
  const pbf = new Pbf();
  pbf.writeMessage(1, (_: unknown, p: Pbf) => {
    p.writeStringField(1, name);
    p.writeStringField(2, `${start}-${start + 255}`);
    for (const g of glyphs) {
      p.writeMessage(3, (_x: unknown, q: Pbf) => {
        q.writeVarintField(1, g.id);
        if (g.bitmap) q.writeBytesField(2, g.bitmap);
        q.writeVarintField(3, g.width);
        q.writeVarintField(4, g.height);
        q.writeSVarintField(5, g.left);
        q.writeSVarintField(6, g.top);
        q.writeVarintField(7, g.advance);
      }, null);
    }
  }, null);
  return pbf.finish();
}

type Stack = { name: string; range: string; glyphs: PbfGlyph[] };

function readGlyph(tag: number, g: PbfGlyph, pbf: Pbf): void {
  if (tag === 1) g.id = pbf.readVarint();
  else if (tag === 2) g.bitmap = pbf.readBytes();
  else if (tag === 3) g.width = pbf.readVarint();
  else if (tag === 4) g.height = pbf.readVarint();
  else if (tag === 5) g.left = pbf.readSVarint();
  else if (tag === 6) g.top = pbf.readSVarint();
  else if (tag === 7) g.advance = pbf.readVarint();
}

function readStack(tag: number, s: Stack, pbf: Pbf): void {
  if (tag === 1) s.name = pbf.readString();
  else if (tag === 2) s.range = pbf.readString();
  else if (tag === 3) s.glyphs.push(pbf.readMessage(readGlyph, { id: 0, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
}

/** Decode a glyph PBF as MapLibre's parse_glyph_pbf.ts reads it: every fontstack with its name, range and glyphs. */
export function decodeGlyphRange(data: Uint8Array): Stack[] {
  return new Pbf(data).readFields((tag, stacks: Stack[], pbf) => {
    if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
  }, []);
}
