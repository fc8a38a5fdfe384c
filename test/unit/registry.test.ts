import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LAYERS, defaultVisibility, layerForCatalog } from '../../src/map/layerRegistry';
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

  it('shows the layers the atlas opens with: old areas, border counties, railways, highways, airports, hydropower, transmission', () => {
    const v = defaultVisibility();
    for (const id of ['old-areas', 'border-counties', 'railway', 'highway', 'airport', 'hydro-station', 'hydro-base', 'transmission']) expect(v[id], id).toBe(true);
  });

  it('gives layers visible together distinct colour-and-symbol pairs', () => {
    const keys = LAYERS.map((l) => `${l.color.join(',')}|${l.symbol}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the only place layer ids are written: no other source file names one in quotes', () => {
    // Area groups and ids, and catalog layer names ('contiguous-destitute', 'flood-river') are values of the
    // data, not registry ids, even where the words coincide.
    const groups = new Set([...atlas().areas.flatMap((a) => [a.group, a.id]), ...atlas().catalog.features.map((f) => f.properties.layer)]);
    const ids = LAYERS.map((l) => l.id).filter((id) => id.includes('-') && !groups.has(id));
    const src = join(import.meta.dirname, '../../src');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const f of walk(src).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('layerRegistry.ts'))) {
      const text = readFileSync(f, 'utf8');
      for (const id of ids) expect(text.includes(`'${id}'`), `${f} names '${id}'`).toBe(false);
    }
  });
});
