import { describe, expect, it } from 'vitest';
import { headingLevel, paragraphOffsets, planLinks, segments } from '../../src/domain/planLinks';
import { atlas, PLAN_TEXT } from './generatedData';

const d = atlas();

describe('plan text links', () => {
  const links = planLinks(d);

  it('cuts a segment at the end of a [sic] note so the mark follows "G65E榆树至蓝田"', () => {
    const n = d.plan.notes!.find((x) => x.quote === 'G65E榆树至蓝田')!;
    const offs = paragraphOffsets(d.plan.paragraphs);
    const i = offs.findIndex((o, k) => o <= n.start && n.end <= o + d.plan.paragraphs[k].length);
    const segs = segments(d.plan.paragraphs[i], offs[i], links, null, [n.end]);
    expect(segs.some((s) => s.start + s.text.length === n.end)).toBe(true);
    expect(segments(d.plan.paragraphs[i], offs[i], links, null).some((s) => s.start + s.text.length === n.end)).toBe(false);
    expect(segs.map((s) => s.text).join('')).toBe(d.plan.paragraphs[i]);
  });

  it('links every cited span once, without overlaps, to the words it cites', () => {
    for (let i = 1; i < links.length; i++) expect(links[i].start).toBeGreaterThanOrEqual(links[i - 1].end);
    const rail = links.find((l) => l.target.kind === 'records' && l.target.ids.includes('rail-yinchuan-xian'))!;
    expect(PLAN_TEXT.slice(rail.start, rail.end)).toBe('银川至西安');
    // 东北三江 is cited by three river records: one link selects all three.
    const sanjiang = links.find((l) => PLAN_TEXT.slice(l.start, l.end) === '东北三江')!;
    expect(sanjiang.target.kind === 'records' && sanjiang.target.ids.length).toBe(3);
    expect(links.some((l) => l.target.kind === 'indicator')).toBe(true);
  });

  it('cuts a paragraph into segments that add up to it, marking links and the highlighted sentence', () => {
    const offs = paragraphOffsets(d.plan.paragraphs);
    const i = d.plan.paragraphs.findIndex((p) => p.startsWith('——铁路'));
    const c = d.catalogById.get('rail-yinchuan-xian')!.properties.citation;
    const segs = segments(d.plan.paragraphs[i], offs[i], links, [c.sentenceStart, c.sentenceEnd]);
    expect(segs.map((s) => s.text).join('')).toBe(d.plan.paragraphs[i]);
    expect(segs.filter((s) => s.highlighted).map((s) => s.text).join('')).toBe(PLAN_TEXT.slice(c.sentenceStart, c.sentenceEnd));
    expect(segs.filter((s) => s.link?.target.kind === 'records').length).toBeGreaterThanOrEqual(34);
  });

  it('recognises section, column and sub-column headings', () => {
    expect(headingLevel('第十一章保障措施')).toBe(1);
    expect(headingLevel('第三节加强贫困地区重大基础设施建设')).toBe(2);
    expect(headingLevel('专栏17贫困地区重大基础设施建设工程')).toBe(2);
    expect(headingLevel('(一)交通骨干通道工程。')).toBe(3);
    expect(headingLevel('构建外通内联交通骨干通道。加强革命老区')).toBeNull();
  });
});
