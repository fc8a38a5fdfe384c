/**
 * The plan beside the map: its text with a table of contents; every name that has a record on
 * the map is a link, targets link to the Indicators panel, and the sentence naming the selected
 * feature is highlighted and scrolled into view.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { AtlasData } from '../domain/atlasData';
import { headingLevel, paragraphOffsets, planLinks, segments, type LinkTarget } from '../domain/planLinks';
import type { Citation } from '../domain/planText';
import type { Lang } from '../state/atlasState';
import { t } from './i18n';

interface Props {
  data: AtlasData;
  /** citation of the selected feature, if any */
  cited: Citation | null;
  lang: Lang;
  onLink: (target: LinkTarget) => void;
}

export function DocumentPanel({ data, cited, lang, onLink }: Props) {
  const links = useMemo(() => planLinks(data), [data]);
  const offsets = useMemo(() => paragraphOffsets(data.plan.paragraphs), [data]);
  const notes = data.plan.notes ?? [];
  const noteEnds = notes.map((n) => n.end);
  const root = useRef<HTMLDivElement>(null);
  const sentence: [number, number] | null = cited ? [cited.sentenceStart, cited.sentenceEnd] : null;
  useEffect(() => {
    root.current?.querySelector('.hl')?.scrollIntoView({ block: 'center' });
  }, [cited]);
  const headings = data.plan.paragraphs.map((p, i) => ({ p, i, level: headingLevel(p) })).filter((h) => h.level);
  return (
    <div className="document" ref={root} data-testid="document">
      <nav aria-label={t('contents', lang)} className="toc">
        <h3>{t('contents', lang)}</h3>
        <ul>
          {headings.map((h) => (
            <li key={h.i} className={`toc-${h.level}`}>
              <a href={`#para-${h.i}`} onClick={(e) => {
                e.preventDefault();
                root.current?.querySelector(`#para-${h.i}`)?.scrollIntoView({ block: 'start' });
              }}>
                {h.p.length > 26 ? `${h.p.slice(0, 26)}…` : h.p}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <article lang="zh-CN">
        {data.plan.paragraphs.map((p, i) => {
          const level = headingLevel(p);
          const Tag = level === 1 ? 'h3' : level ? 'h4' : 'p';
          return (
            <Tag key={i} id={`para-${i}`} className={level ? 'doc-heading' : undefined}>
              {segments(p, offsets[i], links, sentence, noteEnds).map((s) => {
                const cls = s.highlighted ? 'hl' : undefined;
                const note = notes.find((n) => n.end === s.start + s.text.length);
                const sic = note ? <sup key={`sic-${s.start}`} className="sic" data-testid="sic" title={note.note[lang]}>[sic]</sup> : null;
                if (!s.link) return [<span key={s.start} className={cls}>{s.text}</span>, sic];
                const target = s.link.target;
                return [
                  <button
                    key={s.start}
                    className={`doc-link doc-${target.kind}${s.highlighted ? ' hl' : ''}`}
                    data-link={target.kind === 'records' ? target.ids.join(',') : target.id}
                    onClick={() => onLink(target)}
                  >
                    {s.text}
                  </button>,
                  sic,
                ];
              })}
              {notes.filter((n) => n.start >= offsets[i] && n.end <= offsets[i] + p.length).map((n) => (
                <span key={`note-${n.start}`} className="sic-note" data-testid="sic-note">
                  [sic] {n.note[lang]}
                </span>
              ))}
            </Tag>
          );
        })}
      </article>
    </div>
  );
}
