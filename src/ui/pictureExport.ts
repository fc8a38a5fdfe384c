/** The header's export actions: the map as a PNG with title, legend and attribution, and the page link. */
import { ATTRIBUTION } from '../map/MapController';
import type { LayerFeatures } from '../map/featureViews';
import { legendModel, legendPictureRows } from '../map/legend';
import { FACETS } from '../domain/filters';
import { download } from './download';
import { label } from './FilterPanel';
import { t } from './i18n';
import { notifyBriefly } from './Notices';
import { getUi, setUi } from './store';
import { timeLegendRows } from './TimeSlider';

/**
 * Save the map as `plan-atlas-<date>@<pixelRatio>x.png`, with the legend of the visible `layers`
 * (as filtered now) and the active filters under the title; `year` (the time slider's, when there is
 * one) adds its own line. A failure becomes a notice.
 */
export async function exportPng(layers: LayerFeatures[], pixelRatio: number): Promise<void> {
  const { ctl, visible, lang, filters, load, year } = getUi();
  if (!ctl) return;
  // the screen legend's rows (src/map/legend.ts), and in a year of the slider its states; kept on the page for the browser tests
  const legend = [...legendPictureRows(legendModel(layers, visible, lang, t('otherValues', lang))), ...(year === null ? [] : timeLegendRows(layers, visible, lang, year))];
  document.body.dataset.exportLegend = JSON.stringify(legend.map((r) => r.label));
  const active = load.state === 'ready' ? FACETS.flatMap((f) => filters[f].map((v) => label(load.data, f, v, lang))) : [];
  const notes = active.length ? [t('pictureFiltered', lang, { list: active.join(lang === 'zh' ? '、' : ', ') })] : [];
  const date = new Date().toISOString().slice(0, 10);
  try {
    // the slider's year is a line of its own under the title (the picture shows that year's state)
    const blob = await ctl.exportPicture({ title: t('title', lang), subtitle: t('subtitle', lang), notes, ...(year === null ? {} : { year: t('timePngCaption', lang, { year }) }), legend, attribution: ATTRIBUTION, date, pixelRatio, north: t('north', lang) });
    download(blob, `plan-atlas-${date}${year === null ? '' : `-y${year}`}@${pixelRatio}x.png`);
  } catch (e) {
    setUi({ notice: t('pngFailed', getUi().lang, { error: (e as Error).message }) });
  }
}

/** Copy the page's link (which mirrors the map); where the clipboard is refused, show the link. */
export function copyLink(): void {
  const { lang, shareRegion: r } = getUi();
  // say what the link holds of an analysis region that did not fit whole (src/state/regionLink.ts)
  const fit = r?.fit === 'simplified' ? ` ${t('linkRegionSimplified', lang, { m: r.toleranceM })}` : r?.fit === 'too-large' ? ` ${t('linkRegionTooLarge', lang, { n: r.chars })}` : '';
  void navigator.clipboard?.writeText(window.location.href).then(
    () => notifyBriefly(t('linkCopied', lang) + fit),
    () => setUi({ notice: window.location.href }),
  );
}
