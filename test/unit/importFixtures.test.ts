/**
 * Every fixture of test/fixtures/import against test/fixtures/import/cases.json: outcome,
 * feature count, the issue (code, severity, message text in both languages), offers, columns.
 * The browser e2e test checks the same message texts after dropping each file into the app.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/import';
import type { ImportFix, ImportIssue } from '../../src/domain/import';

interface Case {
  file: string;
  ok: boolean;
  format?: string;
  features?: number;
  kinds?: { point: number; line: number; polygon: number };
  code?: ImportIssue['code'];
  severity?: ImportIssue['severity'];
  messageIncludes?: { en: string; zh: string };
  offers?: ImportFix[];
  columns?: string[];
  sheets?: string[];
  /** the layer's extent `[w, s, e, n]` (zoom-to-extent), e > 180 across the antimeridian */
  bbox?: number[];
}

const DIR = 'test/fixtures/import';
const cases = JSON.parse(readFileSync(`${DIR}/cases.json`, 'utf8')) as Case[];
const load = (file: string) => new Uint8Array(readFileSync(`${DIR}/${file}`));

describe('import fixtures (cases.json)', () => {
  it('lists every fixture file exactly once', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'cases.json').sort();
    expect(cases.map((c) => c.file).sort()).toEqual(files);
  });

  for (const c of cases) {
    it(`${c.file}: ${c.ok ? 'imports' : 'is refused'}${c.code ? ` with ${c.severity} ${c.code}` : ''}`, async () => {
      const out = await importFile(c.file, load(c.file));
      expect(out.ok).toBe(c.ok);
      if (out.ok) {
        expect(out.data.features).toHaveLength(c.features!);
        if (c.kinds) expect(out.data.kinds).toEqual(c.kinds);
        if (c.format) expect(out.data.format).toBe(c.format);
        if (c.sheets) expect(out.data.sheets).toEqual(c.sheets);
        if (c.bbox) expect(out.data.bbox.map((v) => +v.toFixed(6))).toEqual(c.bbox);
        expect(out.data.vertexCount).toBeGreaterThanOrEqual(out.data.features.length);
        if (!c.code) expect(out.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      } else {
        expect(out.issues.some((i) => i.severity === 'error')).toBe(true);
        if (c.columns) expect(out.columns).toEqual(c.columns);
      }
      if (c.code) {
        const hit = out.issues.find((i) => i.code === c.code && i.severity === c.severity);
        expect(hit, JSON.stringify(out.issues, null, 1)).toBeDefined();
        expect(hit!.message.en).toContain(c.messageIncludes!.en);
        expect(hit!.message.zh).toContain(c.messageIncludes!.zh);
      }
      expect(out.offers.map((o) => o.fix)).toEqual(c.offers ?? []);
      for (const i of out.issues) {
        expect(i.message.en.length).toBeGreaterThan(10);
        expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }
});

describe('good files carry their places and properties', () => {
  it('the CSV reads 经度/纬度, keeps 名称 and types 人口 as numbers', async () => {
    const out = await importFile('good.csv', load('good.csv'));
    if (!out.ok) throw new Error('refused');
    const jinzhai = out.data.features.find((f) => f.properties['名称'] === '金寨县')!;
    expect(jinzhai.geometry).toEqual({ type: 'Point', coordinates: [115.93, 31.73] });
    const pop = out.data.fields.find((f) => f.name === '人口（万）')!;
    expect(pop).toMatchObject({ type: 'number', count: 5, distinct: 5, min: 17, max: 85 });
    expect(out.data.name).toBe('good');
    expect(out.data.bbox).toEqual([109.48, 26.75, 115.93, 38.85]);
  });

  it('the Excel sheet keeps the adcode as text and numbers as numbers', async () => {
    const out = await importFile('good.xlsx', load('good.xlsx'));
    if (!out.ok) throw new Error('refused');
    expect(out.data.sheet).toBe('县城');
    const f = out.data.features[0];
    expect(f.properties).toMatchObject({ 名称: '金寨县', 行政区划代码: '341524', 经度: 115.93, 纬度: 31.73 });
    expect(out.data.fields.find((x) => x.name === '行政区划代码')!.type).toBe('string');
  });

  it('an Excel sheet without coordinates is refused listing columns and sheets', async () => {
    const out = await importFile('good.xlsx', load('good.xlsx'), { sheet: '说明' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues[0].code).toBe('empty');
    expect(out.sheets).toEqual(['县城', '说明']);
    const missing = await importFile('good.xlsx', load('good.xlsx'), { sheet: 'Sheet9' });
    expect(!missing.ok && missing.issues[0].message.en).toContain('There is no sheet “Sheet9”; sheets: “县城”, “说明”');
  });

  it('the shapefile decodes UTF-8 names (.cpg) from both layers and rewinds the clockwise ring', async () => {
    const out = await importFile('good-shapefile.zip', load('good-shapefile.zip'));
    if (!out.ok) throw new Error('refused');
    // layers in archive order: county.*, then seats.*
    expect(out.data.features.map((f) => f.properties.name)).toEqual(['金寨县', '金寨县', '兰考县', '阜平县', '井冈山市', '花垣县']);
    // the .prj (WGS84) goes through proj4: equal to ~1e-14°
    const [x, y] = (out.data.features[2].geometry as { coordinates: number[] }).coordinates;
    expect(x).toBeCloseTo(114.82, 9);
    expect(y).toBeCloseTo(34.82, 9);
    const poly = out.data.features[0].geometry;
    expect(poly.type).toBe('Polygon');
    // RFC 7946: exterior counter-clockwise → positive shoelace area
    const ring = (poly as { coordinates: number[][][] }).coordinates[0];
    let a = 0;
    for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    expect(a).toBeGreaterThan(0);
  });

  it('KML, KMZ, TopoJSON and GeoJSON give the same 金寨县 polygon', async () => {
    const rings = [];
    for (const file of ['good.geojson', 'good.kml', 'good.kmz', 'good.topojson']) {
      const out = await importFile(file, load(file));
      if (!out.ok) throw new Error(file);
      const poly = out.data.features.find((f) => f.geometry.type === 'Polygon')!;
      rings.push(poly.geometry.coordinates);
      expect(poly.properties.name).toBe('金寨县');
    }
    for (const r of rings) expect(r).toEqual(rings[0]);
    expect(rings[0][0]).toHaveLength(7);
  });

  it('KML descriptions with HTML are kept as text', async () => {
    const out = await importFile('good.kml', load('good.kml'));
    if (!out.ok) throw new Error('refused');
    expect(out.data.features[0].properties.description).toBe('<b>安徽省</b>');
  });
});
