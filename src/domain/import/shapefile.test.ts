/** Zipped shapefiles whose .prj is not a projection definition (issue 12, defect 5). */
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from './importFile';
import { looksLikeProjection } from './shapefile';

const GOOD = new Uint8Array(readFileSync('test/fixtures/import/good-shapefile.zip'));
const HTML = `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>${'<p>The page you asked for is not here.</p>'.repeat(56)}</body></html>`;

/** The good fixture with `county.prj` replaced by `prj`, or without it. */
function withPrj(prj: string | null): Uint8Array {
  const files = unzipSync(GOOD);
  if (prj === null) delete files['county.prj'];
  else files['county.prj'] = new TextEncoder().encode(prj);
  return zipSync(files);
}

describe('shapefile .prj that is not a projection', () => {
  it('an HTML page as .prj: says so quoting ≤ 60 characters, and imports the layers as if it had no .prj', async () => {
    expect(HTML.length).toBeGreaterThan(2400);
    const good = await importFile('s.zip', withPrj(null));
    const out = await importFile('s.zip', withPrj(HTML));
    expect(out.ok).toBe(true);
    if (!out.ok || !good.ok) return;
    expect(out.data.features).toEqual(good.data.features);
    const w = out.issues.find((i) => i.code === 'invalid-shapefile')!;
    expect(w.severity).toBe('warning');
    expect(w.where).toEqual({ path: 'county.prj' });
    expect(w.message.en).toBe(`“county.prj” is not a projection definition (it begins “${HTML.slice(0, 60)}…”, ${HTML.length.toLocaleString('en')} characters; perhaps a web page saved under that name): the shapefile was read without it, as if the archive had no .prj, so its coordinates are taken as stored.`);
    expect(w.message.zh).toContain('不是投影定义');
    for (const i of out.issues) expect(i.message.en.length + i.message.zh.length).toBeLessThan(600);
  });

  it('an empty .prj is skipped the same way', async () => {
    const out = await importFile('s.zip', withPrj(''));
    expect(out.ok).toBe(true);
    expect(out.issues.find((i) => i.code === 'invalid-shapefile')!.message.en).toContain('(it is empty;');
  });

  it('tells WKT 1, WKT 2, PROJ strings and EPSG codes from other text', () => {
    expect(looksLikeProjection('\uFEFFGEOGCS["GCS_WGS_1984",DATUM[]]')).toBe(true);
    expect(looksLikeProjection('PROJCS ["Xian_1980_3_Degree_GK_CM_114E"]')).toBe(true);
    expect(looksLikeProjection('GEOGCRS["WGS 84"]')).toBe(true);
    expect(looksLikeProjection('+proj=longlat +datum=WGS84')).toBe(true);
    expect(looksLikeProjection('EPSG:4326')).toBe(true);
    expect(looksLikeProjection('<!DOCTYPE html>')).toBe(false);
    expect(looksLikeProjection('GEOGCS is a word')).toBe(false);
  });
});
