import { describe, expect, it } from 'vitest';
import { atlas } from './generatedData';

const d = atlas();
const area = (id: string) => {
  const a = d.areas.find((x) => x.id === id);
  if (!a) throw new Error(`no area ${id}`);
  return a;
};
const byName = (adcode: string) => d.countyByAdcode.get(adcode)?.properties.name;

describe('border counties (derived geometrically, corrected to the official list)', () => {
  const b = area('border-counties');

  it('counts 140 counties, all in the nine land-border provinces', () => {
    expect(b.counties).toHaveLength(140);
    expect(d.manifest.counts.borderCounties).toBe(140);
    const provs = new Set(b.counties.map((c) => c.slice(0, 2)));
    expect([...provs].sort()).toEqual(['15', '21', '22', '23', '45', '53', '54', '62', '65']);
  });

  it.each([
    ['451481', '凭祥市'], ['450681', '东兴市'], ['533102', '瑞丽市'], ['222404', '珲春市'], ['232723', '漠河县'],
    ['150781', '满洲里市'], ['152501', '二连浩特市'], ['653131', '塔什库尔干塔吉克自治县'], ['542521', '普兰县'], ['540530', '错那县'],
  ])('includes %s %s', (code, name) => {
    expect(byName(code)).toBe(name);
    expect(b.counties).toContain(code);
  });

  it.each([
    ['110101', '东城区'], ['540102', '城关区'], ['370202', '市南区'], ['460300', '三沙市'], ['440304', '福田区'], ['330212', '鄞州区'],
  ])('excludes %s %s (capital, coast, or next to Hong Kong)', (code, name) => {
    expect(byName(code)).toBe(name);
    expect(b.counties).not.toContain(code);
  });

  it('has provenance saying how it was derived', () => {
    expect(b.provenance.scope).toBe('derived');
    expect(b.citation?.quote).toBe('编制边境扶贫专项规划');
  });
});

describe('revolutionary old areas', () => {
  it('has the five planned and four supported areas the plan names', () => {
    const old = d.areas.filter((a) => a.group === 'old-area');
    expect(old.map((a) => a.name.zh.replace('革命老区', ''))).toEqual(
      expect.arrayContaining(['赣闽粤原中央苏区', '左右江', '大别山', '陕甘宁', '川陕', '沂蒙', '湘鄂赣', '太行', '海陆丰']),
    );
    expect(old).toHaveLength(9);
    for (const a of old) {
      expect(a.citation?.quote, a.id).toBeTruthy();
      expect(['county', 'prefecture', 'mixed']).toContain(a.provenance.scope);
      expect(a.counties.length, a.id).toBeGreaterThan(5);
    }
  });

  it.each([
    ['old-dabieshan', '341524', '金寨县'], ['old-dabieshan', '411523', '新县'], ['old-dabieshan', '421122', '红安县'],
    ['old-ganminyue', '360781', '瑞金市'], ['old-ganminyue', '350821', '长汀县'], ['old-shaanganning', '610602', '宝塔区'],
    ['old-chuanshaan', '511921', '通江县'], ['old-zuoyoujiang', '451002', '右江区'],
  ])('%s includes %s %s', (id, code, name) => {
    expect(byName(code)).toBe(name);
    expect(area(id).counties).toContain(code);
  });

  it.each([
    ['old-dabieshan', '420102'], ['old-shaanganning', '610102'], ['old-ganminyue', '360102'],
  ])('%s excludes provincial capital district %s', (id, code) => {
    expect(area(id).counties).not.toContain(code);
  });
});

describe('every special area', () => {
  it('has counties that exist on the map and provenance', () => {
    for (const a of d.areas) {
      for (const c of a.counties) expect(d.countyByAdcode.has(c), `${a.id} ${c}`).toBe(true);
      expect(a.provenance.document.length).toBeGreaterThan(2);
      expect(a.provenance.note.length).toBeGreaterThan(5);
    }
  });
});
