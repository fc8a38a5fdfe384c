/** The region pick list, rendered to HTML in Node (react-dom/server) on the generated data. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { atlas } from '../../test/unit/generatedData';
import type { Lang } from '../domain/model';
import { RegionPicker } from './RegionPicker';

const data = atlas();
/** The option texts of optgroup `group` of the list in `lang`. */
const options = (lang: Lang, group: string) => {
  const html = renderToStaticMarkup(createElement(RegionPicker, { data, lang, userLayers: [], pick: '', onPick: () => {}, selectedCounty: null, onCircle: () => {} }));
  const m = new RegExp(`<optgroup label="([^"]*)" data-group="${group}">(.*?)</optgroup>`).exec(html);
  return { label: m?.[1], items: [...(m?.[2] ?? '').matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((x) => x[1]) };
};

describe('region pick list', () => {
  it('names prefectures in English in the English page (they stayed Chinese: 北京市, 凉山彝族自治州 …), transliterated and said so', () => {
    const en = options('en', 'prefecture');
    expect(en.items.length).toBe(data.prefectures.features.length);
    expect(en.items.filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual([]);
    expect(en.items).toContain('Liangshanyizu Autonomous Prefecture');
    expect(en.label).toBe('Prefecture (place names transliterated)');
    const zh = options('zh', 'prefecture');
    expect(zh.items).toContain('凉山彝族自治州');
  });
});
