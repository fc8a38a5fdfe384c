/** The page's messages: the current notice, a conflict with another tab, memory-only storage, and data loading. */
import { t } from './i18n';
import { MapLoading } from './MapLoading';
import { setUi, useUiPick } from './store';
import { useWork } from './workContext';

export function Notices() {
  const { lang, notice, load } = useUiPick('lang', 'notice', 'load');
  const { kept } = useWork();
  return (
    <>
      {notice ? (
        <div className="notice" role="status" data-testid="notice">
          {notice}
          <button onClick={() => setUi({ notice: null })}>{t('dismiss', lang)}</button>
        </div>
      ) : null}
      {kept.conflict ? (
        <div className="notice conflict" role="alert" data-testid="conflict">
          {kept.conflict.message[lang]}
          <button onClick={() => kept.resolve('theirs')}>{t('keepTheirs', lang)}</button>
          <button onClick={() => kept.resolve('mine')}>{t('overwriteMine', lang)}</button>
        </div>
      ) : null}
      {kept.status === 'memory' ? (
        <div className="notice" role="status">
          {t('storageMemory', lang)}
        </div>
      ) : null}
      {load.state === 'loading' ? (
        <div className="status">
          <MapLoading />
        </div>
      ) : null}
      {load.state === 'error' ? (
        <div className="status error" role="alert">
          <strong>{t('loadFailed', lang)}</strong>
          <p>{load.message[lang]}</p>
        </div>
      ) : null}
    </>
  );
}
