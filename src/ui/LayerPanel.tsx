/** Layer panel and legend, both generated from the layer registry. */
import { CATEGORY_TITLES, type LayerCategory } from '../domain/layers/registry';
import { featureCount, type LayerFeatures } from '../map/featureViews';
import { entryLabel, keyLabel, legendModel } from '../map/legend';
import type { Lang } from '../state/atlasState';
import { useState } from 'react';
import { legendOpenAtStart } from './legendFold';
import { Swatch } from './Swatch';
import { t } from './i18n';
import { setUi } from './store';

interface Props {
  layers: LayerFeatures[];
  visible: Record<string, boolean>;
  lang: Lang;
  onToggle: (id: string) => void;
}

interface StyleProps {
  labels: boolean;
  onToggleLabels: () => void;
  opacity: Record<string, number>;
  onOpacity: (id: string, opacity: number) => void;
  order: string[];
  onMove: (id: string, delta: 1 | -1) => void;
}

export function LayerPanel({ layers, visible, lang, onToggle, labels, onToggleLabels, opacity, onOpacity, order, onMove }: Props & StyleProps) {
  const cats = [...new Set(layers.map((l) => l.def.category))] as LayerCategory[];
  return (
    <section className="panel layer-panel" aria-labelledby="layers-h">
      <h2 id="layers-h">{t('layers', lang)}</h2>
      <label className="labels-toggle">
        <input type="checkbox" checked={labels} onChange={onToggleLabels} data-testid="labels-toggle" /> {t('projectLabels', lang)}
      </label>
      {cats.map((cat) => (
        <fieldset key={cat}>
          <legend>{CATEGORY_TITLES[cat][lang]}</legend>
          {layers
            .filter((l) => l.def.category === cat)
            .map((l) => {
              const n = featureCount(l);
              const title = l.def.title[lang];
              const pos = order.indexOf(l.def.id);
              return (
                <div key={l.def.id} className="layer-row">
                  <label className={n === 0 ? 'empty' : undefined}>
                    <input type="checkbox" checked={!!visible[l.def.id]} onChange={() => onToggle(l.def.id)} data-layer={l.def.id} />
                    <Swatch symbol={l.def.symbol} color={l.def.color} />
                    <span className="layer-title">{title}</span>
                    <span className="count" aria-label={`${n}`}>{n}</span>
                  </label>
                  <button className="table-open" onClick={() => setUi({ table: l.def.id })} aria-label={t('openTable', lang, { layer: title })} title={t('openTable', lang, { layer: title })} data-testid={`table-${l.def.id}`}>
                    ▤
                  </button>
                  {visible[l.def.id] ? (
                    <div className="layer-style">
                      <input
                        type="range"
                        min={0.1}
                        max={1}
                        step={0.1}
                        value={opacity[l.def.id] ?? 1}
                        onChange={(e) => onOpacity(l.def.id, Number(e.target.value))}
                        aria-label={`${t('opacity', lang)} ${title}`}
                      />
                      <button onClick={() => onMove(l.def.id, 1)} disabled={pos === order.length - 1} aria-label={`${t('drawAbove', lang)} ${title}`}>
                        ↑
                      </button>
                      <button onClick={() => onMove(l.def.id, -1)} disabled={pos === 0} aria-label={`${t('drawBelow', lang)} ${title}`}>
                        ↓
                      </button>
                    </div>
                  ) : null}
                </div>
              );
            })}
        </fieldset>
      ))}
    </section>
  );
}

export function Legend({ layers, visible, lang, children }: Omit<Props, 'onToggle'> & { children?: React.ReactNode }) {
  const shown = legendModel(layers, visible, lang, t('otherValues', lang));
  // collapsed on a small screen (a projector's 1024×700), where the open legend hides much of the map
  const [open, setOpen] = useState(legendOpenAtStart);
  return (
    <details className="panel legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="legend">
      <summary>
        <h2>{t('legend', lang)}</h2>
      </summary>
      {children}
      {shown.length === 0 ? <p className="muted">—</p> : null}
      <ul>
        {shown.map((e) => (
          <li key={e.id} data-legend={e.id} data-row={entryLabel(e)}>
            <Swatch symbol={e.symbol} color={e.color} /> {e.title} <span className="count">({e.count})</span>
            {e.note ? <p className="legend-note muted">{e.note}</p> : null}
            {e.keys.length ? (
              <ul className="area-keys">
                {e.keys.map((k) => (
                  <li key={k.key} data-row={keyLabel(k)}>
                    <Swatch symbol={k.symbol} color={k.color} /> {keyLabel(k)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
