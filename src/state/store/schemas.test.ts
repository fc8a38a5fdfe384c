import { describe, expect, it } from 'vitest';
import { checkValue, legacyRegionOrigin } from './schemas';

const square = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[106, 32], [107, 32], [107, 33], [106, 33], [106, 32]]] } };
const saved = (extra: Record<string, unknown>) => ({ id: 'r1', title: '秦巴', createdAt: '2026-11-02T08:00:00.000Z', region: square, ...extra });

describe('saved regions carry their origin', () => {
  it('a region saved before origins were kept is read by its title, as the app told them apart then', () => {
    expect(legacyRegionOrigin('✎ 绘制区域 (2026/11/30 10:00:00)')).toBe('drawn');
    expect(legacyRegionOrigin('✎ drawn region')).toBe('drawn');
    expect(legacyRegionOrigin('✎ 圆形区域 (2026/11/30 10:00:00)')).toBe('drawn'); // a circle drawn with the mouse
    expect(legacyRegionOrigin('✎ 圆形区域 r=300 km')).toBe('circle'); // typed in: centre and radius
    expect(legacyRegionOrigin('✎ circle r=12.5 km')).toBe('circle');
    expect(legacyRegionOrigin('六安市')).toBe('picked');
    expect(legacyRegionOrigin('Wushan ✎ r=3 km')).toBe('picked'); // only a leading ✎ counted
  });

  it('the reader fills a missing origin once and keeps a stored one', () => {
    expect(checkValue('regions', saved({ title: '✎ 绘制区域' }))).toEqual({ value: expect.objectContaining({ origin: 'drawn', title: '✎ 绘制区域' }) });
    expect(checkValue('regions', saved({}))).toEqual({ value: expect.objectContaining({ origin: 'picked' }) });
    // a stored origin wins over the title
    expect(checkValue('regions', saved({ title: '✎ 绘制区域', origin: 'imported' }))).toEqual({ value: expect.objectContaining({ origin: 'imported' }) });
  });

  it('an unknown origin is refused with its path', () => {
    const r = checkValue('regions', saved({ origin: 'scribbled' }), ['value']);
    expect(r).toEqual({ problem: { en: expect.stringMatching(/^value\.origin: /), zh: expect.stringMatching(/^value\.origin：/) } });
  });
});
