/**
 * "My data": import a file (dialog or drop on the map), read what the check found and accept
 * offered fixes, style and filter imported layers, and keep regions, reports and the project file.
 * Every user value is rendered as React text, never as HTML.
 */
import { useMemo, useRef, useState } from 'react';
import type { ImportFix, ImportOptions, ImportOutcome } from '../domain/import/types';
import { browserDrawBudget } from '../map/drawBudget';
import type { StoredRegion, StoredReport } from '../state/store/records';
import type { UserLayer, UserLayerStyle } from '../domain/model';
import { userStyle } from '../map/userLayers';
import type { Lang } from '../state/atlasState';
import type { ImportProgress } from './useImport';
import { Swatch } from './Swatch';
import { t, type StringKey } from './i18n';

/** The last import: the file, the options it ran with, and what came of it. */
export interface LastImport {
  file: File;
  options: ImportOptions;
  outcome: (ImportOutcome & { ms: number }) | null;
  /** the layer it produced (replaced when a fix is accepted) */
  layerId: string | null;
}

export const ACCEPT = '.geojson,.json,.topojson,.csv,.tsv,.txt,.xlsx,.kml,.kmz,.zip';

const STAGE_KEY: Record<string, StringKey> = { reading: 'stageReading', parsing: 'stageParsing', checking: 'stageChecking', fixing: 'stageFixing' };

/** The datum a file is read in: '' for WGS84 as is, else the conversion to apply. */
export type Datum = ImportFix | '';

const DATUMS: { fix: Datum; label: string }[] = [
  { fix: '', label: 'WGS84 (EPSG:4326)' },
  { fix: 'gcj02-to-wgs84', label: 'GCJ-02 → WGS84' },
  { fix: 'bd09-to-wgs84', label: 'BD-09 → WGS84' },
];

interface Props {
  lang: Lang;
  layers: UserLayer[];
  regions: StoredRegion[];
  reports: StoredReport[];
  progress: ImportProgress;
  last: LastImport | null;
  /** the datum chosen for the next import (also used for files dropped on the map) */
  datum: Datum;
  onDatum: (d: Datum) => void;
  onImport: (file: File, options: ImportOptions) => void;
  onCancel: () => void;
  onStyle: (layer: UserLayer, style: UserLayerStyle) => void;
  onRename: (layer: UserLayer, title: string) => void;
  onDelete: (layer: UserLayer) => void;
  onZoom: (bbox: [number, number, number, number]) => void;
  onUseRegion: (r: StoredRegion) => void;
  onDeleteRegion: (r: StoredRegion) => void;
  onDownloadReport: (r: StoredReport) => void;
  onDeleteReport: (r: StoredReport) => void;
  onExportProject: () => void;
  onImportProject: (file: File) => void;
}

/** Options of a fresh import in `datum`, with this browser's drawing budget (src/map/drawBudget.ts). */
export function importOptions(datum: Datum): ImportOptions {
  return { fixes: datum ? [datum] : [], maxVertices: browserDrawBudget().vertices };
}

