/**
 * The time slider (issue 14): off is the plan view (every project drawn as planned, as the atlas
 * always has); on, a year 2016–2025 draws projects and poverty counties by their state then. The
 * slider is a native range input (arrow keys, Home/End step it), the play button steps a year
 * every 1.5 s and stops at 2025, the year shows in large type, and in present mode ↑/↓ step it.
 * Also the legend block with counts per state (TimeLegend) for the layers shown.
 */
import { AREA_GROUP } from '../domain/areaGroups';
import { useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { countPovertyStates, countProjectStates, FIRST_YEAR, LAST_YEAR, POVERTY_STATES, PROJECT_STATES, type ProjectState } from '../domain/timeline';
import type { LayerFeatures } from '../map/featureViews';
import type { LegendEntry } from '../map/exportPicture';
import { LINE_LOOK, POINT_FILL, POVERTY_LOOK, UNKNOWN_GREY } from '../map/timelineStyle';
import { t } from './i18n';
import { POVERTY_LABEL, STATE_LABEL } from './timelineLabels';
import { getUi, setUi, useUiPick } from './store';
import type { Lang } from '../state/atlasState';

/** Milliseconds between years while playing: slow enough to read the map and the counts. */
export const PLAY_STEP_MS = 1500;

const setYear = (year: number | null) => setUi({ year });
const clampYear = (y: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, y));

