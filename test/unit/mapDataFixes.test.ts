/**
 * Issue 17's data errors, checked on the generated data: the 习水二郎 plant site, the border-county
 * list (140, per province, with how each county was decided), old-area scopes, railway lengths
 * against their stated lengths, no line through a neighbouring country, and the [sic] note.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { length as turfLength } from '@turf/length';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { atlas } from './generatedData';
import { haversineKm, pointSegmentKm } from '../../scripts/lib/geodesy';
import type { CatalogRecord } from '../../src/domain/catalogSchema';
import { landNeighbours } from '../../scripts/lib/world';
import type { Topology } from 'topojson-specification';

const d = atlas();
const area = (id: string) => {
  const a = d.areas.find((x) => x.id === id);
  if (!a) throw new Error(`no area ${id}`);
  return a;
};
const record = (id: string) => {
  const f = d.catalog.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no record ${id}`);
  return f;
};
const countyCode = (name: string) => d.counties.features.find((c) => c.properties.name === name)?.properties.adcode;
const authored: CatalogRecord[] = ['transport', 'energy', 'water'].flatMap(
  (n) => (JSON.parse(readFileSync(join(import.meta.dirname, '../../data/catalog', `${n}.json`), 'utf8')) as { records: CatalogRecord[] }).records,
);

describe('贵州习水二郎电厂', () => {
  it('stands at 习水 二郎镇 (28.16434°N 106.35197°E), not on the 古蔺 bank of the Chishui', () => {
    const f = record('coal-xishui-erlang');
    const at = (f.geometry as unknown as { coordinates: Position }).coordinates;
    expect(haversineKm(at, [106.35197, 28.16434])).toBeLessThan(3);
    expect(f.properties.computed.counties).toEqual(['520330']);
    expect(f.properties.coordSource).toContain('二郎镇');
  });
});

describe('border counties: the official 140', () => {
  const b = area('border-counties');
  const name = (c: string) => d.countyByAdcode.get(c)?.properties.name;

  it('has 140 units in the nine provinces with the official count in each', () => {
    expect(b.counties).toHaveLength(140);
    const per: Record<string, number> = {};
    for (const c of b.counties) per[c.slice(0, 2)] = (per[c.slice(0, 2)] ?? 0) + 1;
    expect(per).toEqual({ '15': 19, '21': 4, '22': 10, '23': 18, '45': 8, '53': 25, '54': 21, '62': 1, '65': 34 });
  });

  it.each([['540426', '朗县'], ['210602', '元宝区'], ['654023', '霍城县'], ['654004', '霍尔果斯市'], ['652702', '阿拉山口市']])('includes %s %s', (code, n) => {
    expect(name(code)).toBe(n);
    expect(b.counties).toContain(code);
  });

  it.each([['659008', '可克达拉市'], ['210681', '东港市'], ['654027', '特克斯县']])('leaves out %s %s', (code, n) => {
    expect(name(code)).toBe(n);
    expect(b.counties).not.toContain(code);
  });

  it('says for every county how it was decided, in both languages', () => {
    for (const c of b.counties) {
      const why = b.memberBasis?.[c];
      expect(why?.zh, c).toBeTruthy();
      expect(why?.en, c).toBeTruthy();
    }
    expect(b.memberBasis?.['540426'].en).toMatch(/added by hand.*recollection/);
    expect(b.memberBasis?.['451481'].en).toMatch(/derived geometrically: \d/);
    expect(Object.keys(b.memberBasis ?? {}).sort()).toEqual([...b.counties].sort());
  });
});

describe('old-area scopes', () => {
  it('大别山 has 寿县 (in 六安 when the plan was approved) as it has 枞阳', () => {
    const a = area('old-dabieshan');
    expect(a.counties).toEqual(expect.arrayContaining(['340422', '340722']));
    expect(a.counties).toHaveLength(63);
  });

  it('左右江 has 隆安、马山 but not 上林 of 南宁, and 黎平 of 黔东南', () => {
    const a = area('old-zuoyoujiang');
    expect(a.counties).toEqual(expect.arrayContaining(['450123', '450124', '522631']));
    expect(a.counties).not.toContain('450125');
    expect(a.counties).toHaveLength(58);
    expect(a.provenance.note).toMatch(/58 of the 59/);
  });

  it('陕甘宁 ships 66 units and its provenance explains the plan’s 67', () => {
    const a = area('old-shaanganning');
    expect(a.counties).toHaveLength(66);
    expect(a.provenance.note).toMatch(/67/);
    expect(a.provenance.note).toMatch(/66 units/);
  });
});

/** Geodesic length of the part of a record's via line between two named places, km. */
function viaKm(r: CatalogRecord, from?: string, to?: string): number {
  if (r.geometry.kind !== 'line') throw new Error(`${r.id} is not a line`);
  const names = r.geometry.via.map((v) => v.name);
  const i = from ? names.indexOf(from) : 0;
  const j = to ? names.indexOf(to) : names.length - 1;
  if (i < 0 || j < 0) throw new Error(`${r.id}: no via ${from ?? ''} ${to ?? ''}`);
  return turfLength({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: r.geometry.via.slice(i, j + 1).map((v) => v.lonlat) } }, { units: 'kilometers' });
}

