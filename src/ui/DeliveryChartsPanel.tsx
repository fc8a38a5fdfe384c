/**
 * The delivery charts' frame beside the map: a closed <details> at first; opening it loads the
 * charts (uPlot, ./DeliveryCharts.tsx) as a chunk of their own, so the first load carries none of it.
 * The series are computed here (pure, src/domain/timeline.ts): all of the plan, or the Analysis
 * tab's region (its report's projects with their km inside, and its poverty counties).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { deliverySeries } from '../domain/timeline';
import type { Lang } from '../state/atlasState';
import { t } from './i18n';
import { useUiPick } from './store';

const DeliveryCharts = lazy(() => import('./DeliveryCharts'));

export function DeliveryChartsPanel({ data, lang }: { data: AtlasData; lang: Lang }) {
  const { year, report } = useUiPick('year', 'report');
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<'all' | 'region'>('all');
  const inRegion = scope === 'region' && !!report;
  const series = useMemo(() => {
    // the first map's catalog has no delivery yet (src/domain/firstMap.ts): charts wait for the full data
    if (!open || data.detail !== 'full') return null;
    if (!inRegion || !report) return deliverySeries(data.catalog.features, data.poverty.counties);
    const km = new Map(report.projects.map((p) => [p.id, p.kmInside]));
    const records = data.catalog.features.filter((f) => km.has(f.properties.id));
    const adcodes = new Set(report.counties.map((c) => c.adcode));
    return deliverySeries(records, data.poverty.counties.filter((c) => adcodes.has(c.adcode)), (r) => km.get(r.properties.id) ?? 0);
  }, [open, inRegion, report, data]);
  return (
    <details className="delivery-charts" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid="delivery-charts">
      <summary>{t('chartsTitle', lang)}</summary>
      {report ? (
        <div className="chart-scope" role="radiogroup">
          <label>
            <input type="radio" checked={!inRegion} onChange={() => setScope('all')} /> {t('chartAll', lang)}
          </label>
          <label>
            <input type="radio" checked={inRegion} onChange={() => setScope('region')} data-testid="chart-region" /> {t('chartRegion', lang)}
          </label>
        </div>
      ) : null}
      {open && series ? (
        <Suspense fallback={<p className="muted">{t('chartLoading', lang)}</p>}>
          <DeliveryCharts series={series} year={year} lang={lang} />
        </Suspense>
      ) : open ? (
        <p className="muted" role="status">{t('detailsLoading', lang)}</p>
      ) : null}
    </details>
  );
}
