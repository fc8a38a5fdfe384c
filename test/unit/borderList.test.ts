/** The border-county list: derivation + authored decisions, checked per province. */
import { describe, expect, it } from 'vitest';
import { borderList } from '../../scripts/lib/borderList';

const names = new Map([['540426', '朗县'], ['540423', '墨脱县'], ['659008', '可克达拉市'], ['653131', '塔什库尔干塔吉克自治县']]);
const rules = (decisions: unknown[], provinces = { '54': { name: '西藏', count: 2, source: 'test list' }, '65': { name: '新疆', count: 1, source: 'test list' } }, total = 3) => ({ about: 'x', total, provinces, decisions });
const add = { adcode: '540426', name: '朗县', decision: 'add', why: { zh: '列入名单', en: 'on the list' }, source: 'a source of ten+', recollection: true };
const remove = { adcode: '659008', name: '可克达拉市', decision: 'remove', why: { zh: '兵团城市', en: 'XPCC city' }, source: 'a source of ten+' };
const derived = new Map([['540423', 120.5], ['659008', 40], ['653131', 800]]);

describe('borderList', () => {
  it('adds, removes and gives every member its basis', () => {
    const out = borderList(derived, rules([add, remove]), names);
    expect([...out.keys()]).toEqual(['540423', '540426', '653131']);
    expect(out.get('540423')?.en).toBe('derived geometrically: 120.5 km along the land border');
    expect(out.get('540426')?.en).toBe('added by hand: on the list (from recollection, to be checked)');
    expect(out.get('540426')?.zh).toContain('人工列入');
  });

  it('refuses a province count that differs from the official one, naming the province', () => {
    expect(() => borderList(derived, rules([add]), names)).toThrow(/新疆: 2 \(official 1\)/);
  });

  it('refuses a stale rule and a wrong name', () => {
    expect(() => borderList(derived, rules([{ ...add, adcode: '540423', name: '墨脱县' }, remove]), names)).toThrow(/"add" but the derivation already has it/);
    expect(() => borderList(derived, rules([{ ...add, name: '米林县' }, remove]), names)).toThrow(/the map calls 540426 "朗县"/);
    expect(() => borderList(derived, { total: 1 }, names)).toThrow(/border-counties\.json/);
  });
});
