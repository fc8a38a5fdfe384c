import { describe, expect, it } from 'vitest';
import { locate } from '../../src/domain/planText';
import { atlas, PLAN_TEXT } from './generatedData';

describe('plan citations', () => {
  it('locates a quote after its anchor, with its sentence and paragraph', () => {
    const c = locate(PLAN_TEXT, { section: '第三节', column: '专栏17(三)', quote: '白鹤滩', after: '——水电' });
    expect(PLAN_TEXT.slice(c.start, c.end)).toBe('白鹤滩');
    const sentence = PLAN_TEXT.slice(c.sentenceStart, c.sentenceEnd);
    expect(sentence).toBe('——水电:开工建设金沙江白鹤滩、叶巴滩,澜沧江托巴,雅砻江孟底沟,大渡河硬梁包,黄河玛尔挡、羊曲等水电站;');
    expect(PLAN_TEXT.split('\n')[c.paragraph]).toContain('白鹤滩');
  });

  it('throws, naming the quote, when the words are not in the plan', () => {
    expect(() => locate(PLAN_TEXT, { section: '第三节', quote: '三峡大坝' })).toThrow(/"三峡大坝" does not occur/);
    expect(() => locate(PLAN_TEXT, { section: '第三节', quote: '白鹤滩', after: '不存在的锚' })).toThrow(/anchor/);
  });

  it('every catalog record and special area quotes the plan verbatim at its span', () => {
    const d = atlas();
    for (const f of d.catalog.features) {
      const c = f.properties.citation;
      expect(PLAN_TEXT.slice(c.start, c.end), f.properties.id).toBe(c.quote);
      expect(c.sentenceStart).toBeLessThanOrEqual(c.start);
      expect(c.sentenceEnd).toBeGreaterThanOrEqual(c.end);
    }
    for (const a of d.areas) if (a.citation) expect(PLAN_TEXT.slice(a.citation.start, a.citation.end), a.id).toBe(a.citation.quote);
  });
});