describe('railway lengths against the stated lengths', () => {
  const stated = authored.filter((r) => typeof r.attributes?.lengthKmStated === 'number');
  // 叙毕 is a single-track mountain line, 86% bridges and tunnels: its 191.9 km are about 1.26× the chord
  // through the 11 of its 14 stations a page places, so drawn through them it stays short (0.79, 151.9 km).
  // Still missing (Dec 2026 search): a page placing 下坪、罗坭、兰家沟, and any work placed closer than its
  // county (斑竹林隧道 is only "in 威信县"); the shortfall is spread over all three provinces (贵州 0.67).
  const KNOWN_SHORT = new Set(['rail-xuyong-bijie']);

  it('covers the lines the issue named', () => {
    expect(stated.map((r) => r.id)).toEqual(expect.arrayContaining(['rail-keta-tiechanggou-tacheng', 'rail-changsha-ganzhou', 'rail-guiyang-nanning', 'rail-zhongwei-lanzhou']));
  });

  it.each(stated.filter((r) => !KNOWN_SHORT.has(r.id)).map((r) => [r.id, r] as const))('%s is within ±10%% of its stated length', (_, r) => {
    const a = r.attributes ?? {};
    const km = viaKm(r, a.lengthStatedFrom as string | undefined, a.lengthStatedTo as string | undefined);
    expect(km / (a.lengthKmStated as number)).toBeGreaterThan(0.9);
    expect(km / (a.lengthKmStated as number)).toBeLessThan(1.1);
  });

  it('叙毕 runs through its stations in the published order and is still drawn short (remove it from KNOWN_SHORT once its track is traced)', () => {
    const r = authored.find((x) => x.id === 'rail-xuyong-bijie')!;
    if (r.geometry.kind !== 'line') throw new Error('not a line');
    const order = ['叙永北', '金桂', '兴文南', '白腊', '高田', '威信', '果珠', '以勒', '何官屯', '毕节', '毕节东'];
    expect(r.geometry.via.map((v) => order.find((o) => v.name === o || v.name.startsWith(`${o}(`)))).toEqual(order);
    const ratio = viaKm(r) / (r.attributes!.lengthKmStated as number);
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(0.9);
    // 叙永 → 兴文 → back to 叙永's 白腊 → 威信、镇雄 (云南) → 七星关 (贵州), as the pages describe
    expect(record(r.id).properties.computed.provinces).toEqual(expect.arrayContaining(['四川省', '云南省', '贵州省']));
    expect(r.coordSource).toContain('1.26×');
  });

  it('the generated length is the whole drawn line', () => {
    for (const r of stated) expect(record(r.id).properties.computed.lengthKm, r.id).toBeCloseTo(viaKm(r), 0);
  });

  it('西宁至成都 reaches 黄胜关 through 红原 at 色地镇, not the county seat, and its Sichuan part is about 170 km', () => {
    const r = authored.find((x) => x.id === 'rail-xining-chengdu-huangshengguan')!;
    if (r.geometry.kind !== 'line') throw new Error('not a line');
    const hy = r.geometry.via.find((v) => v.name.startsWith('红原'))!;
    expect(haversineKm(hy.lonlat, [102.544, 32.791])).toBeGreaterThan(40); // the 邛溪镇 seat
    const sichuan = viaKm(r, '郎木寺', '黄胜关');
    expect(sichuan / 170).toBeGreaterThan(0.9);
    expect(sichuan / 170).toBeLessThan(1.1);
    expect(record(r.id).properties.computed.counties).toContain('513233');
  });
});

