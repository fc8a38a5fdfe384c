/** The atlas page: loads the generated data, then shows map, layer panel, legend and details. */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { AtlasDataError, loadAtlasData, type AtlasData } from '../domain/atlasData';
import { filterLayers, layerFeatures } from '../map/featureViews';
import { FilterPanel } from './FilterPanel';
import type { Picked } from '../map/MapController';
import { atlasReducer, initialState } from '../state/atlasState';
import { DetailPanel } from './DetailPanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { LayerPanel, Legend } from './LayerPanel';
import { MapView } from './MapView';
import { Tooltip } from './Tooltip';
import { t } from './i18n';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: AtlasData };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [s, dispatch] = useReducer(atlasReducer, undefined, () => initialState('zh'));
  const [tab, setTab] = useState<'detail' | 'indicators'>('detail');
  const [hover, setHover] = useState<{ p: Picked | null; x: number; y: number }>({ p: null, x: 0, y: 0 });

  useEffect(() => {
    loadAtlasData(`${import.meta.env.BASE_URL}generated/`)
      .then((data) => setLoad({ state: 'ready', data }))
      .catch((e: unknown) => setLoad({ state: 'error', message: e instanceof AtlasDataError ? e.message : String(e) }));
  }, []);

  useEffect(() => {
    document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
  }, [s.lang]);

  const data = load.state === 'ready' ? load.data : null;
  const allLayers = useMemo(() => (data ? layerFeatures(data) : []), [data]);
  const layers = useMemo(() => (data ? filterLayers(allLayers, s.filters, data) : []), [allLayers, s.filters, data]);
  const callbacks = useMemo(
    () => ({
      onHover: (p: Picked | null, x: number, y: number) => setHover({ p, x, y }),
      onClick: (p: Picked | null) => {
        dispatch({ type: 'select', selection: p ?? { kind: 'none' } });
        if (p) setTab('detail');
      },
      onIdle: () => {
        document.body.dataset.map = 'idle';
      },
    }),
    [],
  );
  const close = useCallback(() => dispatch({ type: 'select', selection: { kind: 'none' } }), []);

  return (
    <div className="app">
      <header>
        <h1>{t('title', s.lang)}</h1>
        <span className="subtitle">{t('subtitle', s.lang)}</span>
        <button className="lang" onClick={() => dispatch({ type: 'set-lang', lang: s.lang === 'zh' ? 'en' : 'zh' })}>
          {t('lang', s.lang)}
        </button>
      </header>
      {load.state === 'loading' ? (
        <div className="status" role="status">
          {t('loading', s.lang)}
        </div>
      ) : null}
      {load.state === 'error' ? (
        <div className="status error" role="alert">
          <strong>{t('loadFailed', s.lang)}</strong>
          <p>{load.message}</p>
        </div>
      ) : null}
      {data ? (
        <main>
          <div className="left">
            <LayerPanel layers={layers} visible={s.visible} lang={s.lang} onToggle={(id) => dispatch({ type: 'toggle-layer', id })} />
            <FilterPanel
              data={data}
              filters={s.filters}
              lang={s.lang}
              onToggle={(facet, value) => dispatch({ type: 'toggle-filter', facet, value })}
              onClear={() => dispatch({ type: 'clear-filters' })}
            />
          </div>
          <div className="map-wrap">
            <MapView
              data={data}
              layers={layers}
              callbacks={callbacks}
              visible={s.visible}
              selectedRecord={s.selection.kind === 'record' ? s.selection.record.properties.id : null}
              selectedCounty={s.selection.kind === 'county' ? s.selection.county.adcode : null}
              lang={s.lang}
            />
            <Tooltip picked={hover.p} x={hover.x} y={hover.y} lang={s.lang} />
            <Legend layers={layers} visible={s.visible} lang={s.lang} />
          </div>
          <div className="side">
            <div role="tablist" className="tabs">
              <button role="tab" aria-selected={tab === 'detail'} onClick={() => setTab('detail')}>
                {t('detailTab', s.lang)}
              </button>
              <button role="tab" aria-selected={tab === 'indicators'} onClick={() => setTab('indicators')} data-testid="tab-indicators">
                {t('indicatorsTab', s.lang)} ({data.indicators.length})
              </button>
            </div>
            {tab === 'detail' ? (
              <DetailPanel data={data} selection={s.selection} lang={s.lang} onClose={close} />
            ) : (
              <div className="panel" role="tabpanel">
                <IndicatorsPanel indicators={data.indicators} paragraphs={data.plan.paragraphs} lang={s.lang} />
              </div>
            )}
          </div>
        </main>
      ) : null}
    </div>
  );
}
