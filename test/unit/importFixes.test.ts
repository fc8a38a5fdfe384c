/**
 * The fixes a user can accept (swap, GCJ-02/BD-09/Web Mercator → WGS84, simplify, repair), the
 * size limits, column choice, encodings, and the import worker's session.
 */
import { readFileSync } from 'node:fs';
import { booleanValid } from '@turf/boolean-valid';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { expose, proxy, transfer, wrap } from 'comlink';
import { createImportSession, importFile, type ImportApi, type ImportOutcome, type ImportProgress, type UserFeature } from '../../src/domain/import';

const DIR = 'test/fixtures/import';
const load = (file: string) => new Uint8Array(readFileSync(`${DIR}/${file}`));
const bytes = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));

/** Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m). */
function metres([x1, y1]: number[], [x2, y2]: number[]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((y2 - y1) * r) / 2) ** 2 + Math.cos(y1 * r) * Math.cos(y2 * r) * Math.sin(((x2 - x1) * r) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

function data(out: ImportOutcome) {
  if (!out.ok) throw new Error(`refused: ${out.issues.map((i) => i.message.en).join(' | ')}`);
  return out.data;
}
const coords = (f: UserFeature) => (f.geometry as { coordinates: number[] }).coordinates;
const TIANANMEN_WGS84 = [116.3913, 39.9075];

describe('swap-lonlat', () => {
  it('turns the refused swapped GeoJSON into the county seats', async () => {
    const d = data(await importFile('swapped.geojson', load('swapped.geojson'), { fixes: ['swap-lonlat'] }));
    expect(d.features.map(coords)).toEqual([[115.93, 31.73], [114.82, 34.82], [114.19, 38.85]]);
    expect(d.applied).toEqual(['swap-lonlat']);
  });

  it('works on CSV rows too and says so', async () => {
    const out = await importFile('swapped.csv', load('swapped.csv'), { fixes: ['swap-lonlat'] });
    expect(data(out).features.map(coords)[0]).toEqual([115.93, 31.73]);
    expect(out.issues.find((i) => i.code === 'swapped-lonlat')!.message.en).toBe('Swapped longitude and latitude (3 positions).');
  });
});

describe('datum conversions (gcoord)', () => {
  it('GCJ-02 → WGS84 brings the Amap 天安门 within 15 m of its WGS84 position', async () => {
    const gcj = data(await importFile('gcj02-amap.geojson', load('gcj02-amap.geojson')));
    expect(metres(coords(gcj.features[0]), TIANANMEN_WGS84)).toBeGreaterThan(400);
    const out = await importFile('gcj02-amap.geojson', load('gcj02-amap.geojson'), { fixes: ['gcj02-to-wgs84'] });
    const d = data(out);
    expect(metres(coords(d.features[0]), TIANANMEN_WGS84)).toBeLessThan(15);
    expect(d.applied).toEqual(['gcj02-to-wgs84']);
    expect(out.offers).toEqual([]);
    expect(out.issues.map((i) => [i.code, i.severity])).toEqual([['gcj02-suspected', 'info']]);
    expect(out.issues[0].message.en).toMatch(/^Converted from GCJ-02 to WGS84 \(2 positions; positions moved by (4\d\d|5\d\d) m on average\)\.$/);
  });

  it('round-trips WGS84 → GCJ-02 (gcoord) → import with the fix to within 0.5 m, after a 300–700 m offset', async () => {
    const places = [[115.93, 31.73], [114.82, 34.82], [109.48, 28.58], [87.62, 43.82], [91.11, 29.65]];
    const shifted = places.map((p) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.GCJ02));
    for (let i = 0; i < places.length; i++) {
      const offset = metres(places[i], shifted[i]);
      expect(offset).toBeGreaterThan(100);
      expect(offset).toBeLessThan(700);
    }
    const fc = { type: 'FeatureCollection', features: shifted.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })) };
    const d = data(await importFile('points.geojson', bytes(fc), { fixes: ['gcj02-to-wgs84'] }));
    d.features.forEach((f, i) => expect(metres(coords(f), places[i])).toBeLessThan(0.5));
  });

  it('BD-09 → WGS84 brings the Baidu 天安门 within 20 m, and the fix works without any hint', async () => {
    const d = data(await importFile('bd09-baidu.csv', load('bd09-baidu.csv'), { fixes: ['bd09-to-wgs84'] }));
    expect(metres(coords(d.features[0]), TIANANMEN_WGS84)).toBeLessThan(20);
    const plain = data(await importFile('tiananmen.csv', bytes('name,lon,lat\n天安门,116.4039,39.9152\n'), { fixes: ['bd09-to-wgs84'] }));
    expect(plain.features.map(coords)).toEqual(d.features.map(coords));
  });

  it('Web Mercator metres → degrees restores the seats to 1e-6°', async () => {
    const refused = await importFile('projected-3857.geojson', load('projected-3857.geojson'));
    expect(refused.ok).toBe(false);
    const d = data(await importFile('projected-3857.geojson', load('projected-3857.geojson'), { fixes: ['webmercator-to-wgs84'] }));
    const want = [[115.93, 31.73], [114.82, 34.82], [114.19, 38.85]];
    d.features.forEach((f, i) => {
      expect(coords(f)[0]).toBeCloseTo(want[i][0], 6);
      expect(coords(f)[1]).toBeCloseTo(want[i][1], 6);
    });
  });
});

