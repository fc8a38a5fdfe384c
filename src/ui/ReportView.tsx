/** The coverage report as read in the analysis tab, and its exports (save, CSV, GeoJSON, summary). */
import type { AtlasData } from '../domain/atlasData';
import type { CoverageOptions, CoverageReport } from '../domain/analysis';
import { CATALOG_LAYER } from '../domain/catalogLayers';
import { layerForCatalog } from '../domain/layers/registry';
import type { AnalysisRegion } from '../domain/model';
import { reportGeoJson, reportSummary } from '../domain/reportExport';
import { downloadReportZip, reportNames } from './reportDownload';
import type { Lang } from '../state/atlasState';
import { download } from './download';
import { fmt } from './DrawTools';
import { countyNameIn } from '../domain/placeNames';
import { regionText, t } from './i18n';
import { getUi, setUi } from './store';
import type { useAnalysis } from './useAnalysis';
import { useWork } from './workContext';
import { PovertyReport } from './PovertyReport';
import { ReportAsOfYear, reportAsOf } from './ReportAsOfYear';

/** The report's state: starting, failed, computing, none yet, or the report in tables. */
export function ReportView({ state, report, title, lang, data, layerTitle }: { state: ReturnType<typeof useAnalysis>['state']; report: CoverageReport | null; title: string; lang: Lang; data: AtlasData; layerTitle: (layer: string, lang: Lang) => string }) {
  if (state.status === 'starting') return <p className="muted">{t('analysisStarting', lang)}</p>;
  if (state.status === 'error')
    return (
      <p className="error" role="alert" data-testid="analysis-error">
        {state.error.text ? regionText(state.error.text, lang) : state.error.code === 'not-ready' ? t('analysisNotReady', lang) : t('analysisInternal', lang, { error: state.error.message })}
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
  const projectName = (p: { id: string; name_zh: string }) => (lang === 'en' ? data.catalogById.get(p.id)?.properties.name_en : undefined) ?? p.name_zh;
  // the report holds the Chinese name; English from the county data (a transliteration, said in the column title)
  const countyName = (c: { adcode: string; name: string }) => countyNameIn(data.countyByAdcode.get(c.adcode)?.properties ?? { name: c.name }, lang);
  const translit = report.counties.some((c) => countyName(c).transliterated);
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
        <dd data-testid="report-airports">{report.airports.map(projectName).join(t('listSep', lang)) || t('none', lang)}</dd>
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
      {report.importedLayers.length ? (
        <>
          <h4>{t('reportImported', lang)}</h4>
          <table data-testid="report-imported">
            <tbody>
              {report.importedLayers.map((l) => (
                <tr key={l.layer}>
                  <td>{layerTitle(l.layer, lang)}</td>
                  <td className="num">{l.count}</td>
                  <td className="num">{l.kmInside ? `${fmt(l.kmInside)} km` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
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
          {t('withinLine', lang, { layer: layerTitle(w.layer, lang), km: w.km, areaPct: fmt(w.areaSharePct), errorPct: fmt(w.areaShareErrorPct), seats: w.seatCount, counties: report.counties.length, seatPct: fmt(w.seatSharePct) })}
        </p>
      ))}
      <PovertyReport report={report} data={data} lang={lang} layerTitle={layerTitle} />
      <ReportAsOfYear report={report} data={data} lang={lang} />
      <h4>{t('countiesInRegion', lang)}</h4>
      <table className="county-table">
        <thead>
          <tr>
            <th>
              {t('county', lang)}
              {translit ? t('translitNote', lang) : null}
            </th>
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
                <td>{countyName(c).text}</td>
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
      {report.counties.length > 200 ? <p className="muted">{t('moreInCsv', lang, { n: report.counties.length - 200 })}</p> : null}
    </div>
  );
}

/** Keep the region or report, or export the report (CSV with BOM, GeoJSON, summary to the clipboard). */
export function ReportActions({ region, options, report, title, lang, data }: { region: AnalysisRegion; options: CoverageOptions; report: CoverageReport; title: string; lang: Lang; data: AtlasData }) {
  const work = useWork();
  const notify = (notice: string) => setUi({ notice });
  return (
    <div className="export-row">
      <button onClick={() => work.region.save(region)} data-testid="save-region">
        {t('saveRegion', lang)}
      </button>
      <button onClick={() => work.report.save(region, options, report)} data-testid="save-report">
        {t('saveReport', lang)}
      </button>
      <button onClick={() => downloadReportZip(report, title, { ...reportNames(data, work.userLayers, lang), asOf: reportAsOf(report, data, getUi().year) }, 'plan-atlas-report')} data-testid="export-csv" title={t('csvZipTip', lang)}>
        {t('csvZip', lang)}
      </button>
      <button onClick={() => download(new Blob([JSON.stringify(reportGeoJson(region.feature, report, title))], { type: 'application/geo+json' }), 'plan-atlas-report.geojson')}>GeoJSON</button>
      <button
        onClick={() =>
          void navigator.clipboard?.writeText(reportSummary(report, title, lang)).then(
            () => notify(t('summaryCopied', lang)),
            () => notify(reportSummary(report, title, lang)),
          )
        }
      >
        {t('copySummary', lang)}
      </button>
    </div>
  );
}
