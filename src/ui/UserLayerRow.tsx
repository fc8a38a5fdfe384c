/** One imported layer in "My data": swatch, title (rename), size, zoom, delete, style field and class filters. */
import { useMemo } from 'react';
import type { UserLayer, UserLayerStyle } from '../domain/model';
import { userStyle } from '../map/userLayers';
import type { Lang } from '../state/atlasState';
import { Swatch } from './Swatch';
import { t } from './i18n';

interface Props {
  layer: UserLayer;
  lang: Lang;
  onStyle: (layer: UserLayer, style: UserLayerStyle) => void;
  onRename: (layer: UserLayer, title: string) => void;
  onDelete: (layer: UserLayer) => void;
  /** fly to `[w, s, e, n]` degrees */
  onZoom: (bbox: [number, number, number, number]) => void;
}

export function UserLayerRow({ layer, lang, onStyle, onRename, onDelete, onZoom }: Props) {
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
