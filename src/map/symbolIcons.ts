/**
 * Point symbols as small SVG images (data URLs, nothing fetched), so the map draws the same shape
 * the legend shows and colour is not the only cue.
 */
import type { LayerDef, Rgb } from '../domain/layers/registry';

/**
 * How a point symbol is filled: `filled` (the plan view, in service), `half` (an outline with a
 * filled core: under construction, partly open), `hollow` (an outline: planned), `crossed` (an
 * outline struck through: cancelled), `query` (dashed outline, pale core: state unknown).
 */
export type IconFill = 'filled' | 'half' | 'hollow' | 'crossed' | 'query';

const SHAPES: Record<'circle' | 'square' | 'triangle' | 'diamond', string> = {
  circle: '<circle cx="16" cy="16" r="12"/>',
  square: '<rect x="5" y="5" width="22" height="22"/>',
  triangle: '<polygon points="16,3 29,27 3,27"/>',
  diamond: '<polygon points="16,2 30,16 16,30 2,16"/>',
};

/**
 * @param symbol a point symbol of the registry (other symbols fall back to a circle)
 * @param color fill colour; the outline is white (filled) or the colour (other fills)
 * @param fill how the symbol is filled ({@link IconFill}); default filled
 * @returns `data:image/svg+xml` URL of a 32×32 icon
 */
export function symbolIconUrl(symbol: LayerDef['symbol'], color: Rgb, fill: IconFill = 'filled'): string {
  const shape = SHAPES[symbol as keyof typeof SHAPES] ?? SHAPES.circle;
  const c = `rgb(${color.join(',')})`;
  let body: string;
  if (fill === 'filled') body = `<g fill="${c}" stroke="#fff" stroke-width="3">${shape}</g>`;
  else if (fill === 'query') body = `<g fill="#eee" stroke="${c}" stroke-width="3" stroke-dasharray="4 3">${shape}</g>`;
  else {
    // a white halo under a coloured outline, so a hollow symbol reads on any fill
    body = `<g fill="#fff" stroke="#fff" stroke-width="7">${shape}</g><g fill="#fff" stroke="${c}" stroke-width="3.5">${shape}</g>`;
    if (fill === 'half') body += `<circle cx="16" cy="17" r="5.5" fill="${c}"/>`;
    if (fill === 'crossed') body += `<path d="M7 7L25 25M25 7L7 25" stroke="${c}" stroke-width="3"/>`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">${body}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
