/** Hover tooltip: the name of what is under the pointer. */
import type { Picked } from '../map/MapController';
import type { Lang } from '../state/atlasState';

export function tooltipText(p: Picked, lang: Lang): string {
  switch (p.kind) {
    case 'record':
      return lang === 'zh' ? p.record.properties.name_zh : p.record.properties.name_en;
    case 'area':
      return `${p.feature.properties.countyName} · ${p.feature.properties.areaName[lang]}`;
    case 'county':
      return `${p.county.name} · ${p.county.prefName}`;
  }
}

export function Tooltip({ picked, x, y, lang }: { picked: Picked | null; x: number; y: number; lang: Lang }) {
  if (!picked) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: x + 12, top: y + 12 }}>
      {tooltipText(picked, lang)}
    </div>
  );
}
