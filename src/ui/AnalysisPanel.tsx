/**
 * Analyst tools: draw (terra-draw, through the map controller) or pick a region, read live
 * measurements, get the coverage report from the worker, export it, and filter the map to the
 * region. The parts: ./DrawTools.tsx, ./RegionPicker.tsx, ./ReportView.tsx; the region actions
 * in ./analysisRegions.ts; the worker session in ./useAnalysis.ts.
 */
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { buildAnalysisIndex, circleRegion, RegionError, regionRefusal, syntheticVillages, type CoverageOptions } from '../domain/analysis';
import { CATALOG_LAYER, CATALOG_LAYERS, type CatalogLayer } from '../domain/catalogLayers';
import { regionParam } from '../state/regionParam';
import { LAYERS, layerForCatalog } from '../domain/layers/registry';
import type { Drawing } from '../map/drawModes';
import type { Lang } from '../state/atlasState';
import { useAnalysis } from './useAnalysis';
import type { AnalysisRegion, RegionOrigin } from '../domain/model';
import { userIndexedFeatures } from '../domain/userData';
import { regionOfChoice, showRegion } from './analysisRegions';
import { DrawTools } from './DrawTools';
import { RegionPicker } from './RegionPicker';
import { ReportActions, ReportView } from './ReportView';
import { regionText, t } from './i18n';
import { getUi, setUi, useUiPick } from './store';
import { useWork } from './workContext';

/** Regions that go when the drawing is removed (undo, delete, clear): those of the drawing tools. */
const CLEARED_WITH_DRAWING: ReadonlySet<RegionOrigin> = new Set(['drawn', 'circle']);