describe('no line runs through a neighbouring country', () => {
  type Country = { f: Feature<Polygon | MultiPolygon>; box: number[] };
  // Natural Earth 10m, as the border-county derivation uses (the 50m basemap misses the 橄榄坝–勐腊 cut through Laos)
  const world10m = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const countries: Country[] = landNeighbours(world10m).map((f) => ({ f, box: bbox(f) }));
  const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
  /** km inside a neighbour (0 when not inside); the county data and Natural Earth differ by up to ~1 km along most of the border */
  const depthKm = (p: Position): number => {
    for (const c of countries) {
      if (p[0] < c.box[0] || p[0] > c.box[2] || p[1] < c.box[1] || p[1] > c.box[3] || !booleanPointInPolygon(p, c.f)) continue;
      let best = Infinity;
      for (const ring of rings(c.f.geometry)) for (let i = 1; i < ring.length; i++) best = Math.min(best, pointSegmentKm(p, ring[i - 1], ring[i]));
      return best;
    }
    return 0;
  };

  // A border river (黑龙江) is the boundary itself: its corridor may lie on either side of the line
  // as the two surveys draw it, but never far into the neighbour.
  const borderRiver = new Set(authored.filter((r) => r.attributes?.borderRiver === true).map((r) => r.id));

  it('marks 黑龙江 as a border river and keeps it within 10 km of the border', () => {
    expect([...borderRiver]).toEqual(['flood-heilongjiang']);
  });

  it('no catalog line lies more than 1.5 km inside a neighbour (sampled every km; the old 橄榄坝–勐腊 chord went 1.9 km into Laos)', () => {
    const outside: string[] = [];
    for (const f of d.catalog.features) {
      if (f.geometry.type !== 'LineString') continue;
      const allowKm = borderRiver.has(f.properties.id) ? 10 : 1.5;
      const cs = (f.geometry as LineString).coordinates;
      for (let i = 1; i < cs.length; i++) {
        const n = Math.max(1, Math.ceil(haversineKm(cs[i - 1], cs[i])));
        for (let k = 0; k <= n; k++) {
          const p = [cs[i - 1][0] + ((cs[i][0] - cs[i - 1][0]) * k) / n, cs[i - 1][1] + ((cs[i][1] - cs[i - 1][1]) * k) / n];
          const km = depthKm(p);
          if (km > allowKm) {
            outside.push(`${f.properties.id} ${p.map((x) => x.toFixed(2)).join(',')} ${km.toFixed(1)} km`);
            break;
          }
        }
      }
    }
    expect(outside).toEqual([]);
  });
});

describe('transmission lines through their reported sites', () => {
  it('陕北—湖北 runs from 府谷 (the 陕北 converter station) through 山西 and 河南 to 新洲 (武汉换流站)', () => {
    const f = record('uhv-shanbei-hubei');
    const cs = (f.geometry as LineString).coordinates;
    expect(cs.length).toBeGreaterThan(4);
    expect(f.properties.computed.counties).toEqual(expect.arrayContaining(['610822', '420117']));
    expect(f.properties.computed.provinces).toEqual(expect.arrayContaining(['陕西省', '山西省', '河南省', '湖北省']));
  });

  it('晋北—江苏 crosses the six provinces of its route, through 丰县 and 明光', () => {
    const f = record('uhv-jinbei-jiangsu');
    expect(f.properties.computed.provinces).toEqual(expect.arrayContaining(['山西省', '河北省', '河南省', '山东省', '安徽省', '江苏省']));
    expect(f.properties.computed.counties).toEqual(expect.arrayContaining(['320321', '341182']));
  });
});

