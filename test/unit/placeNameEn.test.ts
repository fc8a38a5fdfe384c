import { describe, expect, it } from 'vitest';
import { placeNameEn } from '../../scripts/lib/placeNameEn';

describe('English for places without an authored English name (transliterated)', () => {
  it('transliterates and translates the administrative suffix', () => {
    expect(placeNameEn('六安市')).toBe('Luan City');
    expect(placeNameEn('那曲地区')).toBe('Naqu Prefecture');
    expect(placeNameEn('锡林郭勒盟')).toBe('Xilinguole League');
    expect(placeNameEn('甘孜藏族自治州')).toBe('Ganzizangzu Autonomous Prefecture');
    expect(placeNameEn('白鹤滩')).toBe('Baihetan');
  });
  it('reads a river reach "in" one county or on the border of several', () => {
    expect(placeNameEn('金沙江(德钦县境)')).toBe('Jinshajiang (in Deqin County)');
    expect(placeNameEn('金沙江(古城区、永胜县界)')).toBe('Jinshajiang (Gucheng District–Yongsheng County border)');
    expect(placeNameEn('宜宾(岷江口)')).toBe('Yibin (Minjiangkou)');
  });
});