export function AnalysisPanel({ data }: { data: AtlasData }) {
  const { ctl, lang, incoming, regionFilter, selection, shareRegion } = useUiPick('ctl', 'lang', 'incoming', 'regionFilter', 'selection', 'shareRegion');
  const selectedCounty = selection.kind === 'county' || selection.kind === 'area' ? selection.adcode : null;
  const work = useWork();
  const { userLayers } = work;
  const userFeatures = useMemo(() => userLayers.flatMap(userIndexedFeatures), [userLayers]);
  const { state, request, clear } = useAnalysis(data, userFeatures);
  const layerTitle = (layer: string, l: Lang) => layerForCatalog(layer)?.title[l] ?? userLayers.find((u) => u.id === layer)?.title ?? layer;
  const [drawing, setDrawing] = useState<Drawing>({ region: null, line: null, regionMode: null, radiusKm: null });
  const [region, setRegion] = useState<AnalysisRegion | null>(null);
  const [withinLayer, setWithinLayer] = useState<string>(() => getUi().link.within?.layer ?? CATALOG_LAYER.railway);
  const [withinKm, setWithinKm] = useState(() => getUi().link.within?.km ?? 50);
  const [pick, setPick] = useState('');

  const pointOrLineLayers = [
    ...LAYERS.flatMap((l) => (l.source.type === 'catalog' ? [{ value: l.source.layer, title: l.title[lang] }] : [])),
    ...userLayers.filter((u) => u.data.kinds.point + u.data.kinds.line > 0).map((u) => ({ value: u.id, title: `${u.title} (${t('importedLayer', lang)})` })),
  ];
  const options: CoverageOptions = useMemo(() => ({ within: [{ layer: withinLayer, km: withinKm }] }), [withinLayer, withinKm]);

  // a change of the drawing: a finished one becomes the region (and is kept at once, so a reload or crash does not lose it)
  const onDrawingChange = useEffectEvent((dr: Drawing, live: boolean) => {
    setDrawing(dr);
    if (!live && dr.region) {
      const r: AnalysisRegion = { feature: dr.region, title: t(dr.regionMode === 'circle' ? 'drawnCircle' : 'drawnRegion', lang), origin: 'drawn' };
      setRegion(r);
      // only a region the report can analyse is kept among the saved regions (issue 16, item 2)
      if (!regionRefusal(dr.region)) work.region.keepDrawn(r);
    }
    // The drawing was removed: so is the region of the drawing tools (drawn, or a typed circle).
    if (!live && !dr.region) setRegion((r) => (r && CLEARED_WITH_DRAWING.has(r.origin) ? null : r));
  });
  // terra-draw lives as long as the panel and the map.
  useEffect(() => {
    if (!ctl) return;
    ctl.startDrawing('static', { onChange: (dr, live) => onDrawingChange(dr, live) });
    return () => {
      ctl.stopDrawing();
      setUi({ drawMode: 'static' });
    };
  }, [ctl]);

  useEffect(() => {
    if (region) request(region.feature, options);
    else clear();
  }, [region, options, request, clear]);

  // a region handed in replaces the region and moves the map, once per hand-in (a new nonce); the
  // drawing is cleared before the region is set, as clearing it drops a region of the drawing tools
  const takeIncoming = useEffectEvent((r: AnalysisRegion) => {
    setPick(r.ref ?? ''); // a region from the list (by a link) shows as chosen there
    showRegion(r.feature);
    setRegion({ feature: r.feature, title: r.title, origin: r.origin, ref: r.ref });
  });
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a hand-in is an event from another panel, not state derived from props; the map's drawing must be cleared before the region is set
    if (incoming) takeIncoming(incoming);
  }, [incoming]);

  // the region and its distance setting in the share link (a plan layer only: an imported one is not the colleague's)
  useEffect(() => setUi({ shareRegion: region ? regionParam({ geometry: region.feature.geometry, origin: region.origin, ref: region.ref }) : null }), [region]);
  useEffect(() => setUi({ shareWithin: CATALOG_LAYERS.includes(withinLayer as CatalogLayer) ? { layer: withinLayer, km: withinKm } : null }), [withinLayer, withinKm]);

  const report = state.status === 'ready' ? state.report : null;
  useEffect(() => setUi({ report }), [report]);

  const pickRegion = (value: string) => {
    setPick(value);
    if (!value) return;
    const r = regionOfChoice(data, userLayers, value, lang);
    if (!r) return setUi({ notice: t('pickFailed', lang) });
    showRegion(r.feature);
    setRegion(r);
  };

  const makeCircle = (c: { lon: number; lat: number; km: number }) => {
    try {
      const f = circleRegion([c.lon, c.lat], c.km);
      showRegion(f);
      setRegion({ feature: f, title: `${t('drawnCircle', lang)} r=${c.km} km`, origin: 'circle' });
    } catch (e) {
      setUi({ notice: e instanceof RegionError ? regionText(e.text, lang) : (e as Error).message });
    }
  };

  const title = region?.title ?? '';
  // a drawing the report refuses for crossing itself: the import's repair, offered here too
  const refusal = useMemo(() => (region?.origin === 'drawn' ? regionRefusal(region.feature) : null), [region]);
  const repair = () => {
    if (!refusal?.repair || !region) return;
    const r: AnalysisRegion = { feature: refusal.repair, title: `${region.title} ${t('drawRepaired', lang)}`, origin: 'drawn' };
    ctl?.clearDrawing(); // the crossing outline goes; the repaired one is outlined as a region
    setUi({ picked: refusal.repair });
    setRegion(r);
    work.region.keepDrawn(r);
  };

  return (
    <div className="analysis" data-testid="analysis">
      <DrawTools
        drawing={drawing}
        lang={lang}
        onClearAll={() => {
          setRegion(null);
          setPick('');
        }}
      />
      <RegionPicker data={data} lang={lang} userLayers={userLayers} pick={pick} onPick={pickRegion} selectedCounty={selectedCounty} onCircle={makeCircle} />
      <div className="within-form">
        {t('withinOf', lang)}
        <input type="number" min={0} value={withinKm} aria-label="N km" onChange={(e) => setWithinKm(Math.max(0, Number(e.target.value)))} /> km
        <select value={withinLayer} onChange={(e) => setWithinLayer(e.target.value)} aria-label={t('layers', lang)}>
          {pointOrLineLayers.map((l) => (
            <option key={l.value} value={l.value}>
              {l.title}
            </option>
          ))}
        </select>
      </div>
      <label className="region-filter">
        <input type="checkbox" checked={regionFilter} onChange={(e) => setUi({ regionFilter: e.target.checked })} disabled={!report} data-testid="region-filter" /> {t('filterFromRegion', lang)}
      </label>
      <label className="region-filter">
        <input
          type="checkbox"
          data-testid="villages"
          onChange={(e) => {
            if (!e.target.checked) return setUi({ villages: null });
            // Deterministic points allocated by county area (seed 2016): a load test for the map.
            setTimeout(() => setUi({ villages: syntheticVillages(buildAnalysisIndex({ counties: data.counties, catalog: data.catalog, areas: data.areas })).xy }), 0);
          }}
        />{' '}
        {t('syntheticVillages', lang)}
      </label>
      {refusal?.repair ? (
        <p className="repair-offer">
          <button onClick={repair} data-testid="repair-drawing">
            {t('drawRepair', lang, { n: refusal.repair.geometry.type === 'MultiPolygon' ? refusal.repair.geometry.coordinates.length : 1 })}
          </button>
        </p>
      ) : null}
      <ReportView state={state} report={report} title={title} lang={lang} data={data} layerTitle={layerTitle} />
      {shareRegion && shareRegion.fit !== 'exact' ? (
        <p className="muted" data-testid="link-region-fit">
          {shareRegion.fit === 'simplified' ? t('linkRegionSimplified', lang, { m: shareRegion.toleranceM }) : t('linkRegionTooLarge', lang, { n: shareRegion.chars })}
        </p>
      ) : null}
      {report && region ? <ReportActions region={region} options={options} report={report} title={title} lang={lang} data={data} /> : null}
    </div>
  );
}
