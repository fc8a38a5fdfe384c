/** The page header: title, search, PNG export, link copy, saving state and the language switch. */
import type { SearchIndex } from '../domain/search';
import { useState } from 'react';
import { PICTURE_SIZES, type PictureSize } from '../map/exportPicture';
import type { LayerFeatures } from '../map/featureViews';
import { t } from './i18n';
import { useNavigation } from './navigation';
import { copyLink, exportPng } from './pictureExport';
import { SearchBox } from './SearchBox';
import { useData, useUiPick } from './store';

export function Header({ layers, index, saving }: { layers: LayerFeatures[]; index: SearchIndex | null; saving: boolean }) {
  const { lang, dispatch } = useUiPick('lang', 'dispatch');
  const data = useData();
  const nav = useNavigation();
  const [size, setSize] = useState<PictureSize>('screen');
  // null: not edited, the atlas title in the current language
  const [title, setTitle] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const exportAt = (ratio: number) => {
    const f = PICTURE_SIZES[size];
    setBusy(t('pictureRendering', lang, { size: f ? `${f.width}×${f.height}` : `${ratio}×` }));
    void exportPng(layers, ratio, { size, title: title ?? '' }).finally(() => setBusy(null));
  };
  return (
    <header>
      <h1>{t('title', lang)}</h1>
      <span className="subtitle">{t('subtitle', lang)}</span>
      <SearchBox index={index} lang={lang} onChoose={nav.search} />
      {/* folded, so the header keeps its one line */}
      <details className="picture-options" data-testid="picture-options">
        <summary>{t('pictureOptions', lang)}</summary>
        <div>
          <label>
            {t('pictureTitle', lang)}
            <input data-testid="picture-title" value={title ?? t('title', lang)} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            {t('pictureSize', lang)}
            <select data-testid="picture-size" value={size} onChange={(e) => setSize(e.target.value as PictureSize)}>
              <option value="screen">{t('pictureSizeScreen', lang)}</option>
              <option value="hd">{t('pictureSizeHd', lang)}</option>
              <option value="a4">{t('pictureSizeA4', lang)}</option>
            </select>
          </label>
        </div>
      </details>
      <button onClick={() => exportAt(1)} disabled={!data || busy !== null} data-testid="export-png-1">
        {t('exportPng', lang)} 1×
      </button>
      <button onClick={() => exportAt(2)} disabled={!data || busy !== null} data-testid="export-png-2">
        2×
      </button>
      {busy ? (
        <span className="saving" role="status" data-testid="picture-busy">
          {busy}
        </span>
      ) : null}
      <button onClick={copyLink}>{t('copyLink', lang)}</button>
      {saving ? (
        <span className="saving" role="status">
          {t('saving', lang)}
        </span>
      ) : null}
      <button className="lang" onClick={() => dispatch({ type: 'set-lang', lang: lang === 'zh' ? 'en' : 'zh' })}>
        {t('lang', lang)}
      </button>
    </header>
  );
}
