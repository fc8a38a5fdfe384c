/** Hover tooltip (the name of what is under the pointer) and the list shown when a click hits several features. */
import { useEffect, useRef } from 'react';
import type { Picked } from '../domain/model';
import type { Lang } from '../state/atlasState';
import { t } from './i18n';
import { countyNameIn, prefectureNameIn } from '../domain/placeNames';

/** The tooltip's text for `p` in `lang`: a name and what it belongs to (a county's prefecture, an area's county). */
export function tooltipText(p: Picked, lang: Lang): string {
  switch (p.kind) {
    case 'record':
      return lang === 'zh' ? p.record.properties.name_zh : p.record.properties.name_en;
    case 'area': {
      const county = countyNameIn({ name: p.feature.properties.countyName, nameEn: p.feature.properties.countyNameEn }, lang);
      return `${county.text} · ${p.feature.properties.areaName[lang]}${county.transliterated ? t('translitNote', lang) : ''}`;
    }
    case 'county': {
      // in English the data build's transliterations, marked as such (../domain/placeNames.ts)
      const county = countyNameIn(p.county, lang);
      const pref = prefectureNameIn(p.county, lang);
      return `${county.text} · ${pref.text}${county.transliterated || pref.transliterated ? t('translitNote', lang) : ''}`;
    }
    case 'user':
      return `${p.name} · ${p.layerTitle}`;
  }
}

/** @param more other features lie under the pointer too: the tooltip says a click lists them */
export function Tooltip({ picked, x, y, lang, more = false }: { picked: Picked | null; x: number; y: number; lang: Lang; more?: boolean }) {
  if (!picked) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: x + 12, top: y + 12 }}>
      {tooltipText(picked, lang)}
      {more ? <span className="tooltip-more" data-testid="tooltip-more">{t('hoverMore', lang)}</span> : null}
    </div>
  );
}

/** Several features under one click: list them to choose from (arrow keys/Tab, Enter, Escape). */
export function PickList({ items, x, y, lang, onChoose, onClose }: { items: Picked[]; x: number; y: number; lang: Lang; onChoose: (p: Picked) => void; onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="picklist" role="menu" style={{ left: x + 8, top: y + 8 }} data-testid="picklist">
      {items.map((p, i) => (
        <button key={i} role="menuitem" ref={i === 0 ? first : undefined} onClick={() => onChoose(p)}>
          {tooltipText(p, lang)}
        </button>
      ))}
    </div>
  );
}
