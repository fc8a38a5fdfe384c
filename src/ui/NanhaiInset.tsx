/**
 * The 南海诸岛 inset on the map's lower right (src/map/nanhaiInset.ts): shown while the view is
 * national-scale and the dash line is not wholly in view (MapController.watchInset), drawn as SVG
 * from the loaded data, with its own scale bar.
 */
import { useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { INSET_COLORS, INSET_PAD, INSET_TITLE_H, insetBoxSize, insetDrawing } from '../map/nanhaiInset';
import type { Lang } from '../map/basemapStyle';
import { t } from './i18n';
import { useUiPick } from './store';

export function NanhaiInset({ data, lang, onShown }: { data: AtlasData; lang: Lang; onShown: (shown: boolean) => void }) {
  const { ctl } = useUiPick('ctl');
  const [shown, setShown] = useState(false);
  useEffect(() => (ctl ? ctl.watchInset(setShown) : undefined), [ctl]);
  useEffect(() => onShown(shown), [shown, onShown]);
  const d = useMemo(() => (ctl ? ctl.inset() : insetDrawing(data)), [ctl, data]);
  if (!shown) return null;
  const c = INSET_COLORS;
  const box = insetBoxSize(d);
  const sx = 5;
  const sy = d.height - 6;
  return (
    <figure className="nanhai-inset" data-testid="nanhai-inset" style={{ width: box.width, height: box.height }} aria-label={t('nanhaiInsetAria', lang, { scale: d.scale.label })}>
      <figcaption style={{ height: INSET_TITLE_H }}>{t('nanhaiInset', lang)}</figcaption>
      <svg width={d.width} height={d.height} viewBox={`0 0 ${d.width} ${d.height}`} style={{ margin: `${INSET_PAD}px` }} role="img" aria-hidden="true">
        <rect width={d.width} height={d.height} fill={c.sea} />
        <path d={d.foreign} fill={c.foreign} stroke={c.foreignLine} strokeWidth={0.5} />
        <path d={d.china} fill={c.china} stroke={c.chinaLine} strokeWidth={0.5} />
        <path d={d.dashes} fill="none" stroke={c.dash} strokeWidth={1.6} strokeLinecap="round" data-testid="nanhai-inset-dashes" />
        {d.islands.map(([x, y], i) => (
          <circle key={i} cx={x} cy={y} r={0.9} fill={c.island} />
        ))}
        <g data-testid="nanhai-inset-scale">
          <rect x={sx - 3} y={sy - 13} width={d.scale.px + 6} height={17} fill="rgba(255,255,255,0.85)" />
          <path d={`M${sx} ${sy - 4}L${sx} ${sy}L${sx + d.scale.px} ${sy}L${sx + d.scale.px} ${sy - 4}`} fill="none" stroke="#222" strokeWidth={1.2} />
          <text x={sx + 2} y={sy - 4} fontSize={9} fill="#222">{d.scale.label}</text>
        </g>
      </svg>
    </figure>
  );
}
