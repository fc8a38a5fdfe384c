/**
 * Point symbols as small SVG images (data URLs, nothing fetched), so the map draws the same shape
 * the legend shows and colour is not the only cue.
 */
import type { LayerDef, Rgb } from '../domain/layers/registry';

const SHAPES: Record<'circle' | 'square' | 'triangle' | 'diamond', string> = {
  circle: '<circle cx="16" cy="16" r="12"/>',
  square: '<rect x="5" y="5" width="22" height="22"/>',
  triangle: '<polygon points="16,3 29,27 3,27"/>',
  diamond: '<polygon points="16,2 30,16 16,30 2,16"/>',
};

/**
 * @param symbol a point symbol of the registry (other symbols fall back to a circle)
 * @param color fill colour; the outline is white
 * @returns `data:image/svg+xml` URL of a 32×32 icon
 */
export function symbolIconUrl(symbol: LayerDef['symbol'], color: Rgb): string {
  const shape = SHAPES[symbol as keyof typeof SHAPES] ?? SHAPES.circle;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><g fill="rgb(${color.join(',')})" stroke="#fff" stroke-width="3">${shape}</g></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
