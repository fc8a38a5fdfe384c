/** Filters by category, plan action, province and special area, with removable chips. */
import type { AtlasData } from '../domain/atlasData';
import { FACETS, isEmpty, povertyGroup, type Facet, type Filters } from '../domain/filters';
import { areaFacetCounts, facetCounts, povertyFacetCounts, matchBounds, matchingLayerKeys, matchingRecords } from '../domain/facetCounts';
import { planActionIn } from '../domain/planActions';
import { DESIGNATION_LABEL, type Designation } from '../domain/poverty';
import { CATEGORY_TITLES, layerForCatalog, type LayerCategory } from '../domain/layers/registry';
import type { Lang } from '../state/atlasState';
import { t, type StringKey } from './i18n';

interface Props {
  data: AtlasData;
  filters: Filters;
  lang: Lang;
  onToggle: (facet: Facet, value: string) => void;
  onClear: () => void;
  /** turn on the registry layers `ids` (those holding matches) */
  onShowLayers: (ids: string[]) => void;
  /** fit the map to `[west, south, east, north]` in degrees */
  onZoom: (bounds: [number, number, number, number]) => void;
}

const FACET_TITLE: Record<Facet, StringKey> = { categories: 'category', actions: 'action', provinces: 'province', areas: 'area', poverty: 'povertyFacet' };

/** Display label of a facet value (also printed under a PNG's title, ./pictureExport.ts). */
export function label(data: AtlasData, facet: Facet, value: string, lang: Lang): string {
  if (facet === 'categories') return CATEGORY_TITLES[value as LayerCategory]?.[lang] ?? value;
  if (facet === 'areas') return data.areas.find((a) => a.id === value)?.name[lang] ?? value;
  if (facet === 'actions') return planActionIn(value, lang);
  if (facet === 'poverty') {
    if (value in DESIGNATION_LABEL) return DESIGNATION_LABEL[value as Designation][lang];
    return povertyGroup(value) === 'year' ? t('povertyExitYear', lang, { year: value }) : (data.areas.find((a) => a.id === value)?.name[lang] ?? value);
  }
  if (facet === 'provinces' && lang === 'en') return data.counties.features.find((c) => c.properties.provName === value)?.properties.provNameEn ?? value;
  return value;
}

/** Facet filters; each value's count is taken with the other facets applied (src/domain/facetCounts.ts). */
export function FilterPanel({ data, filters, lang, onToggle, onClear, onShowLayers, onZoom }: Props) {
  const recs = data.catalog.features;
  const options: Record<Facet, { value: string; count?: number }[]> = {
    categories: facetCounts(recs, filters, 'categories'),
    actions: facetCounts(recs, filters, 'actions'),
    provinces: facetCounts(recs, filters, 'provinces'),
    areas: areaFacetCounts(recs, filters, data.areas.map((a) => a.id)),
    poverty: povertyFacetCounts(data.poverty.counties, filters),
  };
  const matches = isEmpty(filters) ? 0 : matchingRecords(recs, filters).length;
  const showLayers = () => onShowLayers(matchingLayerKeys(recs, filters).flatMap((k) => layerForCatalog(k)?.id ?? []));
  const zoom = () => {
    const b = matchBounds(recs, filters);
    if (b) onZoom(b);
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
          <div className="filter-matches">
            <span data-testid="filter-matches">{t('matchesN', lang, { n: matches })}</span>
            <button onClick={showLayers} disabled={!matches} data-testid="show-matching-layers">{t('showMatchingLayers', lang)}</button>
            <button onClick={zoom} disabled={!matches} data-testid="zoom-to-matches">{t('zoomToMatches', lang)}</button>
          </div>
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
