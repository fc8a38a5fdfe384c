/** The header's export actions: the map as a PNG with title, legend and attribution, and the page link. */
import { ATTRIBUTION } from '../map/MapController';
import { PICTURE_SIZES, type PictureSize } from '../map/exportPicture';
import type { LayerFeatures } from '../map/featureViews';
import { legendModel, legendPictureRows } from '../map/legend';
import { FACETS } from '../domain/filters';
import { download } from './download';
import { label } from './FilterPanel';
import { t } from './i18n';
import { notifyBriefly } from './Notices';
import { getUi, setUi } from './store';
import { timeLegendRows } from './TimeSlider';

/** The presenter's picture choices: the size and the title (empty: the atlas title). */
export interface PictureChoice {
  size: PictureSize;
  title: string;
}

/**
 * Save the map as `plan-atlas-<date>@<pixelRatio>x.png` (`-1920x1080` etc. for a chosen size), with
 * the legend of the visible `layers` (as filtered now) and the active filters under the title;
 * the time slider's year (when there is one) adds its own line. The map is drawn anew at the
 * chosen size and ratio (see MapController.exportPicture). A failure becomes a notice.
 */
export async function exportPng(layers: LayerFeatures[], pixelRatio: number, choice: PictureChoice = { size: 'screen', title: '' }): Promise<void> {
  const { ctl, visible, lang, filters, load, year } = getUi();
  if (!ctl) return;
  const title = choice.title.trim() || t('title', lang);
  const frame = PICTURE_SIZES[choice.size];
  // the printed title, kept on the page for the browser tests
  document.body.dataset.exportTitle = title;
  // the screen legend's rows (src/map/legend.ts), and in a year of the slider its states; kept on the page for the browser tests
  const legend = [...legendPictureRows(legendModel(layers, visible, lang, t('otherValues', lang))), ...(year === null ? [] : timeLegendRows(layers, visible, lang, year))];
  document.body.dataset.exportLegend = JSON.stringify(legend.map((r) => r.label));
  const active = load.state === 'ready' ? FACETS.flatMap((f) => filters[f].map((v) => label(load.data, f, v, lang))) : [];
  const notes = active.length ? [t('pictureFiltered', lang, { list: active.join(lang === 'zh' ? '、' : ', ') })] : [];
  const date = new Date().toISOString().slice(0, 10);
  try {
    // the slider's year is a line of its own under the title (the picture shows that year's state)
    const blob = await ctl.exportPicture({ title, subtitle: t('subtitle', lang), notes, ...(year === null ? {} : { year: t('timePngCaption', lang, { year }) }), legend, attribution: ATTRIBUTION, date, pixelRatio, north: t('north', lang), insetTitle: t('nanhaiInset', lang) }, frame);
    download(blob, `plan-atlas-${date}${frame ? `-${frame.width}x${frame.height}` : ''}${year === null ? '' : `-y${year}`}@${pixelRatio}x.png`);
  } catch (e) {
    setUi({ notice: t('pictureFailed', getUi().lang, { error: (e as Error).message }) });
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
