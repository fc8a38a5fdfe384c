/**
 * What the map area shows until its first full drawing: the data files' progress (files and MB),
 * then "drawing the map" until MapLibre is idle. It lies over the map without catching the
 * pointer, so the panels and the map stay usable.
 */
import { t } from './i18n';
import { useUiPick } from './store';

export function MapLoading() {
  const { lang, load, loadProgress, mapDrawn } = useUiPick('lang', 'load', 'loadProgress', 'mapDrawn');
  if (mapDrawn || load.state === 'error') return null;
  const p = loadProgress;
  const fraction = load.state === 'ready' ? 1 : p ? p.files / p.total : 0;
  const text = load.state === 'ready' || !p ? (load.state === 'ready' ? t('drawingMap', lang) : t('loading', lang)) : t('loadingData', lang, { files: p.files, total: p.total, mb: (p.bytes / 1e6).toFixed(1) });
  return (
    <div className="map-loading" role="status" aria-live="polite" data-testid="map-loading">
      <span>{text}</span>
      <progress max={1} value={load.state === 'ready' ? undefined : fraction} aria-label={text} />
    </div>
  );
}