export function ImportPanel(p: Props) {
  const { lang } = p;
  const input = useRef<HTMLInputElement>(null);
  const project = useRef<HTMLInputElement>(null);
  const baseOptions = (): ImportOptions => importOptions(p.datum);

  return (
    <div className="import-panel" data-testid="import-panel">
      <div className="import-actions">
        <button onClick={() => input.current?.click()} data-testid="import-button">
          {t('importFile', lang)}
        </button>
        <label>
          {t('datum', lang)}{' '}
          <select value={p.datum} onChange={(e) => p.onDatum(e.target.value as Datum)} data-testid="import-datum">
            {DATUMS.map((d) => (
              <option key={d.fix} value={d.fix}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onImport(f, baseOptions());
            e.target.value = '';
          }}
        />
      </div>
      <p className="muted">{t('importHint', lang)}</p>
      <DrawBudgetNote lang={lang} />
      {p.progress ? (
        <p role="status" data-testid="import-progress">
          {t('importing', lang)} {p.progress.fileName} · {t(STAGE_KEY[p.progress.stage] ?? 'importing', lang)}
          {p.progress.total ? ` ${Math.round(((p.progress.done ?? 0) / p.progress.total) * 100)}%` : ''}{' '}
          <button onClick={p.onCancel}>{t('cancel', lang)}</button>
        </p>
      ) : null}
      {p.last?.outcome ? <ImportResult last={p.last} lang={lang} onRerun={(options) => p.onImport(p.last!.file, options)} /> : null}

      <h3>
        {t('myLayers', lang)} ({p.layers.length})
      </h3>
      {p.layers.length === 0 ? <p className="muted">{t('noUserLayers', lang)}</p> : null}
      {p.layers.map((l) => (
        <UserLayerRow key={l.id} layer={l} lang={lang} onStyle={p.onStyle} onRename={p.onRename} onDelete={p.onDelete} onZoom={p.onZoom} />
      ))}

      <h3>
        {t('savedRegions', lang)} ({p.regions.length})
      </h3>
      {p.regions.length === 0 ? <p className="muted">{t('noRegions', lang)}</p> : null}
      <ul className="plain">
        {p.regions.map((r) => (
          <li key={r.id} data-testid="saved-region">
            <span>{r.title}</span> <button onClick={() => p.onUseRegion(r)}>{t('analyse', lang)}</button>{' '}
            <button onClick={() => p.onDeleteRegion(r)} aria-label={`${t('delete', lang)} ${r.title}`}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <h3>
        {t('savedReports', lang)} ({p.reports.length})
      </h3>
      {p.reports.length === 0 ? <p className="muted">{t('noReports', lang)}</p> : null}
      <ul className="plain">
        {p.reports.map((r) => (
          <li key={r.id} data-testid="saved-report">
            <span>
              {r.title} · {r.report.counties.length} {t('countiesShort', lang)} · {new Date(r.createdAt).toLocaleString()}
            </span>{' '}
            <button onClick={() => p.onDownloadReport(r)}>CSV</button>{' '}
            <button onClick={() => p.onDeleteReport(r)} aria-label={`${t('delete', lang)} ${r.title}`}>
              ×
            </button>
          </li>
        ))}
      </ul>

      <h3>{t('projectFile', lang)}</h3>
      <p className="muted">{t('projectHint', lang)}</p>
      <button onClick={p.onExportProject} data-testid="export-project">
        {t('exportProject', lang)}
      </button>{' '}
      <button onClick={() => project.current?.click()}>{t('importProject', lang)}</button>
      <input
        ref={project}
        type="file"
        accept=".json"
        hidden
        data-testid="project-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) p.onImportProject(f);
          e.target.value = '';
        }}
      />
    </div>
  );
}

/** The vertex budget above which an import offers to simplify, and why it is what it is. */
function DrawBudgetNote({ lang }: { lang: Lang }) {
  const b = browserDrawBudget();
  const n = b.vertices.toLocaleString('en-US');
  return (
    <p className="muted" data-testid="draw-budget" data-vertices={b.vertices}>
      {lang === 'zh'
        ? `绘制上限：${n} 个顶点${b.software ? '（本浏览器以软件渲染 WebGL，无 GPU）' : ''}；超出时提示简化。`
        : `Drawing limit: ${n} vertices${b.software ? ' (this browser renders WebGL in software, without a GPU)' : ''}; above it the import offers to simplify.`}
    </p>
  );
}

function ImportResult({ last, lang, onRerun }: { last: LastImport; lang: Lang; onRerun: (o: ImportOptions) => void }) {
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

function UserLayerRow({ layer, lang, onStyle, onRename, onDelete, onZoom }: { layer: UserLayer; lang: Lang } & Pick<Props, 'onStyle' | 'onRename' | 'onDelete' | 'onZoom'>) {
  // a numeric style sorts every value: once per layer change, not per render
  const view = useMemo(() => userStyle(layer), [layer]);
  const hidden = new Set(layer.style.hidden ?? []);
  const d = layer.data;
  return (
    <div className="user-layer" data-testid="user-layer" data-layer={layer.id}>
      <div className="user-layer-head">
        <Swatch symbol={d.kinds.polygon ? 'fill' : d.kinds.line ? 'line' : 'circle'} color={layer.style.color} />
        <input
          className="title"
          defaultValue={layer.title}
          key={layer.title}
          aria-label={t('rename', lang)}
          // committed on leaving the field: each write rewrites the layer's record
          onBlur={(e) => e.target.value.trim() && e.target.value !== layer.title && onRename(layer, e.target.value.trim())}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
        <span className="muted">
          {d.features.length.toLocaleString()} · {d.format}
        </span>
        <button onClick={() => onZoom(d.bbox)}>{t('zoomTo', lang)}</button>
        <button onClick={() => onDelete(layer)} aria-label={`${t('delete', lang)} ${layer.title}`} data-testid="delete-layer">
          ×
        </button>
      </div>
      <label>
        {t('styleBy', lang)}{' '}
        <select value={layer.style.field ?? ''} onChange={(e) => onStyle(layer, { ...layer.style, field: e.target.value || null, hidden: [] })} data-testid="style-field">
          <option value="">{t('oneColour', lang)}</option>
          {d.fields.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name} ({f.type === 'number' ? '123' : 'abc'})
            </option>
          ))}
        </select>
      </label>
      {view.classes.length ? (
        <ul className="classes" aria-label={t('filters', lang)}>
          {view.classes.map((c) => (
            <li key={c.key}>
              <label>
                <input
                  type="checkbox"
                  checked={!hidden.has(c.key)}
                  onChange={() => {
                    const next = new Set(hidden);
                    if (next.has(c.key)) next.delete(c.key);
                    else next.add(c.key);
                    onStyle(layer, { ...layer.style, hidden: [...next] });
                  }}
                />
                <Swatch symbol="square" color={c.color} /> {c.label || t('otherValues', lang)} <span className="count">{c.count}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
