/**
 * The coverage report as of the time slider's year (src/domain/analysis/asOfYear.ts): one block
 * in the report, and what the CSV export adds. In the plan view it says so, so a reader knows the
 * figures above count every project as planned.
 */
import { useMemo } from 'react';
import type { CoverageReport } from '../domain/analysis';
import { asOfYear, type AsOfYear } from '../domain/analysis/asOfYear';
import type { AtlasData } from '../domain/atlasData';
import { POVERTY_STATES, PROJECT_STATES } from '../domain/timeline';
import type { Lang } from '../state/atlasState';
import { fmt } from './DrawTools';
import { t } from './i18n';
import { useUiPick } from './store';
import { POVERTY_LABEL, STATE_LABEL } from './TimeSlider';

/** Distance of the "seat near a railway in service" test: the report's railway setting, else 50 km. */
export function seatKm(report: CoverageReport): number {
  return report.within.find((w) => w.layer === 'railway')?.km ?? 50;
}

/** The report as of `year`, or undefined in the plan view. */
export function reportAsOf(report: CoverageReport, data: AtlasData, year: number | null): AsOfYear | undefined {
  return year === null ? undefined : asOfYear(report, data.catalog, data.poverty.counties, year, seatKm(report));
}

export function ReportAsOfYear({ report, data, lang }: { report: CoverageReport; data: AtlasData; lang: Lang }) {
  const { year } = useUiPick('year');
  const a = useMemo(() => reportAsOf(report, data, year), [report, data, year]);
  if (!a) return <p className="muted" data-testid="report-as-of">{t('reportPlanView', lang)}</p>;
  const sep = lang === 'zh' ? '，' : ', ';
  const states = PROJECT_STATES.filter((s) => a.projects[s]).map((s) => `${t(STATE_LABEL[s], lang)} ${a.projects[s]}`).join(sep) || '0';
  const poverty = POVERTY_STATES.filter((s) => a.poverty[s]).map((s) => `${t(POVERTY_LABEL[s], lang)} ${a.poverty[s]}`).join(sep) || '0';
  return (
    <div className="report-as-of" data-testid="report-as-of" data-year={a.year}>
      <h4>{t('reportAsOf', lang, { year: a.year })}</h4>
      <p>{t('reportYearLine', lang, { year: a.year, states, poverty })}</p>
      <p data-testid="report-as-of-seats" data-within={a.seats.within} data-of={a.seats.of}>
        {t('reportSeatsRail', lang, { year: a.year, km: a.seats.km, n: a.seats.within, total: a.seats.of, pct: fmt(a.seats.sharePct) })}
      </p>
    </div>
  );
}
