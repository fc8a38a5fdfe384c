/** The analysis drawing toolbar (modes, undo, redo, delete, clear) and the live read-out of the drawing. */
import { useEffect, useMemo } from 'react';
import { measure, regionReadout } from '../domain/analysis';
import { DRAW_MODES, type DrawMode, type Drawing } from '../map/drawModes';
import type { Lang } from '../state/atlasState';
import { t, type StringKey } from './i18n';
import { setUi, useUiPick } from './store';

const MODE_KEY: Record<(typeof DRAW_MODES)[number], StringKey> = {
  polygon: 'drawPolygon',
  rectangle: 'drawRectangle',
  circle: 'drawCircle',
  freehand: 'drawFreehand',
  linestring: 'drawLine',
  select: 'drawSelect',
};

/** A number for the read-out, at most `d` decimals, in the browser's locale. */
export const fmt = (x: number, d = 1) => x.toLocaleString(undefined, { maximumFractionDigits: d });

/** @param onClearAll the drawing and any picked region are gone */
export function DrawTools({ drawing, lang, onClearAll }: { drawing: Drawing; lang: Lang; onClearAll: () => void }) {
  const { ctl, drawMode: mode } = useUiPick('ctl', 'drawMode');
  const chooseMode = (m: DrawMode) => {
    setUi({ drawMode: m });
    ctl?.setDrawMode(m);
    // a new drawing replaces a picked region
    if (m !== 'static' && m !== 'select' && m !== 'linestring') setUi({ picked: null });
  };
  useEffect(() => {
    if (mode === 'static' || !ctl) return;
    // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) while a tool is active, as the on-map hint says; not in form fields
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target instanceof HTMLElement && e.target.closest('input, textarea, select'))) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) ctl.undoDrawing();
      else if ((k === 'z' && e.shiftKey) || k === 'y') ctl.redoDrawing();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, ctl]);
  const live = useMemo(() => (drawing.region ? regionReadout(drawing.region) : null), [drawing.region]);
  const lineKm = drawing.line ? measure(drawing.line).lengthKm : null;
  return (
    <>
      <div className="draw-tools" role="toolbar" aria-label={t('drawTools', lang)}>
        {DRAW_MODES.map((m) => (
          <button key={m} aria-pressed={mode === m} onClick={() => chooseMode(mode === m ? 'static' : m)} data-mode={m}>
            {t(MODE_KEY[m], lang)}
          </button>
        ))}
        <button onClick={() => ctl?.undoDrawing()}>{t('undo', lang)}</button>
        <button onClick={() => ctl?.redoDrawing()}>{t('redo', lang)}</button>
        <button onClick={() => ctl?.deleteSelectedDrawing()}>{t('delete', lang)}</button>
        <button
          onClick={() => {
            ctl?.clearDrawing();
            setUi({ picked: null });
            onClearAll();
          }}
        >
          {t('clearAll', lang)}
        </button>
      </div>
      <dl className="readout" data-testid="readout">
        {live ? (
          <>
            <dt>{t('areaKm2', lang)}</dt>
            <dd>{fmt(live.areaKm2)} km²</dd>
            <dt>{t('perimeterKm', lang)}</dt>
            <dd>{fmt(live.perimeterKm)} km</dd>
            {live.crossesAt ? (
              <dd className="warning" role="status" data-testid="readout-crosses">
                {t('outlineCrosses', lang)}
              </dd>
            ) : null}
          </>
        ) : null}
        {drawing.radiusKm !== null ? (
          <>
            <dt>{t('radiusKm', lang)}</dt>
            <dd>{fmt(drawing.radiusKm)} km</dd>
          </>
        ) : null}
        {lineKm !== null ? (
          <>
            <dt>{t('lineKm', lang)}</dt>
            <dd data-testid="line-km">{fmt(lineKm, 2)} km</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
