/**
 * Consistency of the authored catalog (data/catalog) with the county map and with itself:
 * every place lies in the prefecture or province its record names, stations lie on their
 * hydropower base's corridor, no record repeats another.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { CatalogFile, type CatalogRecord, type Place } from '../../src/domain/catalogSchema';
import { CountyLocator } from '../../scripts/lib/catalog';
import { atlas } from './generatedData';

const DIR = join(import.meta.dirname, '../../data/catalog');
const records: CatalogRecord[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => CatalogFile.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))).records);
const locator = new CountyLocator(atlas().counties.features);
const places = (r: CatalogRecord): Place[] => (r.geometry.kind === 'line' ? r.geometry.via : [r.geometry.at]);

describe('catalog consistency', () => {
  it('puts every place that names its prefecture or province inside it', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const r of records) {
      for (const p of places(r)) {
        if (!p.admin) continue;
        checked++;
        const c = locator.at(p.lonlat);
        const ok = !!c && (c.prefName === p.admin || c.provName === p.admin || c.provName.startsWith(p.admin) || c.prefName.startsWith(p.admin));
        if (!ok) wrong.push(`${r.id} ${p.name} [${p.lonlat}] admin ${p.admin} → ${c ? `${c.name} ${c.prefName} ${c.provName}` : 'outside China'}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
  });

  it('names the prefecture at both ends of every line', () => {
    for (const r of records) {
      if (r.geometry.kind !== 'line' || r.category === 'water' || r.layer === 'hydro-base') continue;
      const via = r.geometry.via;
      expect(via[0].admin, `${r.id} first place`).toBeTruthy();
      expect(via[via.length - 1].admin, `${r.id} last place`).toBeTruthy();
    }
  });

  it('puts each hydropower station on its base corridor (within 3 km)', () => {
    const stations = records.filter((r) => r.layer === 'hydro-station');
    expect(stations).toHaveLength(9);
    for (const s of stations) {
      const base = records.find((r) => r.id === s.attributes?.base);
      expect(base, `${s.id} base`).toBeDefined();
      if (base?.geometry.kind !== 'line' || s.geometry.kind !== 'point') throw new Error(`${s.id}: base is not a line`);
      const km = pointToLineDistance(s.geometry.at.lonlat, { type: 'LineString', coordinates: base.geometry.via.map((p) => p.lonlat) }, { units: 'kilometers' });
      expect(km, s.id).toBeLessThan(3);
    }
  });

  it('has no duplicate records (same layer and name, or same geometry)', () => {
    const names = records.map((r) => `${r.layer}|${r.name.zh}`);
    expect(new Set(names).size).toBe(names.length);
    const geoms = records.map((r) => JSON.stringify(places(r).map((p) => p.lonlat)));
    const dup = geoms.filter((g, i) => geoms.indexOf(g) !== i);
    expect(dup).toEqual([]);
  });

  it('gives thermal plants their capacity in MW (2×66万千瓦 = 1,320 MW) and lines their voltage', () => {
    const thermal = records.filter((r) => r.layer === 'thermal-plant').map((r) => r.numbers?.capacityMW).sort();
    expect(thermal).toEqual([1320, 1320, 2000]);
    for (const r of records.filter((x) => x.layer === 'transmission')) expect(r.numbers?.voltageKV, r.id).toBeGreaterThanOrEqual(500);
  });
});
