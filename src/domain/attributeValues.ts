/**
 * Catalog attribute values that are words, not numbers or codes, in English: the rivers a
 * project names (`river`) and how an airport is built (`airportAction`). A fixed table of the
 * values the catalog uses, translated for this atlas (conventional English river names, as the
 * plan's English readers meet them; the State Council published no English version of the plan).
 * A value not in the table, and every value in Chinese, is returned as written.
 */
export const ATTRIBUTE_VALUES_EN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  river: {
    乌江: 'Wu River',
    嘉陵江: 'Jialing River',
    大渡河: 'Dadu River',
    嫩江: 'Nen River',
    怒江: 'Nu River',
    松花江: 'Songhua River',
    清水河: 'Qingshui River',
    湟水: 'Huangshui River',
    澜沧江: 'Lancang River',
    白龙江: 'Bailong River',
    金沙江: 'Jinsha River',
    雅砻江: 'Yalong River',
    黄河: 'Yellow River',
    黑龙江: 'Heilong River (Amur)',
  },
  airportAction: { 新建: 'New airport', 改扩建: 'Rebuild and extend', 迁建: 'Relocation' },
};

/**
 * Attribute `key`'s value `value` in `lang`.
 * @example attributeValueIn('river', '金沙江', 'en') → 'Jinsha River'
 */
export function attributeValueIn(key: string, value: unknown, lang: 'zh' | 'en'): string {
  const s = String(value);
  return lang === 'zh' ? s : ATTRIBUTE_VALUES_EN[key]?.[s] ?? s;
}