/** A closed ring of `n` vertices around (lon, lat), radius in degrees, with a wobble so simplification has work. */
function ring(lon: number, lat: number, radius: number, n: number): number[][] {
  const out = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    const r = radius * (1 + 0.02 * Math.sin(37 * a));
    return [lon + r * Math.cos(a), lat + r * Math.sin(a)];
  });
  return [...out, out[0]];
}

describe('simplify', () => {
  const fc = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: '大圆' }, geometry: { type: 'Polygon', coordinates: [ring(115.93, 31.73, 0.3, 4000)] } },
      { type: 'Feature', properties: { name: '线' }, geometry: { type: 'LineString', coordinates: ring(114.82, 34.82, 0.2, 2000).slice(0, 1500) } },
      { type: 'Feature', properties: { name: '点' }, geometry: { type: 'Point', coordinates: [114.19, 38.85] } },
    ],
  };

  it('refuses above maxVertices and offers simplify', async () => {
    const out = await importFile('big.geojson', bytes(fc), { maxVertices: 1000 });
    expect(out.ok).toBe(false);
    expect(out.issues.at(-1)!.message.en).toContain('The data has 5,502 vertices; at most 1,000 can be drawn interactively.');
    expect(out.offers.map((o) => o.fix)).toEqual(['simplify']);
  });

  it('with simplify accepted, stays under the limit, keeps every feature valid and reports before/after', async () => {
    const out = await importFile('big.geojson', bytes(fc), { maxVertices: 1000, fixes: ['simplify'] });
    const d = data(out);
    expect(d.vertexCount).toBeLessThanOrEqual(1000);
    expect(d.vertexCount).toBeGreaterThan(50);
    expect(d.features).toHaveLength(3);
    for (const f of d.features) expect(booleanValid(f)).toBe(true);
    const info = out.issues.find((i) => i.code === 'too-many-features')!;
    expect(info.severity).toBe('info');
    expect(info.message.en).toContain(`Simplified lines and polygons from 5,502 to ${d.vertexCount.toLocaleString('en-US')} vertices`);
    expect(d.applied).toEqual(['simplify']);
  });

  it('cannot simplify points: refused with a clear message', async () => {
    const pts = { type: 'MultiPoint', coordinates: Array.from({ length: 50 }, (_, i) => [110 + i * 0.1, 30]) };
    const out = await importFile('pts.geojson', bytes(pts), { maxVertices: 10, fixes: ['simplify'] });
    expect(!out.ok && out.issues.at(-1)!.message.en).toContain('Even simplified, the data keeps 50 vertices (points cannot be simplified)');
  });
});

describe('repair-polygons', () => {
  it('splits the bow-tie into two valid triangles meeting at the crossing', async () => {
    const out = await importFile('self-intersecting.geojson', load('self-intersecting.geojson'), { fixes: ['repair-polygons'] });
    const d = data(out);
    expect(d.features).toHaveLength(2);
    const bow = d.features[1];
    expect(bow.geometry.type).toBe('MultiPolygon');
    const polys = (bow.geometry as { coordinates: number[][][][] }).coordinates;
    expect(polys).toHaveLength(2);
    expect(booleanValid(d.features[0])).toBe(true);
    // each part is a valid polygon; they touch at the former crossing (valid OGC, but turf's
    // booleanValid refuses MultiPolygon parts that touch, so test them one by one)
    for (const p of polys) expect(booleanValid({ type: 'Polygon', coordinates: p })).toBe(true);
    for (const p of polys) expect(p[0].some(([x, y]) => Math.abs(x - 115.9) < 1e-9 && Math.abs(y - 31.7) < 1e-9)).toBe(true);
    const info = out.issues.find((i) => i.code === 'self-intersection')!;
    expect(info.severity).toBe('info');
    expect(info.message.en).toBe('Repaired 1 feature with self-intersecting polygons: split into 2 valid polygons (first: feature 1 at [115.9, 31.7]).');
    expect(d.applied).toEqual(['repair-polygons']);
  });
});

