import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LAYERS, defaultVisibility, layerForCatalog, type LayerId } from '../../src/domain/layers/registry';
import { CATALOG_LAYERS } from '../../src/domain/catalogLayers';
import { ALL_AREA_GROUPS, AREA_GROUP, DERIVED_AREA } from '../../src/domain/areaGroups';
import { layerFeatures, featureCount } from '../../src/map/featureViews';
import { atlas } from './generatedData';

describe('layer registry', () => {
  it('declares each id once, with zh and en titles', () => {
    expect(new Set(LAYERS.map((l) => l.id)).size).toBe(LAYERS.length);
    for (const l of LAYERS) {
      expect(l.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(l.title.en).toMatch(/^[A-Z]/);
    }
  });

  it('has a layer for every catalog layer and area group in the data, and data for every layer', () => {
    const d = atlas();
    for (const f of d.catalog.features) expect(layerForCatalog(f.properties.layer), f.properties.layer).toBeDefined();
    const groups = new Set(d.areas.map((a) => a.group));
    for (const g of groups) expect(LAYERS.some((l) => l.source.type === 'area' && l.source.group === g), g).toBe(true);
    for (const l of layerFeatures(d)) expect(featureCount(l), l.def.id).toBeGreaterThan(0);
  });

  it('declares exactly the catalog layer names and area groups of the data, each drawn by one layer', () => {
    const d = atlas();
    expect(new Set(d.catalog.features.map((f) => f.properties.layer))).toEqual(new Set(CATALOG_LAYERS));
    expect(new Set(d.areas.map((a) => a.group))).toEqual(new Set(ALL_AREA_GROUPS));
    for (const id of Object.values(DERIVED_AREA)) expect(d.areas.map((a) => a.id), id).toContain(id);
    for (const c of CATALOG_LAYERS) expect(LAYERS.filter((l) => l.source.type === 'catalog' && l.source.layer === c), c).toHaveLength(1);
    for (const g of ALL_AREA_GROUPS) expect(LAYERS.filter((l) => l.source.type === 'area' && l.source.group === g), g).toHaveLength(1);
  });

  it('shows the layers the atlas opens with: old areas, border counties, railways, highways, airports, hydropower, transmission', () => {
    const v = defaultVisibility();
    const open: LayerId[] = ['old-areas', 'border-counties', 'railway', 'highway', 'airport', 'hydro-station', 'hydro-base', 'transmission'];
    for (const id of open) expect(v[id], id).toBe(true);
    expect(Object.keys(v).sort()).toEqual(LAYERS.map((l) => l.id).sort());
  });

  it('gives layers visible together distinct colour-and-symbol pairs', () => {
    const keys = LAYERS.map((l) => `${l.color.join(',')}|${l.symbol}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds a layer id in quotes of every kind, and not inside a longer word or a comment without quotes', () => {
    expect(quotes(`const a = 'railway';`, 'railway')).toBe(true);
    expect(quotes(`<Select value="railway" />`, 'railway')).toBe(true);
    expect(quotes('const a = `railway`;', 'railway')).toBe(true);
    expect(quotes(`const a = 'railways'; // railway`, 'railway')).toBe(false);
    expect(quotes(`const a = "flood-river-x";`, 'flood-river')).toBe(false);
  });

  it('is the only place layer ids are written: no other source file names a layer id, catalog layer or area in quotes', () => {
    const d = atlas();
    /** each guarded string → the source files (under src/) that declare it */
    const declared = new Map<string, Set<string>>();
    const declare = (values: Iterable<string>, file: string) => {
      for (const v of values) declared.set(v, (declared.get(v) ?? new Set()).add(file));
    };
    declare(LAYERS.map((l) => l.id), 'domain/layers/registry.ts');
    declare([...CATALOG_LAYERS, ...d.catalog.features.map((f) => f.properties.layer)], 'domain/catalogLayers.ts');
    // 'region' is also an ordinary word (ARIA role, the report's CSV section): only the hyphenated groups and ids are guarded
    declare([...ALL_AREA_GROUPS, ...Object.values(DERIVED_AREA)].filter((g) => g !== AREA_GROUP.region), 'domain/areaGroups.ts');
    /** words that coincide with a guarded string but mean something else, by file */
    const unrelated: Record<string, string[]> = {
      // English name endings stripped for search ("Wushan Airport"), not the layers
      'domain/search/names.ts': ['airport', 'railway'],
    };
    const src = join(import.meta.dirname, '../../src');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    // tests beside the code name the layers they check
    const files = walk(src).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const offences: string[] = [];
    for (const f of files) {
      const rel = relative(src, f).split(sep).join('/');
      const text = readFileSync(f, 'utf8');
      for (const [v, at] of declared) {
        if (!at.has(rel) && !unrelated[rel]?.includes(v) && quotes(text, v)) offences.push(`src/${rel} names '${v}'`);
      }
    }
    expect(offences).toEqual([]);
    for (const [rel, values] of Object.entries(unrelated)) {
      for (const v of values) expect(quotes(readFileSync(join(src, rel), 'utf8'), v), `stale exemption: src/${rel} '${v}'`).toBe(true);
    }
  });
});

/** True when `text` holds `value` as a whole string literal: 'value', "value" or `value`. */
function quotes(text: string, value: string): boolean {
  const v = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(['"\`])${v}\\1`).test(text);
}