/** @param ready whether the full data (with each project's delivery) has arrived; until then the toggle waits */
export function TimeSlider({ ready = true }: { ready?: boolean }) {
  const { year, lang, presenting } = useUiPick('year', 'lang', 'presenting');
  const [playing, setPlaying] = useState(false);
  const on = year !== null;

  useEffect(() => {
    if (!playing || year === null || year >= LAST_YEAR) return;
    const id = setTimeout(() => {
      setYear(year + 1);
      // stop at the last year
      if (year + 1 >= LAST_YEAR) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearTimeout(id);
  }, [playing, year]);

  // present mode: ↑/↓ step the year (← → step the views)
  useEffect(() => {
    if (presenting === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      e.preventDefault();
      setPlaying(false);
      const y = getUi().year;
      setYear(y === null ? (e.key === 'ArrowUp' ? FIRST_YEAR : LAST_YEAR) : clampYear(y + (e.key === 'ArrowUp' ? 1 : -1)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting]);

  const play = () => {
    if (playing) return setPlaying(false);
    // from the end (or off) start again at the first year
    if (year === null || year >= LAST_YEAR) setYear(FIRST_YEAR);
    setPlaying(true);
  };

  return (
    <div className={`time-slider${on ? ' on' : ''}`} role="group" aria-label={t('timeSlider', lang)} data-testid="time-slider">
      <label className="time-toggle">
        <input
          type="checkbox"
          checked={on}
          // the first map's catalog carries no delivery (src/domain/firstMap.ts): every project would read 'unknown'
          disabled={!ready && !on}
          title={ready || on ? undefined : t('detailsLoading', lang)}
          onChange={(e) => {
            setPlaying(false);
            setYear(e.target.checked ? LAST_YEAR : null);
          }}
          data-testid="time-toggle"
        />{' '}
        {on ? t('timeOn', lang) : t('timeOff', lang)}
      </label>
      {on ? (
        <>
          <button className="time-play" onClick={play} aria-pressed={playing} data-testid="time-play">
            {playing ? `❚❚ ${t('timePause', lang)}` : `▶ ${t('timePlay', lang)}`}
          </button>
          <input
            type="range"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            step={1}
            value={year}
            onChange={(e) => {
              setPlaying(false);
              setYear(Number(e.target.value));
            }}
            aria-label={t('timeYear', lang)}
            aria-valuetext={t('timeYearShown', lang, { year })}
            data-testid="time-range"
          />
          <output className="time-year" aria-live="polite" data-testid="time-year">
            {year}
          </output>
          {presenting !== null ? <span className="muted time-keys">{t('timePresentKeys', lang)}</span> : null}
        </>
      ) : null}
    </div>
  );
}

const rgb = (c: readonly number[], a = 1) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

/** A legend swatch for a state: a line with its dash and a point with its fill. */
function StateSwatch({ state }: { state: ProjectState }) {
  const look = LINE_LOOK[state];
  const c = look.grey ? UNKNOWN_GREY : [60, 60, 60];
  const dash = look.dash[0] ? `${look.dash[0] * 2} ${look.dash[1] * 2}` : undefined;
  const fill = POINT_FILL[state];
  return (
    <svg width={34} height={16} viewBox="0 0 34 16" aria-hidden="true" className="swatch">
      <line x1={1} y1={8} x2={17} y2={8} stroke={rgb(c, look.alpha / 255)} strokeWidth={2.5 * look.widthScale} strokeDasharray={dash} />
      <circle cx={26} cy={8} r={5.5} fill={fill === 'filled' ? rgb(c) : fill === 'query' ? '#eee' : '#fff'} stroke={rgb(c)} strokeWidth={1.8} strokeDasharray={fill === 'query' ? '2 1.5' : undefined} />
      {fill === 'half' ? <circle cx={26} cy={8} r={2.4} fill={rgb(c)} /> : null}
      {fill === 'crossed' ? <path d="M22 4L30 12M30 4L22 12" stroke={rgb(c)} strokeWidth={1.5} /> : null}
    </svg>
  );
}

/**
 * Counts per state in the slider's year: records of the shown catalog layers (after filters),
 * and poverty counties when their layer is shown. Nothing in the plan view.
 */
export function TimeLegend({ data, layers, visible, lang }: { data: AtlasData; layers: LayerFeatures[]; visible: Record<string, boolean>; lang: Lang }) {
  const { year } = useUiPick('year');
  const records = useMemo(() => layers.filter((l) => !l.user && l.def.source.type === 'catalog' && visible[l.def.id]).flatMap((l) => l.records), [layers, visible]);
  const poverty = layers.find((l) => !l.user && l.def.source.type === 'area' && l.def.countBy === 'county' && l.def.source.group === AREA_GROUP.poverty);
  const povertyShown = !!poverty && !!visible[poverty.def.id];
  const counties = useMemo(() => {
    if (!poverty) return [];
    const shown = new Set(poverty.areas.map((a) => a.properties.adcode));
    return data.poverty.counties.filter((c) => shown.has(c.adcode));
  }, [poverty, data]);
  if (year === null) return null;
  const pc = countProjectStates(records, year);
  const vc = countPovertyStates(counties, year);
  return (
    <div className="time-legend" data-testid="time-legend">
      <h3>{t('timeYearShown', lang, { year })}</h3>
      {records.length ? (
        <>
          <p className="muted">{t('timeProjects', lang)}</p>
          <ul>
            {PROJECT_STATES.filter((s) => pc[s] || s === 'unknown' || s === 'in-service').map((s) => (
              <li key={s} data-state={s}>
                <StateSwatch state={s} /> {t(STATE_LABEL[s], lang)} <span className="count">({pc[s]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {povertyShown ? (
        <>
          <p className="muted">{t('timePoverty', lang)}</p>
          <ul>
            {POVERTY_STATES.filter((s) => vc[s] || s !== 'unknown').map((s) => (
              <li key={s} data-poverty-state={s}>
                <svg width={18} height={16} viewBox="0 0 18 16" aria-hidden="true" className="swatch">
                  <rect x={2} y={2} width={14} height={12} fill={rgb(POVERTY_LOOK[s].color, POVERTY_LOOK[s].fillOpacity)} stroke={rgb(POVERTY_LOOK[s].color)} strokeWidth={POVERTY_LOOK[s].lineWidth} />
                </svg>{' '}
                {t(POVERTY_LABEL[s], lang)} <span className="count">({vc[s]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * The PNG legend's rows for the slider's year: "2019 · In service (12)" per state of the shown
 * projects (states with none left out), solid for in service, dashed otherwise, grey for unknown.
 */
export function timeLegendRows(layers: LayerFeatures[], visible: Record<string, boolean>, lang: Lang, year: number): LegendEntry[] {
  const records = layers.filter((l) => !l.user && l.def.source.type === 'catalog' && visible[l.def.id]).flatMap((l) => l.records);
  const pc = countProjectStates(records, year);
  return PROJECT_STATES.filter((s) => pc[s]).map((s) => ({
    label: `${year} · ${t(STATE_LABEL[s], lang)} (${pc[s]})`,
    color: LINE_LOOK[s].grey ? UNKNOWN_GREY : ([60, 60, 60] as const),
    symbol: s === 'in-service' ? 'line' : 'dashed-line',
  }));
}
