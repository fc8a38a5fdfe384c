/** Present mode: editing chrome hidden, the view's title and note as a large caption, arrows to step. */
import { useEffect } from 'react';
import type { Lang } from '../state/atlasState';
import type { SavedView } from '../state/views';
import { t } from './i18n';

interface Props {
  views: SavedView[];
  index: number;
  lang: Lang;
  onStep: (index: number) => void;
  onExit: () => void;
}

export function PresentMode({ views, index, lang, onStep, onExit }: Props) {
  const v = views[index];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') onStep(Math.min(views.length - 1, index + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') onStep(Math.max(0, index - 1));
      else if (e.key === 'Escape') onExit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, views.length, onStep, onExit]);
  if (!v) return null;
  return (
    <div className="present-caption" role="region" aria-label={t('present', lang)} data-testid="present-caption">
      <button className="step" onClick={() => onStep(Math.max(0, index - 1))} disabled={index === 0} aria-label={t('previous', lang)}>
        ‹
      </button>
      <div className="caption-text">
        <h2>{v.title}</h2>
        {v.note ? <p>{v.note}</p> : null}
        <span className="muted">
          {index + 1} / {views.length}
        </span>
      </div>
      <button className="step" onClick={() => onStep(Math.min(views.length - 1, index + 1))} disabled={index === views.length - 1} aria-label={t('next', lang)}>
        ›
      </button>
      <button className="exit" onClick={onExit} aria-label={t('exitPresent', lang)}>
        {t('exitPresent', lang)} (Esc)
      </button>
    </div>
  );
}
