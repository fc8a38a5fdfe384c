/** The interface catalog (src/ui/i18n.ts): both languages for every key, the same placeholders in each, and their filling. */
import { describe, expect, it } from 'vitest';
import { circleRegion, RegionError, validateRegion } from '../domain/analysis';
import { regionText, STRING_KEYS, t } from './i18n';

/** Chinese measure words, which English leaves out (e.g. "12 个" beside "12") */
const COUNTER_WORDS = new Set(['features']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('t(key, lang, params)', () => {
  it('has a non-empty string in both languages for every key, with the same placeholders', () => {
    for (const k of STRING_KEYS) {
      expect(t(k, 'zh').trim(), k).not.toBe('');
      if (!COUNTER_WORDS.has(k)) expect(t(k, 'en').trim(), k).not.toBe('');
      expect(placeholders(t(k, 'zh')), k).toEqual(placeholders(t(k, 'en')));
    }
  });

  it('fills the placeholders and leaves one without a value as written', () => {
    expect(t('moreInCsv', 'en', { n: 12 })).toBe('… 12 more in the CSV');
    expect(t('moreInCsv', 'zh', { n: 12 })).toBe('… 另有 12 个，见 CSV');
    expect(t('pngFailed', 'en', { error: 'no canvas' })).toBe('PNG export failed: no canvas');
    expect(t('pngFailed', 'zh', {})).toBe('PNG 导出失败：{error}');
    expect(t('title', 'en')).toBe('Plan Atlas');
  });
});

describe('regionText: a refusal of the analysis in both languages', () => {
  it('puts the numbers of a real refusal into each language; the English reads as the domain message', () => {
    const refusals: (() => unknown)[] = [
      () => circleRegion([113, 28], 0),
      () => circleRegion([113, 28], 1e6),
      () => circleRegion([200, 28], 10),
      () => validateRegion({ type: 'Point', coordinates: [1, 2] }),
      () => validateRegion({ type: 'Polygon', coordinates: [[[100, 30], [101, 30], [100, 30]]] }),
      () => validateRegion({ type: 'Polygon', coordinates: [[[100, 30], [101, 31], [101, 30], [100, 31], [100, 30]]] }),
      () => validateRegion({ type: 'Polygon', coordinates: [[[179, 0], [-179, 0], [-179, 1], [179, 0]]] }),
      () => validateRegion({ type: 'Polygon', coordinates: [[[100, 30], ['x', 31], [101, 30], [100, 30]]] }),
    ];
    for (const fn of refusals) {
      let err: unknown = null;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RegionError);
      const e = err as RegionError;
      expect(regionText(e.text, 'en'), e.code).toBe(e.message);
      const zh = regionText(e.text, 'zh');
      expect(zh, e.code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, `${e.code}: ${zh}`).not.toMatch(/\{\w+\}/);
    }
  });
});
