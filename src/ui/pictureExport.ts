/** The header's export actions: the map as a PNG with title, legend and attribution, and the page link. */
import { ATTRIBUTION } from '../map/MapController';
import type { LayerFeatures } from '../map/featureViews';
import { legendModel, legendPictureRows } from '../map/legend';
import { download } from './download';
import { t } from './i18n';
import { getUi, setUi } from './store';
import { timeLegendRows } from './TimeSlider';

/**
 * Save the map as `plan-atlas-<date>@<pixelRatio>x.png`, with the legend of the visible `layers`
 * (as filtered now). A failure becomes a notice.
 */
export async function exportPng(layers: LayerFeatures[], pixelRatio: number): Promise<void> {
  const { ctl, visible, lang, year } = getUi();
  if (!ctl) return;
  // the slider's year goes under the title, before the plan's name (the picture shows that year's state)
  const subtitle = year === null ? t('subtitle', lang) : `${t('timePngCaption', lang, { year })} · ${t('subtitle', lang)}`;
  const legend = [...legendPictureRows(legendModel(layers, visible, lang, t('otherValues', lang))), ...(year === null ? [] : timeLegendRows(layers, visible, lang, year))];
  const date = new Date().toISOString().slice(0, 10);
  try {
    const blob = await ctl.exportPicture({ title: t('title', lang), subtitle, legend, attribution: ATTRIBUTION, date, pixelRatio, north: t('north', lang) });
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
    () => setUi({ notice: t('linkCopied', lang) + fit }),
    () => setUi({ notice: window.location.href }),
  );
}