describe('limits', () => {
  it('refuses above maxBytes before reading anything (even broken JSON)', async () => {
    const out = await importFile('invalid-json.geojson', load('invalid-json.geojson'), { maxBytes: 50 });
    expect(out.ok).toBe(false);
    expect(out.issues).toHaveLength(1);
    expect(out.issues[0]).toMatchObject({ code: 'too-large', severity: 'error', count: 92 });
    expect(out.issues[0].message.en).toBe('The file is 0 MB; at most 0 MB can be imported. Nothing was read.');
  });

  it('states sizes in MB', async () => {
    const out = await importFile('a.geojson', new Uint8Array(3 * 1048576), { maxBytes: 2 * 1048576 });
    expect(out.issues[0].message.en).toBe('The file is 3 MB; at most 2 MB can be imported. Nothing was read.');
  });

  it('refuses more features (GeoJSON) or rows (CSV) than maxFeatures', async () => {
    const g = await importFile('good.geojson', load('good.geojson'), { maxFeatures: 6 });
    expect(!g.ok && g.issues[0].message.en).toBe('The file has 7 features; at most 6 can be imported. Nothing was imported.');
    const c = await importFile('good.csv', load('good.csv'), { maxFeatures: 4 });
    expect(!c.ok && c.issues.at(-1)!.code).toBe('too-many-features');
    expect(data(await importFile('good.csv', load('good.csv'), { maxFeatures: 5 })).features).toHaveLength(5);
  });
});

describe('tables', () => {
  it('recognises column names in several spellings', async () => {
    for (const [lon, lat] of [['Longitude', 'Latitude'], [' LNG ', 'lat'], ['wgs84_lon', 'wgs84_lat'], ['经度（°）', '纬度（°）'], ['东经', '北纬'], ['X', 'Y']]) {
      const d = data(await importFile('t.csv', bytes(`name,${lon},${lat}\n金寨县,115.93,31.73\n`)));
      expect(coords(d.features[0])).toEqual([115.93, 31.73]);
    }
  });

  it('asks for the columns when none is recognised, then uses the chosen ones', async () => {
    const csv = bytes('name,east,north\n金寨县,115.93,31.73\n兰考县,114.82,34.82\n');
    const asked = await importFile('t.csv', csv);
    expect(!asked.ok && asked.columns).toEqual(['name', 'east', 'north']);
    const d = data(await importFile('t.csv', csv, { lonColumn: 'east', latColumn: 'north' }));
    expect(d.features.map(coords)).toEqual([[115.93, 31.73], [114.82, 34.82]]);
    const wrong = await importFile('t.csv', csv, { lonColumn: 'Ost', latColumn: 'north' });
    expect(!wrong.ok && wrong.issues[0].message.en).toContain('there is no column “Ost”');
  });

  it('reads TSV, semicolons, GB18030 text, and keeps codes with leading zeros as text', async () => {
    expect(data(await importFile('t.tsv', bytes('name\tlon\tlat\n金寨县\t115.93\t31.73\n'))).features).toHaveLength(1);
    const semi = data(await importFile('t.csv', bytes('name;lon;lat;code\n金寨县;115.93;31.73;000123\n')));
    expect(semi.features[0].properties).toEqual({ name: '金寨县', lon: 115.93, lat: 31.73, code: '000123' });
    // "金寨" in GBK: BD F0 D5 AF
    const gbk = new Uint8Array([...bytes('name,lon,lat\n'), 0xbd, 0xf0, 0xd5, 0xaf, ...bytes(',115.93,31.73\n')]);
    expect(data(await importFile('gbk.csv', gbk)).features[0].properties.name).toBe('金寨');
  });

  it('a column name betraying Amap raises the GCJ-02 warning', async () => {
    const out = await importFile('t.csv', bytes('名称,高德经度,高德纬度\n天安门,116.3975,39.9089\n'));
    expect(data(out).features).toHaveLength(1);
    expect(out.issues.find((i) => i.code === 'gcj02-suspected')!.message.en).toContain('the column name “高德经度” mentions “高德”');
  });
});

