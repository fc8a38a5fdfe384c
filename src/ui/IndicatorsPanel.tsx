/** The plan's quantitative targets and aggregate counts, grouped by topic, each with its citation. */
import { useEffect, useRef, useState } from 'react';
import type { IndicatorOutcome } from '../domain/indicatorSchema';
import type { PlanIndicator } from '../domain/types';
import type { Lang } from '../state/atlasState';
import { Citation } from './Citation';
import { t } from './i18n';

export function IndicatorsPanel({ indicators, paragraphs, lang, focus = null }: { indicators: PlanIndicator[]; paragraphs: string[]; lang: Lang; focus?: string | null }) {
  const [open, setOpen] = useState<string | null>(focus);
  // a new focus (from a plan link) opens its indicator, once per change (React's "adjust state when a prop changes")
  const [focused, setFocused] = useState(focus);
  if (focus !== focused) {
    setFocused(focus);
    setOpen(focus);
  }
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) root.current?.querySelector(`[data-indicator="${focus}"]`)?.scrollIntoView({ block: 'center' });
  }, [focus]);
  if (indicators.length === 0) return <p className="muted">{t('noIndicators', lang)}</p>;
  const topics = [...new Map(indicators.map((i) => [i.topic.zh, i.topic])).values()];
  const fmt = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
  return (
    <div className="indicators" data-testid="indicators" ref={root}>
      {topics.map((topic) => (
        <section key={topic.zh}>
          <h3>{topic[lang]}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('indicator', lang)}</th>
                <th scope="col">{t('value', lang)}</th>
                <th scope="col">{t('year', lang)}</th>
                <th scope="col">{t('outcome', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {indicators
                .filter((i) => i.topic.zh === topic.zh)
                .map((i) => (
                  <IndicatorRow key={i.id} i={i} open={open === i.id} onToggle={() => setOpen(open === i.id ? null : i.id)} lang={lang} fmt={fmt} paragraphs={paragraphs} />
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

function IndicatorRow({ i, open, onToggle, lang, fmt, paragraphs }: { i: PlanIndicator; open: boolean; onToggle: () => void; lang: Lang; fmt: Intl.NumberFormat; paragraphs: string[] }) {
  return (
    <>
      <tr data-indicator={i.id}>
        <td>
          <button className="linklike" aria-expanded={open} onClick={onToggle}>
            {i.name[lang]}
          </button>
        </td>
        <td className="num">
          {i.relation === '=' ? '' : `${i.relation} `}
          {fmt.format(i.value)} {i.unit}
          {i.normalized ? <div className="muted">{`${fmt.format(i.normalized.value)} ${i.normalized.unit}`}</div> : null}
        </td>
        <td>{i.targetYear ?? '—'}</td>
        <td data-testid="outcome">
          <Outcome i={i} lang={lang} fmt={fmt} />
        </td>
      </tr>
      {open ? (
        <tr>
          <td colSpan={4}>
            <Citation c={i.citation} paragraphs={paragraphs} lang={lang} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The reported outcome and its year, with its source: a page as its title and its URL as text (never fetched), a named report, or a recollection mark. */
function Outcome({ i, lang, fmt }: { i: PlanIndicator; lang: Lang; fmt: Intl.NumberFormat }) {
  const o = i.outcome;
  if (!o) return <span className="muted">{t('noOutcome', lang)}</span>;
  const value = typeof o.value === 'number' ? `${fmt.format(o.value)} ${o.unit}` : o.value;
  return (
    <>
      <div>
        {value} ({o.year})
      </div>
      <OutcomeSource s={o.source} lang={lang} />
    </>
  );
}

function OutcomeSource({ s, lang }: { s: IndicatorOutcome['source']; lang: Lang }) {
  if (s.kind === 'recollection') return <div className="muted">{t('outcomeRecollection', lang)}</div>;
  if (s.kind === 'report') return <div className="muted">{`${t('outcomeReport', lang)}: ${s.title}`}</div>;
  return (
    <div className="muted">
      {s.title} <span className="source-url">{s.url}</span>
    </div>
  );
}
