/** The plan sentence that names a feature, highlighted in its paragraph. */
import type { Citation as Cite } from '../domain/planText';
import type { Lang } from '../state/atlasState';
import { t } from './i18n';

/**
 * Offsets in `c` are into the whole plan text; `paragraphs` are its lines, so the paragraph's
 * start is the sum of the earlier lines' lengths plus one newline each.
 */
export function Citation({ c, paragraphs, lang }: { c: Cite; paragraphs: string[]; lang: Lang }) {
  const para = paragraphs[c.paragraph] ?? '';
  let offset = 0;
  for (let i = 0; i < c.paragraph; i++) offset += paragraphs[i].length + 1;
  const [ss, se, qs, qe] = [c.sentenceStart, c.sentenceEnd, c.start, c.end].map((x) => x - offset);
  return (
    <figure className="citation">
      <figcaption>
        {t('citation', lang)}: {c.section}
        {c.column ? ` · ${c.column}` : ''}
      </figcaption>
      <blockquote lang="zh-CN">
        {para.slice(0, ss)}
        <span className="sentence">
          {para.slice(ss, qs)}
          <mark>{para.slice(qs, qe)}</mark>
          {para.slice(qe, se)}
        </span>
        {para.slice(se)}
      </blockquote>
    </figure>
  );
}
