/**
 * "My data": import a file (dialog or drop on the map), read what the check found and accept
 * offered fixes, style and filter imported layers, and keep regions, reports and the project file.
 * Every user value is rendered as React text, never as HTML.
 */
import { useRef } from 'react';
import { ImportResult } from './ImportResult';
import { UserLayerRow } from './UserLayerRow';
import type { ImportOptions } from '../domain/import/types';
import { ACCEPT, DATUMS, importOptions, type Datum, type LastImport } from './importChoices';
import { browserDrawBudget } from '../map/drawBudget';
import type { StoredRegion, StoredReport } from '../state/store/records';
import type { UserLayer, UserLayerStyle } from '../domain/model';
import type { Lang } from '../state/atlasState';
import type { ImportProgress } from './useImport';
import { t, type StringKey } from './i18n';

const STAGE_KEY: Record<string, StringKey> = { reading: 'stageReading', parsing: 'stageParsing', checking: 'stageChecking', fixing: 'stageFixing' };

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
      {t('drawBudget', lang, { n, software: b.software ? t('drawBudgetSoftware', lang) : '' })}
    </p>
  );
}
