/**
 * River corridors along the real rivers: the committed WDBII centrelines (data/rivers) and the
 * hydropower bases and flood-control rivers routed on them in the generated catalog.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Flatbush from 'flatbush';
import type { Feature, LineString, Position } from 'geojson';
import { atlas } from './generatedData';
import { haversineKm, pointSegmentKm } from '../../scripts/lib/geodesy';
import { RiverNetwork, type RiverFile } from '../../scripts/lib/riverRoute';
import type { CatalogRecord } from '../../src/domain/catalogSchema';

const d = atlas();
const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/rivers/wdbii-china.json'), 'utf8')) as RiverFile;
const authored: CatalogRecord[] = ['energy', 'water'].flatMap(
  (n) => (JSON.parse(readFileSync(join(import.meta.dirname, '../../data/catalog', `${n}.json`), 'utf8')) as { records: CatalogRecord[] }).records,
);
const corridors = d.catalog.features.filter((f) => f.properties.layer === 'hydro-base' || f.properties.layer === 'flood-river');

// every segment of the centreline network, indexed
const segs: [Position, Position][] = [];
for (const f of file.features) for (let i = 1; i < f.geometry.coordinates.length; i++) segs.push([f.geometry.coordinates[i - 1], f.geometry.coordinates[i]]);
const index = new Flatbush(segs.length);
for (const [a, b] of segs) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
index.finish();
/** km from `p` to the nearest centreline (searched within 0.2°, else Infinity) */
const toNetworkKm = (p: Position): number => {
  let best = Infinity;
  for (const i of index.search(p[0] - 0.2, p[1] - 0.2, p[0] + 0.2, p[1] + 0.2)) best = Math.min(best, pointSegmentKm(p, segs[i][0], segs[i][1]));
  return best;
};

describe('the committed river centrelines', () => {
  it('say where they come from, and cover China', () => {
    expect(file.source).toMatch(/GSHHG .*WDBII.*gmt coast -R73\/136\/3\/54 -Dh -Ia -M/);
    expect(file.licence).toMatch(/LGPL/);
    expect(file.features.length).toBeGreaterThan(400);
    for (const f of file.features) expect([0, 1, 2, 3, 4]).toContain(f.properties.level);
  });
});

describe('hydropower bases and flood-control rivers follow their river', () => {
  it('are the 14 corridors of the plan', () => {
    expect(corridors.map((f) => f.properties.id).sort()).toEqual([
      'base-dadu', 'base-huanghe-upper', 'base-jinsha', 'base-lancang', 'base-nu', 'base-yalong',
      'flood-bailongjiang', 'flood-heilongjiang', 'flood-huangshui', 'flood-jialingjiang', 'flood-nenjiang', 'flood-qingshuihe', 'flood-songhuajiang', 'flood-wujiang',
    ]);
  });

  it.each(corridors.map((f) => [f.properties.id, f] as const))('%s lies within 2 km of a centreline along its whole course (sampled every km)', (_, f) => {
    const cs = (f.geometry as LineString).coordinates;
    let worst = 0;
    for (let i = 1; i < cs.length; i++) {
      const n = Math.max(1, Math.ceil(haversineKm(cs[i - 1], cs[i])));
      for (let k = 0; k < n; k++) worst = Math.max(worst, toNetworkKm([cs[i - 1][0] + ((cs[i][0] - cs[i - 1][0]) * k) / n, cs[i - 1][1] + ((cs[i][1] - cs[i - 1][1]) * k) / n]));
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it.each(corridors.map((f) => [f.properties.id, f] as const))('%s still passes every authored place (within 8 km)', (id, f) => {
    const r = authored.find((x) => x.id === id)!;
    if (r.geometry.kind !== 'line') throw new Error('not a line');
    const cs = (f.geometry as LineString).coordinates;
    for (const p of r.geometry.via) {
      let best = Infinity;
      for (let i = 1; i < cs.length; i++) best = Math.min(best, pointSegmentKm(p.lonlat, cs[i - 1], cs[i]));
      expect(best, `${id} ${p.name}`).toBeLessThan(8);
    }
  });

  it('follow the river’s bends: 金沙江 is drawn longer than the chords through its places', () => {
    const f = corridors.find((x) => x.properties.id === 'base-jinsha')!;
    const r = authored.find((x) => x.id === 'base-jinsha')!;
    if (r.geometry.kind !== 'line') throw new Error('not a line');
    let chords = 0;
    for (let i = 1; i < r.geometry.via.length; i++) chords += haversineKm(r.geometry.via[i - 1].lonlat, r.geometry.via[i].lonlat);
    expect(f.properties.computed.lengthKm!).toBeGreaterThan(chords * 1.05);
    expect((f.geometry as LineString).coordinates.length).toBeGreaterThan(r.geometry.via.length * 5);
  });
});

describe('RiverNetwork', () => {
  const line = (level: number, coordinates: Position[]): Feature<LineString, { level: number }> => ({ type: 'Feature', properties: { level }, geometry: { type: 'LineString', coordinates } });
  // a bending main stem and a tributary that joins it 300 m off one of its vertices
  const main = line(1, [[100, 30], [100.1, 30.05], [100.2, 30], [100.3, 30.05], [100.4, 30]]);
  const trib = line(3, [[100.2, 30.1], [100.2, 30.0027]]);
  const net = new RiverNetwork([main, trib]);

  it('routes between two places along the stem, through its bends', () => {
    const r = net.route([{ name: 'a', lonlat: [100.0, 30.01] }, { name: 'b', lonlat: [100.4, 30.01] }]);
    expect(r.gaps).toEqual([]);
    expect(r.coordinates).toEqual(main.geometry.coordinates);
  });

  it('snaps a place to the major river rather than a tributary a little nearer, and joins tributaries at confluences', () => {
    expect(net.route([{ name: 'x', lonlat: [100.2, 30.03] }]).coordinates).toEqual([[100.2, 30]]);
    const up = net.route([{ name: 't', lonlat: [100.2, 30.1] }, { name: 'm', lonlat: [100.0, 30] }]);
    expect(up.gaps).toEqual([]);
    expect(up.coordinates[0]).toEqual([100.2, 30.1]);
    expect(up.coordinates[up.coordinates.length - 1]).toEqual([100, 30]);
  });

  it('keeps the chord and says so where a place is off the network', () => {
    const r = net.route([{ name: 'a', lonlat: [100, 30] }, { name: 'far', lonlat: [101, 31] }]);
    expect(r.gaps).toEqual(['far is more than 8 km from the river network']);
    expect(r.coordinates).toEqual([[100, 30], [101, 31]]);
  });
});
