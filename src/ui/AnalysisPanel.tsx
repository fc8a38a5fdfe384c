/**
 * Analyst tools: draw (terra-draw) or pick a region, read live measurements, get the coverage
 * report from the worker, export it (CSV with BOM, GeoJSON, clipboard summary), and filter the
 * map to the region.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { union } from '@turf/union';
import bbox from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasData } from '../domain/atlasData';
import { buildAnalysisIndex, circleRegion, measure, regionReadout, syntheticVillages, type CoverageReport, type CoverageOptions } from '../domain/analysis';
import { PovertyReport } from './PovertyReport';
import { reportCsv, reportGeoJson, reportSummary } from '../domain/reportExport';
import { CATALOG_LAYER } from '../domain/catalogLayers';
import { DRAW_MODES, type DrawMode, type Drawing } from '../map/drawController';
import { LAYERS, layerForCatalog } from '../domain/layers/registry';
import type { MapController } from '../map/MapController';
import type { Lang } from '../state/atlasState';
import { useAnalysis } from './useAnalysis';
import type { AnalysisRegion, RegionOrigin, UserLayer } from '../domain/model';
import { featureName, isRegionFeature, userIndexedFeatures } from '../domain/userData';
import { t, type StringKey } from './i18n';

interface Props {
  data: AtlasData;
  ctl: MapController | null;
  lang: Lang;
  /** the region shown on the map when it was picked (drawn ones are shown by terra-draw) */
  onPickedRegion: (f: Feature<Polygon | MultiPolygon> | null) => void;
  /** the latest report, for "filter from region" */
  onReport: (r: CoverageReport | null) => void;
  regionFilter: boolean;
  onRegionFilter: (on: boolean) => void;
  onDownload: (blob: Blob, name: string) => void;
  onNotice: (text: string) => void;
  /** adcode of the county selected on the map, offered as a region */
  selectedCounty: string | null;
  /** show or hide the 128,000 synthetic villages (a load test, not plan data) */
  onVillages: (xy: Float64Array | null) => void;
  /** imported layers: their points and lines are measured like plan layers, their polygons can be regions */
  userLayers: UserLayer[];
  /** a region handed in from elsewhere (a saved region, an imported polygon); `nonce` tells repeats apart */
  incoming: (AnalysisRegion & { nonce: number }) | null;
  onSaveRegion: (r: AnalysisRegion) => void;
  onSaveReport: (r: AnalysisRegion, options: CoverageOptions, report: CoverageReport) => void;
  /** a finished drawing, kept at once so a reload or a crash does not lose it */
  onDrawn: (r: AnalysisRegion) => void;
}

const MODE_KEY: Record<(typeof DRAW_MODES)[number], StringKey> = {
  polygon: 'drawPolygon',
  rectangle: 'drawRectangle',
  circle: 'drawCircle',
  freehand: 'drawFreehand',
  linestring: 'drawLine',
  select: 'drawSelect',
};

/** Regions that go when the drawing is removed (undo, delete, clear): those of the drawing tools. */
const CLEARED_WITH_DRAWING: ReadonlySet<RegionOrigin> = new Set(['drawn', 'circle']);

const fmt = (x: number, d = 1) => x.toLocaleString(undefined, { maximumFractionDigits: d });

