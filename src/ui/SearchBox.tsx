/** One search box for places, projects, rivers and special areas; arrow keys and Enter choose. */
import { useId, useMemo, useState } from 'react';
import { search, type SearchIndex, type SearchKind, type SearchResult } from '../domain/search';
import type { Lang } from '../state/atlasState';
import { t, type StringKey } from './i18n';

const KIND_KEY: Record<SearchKind, StringKey> = {
  province: 'kindProvince',
  prefecture: 'kindPrefecture',
  county: 'kindCounty',
  project: 'kindProject',
  river: 'kindRiver',
  area: 'kindArea',
  user: 'importedLayer',
};

export function SearchBox({ index, lang, onChoose }: { index: SearchIndex | null; lang: Lang; onChoose: (r: SearchResult) => void }) {
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const results = useMemo(() => (index && q.trim() ? search(index, q, 10) : []), [index, q]);
  const choose = (r: SearchResult | undefined) => {
    if (!r) return;
    onChoose(r);
    setOpen(false);
    setQ(lang === 'zh' ? r.name_zh : (r.name_en ?? r.name_zh));
  };
  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search', lang)}
        aria-expanded={open && results.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={results[active] ? `${id}-${active}` : undefined}
        placeholder={index ? t('searchPlaceholder', lang) : t('loading', lang)}
        disabled={!index}
        value={q}
        data-testid="search"
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(results.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') choose(results[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && q.trim() ? (
        <ul id={`${id}-list`} role="listbox" className="search-results" data-testid="search-results">
          {results.length === 0 ? <li className="muted">{t('noResults', lang)}</li> : null}
          {results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="r-name">{lang === 'zh' ? r.label : (r.name_en ?? r.label)}</span>
              <span className="r-kind">{t(KIND_KEY[r.kind], lang)}</span>
              <span className="r-prov">{lang === 'zh' ? r.province : r.province_en || r.province}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
