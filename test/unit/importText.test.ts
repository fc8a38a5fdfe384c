import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/import';

const enc = (s: string) => new TextEncoder().encode(s);
const first = async (name: string, text: string) => (await importFile(name, enc(text))).issues[0];

describe('JSON syntax errors name the real place', () => {
  it('finds NaN, a trailing comma and a single quote where V8 gives no position', async () => {
    const nan = await first('nan.geojson', '{"type":"Point","coordinates":[NaN,39.9]}');
    expect(nan.code).toBe('invalid-json');
    // 31 characters precede the N
    expect(nan.message.en).toContain('line 1, column 32');
    expect(nan.message.en).not.toContain('is not valid JSON');
    expect((await first('t.geojson', '{"type":"Point",\n "coordinates":[1,2,]}')).message.en).toContain('line 2, column 21');
    expect((await first('q.geojson', "{'type':'Point'}")).message.zh).toContain('第 1 行第 2 列');
  });

  it('names a comment (GeoJSON saved by an editor that allows them) and what the grammar expected', async () => {
    const c = await first('c.geojson', '{"type":"Point", // 北京\n "coordinates":[116.4,39.9]}');
    expect(c.code).toBe('invalid-json');
    expect(c.message.en).toContain('line 1, column 18');
    expect(c.message.en).toContain('JSON has none');
    expect(c.message.zh).toContain('JSON 不允许注释');
    expect((await first('k.geojson', '{"type":"Point", coordinates:[1,2]}')).message.en).toContain('a property name in double quotes');
  });

  it('calls a 0-byte or blank file empty, not a syntax error', async () => {
    for (const text of ['', '  \n ']) {
      const i = await first('blank.geojson', text);
      expect(i.code).toBe('empty');
      expect(i.message.en).toContain('The file is empty');
    }
  });
});