export function AnalysisPanel({ data, ctl, lang, onPickedRegion, onReport, regionFilter, onRegionFilter, onDownload, onNotice, selectedCounty, onVillages, userLayers, incoming, onSaveRegion, onSaveReport, onDrawn }: Props) {
  const keep = useRef(onDrawn);
  keep.current = onDrawn;
  const userFeatures = useMemo(() => userLayers.flatMap(userIndexedFeatures), [userLayers]);
  const { state, request, clear } = useAnalysis(data, userFeatures);
  const layerTitle = (layer: string, l: Lang) => layerForCatalog(layer)?.title[l] ?? userLayers.find((u) => u.id === layer)?.title ?? layer;
  const [mode, setMode] = useState<DrawMode>('static');
  const [drawing, setDrawing] = useState<Drawing>({ region: null, line: null, regionMode: null, radiusKm: null });
  const [region, setRegion] = useState<AnalysisRegion | null>(null);
  const [withinLayer, setWithinLayer] = useState<string>(CATALOG_LAYER.railway);
  const [withinKm, setWithinKm] = useState(50);
  const [pick, setPick] = useState('');
  const [circle, setCircle] = useState({ lon: 113, lat: 28, km: 300 });

  const pointOrLineLayers = [
    ...LAYERS.flatMap((l) => (l.source.type === 'catalog' ? [{ value: l.source.layer, title: l.title[lang] }] : [])),
    ...userLayers.filter((u) => u.data.kinds.point + u.data.kinds.line > 0).map((u) => ({ value: u.id, title: `${u.title} (${t('importedLayer', lang)})` })),
  ];
  const options: CoverageOptions = useMemo(() => ({ within: [{ layer: withinLayer, km: withinKm }] }), [withinLayer, withinKm]);

  // terra-draw lives as long as the panel and the map.
  useEffect(() => {
    if (!ctl) return;
    ctl.startDrawing('static', {
      onChange: (dr, live) => {
        setDrawing(dr);
        if (!live && dr.region) {
          const r: AnalysisRegion = { feature: dr.region, title: t(dr.regionMode === 'circle' ? 'drawnCircle' : 'drawnRegion', lang), origin: 'drawn' };
          setRegion(r);
          keep.current(r);
        }
        // The drawing was removed: so is the region of the drawing tools (drawn, or a typed circle).
        if (!live && !dr.region) setRegion((r) => (r && CLEARED_WITH_DRAWING.has(r.origin) ? null : r));
      },
    });
    return () => ctl.stopDrawing();
    // The language only names new regions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctl]);

  useEffect(() => {
    if (region) request(region.feature, options);
    else clear();
  }, [region, options, request, clear]);

  useEffect(() => {
    if (!incoming) return;
    setPick('');
    ctl?.clearDrawing();
    onPickedRegion(incoming.feature);
    setRegion({ feature: incoming.feature, title: incoming.title, origin: incoming.origin });
    ctl?.flyToBounds(bbox(incoming.feature) as [number, number, number, number]);
    // only a new hand-in moves the map
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incoming]);

  const report = state.status === 'ready' ? state.report : null;
  useEffect(() => onReport(report), [report, onReport]);

  const chooseMode = (m: DrawMode) => {
    setMode(m);
    ctl?.setDrawMode(m);
    if (m !== 'static' && m !== 'select' && m !== 'linestring') onPickedRegion(null);
  };

  const pickRegion = (value: string) => {
    setPick(value);
    if (!value) return;
    const [kind, id] = value.split(':');
    let f: Feature<Polygon | MultiPolygon> | null = null;
    let title = '';
    const origin: RegionOrigin = kind === 'user' ? 'imported' : 'picked';
    if (kind === 'prov') {
      f = (data.provinces.features.find((p) => p.properties?.provCode === id) as Feature<Polygon | MultiPolygon>) ?? null;
      title = String(f?.properties?.provName ?? id);
    } else if (kind === 'pref') {
      f = (data.prefectures.features.find((p) => p.properties?.prefCode === id) as Feature<Polygon | MultiPolygon>) ?? null;
      title = String(f?.properties?.prefName ?? id);
    } else if (kind === 'county') {
      f = data.countyByAdcode.get(id) ?? null;
      title = String(f?.properties?.name ?? id);
    } else if (kind === 'user') {
      const [layerId, index] = [value.slice(5, value.lastIndexOf('#')), Number(value.slice(value.lastIndexOf('#') + 1))];
      const u = userLayers.find((x) => x.id === layerId);
      const feat = u?.data.features[index];
      if (u && feat && isRegionFeature(feat)) {
        f = feat;
        title = featureName(u, index);
      }
    } else if (kind === 'area') {
      const area = data.areas.find((a) => a.id === id);
      const polys = (area?.counties ?? []).map((c) => data.countyByAdcode.get(c)).filter((c): c is NonNullable<typeof c> => !!c);
      // Dissolve the area's counties into one region (shared borders vanish).
      f = polys.length > 1 ? (union(featureCollection(polys)) as Feature<Polygon | MultiPolygon> | null) : (polys[0] ?? null);
      title = area?.name[lang] ?? id;
    }
    if (!f) return onNotice(t('pickFailed', lang));
    ctl?.clearDrawing();
    onPickedRegion(f);
    setRegion({ feature: f, title, origin });
    ctl?.flyToBounds(bbox(f) as [number, number, number, number]);
  };

  const makeCircle = () => {
    try {
      const f = circleRegion([circle.lon, circle.lat], circle.km);
      ctl?.clearDrawing();
      onPickedRegion(f);
      setRegion({ feature: f, title: `${t('drawnCircle', lang)} r=${circle.km} km`, origin: 'circle' });
      ctl?.flyToBounds(bbox(f) as [number, number, number, number]);
    } catch (e) {
      onNotice((e as Error).message);
    }
  };

  const live = useMemo(() => (drawing.region ? regionReadout(drawing.region) : null), [drawing.region]);
  const lineKm = drawing.line ? measure(drawing.line).lengthKm : null;
  const title = region?.title ?? '';

  return (
    <div className="analysis" data-testid="analysis">
      <div className="draw-tools" role="toolbar" aria-label={t('drawTools', lang)}>
        {DRAW_MODES.map((m) => (
          <button key={m} aria-pressed={mode === m} onClick={() => chooseMode(mode === m ? 'static' : m)} data-mode={m}>
            {t(MODE_KEY[m], lang)}
          </button>
        ))}
        <button onClick={() => ctl?.undoDrawing()}>{t('undo', lang)}</button>
        <button onClick={() => ctl?.redoDrawing()}>{t('redo', lang)}</button>
        <button onClick={() => ctl?.deleteSelectedDrawing()}>{t('delete', lang)}</button>
        <button
          onClick={() => {
            ctl?.clearDrawing();
            onPickedRegion(null);
            setRegion(null);
            setPick('');
          }}
        >
          {t('clearAll', lang)}
        </button>
      </div>
      <dl className="readout" data-testid="readout">
        {live ? (
          <>
            <dt>{t('areaKm2', lang)}</dt>
            <dd>{fmt(live.areaKm2)} km²</dd>
            <dt>{t('perimeterKm', lang)}</dt>
            <dd>{fmt(live.perimeterKm)} km</dd>
            {live.crossesAt ? (
              <dd className="warning" role="status" data-testid="readout-crosses">
                {t('outlineCrosses', lang)}
              </dd>
            ) : null}
          </>
        ) : null}
        {drawing.radiusKm !== null ? (
          <>
            <dt>{t('radiusKm', lang)}</dt>
            <dd>{fmt(drawing.radiusKm)} km</dd>
          </>
        ) : null}
        {lineKm !== null ? (
          <>
            <dt>{t('lineKm', lang)}</dt>
            <dd data-testid="line-km">{fmt(lineKm, 2)} km</dd>
          </>
        ) : null}
      </dl>
      <label className="pick">
        {t('pickRegion', lang)}
        <select value={pick} onChange={(e) => pickRegion(e.target.value)} data-testid="pick-region">
          <option value="">—</option>
          <optgroup label={t('province', lang)}>
            {data.provinces.features.map((p) => (
              <option key={String(p.properties?.provCode)} value={`prov:${p.properties?.provCode}`}>
                {String(lang === 'zh' ? p.properties?.provName : p.properties?.provNameEn)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('prefecture', lang)}>
            {data.prefectures.features.map((p) => (
              <option key={String(p.properties?.prefCode)} value={`pref:${p.properties?.prefCode}`}>
                {String(p.properties?.prefName)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('area', lang)}>
            {data.areas.map((a) => (
              <option key={a.id} value={`area:${a.id}`}>
                {a.name[lang]}
              </option>
            ))}
          </optgroup>
          {userLayers
            .filter((u) => u.data.kinds.polygon > 0)
            .map((u) => (
              <optgroup key={u.id} label={u.title}>
                {u.data.features.slice(0, 500).flatMap((feat, i) =>
                  isRegionFeature(feat) ? [
                    <option key={i} value={`user:${u.id}#${i}`}>
                      {featureName(u, i)}
                    </option>,
                  ] : [],
                )}
              </optgroup>
            ))}
        </select>
      </label>
      <button onClick={() => selectedCounty && pickRegion(`county:${selectedCounty}`)} disabled={!selectedCounty} data-testid="pick-county">
        {t('useSelectedCounty', lang)}
        {selectedCounty ? `（${data.countyByAdcode.get(selectedCounty)?.properties.name ?? selectedCounty}）` : ''}
      </button>
      <div className="circle-form">
        {t('circleAt', lang)}
        <input type="number" aria-label="lon" value={circle.lon} step={0.1} onChange={(e) => setCircle({ ...circle, lon: Number(e.target.value) })} />
        <input type="number" aria-label="lat" value={circle.lat} step={0.1} onChange={(e) => setCircle({ ...circle, lat: Number(e.target.value) })} />
        r
        <input type="number" aria-label="km" value={circle.km} onChange={(e) => setCircle({ ...circle, km: Number(e.target.value) })} /> km
        <button onClick={makeCircle}>OK</button>
      </div>
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
        <input type="checkbox" checked={regionFilter} onChange={(e) => onRegionFilter(e.target.checked)} disabled={!report} data-testid="region-filter" />{' '}
        {t('filterFromRegion', lang)}
      </label>
      <label className="region-filter">
        <input
          type="checkbox"
          data-testid="villages"
          onChange={(e) => {
            if (!e.target.checked) return onVillages(null);
            // Deterministic points allocated by county area (seed 2016): a load test for the map.
            setTimeout(() => onVillages(syntheticVillages(buildAnalysisIndex({ counties: data.counties, catalog: data.catalog, areas: data.areas })).xy), 0);
          }}
        />{' '}
        {t('syntheticVillages', lang)}
      </label>
      <ReportView state={state} report={report} title={title} lang={lang} data={data} layerTitle={layerTitle} />
      {report && region ? (
        <div className="export-row">
          <button onClick={() => onSaveRegion(region)} data-testid="save-region">
            {t('saveRegion', lang)}
          </button>
          <button onClick={() => onSaveReport(region, options, report)} data-testid="save-report">
            {t('saveReport', lang)}
          </button>
          <button onClick={() => onDownload(new Blob([reportCsv(report, title, data.poverty)], { type: 'text/csv;charset=utf-8' }), 'plan-atlas-report.csv')} data-testid="export-csv">
            CSV
          </button>
          <button onClick={() => onDownload(new Blob([JSON.stringify(reportGeoJson(region.feature, report, title))], { type: 'application/geo+json' }), 'plan-atlas-report.geojson')}>
            GeoJSON
          </button>
          <button
            onClick={() =>
              void navigator.clipboard?.writeText(reportSummary(report, title, lang)).then(
                () => onNotice(t('summaryCopied', lang)),
                () => onNotice(reportSummary(report, title, lang)),
              )
            }
          >
            {t('copySummary', lang)}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function ReportView({ state, report, title, lang, data, layerTitle }: { state: ReturnType<typeof useAnalysis>['state']; report: CoverageReport | null; title: string; lang: Lang; data: AtlasData; layerTitle: (layer: string, lang: Lang) => string }) {
  if (state.status === 'starting') return <p className="muted">{t('analysisStarting', lang)}</p>;
  if (state.status === 'error')
    return (
      <p className="error" role="alert" data-testid="analysis-error">
        {state.error.message}
      </p>
    );
  if (state.status === 'computing')
    return (
      <p className="muted" role="status">
        {t('computing', lang)}
      </p>
    );
  if (!report) return <p className="muted">{t('analysisEmpty', lang)}</p>;
  const rail = report.layers.find((l) => l.layer === CATALOG_LAYER.railway);
  const areaName = (id: string) => data.areas.find((a) => a.id === id)?.name[lang] ?? id;
  return (
    <div className="report" data-testid="report">
      <h3>{title}</h3>
      <dl>
        <dt>{t('areaKm2', lang)}</dt>
        <dd>{fmt(report.region.areaKm2)} km²</dd>
        <dt>{t('countiesTouched', lang)}</dt>
        <dd data-testid="report-counties">{report.counties.length}</dd>
        <dt>{t('railKmInside', lang)}</dt>
        <dd data-testid="report-rail-km">{fmt(rail?.kmInside ?? 0)}</dd>
        <dt>{t('kindProject', lang)}</dt>
        <dd>{report.projects.length}</dd>
        <dt>{t('airportsInside', lang)}</dt>
        <dd>{report.airports.map((a) => a.name_zh).join('、') || t('none', lang)}</dd>
      </dl>
      <h4>{t('byLayer', lang)}</h4>
      <table>
        <tbody>
          {report.layers.map((l) => (
            <tr key={l.layer}>
              <td>{layerTitle(l.layer, lang)}</td>
              <td className="num">{l.count}</td>
              <td className="num">{l.kmInside ? `${fmt(l.kmInside)} km` : ''}</td>
              <td className="num">{l.mwInside ? `${fmt(l.mwInside, 0)} MW` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('bySpecialArea', lang)}</h4>
      <table>
        <tbody>
          {report.areas.map((a) => (
            <tr key={a.id}>
              <td>{areaName(a.id)}</td>
              <td className="num">{a.counties}</td>
              <td className="num">{fmt(a.insideKm2, 0)} km²</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.within.map((w) => (
        <p key={`${w.layer}${w.km}`} data-testid="within">
          {lang === 'zh'
            ? `距${layerTitle(w.layer, 'zh')} ${w.km} km 内：面积 ${fmt(w.areaSharePct)}%（±${fmt(w.areaShareErrorPct)}），县城 ${w.seatCount}/${report.counties.length}（${fmt(w.seatSharePct)}%）`
            : `Within ${w.km} km of ${layerTitle(w.layer, 'en')}: ${fmt(w.areaSharePct)}% of the area (±${fmt(w.areaShareErrorPct)}), seats ${w.seatCount}/${report.counties.length} (${fmt(w.seatSharePct)}%)`}
        </p>
      ))}
      <PovertyReport report={report} data={data} lang={lang} layerTitle={layerTitle} />
      <h4>{t('countiesInRegion', lang)}</h4>
      <table className="county-table">
        <thead>
          <tr>
            <th>{t('county', lang)}</th>
            <th>%</th>
            {Object.keys(report.nearest[0]?.km ?? {}).map((l) => (
              <th key={l}>{layerForCatalog(l)?.title[lang] ?? l} km</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.counties.slice(0, 200).map((c) => {
            const n = report.nearest.find((x) => x.adcode === c.adcode);
            return (
              <tr key={c.adcode}>
                <td>{c.name}</td>
                <td className="num">{fmt(c.sharePct)}</td>
                {Object.values(n?.km ?? {}).map((k, i) => (
                  <td key={i} className="num">
                    {k === null ? '—' : fmt(k)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {report.counties.length > 200 ? <p className="muted">… {report.counties.length - 200} more in the CSV</p> : null}
    </div>
  );
}