describe('transmission lines and gas pipelines: no undeclared straight ray', () => {
  const lines = authored.filter((r) => (r.layer === 'transmission' || r.layer === 'gas-pipeline') && r.geometry.kind === 'line');
  const segmentsKm = (r: CatalogRecord) => {
    if (r.geometry.kind !== 'line') return [];
    const v = r.geometry.via;
    return v.slice(1).map((p, i) => haversineKm(v[i].lonlat, p.lonlat));
  };

  it('every line with a straight segment over 150 km says it is schematic and gives its longest one (±10%)', () => {
    const undeclared: string[] = [];
    for (const r of lines) {
      const longest = Math.max(...segmentsKm(r));
      if (longest <= 150) continue;
      const quoted = [...r.coordSource.matchAll(/(?:about |\()(\d+) km/g)].map((m) => Number(m[1]));
      if (!/schematic/i.test(r.coordSource) || !quoted.some((q) => Math.abs(q / longest - 1) <= 0.1)) undeclared.push(`${r.id} ${longest.toFixed(0)} km`);
    }
    expect(undeclared).toEqual([]);
  });

  it('no line is a single straight ray any more: the longest straight segment is at most 1,000 km, and 陕北—湖北 at most 350 km', () => {
    for (const r of lines) expect(Math.max(...segmentsKm(r)), r.id).toBeLessThan(1000);
    expect(Math.max(...segmentsKm(authored.find((r) => r.id === 'uhv-shanbei-hubei')!))).toBeLessThan(350);
  });

  // issue 17: the longest straight segment of each line improved here may not grow back
  // (宁东—浙江 906 → 645 km through 运城 and 洛阳; 陕北—湖北 313 → 283 km through 运城)
  it.each([
    ['uhv-ningdong-zhejiang', 660],
    ['uhv-shanbei-hubei', 290],
  ] as const)('%s: longest straight segment stays below %i km', (id, km) => {
    expect(Math.max(...segmentsKm(authored.find((r) => r.id === id)!))).toBeLessThan(km);
  });

  it('陕北—湖北 crosses 洛阳 through 洛宁 and 汝阳 (its 洛阳 section: 洛宁、宜阳、伊川、嵩县、汝阳)', () => {
    expect(record('uhv-shanbei-hubei').properties.computed.counties).toEqual(expect.arrayContaining([countyCode('洛宁县'), countyCode('汝阳县')]));
  });

  it('the 新疆煤制气 main line runs through 汝阳, 枣阳 and 监利 (its 湖北 section 新市镇–白螺镇) to 韶关', () => {
    const f = record('gas-xinjiang-coal-gas');
    expect(f.properties.computed.counties).toEqual(expect.arrayContaining([countyCode('汝阳县'), countyCode('枣阳市'), countyCode('监利县')]));
    expect(f.properties.computed.provinces).toEqual(expect.arrayContaining(['河南省', '湖北省', '湖南省', '广东省']));
  });

  it('the 新疆煤制气 main line enters 韶关 through 乐昌 (its 潜江—韶关 section: 乐昌、乳源、浈江)', () => {
    expect(record('gas-xinjiang-coal-gas').properties.computed.counties).toEqual(expect.arrayContaining([countyCode('乐昌市')]));
  });
});

describe('宁东—浙江 through its reported sites', () => {
  it('crosses the six provinces, the Yangtze at 池州 and 泾县、旌德、宁国 of 宣城', () => {
    const f = record('uhv-ningdong-zhejiang');
    expect(f.properties.computed.provinces).toEqual(expect.arrayContaining(['宁夏回族自治区', '陕西省', '山西省', '河南省', '安徽省', '浙江省']));
    expect(f.properties.via).toEqual(expect.arrayContaining(['池州(长江跨越)', '泾县', '旌德', '宁国']));
  });

  it('crosses 运城 (山西) and 洛阳 (河南)', () => {
    const f = record('uhv-ningdong-zhejiang');
    expect(f.properties.via).toEqual(expect.arrayContaining(['运城', '洛阳(电力廊道)']));
    expect(f.properties.computed.counties).toEqual(expect.arrayContaining([countyCode('盐湖区')]));
  });
});

describe('plan text [sic]', () => {
  it('keeps "G65E榆树至蓝田" verbatim and marks it with a note naming 榆林', () => {
    const notes = d.plan.notes ?? [];
    const n = notes.find((x) => x.quote === 'G65E榆树至蓝田');
    expect(n).toBeTruthy();
    expect(d.plan.paragraphs.join('\n').slice(n!.start, n!.end)).toBe('G65E榆树至蓝田');
    expect(n!.note.zh).toContain('榆林');
    expect(n!.note.en).toMatch(/Sic/);
  });
});
