import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PovertyData } from '../../src/domain/poverty';
import { describePoverty, evidenceTable, weakest } from '../../src/domain/poverty';
import { keyTotalProblems } from '../../scripts/lib/poverty';
import { atlas } from './generatedData';

const root = join(import.meta.dirname, '..', '..');
const pv = JSON.parse(readFileSync(join(root, 'public/generated/poverty-counties.json'), 'utf8')) as PovertyData;
const d = atlas();
const units = (cs: PovertyData['counties']) => cs.reduce((s, c) => s + c.units, 0);
const byCode = new Map(pv.counties.map((c) => [c.adcode, c]));

/** Stated national totals per province (the reference README; 河北/湖南/海南 by arithmetic from 832). */
const PROVINCE_TOTALS: Record<string, number> = {
  河北: 45, 山西: 36, 内蒙古: 31, 吉林: 8, 黑龙江: 20, 安徽: 20, 江西: 24, 河南: 38, 湖北: 28, 湖南: 40, 广西: 33,
  海南: 5, 重庆: 14, 四川: 66, 贵州: 66, 云南: 88, 西藏: 74, 陕西: 56, 甘肃: 58, 青海: 42, 宁夏: 8, 新疆: 32,
};
/** Stated 2012 重点县 totals per province (国务院扶贫办 2012-03; the reference README). */
const KEY_TOTALS: Record<string, number> = {
  河北: 39, 山西: 35, 内蒙古: 31, 吉林: 8, 黑龙江: 14, 安徽: 19, 江西: 21, 河南: 31, 湖北: 25, 湖南: 20, 广西: 28,
  海南: 5, 重庆: 14, 四川: 36, 贵州: 50, 云南: 73, 西藏: 0, 陕西: 50, 甘肃: 43, 青海: 15, 宁夏: 8, 新疆: 27,
};
/** Official 片区 county totals (2012) and how far the atlas may be off where membership is derived. */
const AREA_TOTALS: [string, number, number][] = [
  ['contig-liupanshan', 61, 0], ['contig-qinba', 75, 0], ['contig-wuling', 64, 0], ['contig-wumeng', 38, 0],
  ['contig-dianguiqian', 80, 3], ['contig-dianxi', 56, 2], ['contig-daxinganling-south', 19, 0], ['contig-yanshan-taihang', 33, 0],
  ['contig-lvliang', 20, 0], ['contig-dabieshan', 36, 0], ['contig-luoxiao', 23, 0], ['contig-xizang', 74, 0],
  ['contig-four-province-tibetan', 77, 0], ['contig-south-xinjiang', 24, 0],
];

