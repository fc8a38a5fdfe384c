/** A legend symbol for one registry layer (or one area colour), as inline SVG from the one symbol source (src/map/symbols.ts). */
import type { LayerDef, Rgb } from '../domain/layers/registry';
import { SYMBOL_BOX, symbolSvgShape } from '../map/symbols';

export function Swatch({ symbol, color }: { symbol: LayerDef['symbol']; color: Rgb }) {
  // the markup is built from numbers and the registry's symbol names only (no user text)
  return <svg width={SYMBOL_BOX} height={SYMBOL_BOX} viewBox={`0 0 ${SYMBOL_BOX} ${SYMBOL_BOX}`} aria-hidden="true" className="swatch" dangerouslySetInnerHTML={{ __html: symbolSvgShape(symbol, color) }} />;
}
