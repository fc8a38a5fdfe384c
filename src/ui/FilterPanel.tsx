/** Filters by category, plan action, province and special area, with removable chips. */
import type { AtlasData } from '../domain/atlasData';
import { FACETS, facetValues, isEmpty, type Facet, type Filters } from '../domain/filters';
import { CATEGORY_TITLES, type LayerCategory } from '../domain/layers/registry';
import type { Lang } from '../state/atlasState';
import { t, type StringKey } from './i18n';

interface Props {
  data: AtlasData;
  filters: Filters;
  lang: Lang;
  onToggle: (facet: Facet, value: string) => void;
  onClear: () => void;
}

const FACET_TITLE: Record<Facet, StringKey> = { categories: 'category', actions: 'action', provinces: 'province', areas: 'area' };

/** Display label of a facet value (also printed under a PNG's title, ./pictureExport.ts). */
export function label(data: AtlasData, facet: Facet, value: string, lang: Lang): string {
  if (facet === 'categories') return CATEGORY_TITLES[value as LayerCategory]?.[lang] ?? value;
  if (facet === 'areas') return data.areas.find((a) => a.id === value)?.name[lang] ?? value;
  return value;
}

export function FilterPanel({ data, filters, lang, onToggle, onClear }: Props) {
  const recs = data.catalog.features;
  const options: Record<Facet, { value: string; count?: number }[]> = {
    categories: facetValues(recs, 'categories'),
    actions: facetValues(recs, 'actions'),
    provinces: facetValues(recs, 'provinces'),
    areas: data.areas.map((a) => ({ value: a.id })),
  };
  return (
    <section className="panel filter-panel" aria-labelledby="filters-h">
      <h2 id="filters-h">{t('filters', lang)}</h2>
      {isEmpty(filters) ? null : (
        <div className="chips" aria-label={t('activeFilters', lang)}>
          {FACETS.flatMap((f) =>
            filters[f].map((v) => (
              <button key={`${f}:${v}`} className="chip" onClick={() => onToggle(f, v)} aria-label={`${t('remove', lang)} ${label(data, f, v, lang)}`}>
                {label(data, f, v, lang)} ×
              </button>
            )),
          )}
          <button className="linklike" onClick={onClear} data-testid="clear-filters">
            {t('clearAll', lang)}
          </button>
        </div>
      )}
      {FACETS.map((f) => (
        <details key={f} open={filters[f].length > 0}>
          <summary>
            {t(FACET_TITLE[f], lang)}
            {filters[f].length ? ` (${filters[f].length})` : ''}
          </summary>
          <div className="facet-values">
            {options[f].map((o) => (
              <label key={o.value}>
                <input type="checkbox" checked={filters[f].includes(o.value)} onChange={() => onToggle(f, o.value)} data-facet={f} data-value={o.value} />
                <span>{label(data, f, o.value, lang)}</span>
                {o.count !== undefined ? <span className="count">{o.count}</span> : null}
              </label>
            ))}
          </div>
        </details>
      ))}
    </section>
  );
}