describe('GeoJSON shapes', () => {
  it('accepts a bare geometry and a single Feature', async () => {
    expect(data(await importFile('g.json', bytes({ type: 'Point', coordinates: [115.93, 31.73] }))).features).toHaveLength(1);
    const f = data(await importFile('f.json', bytes({ type: 'Feature', id: 7, properties: { a: { b: [1, 2] } }, geometry: { type: 'Point', coordinates: [115.93, 31.73] } })));
    expect(f.features[0].properties).toEqual({ a: '{"b":[1,2]}' });
    expect(f.features[0].id).toBe(7);
  });

  it('notes the few features far from China and keeps them', async () => {
    const fc = { type: 'FeatureCollection', features: [[115.93, 31.73], [114.82, 34.82], [2.35, 48.86]].map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })) };
    const out = await importFile('mix.geojson', bytes(fc));
    expect(data(out).features).toHaveLength(3);
    expect(out.issues).toEqual([expect.objectContaining({ code: 'outside-china', severity: 'info', where: { feature: 2, position: [2.35, 48.86] } })]);
    expect(out.issues[0].message.en).toBe('1 of 3 features lie far outside China (first: feature 2 at [2.35, 48.86]); they were kept.');
  });

  it('computes fields by majority type with top values and min/max', async () => {
    const fc = { type: 'FeatureCollection', features: [3, 1, 3, 'x', null].map((v) => ({ type: 'Feature', properties: { v, flag: v === 3 }, geometry: { type: 'Point', coordinates: [115.93, 31.73] } })) };
    const d = data(await importFile('f.geojson', bytes(fc)));
    expect(d.fields).toEqual([
      { name: 'v', type: 'number', count: 4, values: [{ value: '3', count: 2 }, { value: '1', count: 1 }, { value: 'x', count: 1 }], distinct: 3, min: 1, max: 3 },
      { name: 'flag', type: 'boolean', count: 5, values: [{ value: 'false', count: 3 }, { value: 'true', count: 2 }], distinct: 2 },
    ]);
  });
});

describe('safety', () => {
  it('keeps HTML in properties as literal text and runs nothing', async () => {
    const d = data(await importFile('xss.geojson', load('xss.geojson')));
    expect(d.features[0].properties).toEqual({ name: '<img src=x onerror="window.__xss=1">', note: '<script>window.__xss=2</script>' });
    expect((globalThis as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('a "__proto__" property pollutes nothing and is kept as an own property', async () => {
    const d = data(await importFile('prototype-pollution.geojson', load('prototype-pollution.geojson')));
    const props = d.features[0].properties;
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(props, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(props, '__proto__')!.value).toBe('{"polluted":1}');
    expect(Object.getOwnPropertyDescriptor(props, 'constructor')!.value).toBe('{"prototype":{"polluted":2}}');
    expect(d.fields.map((f) => f.name)).toEqual(['__proto__', 'constructor', 'name']);
  });

  it('never throws: a bug becomes an internal issue', async () => {
    const options = { get fixes(): never { throw new RangeError('boom'); } };
    const out = await importFile('good.geojson', load('good.geojson'), options);
    expect(out.ok).toBe(false);
    expect(out.issues[0].code).toBe('internal');
    expect(out.issues[0].message.en).toBe('Unexpected error while importing (RangeError: boom). This is a bug in Plan Atlas. Nothing was imported.');
  });

  it('never throws on random bytes under any name', async () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const name of ['a.json', 'a.csv', 'a.kml', 'a.xlsx', 'a.zip', 'a.kmz', 'a.bin', 'a']) {
      for (let k = 0; k < 5; k++) {
        const b = Uint8Array.from({ length: 200 + k * 300 }, () => Math.floor(rnd() * 256));
        if (k === 1) b.set([0x50, 0x4b, 0x03, 0x04]);
        const out = await importFile(name, b);
        expect(out.ok).toBe(false);
        expect(out.issues.every((i) => i.code !== 'internal'), `${name}: ${JSON.stringify(out.issues)}`).toBe(true);
      }
    }
  });
});

describe('import worker session', () => {
  it('reports progress through a comlink proxy, then resolves with the outcome; the bytes are transferred', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(createImportSession(), port1);
    const api = wrap<ImportApi>(port2);
    try {
      const stages: string[] = [];
      const buffer = load('good.csv').slice().buffer;
      const r = await api.importFile('good.csv', transfer(buffer, [buffer]), {}, proxy((p: ImportProgress) => void stages.push(p.stage)));
      expect(buffer.byteLength).toBe(0); // moved to the worker, not copied
      expect(r.outcome).toMatchObject({ ok: true });
      expect(r.ms).toBeGreaterThanOrEqual(0);
      await expect.poll(() => stages.slice(0, 3)).toEqual(['reading', 'parsing', 'checking']);
    } finally {
      port1.close();
      port2.close();
    }
  });
});
