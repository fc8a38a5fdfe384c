import { describe, expect, it } from 'vitest';
import { coreNameEn, coreNameZh, foldLatin, prefixEditDistance, typoBudget } from '../../src/domain/search';
import { toPinyin } from '../../src/domain/search/pinyin';

describe('toPinyin', () => {
  it.each([
    ['重庆市', 'chongqingshi', 'cqs'],
    ['长沙市', 'changshashi', 'css'],
    ['长子县', 'zhangzixian', 'zzx'],
    ['厦门市', 'xiamenshi', 'xms'],
    ['蚌埠市', 'bengbushi', 'bbs'],
    ['六安市', 'luanshi', 'las'],
    ['吕梁市', 'lvliangshi', 'lls'],
    // place readings corrected over pinyin-pro's general ones
    ['四省藏区', 'sishengzangqu', 'sszq'],
    ['丰都县', 'fengduxian', 'fdx'],
    ['乐亭县', 'laotingxian', 'ltx'],
    ['单县', 'shanxian', 'sx'],
    ['洪洞县', 'hongtongxian', 'htx'],
    ['尉犁县', 'yulixian', 'ylx'],
    ['六合区', 'luhequ', 'lhq'],
  ])('%s → %s / %s', (zh, full, initials) => {
    expect(toPinyin(zh)).toMatchObject({ full, initials });
  });

  it('keeps Latin letters and digits as one run and drops punctuation', () => {
    expect(toPinyin('G75兰州—海口')).toEqual({ full: 'g75lanzhouhaikou', starts: [0, 3, 6, 10, 13], initials: 'g75lzhk' });
    expect(toPinyin('白鹤滩水电站').starts).toEqual([0, 3, 5, 8, 12, 16]);
    expect(toPinyin('')).toEqual({ full: '', starts: [], initials: '' });
  });
});

describe('name normalization', () => {
  it.each([
    ['白鹤滩水电站', '白鹤滩'], ['巫山机场', '巫山'], ['巫山县', '巫山'], ['河南省', '河南'], ['河南蒙古族自治县', '河南'],
    ['黔东南苗族侗族自治州', '黔东南'], ['新疆维吾尔自治区', '新疆'], ['内蒙古自治区', '内蒙古'], ['宁夏回族自治区', '宁夏'],
    ['香港特别行政区', '香港'], ['大别山区', '大别山'], ['大别山革命老区', '大别山'], ['金沙江水电基地', '金沙江'], ['乌江治理', '乌江'],
    ['郑州至万州铁路', '郑州至万州'], ['兴县', '兴县'], ['城区', '城区'], ['三都水族自治县', '三都'],
  ])('core of %s is %s', (name, core) => {
    expect(coreNameZh(name)).toBe(core);
  });

  it('folds and strips English names', () => {
    expect(foldLatin("Xi'an–Shiyan Railway")).toBe('xi an shiyan railway');
    expect(foldLatin('Lüliang Mountains')).toBe('luliang mountains');
    expect(coreNameEn('Wushan Airport (relocation)')).toBe('wushan');
    expect(coreNameEn('Baihetan Hydropower Station')).toBe('baihetan');
    expect(coreNameEn('Dabie Mountains revolutionary old area')).toBe('dabie mountains');
    expect(coreNameEn('Airport')).toBe('airport');
  });
});

describe('prefixEditDistance', () => {
  it('measures typos against the closest prefix', () => {
    expect(prefixEditDistance('baihetan', 'baihetanshuidianzhan', 2)).toBe(0);
    expect(prefixEditDistance('baihetna', 'baihetanshuidianzhan', 2)).toBe(1); // swap
    expect(prefixEditDistance('baihtan', 'baihetanshuidianzhan', 2)).toBe(1); // deletion
    expect(prefixEditDistance('baihettan', 'baihetanshuidianzhan', 2)).toBe(1); // insertion
    expect(prefixEditDistance('baohetan', 'baihetanshuidianzhan', 2)).toBe(1); // substitution
    expect(prefixEditDistance('bihetna', 'baihetan', 2)).toBe(2); // deletion and swap
    expect(prefixEditDistance('xxxxxx', 'baihetan', 2)).toBe(3); // over the bound: max + 1
    expect(prefixEditDistance('river', 'yellow river', 1, 7)).toBe(0);
    expect(prefixEditDistance('abcdef', 'ab', 2)).toBe(3); // target too short
    expect(prefixEditDistance('a', 'xy', 2, 5)).toBe(1); // start past the end: the empty prefix
  });

  it('agrees with a plain dynamic programme on 3,000 random pairs', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = (n: number) => Array.from({ length: n }, () => 'abc'[Math.floor(rand() * 3)]).join('');
    for (let k = 0; k < 1000; k++) {
      const q = word(1 + Math.floor(rand() * 7));
      const t = word(Math.floor(rand() * 10));
      for (const max of [0, 1, 2]) expect([q, t, max, prefixEditDistance(q, t, max)]).toEqual([q, t, max, Math.min(max + 1, reference(q, t))]);
    }
  });

  it('budgets 0 typos below 4 letters, 1 for 4–7, 2 from 8', () => {
    expect([3, 4, 7, 8, 20].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
  });
});

/** Optimal string alignment distance of `q` to the closest prefix of `t`, full table. */
function reference(q: string, t: string): number {
  const d = Array.from({ length: q.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= q.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (q[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && q[i - 1] === t[j - 2] && q[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return Math.min(...d[q.length]);
}