describe('poverty counties (public/generated/poverty-counties.json)', () => {
  it('has 832 units on 830 map units (海西 three 行委 are one unit counted 3)', () => {
    expect(units(pv.counties)).toBe(832);
    expect(pv.counties).toHaveLength(830);
    expect(byCode.get('632825')).toMatchObject({ name: '海西蒙古族藏族自治州直辖', units: 3 });
  });

  it.each(Object.entries(PROVINCE_TOTALS))('%s has its stated total %i', (prov, n) => {
    expect(units(pv.counties.filter((c) => c.province.startsWith(prov)))).toBe(n);
  });

  it.each(AREA_TOTALS)('片区 %s: %i counties (±%i where derived), the same in areas.json', (id, n, tol) => {
    const members = pv.counties.filter((c) => c.area === id);
    expect(Math.abs(units(members) - n)).toBeLessThanOrEqual(tol);
    const area = d.areas.find((a) => a.id === id)!;
    expect([...area.counties].sort()).toEqual(members.map((c) => c.adcode).sort());
  });

  it('六盘山区 holds the per-province counts a page gives (陕西 7, 甘肃 40, 青海 7, 宁夏 7)', () => {
    const lps = pv.counties.filter((c) => c.area === 'contig-liupanshan');
    const n = (p: string) => units(lps.filter((c) => c.province.startsWith(p)));
    expect([n('陕西'), n('甘肃'), n('青海'), n('宁夏')]).toEqual([7, 40, 7, 7]);
  });

  it('counties placed outside a derived 片区 by an override are key counties, and cite the page behind the count', () => {
    for (const [code, name] of [['630121', '大通回族土族自治县'], ['630203', '平安区'], ['610429', '旬邑县'], ['150722', '莫力达瓦达斡尔族自治旗'], ['150723', '鄂伦春自治旗']]) {
      expect(byCode.get(code), code).toMatchObject({ name, area: null, key: true, designation: 'key' });
      expect(byCode.get(code)!.facts.area.level, code).toBe('recollection');
      expect(byCode.get(code)!.facts.area.sources.length, code).toBeGreaterThan(0);
    }
    expect(byCode.get('630121')!.facts.area.sources).toContain('http://www.kechixu1.com/article-72-112808-0.html');
  });

  it('靖西 is a key county by a page that names its 片区 status apart', () => {
    expect(byCode.get('451081')).toMatchObject({ name: '靖西市', key: true, designation: 'both', area: 'contig-dianguiqian' });
    expect(byCode.get('451081')!.facts.designation.sources).toContain('http://fc.jingxi.net/simple/t3040.html');
  });

  it('a derived area says how its count stands against the official total', () => {
    const note = (id: string) => d.areas.find((x) => x.id === id)!.provenance.note;
    expect(note('contig-liupanshan')).toContain('the official total is 61: met');
    expect(note('contig-daxinganling-south')).toContain('the official total is 19: met');
    expect(note('contig-dianguiqian')).toMatch(/the official total is 80: \d+ over/);
    expect(note('contig-dianxi')).toMatch(/the official total is 56: \d+ over/);
  });

  it('areas whose members are derived say so in their provenance', () => {
    for (const id of ['contig-liupanshan', 'contig-qinba', 'contig-dianguiqian', 'contig-dianxi', 'contig-daxinganling-south']) {
      const a = d.areas.find((x) => x.id === id)!;
      expect(a.provenance.scope, id).toBe('derived');
      expect(a.provenance.note, id).toMatch(/^DERIVED/);
    }
  });

  it('totals 680 片区 units within the derivation slack, and no county is in two 片区', () => {
    const inArea = units(pv.counties.filter((c) => c.area));
    expect(inArea).toBeGreaterThanOrEqual(680);
    expect(inArea).toBeLessThanOrEqual(700);
    const seen = new Map<string, string>();
    for (const a of d.areas.filter((x) => x.group === 'contiguous-destitute')) {
      for (const c of a.counties) {
        expect(seen.get(c), `${c} in ${a.id} and ${seen.get(c)}`).toBeUndefined();
        seen.set(c, a.id);
      }
    }
  });

  it.each([
    ['450103', '青秀区'], ['410302', '老城区'], ['450102', '兴宁区'], ['410303', '西工区'], ['620102', '城关区'], ['530102', '五华区'],
    ['610102', '新城区'], ['520102', '南明区'], ['500103', '渝中区'], ['420102', '江岸区'], ['630102', '城东区'], ['640104', '兴庆区'],
  ])('has no central city district: %s %s', (code, name) => {
    expect(d.countyByAdcode.get(code)?.properties.name).toBe(name);
    expect(byCode.has(code)).toBe(false);
    for (const a of d.areas.filter((x) => x.group === 'contiguous-destitute')) expect(a.counties, a.id).not.toContain(code);
  });

  it('every entry has evidence for each fact, and a designation consistent with its key status and 片区', () => {
    for (const c of pv.counties) {
      for (const f of Object.values(c.facts)) {
        expect(['page', 'derived', 'recollection'], c.name).toContain(f.level);
        expect(f.basis.length, c.name).toBeGreaterThan(5);
      }
      expect(['page', 'derived', 'recollection']).toContain(c.evidence);
      expect(c.exitYear).toBeGreaterThanOrEqual(2016);
      expect(c.exitYear).toBeLessThanOrEqual(2020);
      if (c.designation === 'both') expect(c.key && c.area).toBeTruthy();
      if (c.designation === 'key') expect(c.key === true && c.area === null).toBe(true);
      if (c.designation === 'pianqu') expect(c.key !== true && c.area !== null).toBe(true);
    }
  });

  it.each(Object.entries(KEY_TOTALS))('%s: key counties equal the stated %i, with none left open', (prov, n) => {
    const cs = pv.counties.filter((c) => c.province.startsWith(prov));
    expect(units(cs.filter((c) => c.key === true))).toBe(n);
    expect(cs.filter((c) => c.key === null).map((c) => c.name)).toEqual([]);
  });

  it('counts exactly 592 key counties, none open, and every key status says what it rests on', () => {
    expect(units(pv.counties.filter((c) => c.key === true))).toBe(592);
    expect(pv.counties.filter((c) => c.key === null)).toHaveLength(0);
    for (const c of pv.counties) {
      const f = c.facts.designation;
      expect(f.basis, c.name).toMatch(/重点县: /);
      if (f.level === 'page') expect(f.sources.length, c.name).toBeGreaterThan(0);
      if (c.key !== null && /recalled|recollection/i.test(f.basis)) expect(f.level, c.name).toBe('recollection');
    }
  });

  it('keeps the evidence counts consistent: each county at its weakest fact, levels summing to 832 units', () => {
    for (const c of pv.counties) expect(c.evidence, c.name).toBe(weakest(Object.values(c.facts).map((f) => f.level)));
    const lv = (l: string) => units(pv.counties.filter((c) => c.facts.designation.level === l));
    expect(lv('page') + lv('derived') + lv('recollection')).toBe(832);
    const t = evidenceTable(pv.counties);
    expect(t.reduce((s, r) => s + r.recollection, 0)).toBe(units(pv.counties.filter((c) => c.evidence === 'recollection')));
  });

  it('keyTotalProblems refuses a province over its total, a closed province short of it, and one that cannot reach it', () => {
    expect(keyTotalProblems([{ province: '湖北', stated: 25, key: 25, open: 0 }, { province: '贵州', stated: 50, key: 10, open: 56 }])).toEqual([]);
    expect(keyTotalProblems([{ province: '湖北', stated: 25, key: 26, open: 0 }])[0]).toMatch(/湖北 has 26 key counties, more than its stated 25/);
    expect(keyTotalProblems([{ province: '湖北', stated: 25, key: 24, open: 0 }])[0]).toMatch(/closed .* 24 .* not its stated 25/);
    expect(keyTotalProblems([{ province: '湖北', stated: 25, key: 20, open: 3 }])[0]).toMatch(/cannot reach its stated 25/);
  });

  it('exit batches reconcile with the national batch counts (28/125/283/344/52)', () => {
    const by = (y: number) => units(pv.counties.filter((c) => c.exitYear === y));
    // 海西's 3 行委 are dated 2016 by the province's report; the national tally has them among 2018/2019.
    expect(by(2016)).toBe(28 + 3);
    expect(by(2017)).toBe(125);
    expect(by(2018) + by(2019)).toBe(283 + 344 - 3);
    expect(by(2020)).toBe(52);
    expect(pv.exitDate).toMatch(/申请退出的批次年份/);
  });

  it('resolves renamed and merged units to the 2016 map unit, once', () => {
    expect(byCode.get('130705')).toMatchObject({ name: '宣化区', area: 'contig-yanshan-taihang' });
    expect(byCode.get('130705')!.renamed).toMatch(/宣化县/);
    expect(byCode.get('130709')!.renamed).toMatch(/崇礼县/);
    expect(byCode.get('230883')).toMatchObject({ name: '抚远市' });
    expect(byCode.get('500232')).toMatchObject({ name: '武隆县', key: true, exitYear: 2016 });
    expect(new Set(pv.counties.map((c) => c.adcode)).size).toBe(pv.counties.length);
  });

  it('marks filled-in facts as recollection and excludes the recalled provincial county', () => {
    expect(byCode.get('530621')).toMatchObject({ name: '鲁甸县', exitYear: 2019 });
    expect(byCode.get('530621')!.facts.membership.level).toBe('recollection');
    expect(byCode.get('530621')!.facts.exitYear.level).toBe('derived');
    expect(byCode.has('360428')).toBe(false); // 都昌县
    expect(byCode.get('511321')!.facts.exitYear).toMatchObject({ level: 'page' }); // 南部县 2016
    // recalled 重点县 are recollection, and so is the complement they close (湖北: 23 recalled + 2 by rule = 25)
    expect(byCode.get('420322')).toMatchObject({ name: '郧西县', key: true });
    expect(byCode.get('420322')!.facts.designation.level).toBe('recollection');
    expect(byCode.get('420381')).toMatchObject({ name: '丹江口市', key: false, designation: 'pianqu' });
    expect(byCode.get('420381')!.facts.designation.basis).toMatch(/25 key counties \(stated\).*recalled/);
    expect(byCode.get('420381')!.facts.designation.level).toBe('recollection');
    // a county named alone on a page carries that page; a county recalled as 片区-only carries the page count behind it
    expect(byCode.get('530326')).toMatchObject({ name: '会泽县', key: true });
    expect(byCode.get('530326')!.facts.designation.basis).toMatch(/named a 国家扶贫开发工作重点县 on a page/);
    expect(byCode.get('530326')!.facts.designation.sources).toContain('https://ttnews.xyz/a/606a0de203be867607888782?lang=zh-hant');
    expect(byCode.get('360781')).toMatchObject({ name: '瑞金市', key: false, designation: 'pianqu' });
    expect(byCode.get('360781')!.facts.designation).toMatchObject({ level: 'recollection' });
    expect(byCode.get('360781')!.facts.designation.sources).toContain('http://f.china.com.cn/2017-05/22/content_40864666.htm');
    // a county recalled as outside its prefecture's 片区 is key by the 832 = 重点县 ∪ 片区县 rule, and the complement it closes is recollection
    expect(byCode.get('231283')).toMatchObject({ name: '海伦市', key: true, area: null, designation: 'key' });
    expect(byCode.get('231283')!.facts.area.level).toBe('recollection');
    expect(byCode.get('231221')).toMatchObject({ name: '望奎县', key: false, designation: 'pianqu' });
    expect(byCode.get('231221')!.facts.designation.level).toBe('recollection');
    expect(byCode.get('511381')).toMatchObject({ name: '阆中市', key: true, area: null });
    // 云南: a page's 滇西 key count and the recalled area lists leave 宣威 no room as a key county
    expect(byCode.get('530381')).toMatchObject({ name: '宣威市', key: false, area: 'contig-wumeng' });
    expect(byCode.get('530381')!.facts.designation.sources.some((u) => u.includes('pishu.com.cn'))).toBe(true);
    // a page's prefecture count settles counties by arithmetic: 河池 has 7 key counties = its 7 poverty counties
    expect(byCode.get('451223')).toMatchObject({ name: '凤山县', key: true, designation: 'both' });
    expect(byCode.get('451223')!.facts.designation.basis).toMatch(/河池市 has 7 key counties \(a page/);
    expect(byCode.get('451223')!.facts.designation.sources).toContain('http://xzqh.info/lt/read.php?page=e&tid=129055');
  });

  it('describes a county and counts evidence per province', () => {
    const zhenxiong = byCode.get('530627')!;
    expect(describePoverty(zhenxiong, 'zh')).toMatch(/乌蒙山区.*2020年退出/);
    const t = evidenceTable(pv.counties);
    expect(t.reduce((s, r) => s + r.total, 0)).toBe(832);
    for (const r of t) expect(r.page + r.derived + r.recollection).toBe(r.total);
  });
});
