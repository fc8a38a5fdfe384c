/** The data build's 重点县 checks (scripts/lib/poverty.ts) on a copy of data/poverty with one recollection edited. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPoverty } from '../../scripts/lib/poverty';
import { atlas } from './generatedData';

const DATA = join(import.meta.dirname, '..', '..', 'data', 'poverty');
const tmp = mkdtempSync(join(tmpdir(), 'poverty-keys-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const d = atlas();
const counties = d.counties.features.map((f) => f.properties);
interface Rec { keyCounties: Record<string, { names: string[]; notKey?: string[]; note: string }> }

interface Keys { by_province: Record<string, { prefecture_counts?: { prefName: string; key: number; source: string; quote: string }[] }> }

/** buildPoverty on a copy of data/poverty whose recollection.json (and key list) went through `edit` (and `editKeys`). */
function buildWith(edit: (r: Rec) => void, editKeys: (k: Keys) => void = () => undefined) {
  const dir = mkdtempSync(join(tmp, 'd-'));
  cpSync(DATA, dir, { recursive: true });
  const rewrite = <T>(p: string, f: (x: T) => void) => {
    const x = JSON.parse(readFileSync(p, 'utf8')) as T;
    f(x);
    writeFileSync(p, JSON.stringify(x));
  };
  rewrite(join(dir, 'recollection.json'), edit);
  rewrite(join(dir, 'reference', 'key_counties_2012.json'), editKeys);
  return () => buildPoverty(dir, counties, d.areas);
}

describe('data build: 重点县 totals per province', () => {
  it('builds the shipped data with 湖北 closed at its stated 25', () => {
    const b = buildWith(() => undefined)();
    const hubei = b.data.counties.filter((c) => c.province === '湖北省');
    expect(hubei.filter((c) => c.key === true)).toHaveLength(25);
    expect(hubei.filter((c) => c.key === null)).toHaveLength(0);
  });

  it('refuses a recalled list that takes a province over its stated total', () => {
    expect(buildWith((r) => r.keyCounties['湖北'].names.push('丹江口市'))).toThrow(/湖北 has 26 key counties, more than its stated 25/);
  });

  it('refuses a recalled name that is not an open 片区 county of the province', () => {
    expect(buildWith((r) => r.keyCounties['湖北'].names.push('武昌区'))).toThrow(/keyCounties 湖北: 武昌区 is not among the province's open 片区 counties/);
    expect(buildWith((r) => r.keyCounties['江西'].names.push('修水县'))).toThrow(/修水县 is not among/); // settled by the no-片区 rule
  });

  it('refuses a prefecture key count from a page that its poverty counties cannot meet', () => {
    expect(buildWith(() => undefined, (k) => { k.by_province['广西'].prefecture_counts![0].key = 8; })).toThrow(/河池市 is said to have 8 key counties, but it has 7 poverty counties/);
  });

  it('refuses recalled names that take a 片区 over the key count a page gives for it, though the province total allows them', () => {
    // 河南 29 settled + 2 recalled = its stated 31, but with 沈丘 and 淮阳 both key 大别山区 would hold 30 key counties, not the page's 29
    const swap = (r: Rec) => {
      const h = r.keyCounties['河南'];
      h.names = [...h.names.filter((n) => n !== '内乡县'), '沈丘县'];
      h.notKey = [...(h.notKey ?? []).filter((n) => n !== '沈丘县'), '内乡县'];
    };
    expect(buildWith(swap)).toThrow(/大别山区 has 29 key counties \(a page: .*settle 30 of its 36 members as key and leave 0 open/);
    expect(buildWith(() => undefined)().log).toContain('key counties 大别山区: 29 stated by a page; 29 settled, 0 open among 36 members');
  });

  it('closes every province at exactly its stated total; withdrawing a recalled name reopens a slot or fails the build', () => {
    const b = buildWith(() => undefined)();
    expect(b.data.counties.filter((c) => c.key === null)).toHaveLength(0);
    expect(b.log.filter((l) => /^key counties \S+: \d+ of \d+ open/.test(l))).toEqual([]);
    // 广西 without the recalled 天等 and the recalled 片区-only 忻城: 27 settled, 1 slot open between those 2
    const reopened = buildWith((r) => {
      const g = r.keyCounties['广西'];
      g.names = g.names.filter((n) => n !== '天等县');
      g.notKey = (g.notKey ?? []).filter((n) => n !== '忻城县');
    })();
    const gx = reopened.data.counties.filter((c) => c.province === '广西壮族自治区');
    expect(gx.filter((c) => c.key === true)).toHaveLength(27);
    expect(gx.filter((c) => c.key === null).map((c) => c.name).sort()).toEqual(['天等县', '忻城县'].sort());
    expect(reopened.log).toContain('key counties 广西: 1 of 2 open (3 recalled)');
    // 天等 moved to 片区-only leaves nothing open and 广西 one short of its 28
    expect(buildWith((r) => {
      const g = r.keyCounties['广西'];
      g.names = g.names.filter((n) => n !== '天等县');
      g.notKey = [...(g.notKey ?? []), '天等县'];
    })).toThrow(/广西 is closed \(no county open\) with 27 key counties, not its stated 28/);
  });

  it('leaves the rest open when the recalled names fall short, and says so', () => {
    const b = buildWith((r) => { r.keyCounties['湖北'].names = r.keyCounties['湖北'].names.filter((n) => n !== '鹤峰县'); })();
    const hubei = b.data.counties.filter((c) => c.province === '湖北省');
    expect(hubei.filter((c) => c.key === true)).toHaveLength(24);
    expect(hubei.filter((c) => c.key === null).map((c) => c.name).sort()).toEqual(['丹江口市', '保康县', '秭归县', '鹤峰县'].sort());
    expect(b.log).toContain('key counties 湖北: 1 of 4 open (21 recalled)');
  });
});
