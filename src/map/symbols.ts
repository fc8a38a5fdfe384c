/**
 * The legend and map symbols, declared once: each symbol of the registry as a few shapes in an
 * 18 × 18 box, drawn to SVG (the screen legend's swatches and the map's point icons) and to a
 * 2D canvas (the PNG legend) by the functions below. Colour is not the only cue: points differ
 * in shape, highways are dashed.
 */
import type { LayerDef, Rgb } from '../domain/layers/registry';

export type SymbolName = LayerDef['symbol'];

/** One shape in the 18 × 18 box: coordinates in box units. */
export type SymbolShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'polygon'; points: [number, number][] }
  | { kind: 'line'; from: [number, number]; to: [number, number]; dash?: [number, number] };

/** How a symbol is painted: an area (translucent fill, coloured outline), a line, or a point (solid, white outline). */
export type SymbolPaint = 'area' | 'line' | 'point';

/** The box side, in symbol units. */
export const SYMBOL_BOX = 18;

const SYMBOLS: Record<SymbolName, { paint: SymbolPaint; shape: SymbolShape }> = {
  fill: { paint: 'area', shape: { kind: 'rect', x: 2, y: 3, w: 14, h: 12 } },
  line: { paint: 'line', shape: { kind: 'line', from: [1, 9], to: [17, 9] } },
  'dashed-line': { paint: 'line', shape: { kind: 'line', from: [1, 9], to: [17, 9], dash: [4, 2] } },
  circle: { paint: 'point', shape: { kind: 'circle', cx: 9, cy: 9, r: 7 } },
  square: { paint: 'point', shape: { kind: 'rect', x: 2.5, y: 2.5, w: 13, h: 13 } },
  triangle: { paint: 'point', shape: { kind: 'polygon', points: [[9, 1.5], [16.5, 16], [1.5, 16]] } },
  diamond: { paint: 'point', shape: { kind: 'polygon', points: [[9, 1], [17, 9], [9, 17], [1, 9]] } },
};

/** @returns the shape and paint of `symbol` (an unknown symbol falls back to a circle) */
export function symbolOf(symbol: SymbolName): { paint: SymbolPaint; shape: SymbolShape } {
  return SYMBOLS[symbol] ?? SYMBOLS.circle;
}

const rgba = (c: Rgb, a = 1) => (a === 1 ? `rgb(${c.join(',')})` : `rgba(${c.join(',')},${a})`);

/** Fill, stroke and stroke width (box units) of a symbol painted in `color`. */
export function symbolStyle(paint: SymbolPaint, color: Rgb): { fill: string; stroke: string; width: number } {
  if (paint === 'area') return { fill: rgba(color, 0.45), stroke: rgba(color), width: 1.5 };
  if (paint === 'line') return { fill: 'none', stroke: rgba(color), width: 3 };
  return { fill: rgba(color), stroke: '#fff', width: 1.5 };
}

/** SVG markup of `shape` with the given attributes (box units). */
function shapeSvg(shape: SymbolShape, attrs: string): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" ${attrs}/>`;
    case 'circle':
      return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" ${attrs}/>`;
    case 'polygon':
      return `<polygon points="${shape.points.map((p) => p.join(',')).join(' ')}" ${attrs}/>`;
    case 'line':
      return `<line x1="${shape.from[0]}" y1="${shape.from[1]}" x2="${shape.to[0]}" y2="${shape.to[1]}" ${attrs} stroke-linecap="${shape.dash ? 'butt' : 'round'}"${shape.dash ? ` stroke-dasharray="${shape.dash.join(' ')}"` : ''}/>`;
  }
}

/**
 * How a point symbol is filled in a year of the time slider: `filled` (the plan view, in
 * service), `half` (an outline with a filled core: under construction, partly open), `hollow`
 * (an outline: planned), `crossed` (an outline struck through: cancelled), `query` (dashed
 * outline, pale core: state unknown). Only points vary; areas and lines ignore it.
 */
export type IconFill = 'filled' | 'half' | 'hollow' | 'crossed' | 'query';

/**
 * @param symbol a registry symbol
 * @param color its colour
 * @param fill how a point symbol is filled ({@link IconFill}); default filled
 * @returns the SVG markup of the symbol's shape (no `<svg>` wrapper), in box units
 */
export function symbolSvgShape(symbol: SymbolName, color: Rgb, fill: IconFill = 'filled'): string {
  const { paint, shape } = symbolOf(symbol);
  const st = symbolStyle(paint, color);
  if (paint !== 'point' || fill === 'filled') return shapeSvg(shape, `fill="${st.fill}" stroke="${st.stroke}" stroke-width="${st.width}"`);
  const c = rgba(color);
  if (fill === 'query') return shapeSvg(shape, `fill="#eee" stroke="${c}" stroke-width="1.7" stroke-dasharray="2.2 1.7"`);
  // a white halo under a coloured outline, so a hollow symbol reads on any fill
  let body = shapeSvg(shape, 'fill="#fff" stroke="#fff" stroke-width="3.9"') + shapeSvg(shape, `fill="#fff" stroke="${c}" stroke-width="2"`);
  if (fill === 'half') body += `<circle cx="9" cy="9.5" r="3.1" fill="${c}"/>`;
  if (fill === 'crossed') body += `<path d="M4 4L14 14M14 4L4 14" stroke="${c}" stroke-width="1.7"/>`;
  return body;
}

/**
 * @param sizePx the image's side in pixels
 * @param fill how a point symbol is filled ({@link IconFill})
 * @returns a whole `<svg>` document of the symbol, `sizePx` square
 */
export function symbolSvg(symbol: SymbolName, color: Rgb, sizePx: number, fill: IconFill = 'filled'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${sizePx}" height="${sizePx}" viewBox="0 0 ${SYMBOL_BOX} ${SYMBOL_BOX}">${symbolSvgShape(symbol, color, fill)}</svg>`;
}

/**
 * Draw the symbol on a 2D canvas with its box's top-left corner at `x`, `y` (canvas units, one
 * box unit = one canvas unit).
 */
export function drawSymbolOnCanvas(ctx: CanvasRenderingContext2D, symbol: SymbolName, color: Rgb, x: number, y: number): void {
  const { paint, shape } = symbolOf(symbol);
  const st = symbolStyle(paint, color);
  ctx.save();
  ctx.translate(x, y);
  ctx.fillStyle = st.fill;
  ctx.strokeStyle = st.stroke;
  ctx.lineWidth = st.width;
  ctx.beginPath();
  switch (shape.kind) {
    case 'rect':
      ctx.rect(shape.x, shape.y, shape.w, shape.h);
      break;
    case 'circle':
      ctx.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
      break;
    case 'polygon':
      shape.points.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
      ctx.closePath();
      break;
    case 'line':
      ctx.lineCap = shape.dash ? 'butt' : 'round';
      if (shape.dash) ctx.setLineDash(shape.dash);
      ctx.moveTo(...shape.from);
      ctx.lineTo(...shape.to);
      break;
  }
  if (st.fill !== 'none') ctx.fill();
  ctx.stroke();
  ctx.restore();
}
