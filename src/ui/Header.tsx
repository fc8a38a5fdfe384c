/** The page header: title, search, PNG export, link copy, saving state and the language switch. */
import type { SearchIndex } from '../domain/search';
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
  return (
    <header>
      <h1>{t('title', lang)}</h1>
      <span className="subtitle">{t('subtitle', lang)}</span>
      <SearchBox index={index} lang={lang} onChoose={nav.search} />
      <button onClick={() => void exportPng(layers, 1)} disabled={!data} data-testid="export-png-1">
        {t('exportPng', lang)} 1×
      </button>
      <button onClick={() => void exportPng(layers, 2)} disabled={!data} data-testid="export-png-2">
        2×
      </button>
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
