/** The plan's quantitative targets and aggregate counts, grouped by topic, each with its citation. */
import { useEffect, useRef, useState } from 'react';
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
      </tr>
      {open ? (
        <tr>
          <td colSpan={3}>
            <Citation c={i.citation} paragraphs={paragraphs} lang={lang} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
