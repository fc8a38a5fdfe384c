/** What the last import found: the outcome, its messages, the fixes offered, and sheet or column choices for a re-run. */
import { useState } from 'react';
import type { ImportFix, ImportOptions } from '../domain/import/types';
import type { Lang } from '../state/atlasState';
import type { LastImport } from './importChoices';
import { t } from './i18n';

/** @param onRerun import the same file again with these options (a fix accepted, a sheet or columns chosen) */
export function ImportResult({ last, lang, onRerun }: { last: LastImport; lang: Lang; onRerun: (o: ImportOptions) => void }) {
  const o = last.outcome!;
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const sheets = (o.ok ? o.data.sheets : o.sheets) ?? [];
  const withFix = (fix: ImportFix) => onRerun({ ...last.options, fixes: [...new Set([...(last.options.fixes ?? []), fix])] });
  return (
    <div className={`import-result ${o.ok ? 'ok' : 'refused'}`} role={o.ok ? 'status' : 'alert'} data-testid="import-result">
      <p>
        <strong>{last.file.name}</strong>:{' '}
        {o.ok
          ? `${t('imported', lang)} ${o.data.features.length.toLocaleString('en')} ${t(o.data.features.length === 1 ? 'featureWord' : 'featuresWord', lang)} (${(o.ms / 1000).toFixed(1)} s)`
          : t('notImported', lang)}
      </p>
      <ul className="issues">
        {o.issues.map((i, k) => (
          <li key={k} className={i.severity} data-testid="import-message" data-code={i.code}>
            {i.message[lang]}
          </li>
        ))}
      </ul>
      {o.offers.map((f) => (
        <button key={f.fix} onClick={() => withFix(f.fix)} data-testid={`offer-${f.fix}`}>
          {f.message[lang]}
        </button>
      ))}
      {sheets.length > 1 ? (
        <label className="columns">
          {t('sheet', lang)}{' '}
          <select value={last.options.sheet ?? (o.ok ? o.data.sheet : '') ?? ''} onChange={(e) => onRerun({ ...last.options, sheet: e.target.value })} data-testid="sheet">
            {sheets.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      ) : null}
      {!o.ok && o.columns ? (
        <div className="columns">
          {t('chooseColumns', lang)}{' '}
          <select value={lon} onChange={(e) => setLon(e.target.value)} aria-label={t('lonColumn', lang)} data-testid="lon-column">
            <option value="">{t('lonColumn', lang)}</option>
            {o.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          <select value={lat} onChange={(e) => setLat(e.target.value)} aria-label={t('latColumn', lang)} data-testid="lat-column">
            <option value="">{t('latColumn', lang)}</option>
            {o.columns.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          <button disabled={!lon || !lat || lon === lat} onClick={() => onRerun({ ...last.options, lonColumn: lon, latColumn: lat })} data-testid="use-columns">
            OK
          </button>
        </div>
      ) : null}
    </div>
  );
}
