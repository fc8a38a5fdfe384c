/** The hover tooltip's text in both languages, on the generated data. */
import { describe, expect, it } from 'vitest';
import { atlas } from '../../test/unit/generatedData';
import { tooltipText } from './Tooltip';
import { t } from './i18n';

const data = atlas();

describe('tooltip text', () => {
  const butuo = data.counties.features.find((f) => f.properties.name === '布拖县')!.properties;

  it('names a county and its prefecture in Chinese, and by their marked transliterations in English', () => {
    expect(tooltipText({ kind: 'county', county: butuo }, 'zh')).toBe('布拖县 · 凉山彝族自治州');
    const en = tooltipText({ kind: 'county', county: butuo }, 'en');
    expect(en.startsWith(`${butuo.nameEn} · ${butuo.prefNameEn}`)).toBe(true);
    expect(en).toMatch(/^Butuo County · /);
    expect(en.endsWith(t('translitNote', 'en'))).toBe(true);
  });

  it("names an area's county in the reader's language, the area by its own name", () => {
    const props = { kind: 'area' as const, layerId: 'contiguous-destitute', areaId: 'contig-wumeng', areaName: { zh: '乌蒙山区', en: 'Wumeng Mountains' }, areaIndex: 0, adcode: butuo.adcode, countyName: butuo.name, countyNameEn: butuo.nameEn };
    const feature = { type: 'Feature' as const, properties: props, geometry: { type: 'Polygon' as const, coordinates: [] } };
    expect(tooltipText({ kind: 'area', feature }, 'zh')).toBe('布拖县 · 乌蒙山区');
    expect(tooltipText({ kind: 'area', feature }, 'en')).toBe(`Butuo County · Wumeng Mountains${t('translitNote', 'en')}`);
    // no transliteration made: the Chinese name, unmarked
    expect(tooltipText({ kind: 'area', feature: { ...feature, properties: { ...props, countyNameEn: undefined } } }, 'en')).toBe('布拖县 · Wumeng Mountains');
  });
});
