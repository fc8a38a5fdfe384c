/**
 * Three small bar charts of delivery per year (railway km opened, airports opened, poverty
 * counties exited), drawn with uPlot: a canvas chart of ~50 KB (~20 KB gzip) with no dependencies,
 * small enough for a lazy chunk, and fast; React holds only the container (uPlot is imperative, so
 * each chart is made once per data and destroyed on unmount). The slider's year is marked.
 * Loaded lazily by ./DeliveryChartsPanel.tsx.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DeliverySeries } from '../domain/timeline';
import type { Lang } from '../state/atlasState';
import { t, type StringKey } from './i18n';

const CHARTS: { key: 'railKm' | 'airports' | 'exits'; title: StringKey; color: string }[] = [
  { key: 'railKm', title: 'chartRailKm', color: 'rgb(34,34,34)' },
  { key: 'airports', title: 'chartAirports', color: 'rgb(0,119,187)' },
  { key: 'exits', title: 'chartExits', color: 'rgb(204,76,2)' },
];

function BarChart({ years, values, color, year, label }: { years: number[]; values: number[]; color: string; year: number | null; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const u = new uPlot(
      {
        width: 254,
        height: 90,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [years[0] - 0.6, years[years.length - 1] + 0.6] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
        axes: [
          { size: 18, gap: 2, font: '10px sans-serif', values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? `'${String(v).slice(2)}` : '')), incrs: [1] },
          { size: 40, gap: 2, font: '10px sans-serif', values: (_u, ticks) => ticks.map((v) => (v >= 1000 ? `${Math.round(v / 100) / 10}k` : String(v))) },
        ],
        series: [{}, { label, stroke: color, fill: color, paths: bars, points: { show: false } }],
        hooks: {
          // the slider's year: a band behind its bar
          drawClear: [
            (u) => {
              const y = (u as uPlot & { atlasYear?: number | null }).atlasYear;
              if (y == null) return;
              const x0 = u.valToPos(y - 0.5, 'x', true), x1 = u.valToPos(y + 0.5, 'x', true);
              u.ctx.fillStyle = 'rgba(255,200,0,.35)';
              u.ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
            },
          ],
        },
      },
      [years, values],
      el.current,
    );
    plot.current = u;
    return () => {
      u.destroy();
      plot.current = null;
    };
  }, [years, values, color, label]);
  useEffect(() => {
    const u = plot.current as (uPlot & { atlasYear?: number | null }) | null;
    if (!u) return;
    u.atlasYear = year;
    u.redraw(false);
  }, [year, years, values]);
  return <div ref={el} role="img" aria-label={`${label}: ${years.map((y, i) => `${y} ${values[i]}`).join(', ')}`} />;
}

export default function DeliveryCharts({ series, year, lang }: { series: DeliverySeries; year: number | null; lang: Lang }) {
  const u = series.undated;
  return (
    <div data-testid="delivery-charts-drawn">
      {CHARTS.map((c) => (
        <div key={c.key} data-chart={c.key} data-values={series[c.key].join(',')}>
          <h4>{t(c.title, lang)}</h4>
          <BarChart years={series.years} values={series[c.key]} color={c.color} year={year} label={t(c.title, lang)} />
        </div>
      ))}
      {u.railways || u.airports ? <p className="muted">{t('chartUndated', lang, { n: u.railways, km: u.railKm, a: u.airports })}</p> : null}
    </div>
  );
}
