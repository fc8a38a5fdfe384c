/** Saved views: add the current map, rename, reorder, delete, present, export and import. */
import { useRef, useState } from 'react';
import type { Lang } from '../state/atlasState';
import type { SavedView } from '../state/views';
import { t } from './i18n';

interface Props {
  views: SavedView[];
  lang: Lang;
  onAdd: (title: string, note: string) => void;
  onRename: (id: string, title: string, note: string) => void;
  onMove: (id: string, delta: number) => void;
  onDelete: (id: string) => void;
  onGo: (index: number) => void;
  onPresent: (index: number) => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

export function ViewsPanel(p: Props) {
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const L = p.lang;
  return (
    <div className="views" data-testid="views">
      <form
        className="add-view"
        onSubmit={(e) => {
          e.preventDefault();
          p.onAdd(title.trim() || `${t('view', L)} ${p.views.length + 1}`, note.trim());
          setTitle('');
          setNote('');
        }}
      >
        <label>
          {t('viewTitle', L)}
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="view-title" />
        </label>
        <label>
          {t('viewNote', L)}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} data-testid="view-note" />
        </label>
        <button type="submit" data-testid="add-view">
          {t('saveView', L)}
        </button>
      </form>
      {p.views.length === 0 ? <p className="muted">{t('noViews', L)}</p> : null}
      <ol className="view-list">
        {p.views.map((v, i) => (
          <li key={v.id}>
            <input
              aria-label={t('viewTitle', L)}
              className="view-title"
              value={v.title}
              onChange={(e) => p.onRename(v.id, e.target.value, v.note)}
            />
            <div className="view-actions">
              <button onClick={() => p.onGo(i)} aria-label={`${t('goTo', L)} ${v.title}`}>
                {t('goTo', L)}
              </button>
              <button onClick={() => p.onMove(v.id, -1)} disabled={i === 0} aria-label={`${t('moveUp', L)} ${v.title}`}>
                ↑
              </button>
              <button onClick={() => p.onMove(v.id, 1)} disabled={i === p.views.length - 1} aria-label={`${t('moveDown', L)} ${v.title}`}>
                ↓
              </button>
              <button onClick={() => p.onDelete(v.id)} aria-label={`${t('delete', L)} ${v.title}`}>
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="view-io">
        <button onClick={() => p.onPresent(0)} disabled={p.views.length === 0} data-testid="present">
          ▶ {t('present', L)}
        </button>
        <button onClick={p.onExport} disabled={p.views.length === 0}>
          {t('exportViews', L)}
        </button>
        <button onClick={() => file.current?.click()}>{t('importViews', L)}</button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-views"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onImport(f);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}
