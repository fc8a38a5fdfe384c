/**
 * The attribute table of one layer (plan, special-area or imported): sortable by any column,
 * filtered by text, a row click flies to the feature and selects it; downloads the layer as
 * GeoJSON or CSV with its citations. Loaded lazily (React.lazy in MapArea): most sessions never
 * open it.
 */
import { useMemo, useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { areaTable, catalogTable, filterSort, tableCsv, tableGeoJSON, userTable, type LayerTable, type TableRow } from '../domain/layerTable';
import type { Lang } from '../domain/model';
import type { LayerFeatures } from '../map/featureViews';
import { download } from './download';
import { t } from './i18n';
import { selectPicked } from './navigation';
import { getUi, setUi } from './store';

/** Rows drawn at once: a table of 666 counties stays quick; the downloads hold every row. */
const MAX_ROWS = 500;

function tableOf(l: LayerFeatures, data: AtlasData, lang: Lang): LayerTable {
  if (l.user) return userTable(l.def.id, l.user.features);
  if (l.def.source.type === 'catalog') return catalogTable(l.records, data, lang);
  return areaTable(l.areas, data, lang);
}

/** Fly to a row's feature and select it (a plan record or special-area county; an imported feature by its index). */
function goTo(l: LayerFeatures, row: TableRow, index: number): void {
  getUi().ctl?.flyToBounds(row.bbox);
  const record = l.records.find((r) => r.properties.id === row.id);
  if (record) return selectPicked({ kind: 'record', record });
  const area = l.areas.find((a) => `${a.properties.areaId}:${a.properties.adcode}` === row.id);
  if (area) return selectPicked({ kind: 'area', feature: area });
  const f = l.user?.features[index];
  if (l.user && f) selectPicked({ kind: 'user', layerId: l.def.id, index, feature: f, layerTitle: l.user.layer.title, name: String(f.properties.name ?? `#${index + 1}`) });
}

export default function AttributeTable({ layer, data, lang }: { layer: LayerFeatures; data: AtlasData; lang: Lang }) {
  const table = useMemo(() => tableOf(layer, data, lang), [layer, data, lang]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null);
  const rows = useMemo(() => filterSort(table, query, sort, lang), [table, query, sort, lang]);
  const index = useMemo(() => new Map(table.rows.map((r, i) => [r.id, i])), [table]);
  const title = layer.def.title[lang];
  const file = layer.def.id.replace(/[^\w-]+/g, '_');
  return (
    <section
      className="panel attribute-table"
      aria-label={t('openTable', lang, { layer: title })}
      data-testid="attribute-table"
      onKeyDown={(e) => {
        // Esc inside the table closes it (not the details behind it) and gives the focus back to its ▤ button
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setUi({ table: null });
        document.querySelector<HTMLElement>(`[data-testid="table-${CSS.escape(layer.def.id)}"]`)?.focus();
      }}
    >
      <header>
        <h2>
          {t('attributeTable', lang)}: {title}
        </h2>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('tableFilter', lang)} aria-label={t('tableFilter', lang)} data-testid="table-filter" autoFocus />
        <span className="muted" data-testid="table-count">
          {t('tableRows', lang, { shown: rows.length, total: table.rows.length })}
        </span>
        <button onClick={() => download(new Blob([JSON.stringify(tableGeoJSON(table, layer.user ? layer.user.layer.title : t('tableSource', lang, { title: data.plan.title })))], { type: 'application/geo+json' }), `${file}.geojson`)} data-testid="download-geojson">
          {t('downloadGeoJSON', lang)}
        </button>
        <button onClick={() => download(new Blob([tableCsv(table, lang)], { type: 'text/csv;charset=utf-8' }), `${file}.csv`)} data-testid="download-csv">
          {t('downloadCSV', lang)}
        </button>
        <button className="close" onClick={() => setUi({ table: null })} aria-label={t('close', lang)}>
          ×
        </button>
      </header>
      <p className="muted">
        {t('tableRowHint', lang)}
        {rows.length > MAX_ROWS ? ` ${t('tableMore', lang, { n: MAX_ROWS })}` : ''}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <button className="linklike" onClick={() => setSort(sort?.key === c.key ? { key: c.key, dir: sort.dir === 1 ? -1 : 1 } : { key: c.key, dir: 1 })} aria-label={t('tableSortBy', lang, { column: c.title[lang] })}>
                    {c.title[lang]}
                    {sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map((r) => (
              <tr key={r.id} onClick={() => goTo(layer, r, index.get(r.id) ?? -1)} data-row={r.id}>
                {table.columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} title={typeof r.cells[c.key] === 'string' ? String(r.cells[c.key]) : undefined}>
                    {r.cells[c.key] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
