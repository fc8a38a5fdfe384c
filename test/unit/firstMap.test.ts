import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FULL_DETAIL_FILES, firstLoadFiles, loadAtlasData, loadFullDetail } from '../../src/domain/atlasData';
import { FIRST_CATALOG_FIELDS, FIRST_MAP_FILES } from '../../src/domain/firstMap';
import { GENERATED, atlas } from './generatedData';

/** fetch over public/generated, recording what was asked for */
function filesFetch(asked: string[]): typeof fetch {
  return (async (url: string) => {
    const name = url.replace('/generated/', '');
    asked.push(name);
    return new Response(readFileSync(join(GENERATED, name)));
  }) as unknown as typeof fetch;
}

describe('the first map and the full data', () => {
  it("fetches the coarse copies and no search keys for a 'first' map, then only the full files", async () => {
    const asked: string[] = [];
    const first = await loadAtlasData('/generated/', filesFetch(asked), undefined, 'first');
    expect(first.detail).toBe('first');
    expect(asked.sort()).toEqual(firstLoadFiles('first').sort());
    for (const [full, coarse] of Object.entries(FIRST_MAP_FILES)) {
      expect(asked).toContain(coarse);
      expect(asked).not.toContain(full);
    }
    expect(asked).not.toContain('search-keys.json');
    asked.length = 0;
    const full = await loadFullDetail(first, '/generated/', filesFetch(asked));
    expect(asked.sort()).toEqual([...FULL_DETAIL_FILES].sort());
    expect(full.detail).toBe('full');
    // everything but the geometry, the search keys, the catalog and the poverty counties is the first map's, unchanged
    expect(full.areas).toBe(first.areas);
    expect(full.plan).toBe(first.plan);
    expect(full.catalog).toEqual(atlas().catalog);
    expect(full.poverty).toEqual(atlas().poverty);
    expect(Object.keys(full.searchKeys).length).toBeGreaterThan(3000);
    expect(await loadFullDetail(full, '/generated/', filesFetch(asked))).toBe(full);
  });

  it('the coarse copy holds every county, prefecture and province with the same properties (no seats), at a fraction of the bytes', async () => {
    const first = await loadAtlasData('/generated/', filesFetch([]), undefined, 'first');
    const full = atlas();
    for (const key of ['counties', 'prefectures', 'provinces'] as const) {
      expect(first[key].features.length, key).toBe(full[key].features.length);
      expect(first[key].features.every((f) => f.geometry && f.geometry.coordinates.length > 0), `${key} with geometry`).toBe(true);
    }
    for (const f of full.counties.features) {
      const { seatLon: _x, seatLat: _y, ...props } = f.properties;
      expect(first.countyByAdcode.get(f.properties.adcode)?.properties).toEqual(props);
    }
    const gz = (n: string) => gzipSync(readFileSync(join(GENERATED, n))).length;
    for (const [fullFile, coarse] of Object.entries(FIRST_MAP_FILES)) expect(gz(coarse) / gz(fullFile), coarse).toBeLessThan(fullFile === 'catalog.json' ? 0.6 : 0.5);
  });

  it('the first catalog has every record with its geometry and only the fields the first map needs; the first poverty counties lack only their per-fact evidence', async () => {
    const first = await loadAtlasData('/generated/', filesFetch([]), undefined, 'first');
    const full = atlas();
    expect(first.catalog.features.map((f) => f.properties.id)).toEqual(full.catalog.features.map((f) => f.properties.id));
    first.catalog.features.forEach((f, i) => {
      expect(f.geometry).toEqual(full.catalog.features[i].geometry);
      const keys = Object.keys(f.properties);
      expect(keys.every((k) => (FIRST_CATALOG_FIELDS as readonly string[]).includes(k)), f.properties.id).toBe(true);
      for (const k of keys) expect(f.properties[k as keyof typeof f.properties], `${f.properties.id}.${k}`).toEqual(full.catalog.features[i].properties[k as keyof typeof f.properties]);
    });
    expect(first.catalog.features.some((f) => 'citation' in f.properties || 'delivery' in f.properties || 'coordSource' in f.properties)).toBe(false);
    expect(first.poverty.counties).toHaveLength(full.poverty.counties.length);
    first.poverty.counties.forEach((c, i) => {
      const { facts: _f, ...rest } = full.poverty.counties[i];
      expect(c).toEqual(rest);
    });
  });
});

describe('the first map of a standard map of China', () => {
  it('draws the 南海断续线 from its first frame: the coarse world file carries every dash unchanged', async () => {
    const first = await loadAtlasData('/generated/', filesFetch([]), undefined, 'first');
    const full = atlas();
    expect(full.world.nanhai?.features.length).toBeGreaterThanOrEqual(10);
    expect(first.world.nanhai).toEqual(full.world.nanhai);
  });
});
