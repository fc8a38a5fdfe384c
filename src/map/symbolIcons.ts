/**
 * Point symbols as small SVG images (data URLs, nothing fetched), so the map draws the same shape
 * the legend shows (one definition: ./symbols.ts).
 */
import type { LayerDef, Rgb } from '../domain/layers/registry';
import { symbolSvg } from './symbols';

/**
 * @param symbol a point symbol of the registry (other symbols fall back to a circle)
 * @param color fill colour; the outline is white
 * @returns `data:image/svg+xml` URL of a 32×32 icon
 */
export function symbolIconUrl(symbol: LayerDef['symbol'], color: Rgb): string {
  const point = symbol === 'fill' || symbol === 'line' || symbol === 'dashed-line' ? 'circle' : symbol;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(symbolSvg(point, color, 32))}`;
}
