/**
 * The page's messages: the current notice, a conflict with another tab, memory-only storage, and
 * data loading. Notices lie over the page (they never push the layout down); a notice written
 * with {@link notifyBriefly} fades and closes itself, every other one (errors) stays until closed.
 */
import { t } from './i18n';
import { MapLoading } from './MapLoading';
import { getUi, setUi, useUiPick } from './store';
import { useWork } from './workContext';

/** How long a passing notice stays, ms (the CSS animation `notice-fade` runs as long). */
export const NOTICE_FADE_MS = 4000;

/** The text of the notice that fades by itself (kept apart so an error written over it stays). */
let fading: string | null = null;

/** Show `text` as a passing notice ("link copied"): it fades out after {@link NOTICE_FADE_MS}. */
export function notifyBriefly(text: string): void {
  fading = text;
  setUi({ notice: text });
}

const close = () => {
  fading = null;
  setUi({ notice: null });
};

export function Notices() {
  const { lang, notice, load } = useUiPick('lang', 'notice', 'load');
  const { kept } = useWork();
  const passing = notice !== null && notice === fading;
  return (
    <>
      <div className="notices">
        {notice ? (
          <div
            key={notice}
            className={`notice${passing ? ' passing' : ''}`}
            role="status"
            data-testid="notice"
            style={passing ? { animationDuration: `${NOTICE_FADE_MS}ms` } : undefined}
            onAnimationEnd={() => {
              if (getUi().notice === notice) close();
            }}
          >
            {notice}
            <button onClick={close}>{t('dismiss', lang)}</button>
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
      </div>
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
