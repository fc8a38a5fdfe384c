/**
 * The atlas page: loads the generated data, then shows map, layers, filters, legend, details,
 * indicators and saved views. State lives in one reducer; the URL hash mirrors it.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { AtlasDataError, loadAtlasData, type AtlasData } from '../domain/atlasData';
import { filterLayers, keepInRegion, layerFeatures } from '../map/featureViews';
import { PovertyIndicator } from './PovertyIndicator';
import { PovertyStatus } from './PovertyStatus';
import { legendModel, legendPictureRows } from '../map/legend';
import { AnalysisPanel } from './AnalysisPanel';
import type { CoverageReport } from '../domain/analysis';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { MapController } from '../map/MapController';
import { ATTRIBUTION } from '../map/MapController';
import { atlasReducer, initialState } from '../state/atlasState';
import { resolveRef, toRef } from '../state/selection';
import { createHash, parseHash } from '../state/urlState';
import type { AnalysisRegion, Camera, Picked } from '../domain/model';
import { exportViews, importViews, type SavedView } from '../state/views';
import type { StoredRegion, StoredReport } from '../state/store/records';
import { useKeptWork } from './useKeptWork';
import { ImportPanel, importOptions, type Datum } from './ImportPanel';
import { userLayerDef } from '../map/userLayers';
import { parseUserFeatureId, userPick } from '../domain/userData';
import { userSearchEntries } from '../domain/search';
import { reportCsv } from '../domain/reportExport';
import { DetailPanel } from './DetailPanel';
import { DocumentPanel } from './DocumentPanel';
import { SearchBox } from './SearchBox';
import { buildSearchIndex, type SearchEntry, type SearchIndex, type SearchResult } from '../domain/search';
import type { LinkTarget } from '../domain/planLinks';
import { LAYERS, layerForCatalog } from '../domain/layers/registry';
import bboxOf from '@turf/bbox';
import { FilterPanel } from './FilterPanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { LayerPanel, Legend } from './LayerPanel';
import { MapView } from './MapView';
import { PresentMode } from './PresentMode';
import { PickList, Tooltip } from './Tooltip';
import { ViewsPanel } from './ViewsPanel';
import { t } from './i18n';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: AtlasData };
type Tab = 'detail' | 'document' | 'indicators' | 'views' | 'analysis' | 'data';

/** Trigger a download of `blob` as `name` (blob: URL, nothing leaves the browser). */
function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function App() {
  const link = useMemo(() => parseHash(window.location.hash), []);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [s, dispatch] = useReducer(atlasReducer, undefined, () => initialState(link.state.lang, link.state.visible, link.state.filters));
  const [tab, setTab] = useState<Tab>('detail');
  const [hover, setHover] = useState<{ p: Picked | null; x: number; y: number }>({ p: null, x: 0, y: 0 });
  const [notice, setNotice] = useState<string | null>(link.notice);
  const [camera, setCamera] = useState<Camera | null>(link.state.camera);
  const [presenting, setPresenting] = useState<number | null>(null);
  const ctl = useRef<MapController | null>(null);
  const [searchIndex, setSearchIndex] = useState<SearchIndex | null>(null);
  const [focusIndicator, setFocusIndicator] = useState<string | null>(null);
  const [picked, setPicked] = useState<Feature<Polygon | MultiPolygon> | null>(null);
  const [report, setReport] = useState<CoverageReport | null>(null);
  const [regionFilter, setRegionFilter] = useState(false);
  const [villages, setVillages] = useState<Float64Array | null>(null);
  const [analysisOpened, setAnalysisOpened] = useState(false);
  const [choices, setChoices] = useState<{ items: Picked[]; x: number; y: number } | null>(null);
  const [incoming, setIncoming] = useState<(AnalysisRegion & { nonce: number }) | null>(null);
  const [dragging, setDragging] = useState(false);
  const [datum, setDatum] = useState<Datum>('');
  const work = useKeptWork({ lang: s.lang, notify: setNotice, onImportStart: () => setTab('data'), flyTo: (b) => ctl.current?.flyToBounds(b) });
  const { kept, importer, views, userLayers } = work;

  useEffect(() => {
    loadAtlasData(`${import.meta.env.BASE_URL}generated/`)
      .then((data) => {
        setLoad({ state: 'ready', data });
        // Built after the first paint: pinyin for ~3,400 names takes a few hundred ms.
        setTimeout(() => setSearchIndex(buildSearchIndex(data)), 0);
        const sel = resolveRef(data, link.state.selection);
        if (sel.kind !== 'none') dispatch({ type: 'select', selection: sel });
      })
      .catch((e: unknown) => setLoad({ state: 'error', message: e instanceof AtlasDataError ? e.message : String(e) }));
  }, [link]);

  useEffect(() => {
    document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
  }, [s.lang]);

  // The URL mirrors the state, so a copied link reopens the same map.
  useEffect(() => {
    const hash = createHash({ camera, visible: s.visible, filters: s.filters, selection: toRef(s.selection), lang: s.lang, view: presenting });
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [camera, s.visible, s.filters, s.selection, s.lang, presenting]);

  const data = load.state === 'ready' ? load.data : null;

  // Imported layers join the layer list (visible, drawn on top of their rank) and the map's picking.
  useEffect(() => {
    dispatch({ type: 'user-layers', defs: userLayers.map(userLayerDef) });
    ctl.current?.setUserLayers(userLayers);
  }, [userLayers, data]);

  const allLayers = useMemo(() => (data ? layerFeatures(data, userLayers) : []), [data, userLayers]);
  // entries of a layer are made once per (data, title): pinyin for thousands of names is slow
  const userEntries = useRef(new WeakMap<object, { title: string; entries: SearchEntry[] }>());
  const fullIndex = useMemo(() => {
    if (!searchIndex) return null;
    const entries = userLayers.flatMap((u) => {
      const hit = userEntries.current.get(u.data);
      if (hit && hit.title === u.title) return hit.entries;
      const made = { title: u.title, entries: userSearchEntries(u) };
      userEntries.current.set(u.data, made);
      return made.entries;
    });
    return { entries: [...searchIndex.entries, ...entries] };
  }, [searchIndex, userLayers]);
  const layers = useMemo(() => {
    if (!data) return [];
    const filtered = filterLayers(allLayers, s.filters, data);
    if (!regionFilter || !report) return filtered;
    return keepInRegion(filtered, new Set(report.projects.map((p) => p.id)), new Set(report.counties.map((c) => c.adcode)));
  }, [allLayers, s.filters, data, regionFilter, report]);
  const callbacks = useMemo(
    () => ({
      onHover: (p: Picked | null, x: number, y: number) => setHover({ p, x, y }),
      onClick: (ps: Picked[], x: number, y: number) => {
        if (ps.length > 1) {
          setChoices({ items: ps, x, y });
          return;
        }
        setChoices(null);
        dispatch({ type: 'select', selection: ps[0] ?? { kind: 'none' } });
        if (ps[0]) setTab((tb) => (tb === 'document' ? tb : 'detail'));
      },
      onIdle: () => {
        document.body.dataset.map = 'idle';
      },
      onMoveEnd: (c: Camera) => setCamera(c),
    }),
    [],
  );
  const close = useCallback(() => dispatch({ type: 'select', selection: { kind: 'none' } }), []);

  const showView = useCallback(
    (i: number) => {
      const v = views[i];
      if (!v || !data) return;
      dispatch({ type: 'apply', visible: v.visible, filters: v.filters, selection: resolveRef(data, v.selection) });
      ctl.current?.flyTo(v.camera);
    },
    [views, data],
  );
  const step = useCallback(
    (i: number) => {
      setPresenting(i);
      showView(i);
    },
    [showView],
  );
  const exitPresent = useCallback(() => {
    setPresenting(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const exportPng = async (pixelRatio: number) => {
    if (!ctl.current || !data) return;
    const legend = legendPictureRows(legendModel(layers, s.visible, s.lang, t('otherValues', s.lang)));
    const date = new Date().toISOString().slice(0, 10);
    try {
      const blob = await ctl.current.exportPicture({
        title: t('title', s.lang),
        subtitle: t('subtitle', s.lang),
        legend,
        attribution: ATTRIBUTION,
        date,
        pixelRatio,
        north: t('north', s.lang),
      });
      download(blob, `plan-atlas-${date}@${pixelRatio}x.png`);
    } catch (e) {
      setNotice(`PNG export failed: ${(e as Error).message}`);
    }
  };

  const selectRecords = (ids: string[]) => {
    if (!data) return;
    const recs = ids.map((id) => data.catalogById.get(id)).filter((r): r is NonNullable<typeof r> => !!r);
    if (!recs.length) return;
    dispatch({ type: 'show-layers', ids: recs.map((r) => layerForCatalog(r.properties.layer)?.id ?? '') });
    dispatch({ type: 'select', selection: { kind: 'record', record: recs[0] } });
    ctl.current?.flyToBounds(bboxOf({ type: 'FeatureCollection', features: recs }) as [number, number, number, number]);
  };
  const selectArea = (id: string) => {
    if (!data) return;
    const area = data.areas.find((a) => a.id === id);
    if (!area || !area.counties.length) return;
    dispatch({ type: 'show-layers', ids: LAYERS.filter((l) => l.source.type === 'area' && l.source.group === area.group).map((l) => l.id) });
    dispatch({ type: 'select', selection: resolveRef(data, { kind: 'area', id, adcode: area.counties[0] }) });
    const feats = area.counties.map((c) => data.countyByAdcode.get(c)).filter((c): c is NonNullable<typeof c> => !!c);
    ctl.current?.flyToBounds(bboxOf({ type: 'FeatureCollection', features: feats }) as [number, number, number, number]);
  };
  const selectUser = (id: string) => {
    const ref = parseUserFeatureId(id);
    const layer = ref && userLayers.find((u) => u.id === ref.layerId);
    if (!ref || !layer || !layer.data.features[ref.index]) return;
    dispatch({ type: 'show-layers', ids: [layer.id] });
    dispatch({ type: 'select', selection: userPick(layer, ref.index) });
    setTab('detail');
  };
  const onSearch = (r: SearchResult) => {
    if (!data) return;
    if (r.kind === 'user') {
      selectUser(r.id);
      return ctl.current?.flyToBounds(r.bbox);
    }
    if (r.kind === 'project' || r.kind === 'river') return selectRecords([r.id]);
    if (r.kind === 'area') return selectArea(r.id);
    if (r.kind === 'county') dispatch({ type: 'select', selection: resolveRef(data, { kind: 'county', adcode: r.id }) });
    ctl.current?.flyToBounds(r.bbox);
  };
  const onDocLink = (target: LinkTarget) => {
    if (target.kind === 'records') selectRecords(target.ids);
    else if (target.kind === 'area') selectArea(target.id);
    else {
      setFocusIndicator(target.id);
      setTab('indicators');
    }
  };
  const cited = s.selection.kind === 'record' ? s.selection.record.properties.citation : s.selection.kind === 'area' ? (data?.areas.find((a) => s.selection.kind === 'area' && a.id === s.selection.feature.properties.areaId)?.citation ?? null) : null;

  const useRegion = (r: AnalysisRegion) => {
    setIncoming({ ...r, nonce: Date.now() });
    setAnalysisOpened(true);
    setTab('analysis');
  };

  const current = (): Omit<SavedView, 'id' | 'title' | 'note'> => ({
    camera: ctl.current?.camera() ?? camera ?? { center: [104.5, 35.5], zoom: 3.3 },
    visible: s.visible,
    filters: s.filters,
    selection: toRef(s.selection),
  });

  return (
    <div className={`app${presenting !== null ? ' presenting' : ''}`}>
      <header>
        <h1>{t('title', s.lang)}</h1>
        <span className="subtitle">{t('subtitle', s.lang)}</span>
        <SearchBox index={fullIndex} lang={s.lang} onChoose={onSearch} />
        <button onClick={() => void exportPng(1)} disabled={!data} data-testid="export-png-1">
          {t('exportPng', s.lang)} 1×
        </button>
        <button onClick={() => void exportPng(2)} disabled={!data} data-testid="export-png-2">
          2×
        </button>
        <button
          onClick={() => {
            void navigator.clipboard?.writeText(window.location.href).then(
              () => setNotice(t('linkCopied', s.lang)),
              () => setNotice(window.location.href),
            );
          }}
        >
          {t('copyLink', s.lang)}
        </button>
        {kept.saving ? (
          <span className="saving" role="status">
            {t('saving', s.lang)}
          </span>
        ) : null}
        <button className="lang" onClick={() => dispatch({ type: 'set-lang', lang: s.lang === 'zh' ? 'en' : 'zh' })}>
          {t('lang', s.lang)}
        </button>
      </header>
      {notice ? (
        <div className="notice" role="status" data-testid="notice">
          {notice}
          <button onClick={() => setNotice(null)}>{t('dismiss', s.lang)}</button>
        </div>
      ) : null}
      {kept.conflict ? (
        <div className="notice conflict" role="alert" data-testid="conflict">
          {kept.conflict.message[s.lang]}
          <button onClick={() => kept.resolve('theirs')}>{t('keepTheirs', s.lang)}</button>
          <button onClick={() => kept.resolve('mine')}>{t('overwriteMine', s.lang)}</button>
        </div>
      ) : null}
      {kept.status === 'memory' ? (
        <div className="notice" role="status">
          {t('storageMemory', s.lang)}
        </div>
      ) : null}
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
            <LayerPanel
              layers={layers}
              visible={s.visible}
              lang={s.lang}
              onToggle={(id) => dispatch({ type: 'toggle-layer', id })}
              labels={s.labels}
              onToggleLabels={() => dispatch({ type: 'toggle-labels' })}
              opacity={s.opacity}
              onOpacity={(id, o) => dispatch({ type: 'set-opacity', id, opacity: o })}
              order={s.order}
              onMove={(id, delta) => dispatch({ type: 'move-layer', id, delta })}
            />
            <FilterPanel
              data={data}
              filters={s.filters}
              lang={s.lang}
              onToggle={(facet, value) => dispatch({ type: 'toggle-filter', facet, value })}
              onClear={() => dispatch({ type: 'clear-filters' })}
            />
          </div>
          <div
            className={`map-wrap${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes('Files')) return;
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              const [f, ...rest] = [...e.dataTransfer.files];
              if (f) void work.importFile(f, importOptions(datum));
              if (rest.length) setNotice(`${t('oneFileAtATime', s.lang)} ${rest.map((x) => x.name).join('、')}`);
            }}
            data-testid="map-wrap"
          >
            {dragging ? <div className="drop-hint">{t('dropHere', s.lang)}</div> : null}
            <MapView
              data={data}
              layers={layers}
              callbacks={callbacks}
              visible={s.visible}
              selectedRecord={s.selection.kind === 'record' ? s.selection.record.properties.id : null}
              selectedCounty={s.selection.kind === 'county' ? s.selection.county.adcode : null}
              selectedUser={s.selection.kind === 'user' ? s.selection.feature : null}
              lang={s.lang}
              labels={s.labels}
              region={picked}
              opacity={s.opacity}
              order={s.order}
              villages={villages}
              initialCamera={link.state.camera}
              onReady={(c) => (ctl.current = c)}
            />
            {choices ? null : <Tooltip picked={hover.p} x={hover.x} y={hover.y} lang={s.lang} />}
            {choices ? (
              <PickList
                items={choices.items}
                x={choices.x}
                y={choices.y}
                lang={s.lang}
                onChoose={(p) => {
                  setChoices(null);
                  dispatch({ type: 'select', selection: p });
                  setTab((tb) => (tb === 'document' ? tb : 'detail'));
                }}
                onClose={() => setChoices(null)}
              />
            ) : null}
            <Legend layers={layers} visible={s.visible} lang={s.lang}><PovertyStatus data={data} lang={s.lang} /></Legend>
            {presenting !== null ? <PresentMode views={views} index={presenting} lang={s.lang} onStep={step} onExit={exitPresent} /> : null}
          </div>
          <div className="side">
            <div role="tablist" className="tabs">
              <button role="tab" aria-selected={tab === 'detail'} onClick={() => setTab('detail')}>
                {t('detailTab', s.lang)}
              </button>
              <button role="tab" aria-selected={tab === 'document'} onClick={() => setTab('document')} data-testid="tab-document">
                {t('documentTab', s.lang)}
              </button>
              <button role="tab" aria-selected={tab === 'indicators'} onClick={() => setTab('indicators')} data-testid="tab-indicators">
                {t('indicatorsTab', s.lang)} ({data.indicators.length})
              </button>
              <button
                role="tab"
                aria-selected={tab === 'analysis'}
                onClick={() => {
                  setTab('analysis');
                  setAnalysisOpened(true);
                }}
                data-testid="tab-analysis"
              >
                {t('analysisTab', s.lang)}
              </button>
              <button role="tab" aria-selected={tab === 'views'} onClick={() => setTab('views')} data-testid="tab-views">
                {t('viewsTab', s.lang)} ({views.length})
              </button>
              <button role="tab" aria-selected={tab === 'data'} onClick={() => setTab('data')} data-testid="tab-data">
                {t('dataTab', s.lang)} ({userLayers.length})
              </button>
            </div>
            {tab === 'detail' ? <DetailPanel data={data} selection={s.selection} lang={s.lang} onClose={close} onSelectRecord={(id) => selectRecords([id])} onUseRegion={(feature, title) => useRegion({ feature, title, origin: 'imported' })} /> : null}
            {tab === 'document' ? (
              <div className="panel" role="tabpanel">
                <DocumentPanel data={data} cited={cited} lang={s.lang} onLink={onDocLink} />
              </div>
            ) : null}
            {tab === 'indicators' ? (
              <div className="panel" role="tabpanel">
                <PovertyIndicator data={data} lang={s.lang} />
                <IndicatorsPanel indicators={data.indicators} paragraphs={data.plan.paragraphs} lang={s.lang} focus={focusIndicator} />
              </div>
            ) : null}
            {analysisOpened ? (
              // Kept mounted once opened: the drawing and the worker survive tab switches.
              <div className="panel" role="tabpanel" hidden={tab !== 'analysis'}>
                <AnalysisPanel
                  data={data}
                  ctl={ctl.current}
                  lang={s.lang}
                  onPickedRegion={setPicked}
                  onReport={setReport}
                  regionFilter={regionFilter}
                  onRegionFilter={setRegionFilter}
                  onDownload={download}
                  onNotice={setNotice}
                  onVillages={setVillages}
                  userLayers={userLayers}
                  incoming={incoming}
                  onSaveRegion={work.region.save}
                  onSaveReport={work.report.save}
                  onDrawn={work.region.keepDrawn}
                  selectedCounty={s.selection.kind === 'county' ? s.selection.county.adcode : s.selection.kind === 'area' ? s.selection.feature.properties.adcode : null}
                />
              </div>
            ) : null}
            {tab === 'views' ? (
              <div className="panel" role="tabpanel">
                <ViewsPanel
                  views={views}
                  lang={s.lang}
                  onAdd={(title, note) => work.view.add({ ...current(), title, note })}
                  onRename={work.view.rename}
                  onMove={(id, d) => void work.view.move(id, d)}
                  onDelete={work.view.remove}
                  onGo={showView}
                  onPresent={(i) => {
                    void document.documentElement.requestFullscreen?.().catch(() => undefined);
                    step(i);
                  }}
                  onExport={() => download(new Blob([exportViews(views)], { type: 'application/json' }), 'plan-atlas-views.json')}
                  onImport={(file) =>
                    void file.text().then((text) => {
                      const r = importViews(text);
                      if ('error' in r) setNotice(`${file.name}: ${r.error}`);
                      else void work.view.addAll(r.views);
                    })
                  }
                />
              </div>
            ) : null}
            {tab === 'data' ? (
              <div className="panel" role="tabpanel">
                <ImportPanel
                  lang={s.lang}
                  layers={userLayers}
                  regions={kept.lists.regions.map((r) => r.value)}
                  reports={kept.lists.reports.map((r) => r.value)}
                  progress={importer.progress}
                  last={work.lastImport}
                  datum={datum}
                  onDatum={setDatum}
                  onImport={(f, o) => void work.importFile(f, o)}
                  onCancel={importer.cancel}
                  onStyle={work.layer.style}
                  onRename={work.layer.rename}
                  onDelete={work.layer.remove}
                  onZoom={(b) => ctl.current?.flyToBounds(b)}
                  onUseRegion={(r: StoredRegion) => useRegion({ feature: r.region, title: r.title, origin: r.origin })}
                  onDeleteRegion={work.region.remove}
                  onDownloadReport={(r: StoredReport) => download(new Blob([reportCsv(r.report, r.title)], { type: 'text/csv;charset=utf-8' }), `plan-atlas-report-${r.id}.csv`)}
                  onDeleteReport={work.report.remove}
                  onExportProject={() => void work.project.export(download)}
                  onImportProject={(f) => void work.project.import(f)}
                />
              </div>
            ) : null}
          </div>
        </main>
      ) : null}
    </div>
  );
}
