import { describe, expect, it } from 'vitest';
import { countyNameIn, prefectureNameIn } from './placeNames';
import { atlas } from '../../test/unit/generatedData';

describe('county and prefecture names in the reader’s language', () => {
  const wanzhou = { name: '万州区', nameEn: 'Wanzhou District', prefName: '重庆市', prefNameEn: 'Chongqing City' };

  it('Chinese in Chinese, unmarked; the transliteration in English, marked', () => {
    expect(countyNameIn(wanzhou, 'zh')).toEqual({ text: '万州区', transliterated: false });
    expect(countyNameIn(wanzhou, 'en')).toEqual({ text: 'Wanzhou District', transliterated: true });
    expect(prefectureNameIn(wanzhou, 'zh')).toEqual({ text: '重庆市', transliterated: false });
    expect(prefectureNameIn(wanzhou, 'en')).toEqual({ text: 'Chongqing City', transliterated: true });
  });

  it('the Chinese, unmarked, where the data has no English (a saved report’s county, older data)', () => {
    expect(countyNameIn({ name: '万州区' }, 'en')).toEqual({ text: '万州区', transliterated: false });
    expect(countyNameIn({ name: '万州区', nameEn: '' }, 'en')).toEqual({ text: '万州区', transliterated: false });
  });

  it('the generated data transliterates every county, suffix translated', () => {
    const d = atlas();
    const en = (adcode: string) => countyNameIn(d.countyByAdcode.get(adcode)!.properties, 'en').text;
    expect(en('341524')).toBe('Jinzhai County');
    expect(en('513401')).toBe('Xichang City');
    expect(en('500101')).toBe('Wanzhou District');
    expect(en('513429')).toBe('Butuo County');
    const missing = d.counties.features.filter((f) => !/^[A-Z][\x20-\x7e–]*$/.test(f.properties.nameEn ?? ''));
    expect(missing.map((f) => f.properties.name)).toEqual([]);
  });
});
