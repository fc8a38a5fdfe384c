/**
 * Point symbols as small SVG images (data URLs, nothing fetched), so the map draws the same shape
 * the legend shows (one definition: ./symbols.ts).
 */
import type { LayerDef, Rgb } from '../domain/layers/registry';
import { symbolSvg, type IconFill } from './symbols';

export type { IconFill };

/**
 * @param symbol a point symbol of the registry (other symbols fall back to a circle)
 * @param color fill colour; the outline is white (filled) or the colour (other fills)
 * @param fill how the symbol is filled ({@link IconFill}); default filled
 * @param sizePx the image's side in px (default 32)
 * @returns `data:image/svg+xml` URL of a `sizePx` square icon
 */
export function symbolIconUrl(symbol: LayerDef['symbol'], color: Rgb, fill: IconFill = 'filled', sizePx = 32): string {
  const point = symbol === 'fill' || symbol === 'line' || symbol === 'dashed-line' ? 'circle' : symbol;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(symbolSvg(point, color, sizePx, fill))}`;
}
