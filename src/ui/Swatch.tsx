/** A legend symbol for one registry layer (or one area colour), drawn as inline SVG. */
import type { LayerDef, Rgb } from '../domain/layers/registry';

const rgb = (c: Rgb, a = 1) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

export function Swatch({ symbol, color }: { symbol: LayerDef['symbol']; color: Rgb }) {
  const s = 18;
  let shape;
  switch (symbol) {
    case 'fill':
      shape = <rect x={2} y={3} width={14} height={12} fill={rgb(color, 0.45)} stroke={rgb(color)} strokeWidth={1.5} />;
      break;
    case 'line':
      shape = <line x1={1} y1={9} x2={17} y2={9} stroke={rgb(color)} strokeWidth={3} strokeLinecap="round" />;
      break;
    case 'dashed-line':
      shape = <line x1={1} y1={9} x2={17} y2={9} stroke={rgb(color)} strokeWidth={3} strokeDasharray="4 2" />;
      break;
    case 'circle':
      shape = <circle cx={9} cy={9} r={6} fill={rgb(color)} stroke="#fff" strokeWidth={1.5} />;
      break;
    case 'square':
      shape = <rect x={3} y={3} width={12} height={12} fill={rgb(color)} stroke="#fff" strokeWidth={1.5} />;
      break;
    case 'triangle':
      shape = <polygon points="9,2 16,15 2,15" fill={rgb(color)} stroke="#fff" strokeWidth={1.5} />;
      break;
    case 'diamond':
      shape = <polygon points="9,1 17,9 9,17 1,9" fill={rgb(color)} stroke="#fff" strokeWidth={1.5} />;
      break;
  }
  return (
    <svg width={s} height={s} viewBox="0 0 18 18" aria-hidden="true" className="swatch">
      {shape}
    </svg>
  );
}
