/** The analysis region and its settings in the share link, within the URL length limit (issue 16, item 17). */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateRegion } from '../../src/domain/analysis';
import { MAX_REGION_CHARS, decodeOutline, encodeOutline, parseRegionParam } from '../../src/state/regionLink';
import { regionParam } from '../../src/state/regionParam';
import { createHash, defaultUrlState, parseHash } from '../../src/state/urlState';
import { atlas } from './generatedData';

const data = atlas();
const rect: Polygon = { type: 'Polygon', coordinates: [[[112.123456, 30.5], [113.75, 30.5], [113.75, 31.25], [112.123456, 31.25], [112.123456, 30.5]]] };

describe('region in the link', () => {
  it('a drawn rectangle round-trips through the hash to 1e-5° with its distance setting, the other fields unchanged', () => {
    const p = regionParam({ geometry: rect, origin: 'drawn' });
    expect(p.fit).toBe('exact');
    const s = { ...defaultUrlState(), camera: { center: [113, 31] as [number, number], zoom: 7 }, region: p.value, within: { layer: 'railway', km: 30 } };
    const hash = createHash(s);
    // nothing of the outline is percent-encoded
    expect(hash).toMatch(/&r=d%3A[A-Za-z0-9_.*-]+&wl=railway&wk=30$/);
    const back = parseHash(hash);
    expect(back.state).toEqual(s);
    expect(back.regionNotice).toBeNull();
    const r = back.region!;
    if (r.kind !== 'shape') throw new Error('not a shape');
    expect(r.origin).toBe('drawn');
    const ring = (r.geometry as Polygon).coordinates[0];
    expect(ring).toHaveLength(5);
    rect.coordinates[0].forEach((q, i) => {
      expect(Math.abs(ring[i][0] - q[0])).toBeLessThanOrEqual(5e-6);
      expect(Math.abs(ring[i][1] - q[1])).toBeLessThanOrEqual(5e-6);
    });
  });

  it('a region from the list is written by its list value, not its outline', () => {
    const p = regionParam({ geometry: rect, origin: 'picked', ref: 'prov:51' });
    expect(p).toEqual({ value: 'prov:51', fit: 'exact' });
    expect(parseRegionParam('prov:51')).toEqual({ kind: 'ref', ref: 'prov:51' });
    expect(parseRegionParam('area:old-dabieshan')).toEqual({ kind: 'ref', ref: 'area:old-dabieshan' });
  });

  it('holes and several polygons survive (rings . polygons *), negative deltas too', () => {
    const polys = [
      [[[100, 20], [101, 20], [101, 21], [100, 20]], [[100.5, 20.2], [100.8, 20.2], [100.8, 20.4], [100.5, 20.2]]],
      [[[-70.5, -33.4], [-70.4, -33.4], [-70.4, -33.3], [-70.5, -33.4]]],
    ];
    expect(decodeOutline(encodeOutline(polys))).toEqual(polys);
  });

  it('an outline too long for the link is simplified until it fits, still a region the report can analyse', () => {
    // 四川省: tens of thousands of characters as drawn
    const sichuan = data.provinces.features.find((f) => (f.properties as { provCode?: string }).provCode === '51')! as Feature<Polygon | MultiPolygon>;
    const p = regionParam({ geometry: sichuan.geometry, origin: 'imported' });
    expect(p.fit).toBe('simplified');
    if (p.fit !== 'simplified') return;
    expect(p.value!.length).toBeLessThanOrEqual(MAX_REGION_CHARS);
    expect(p.toleranceM).toBeGreaterThan(0);
    const back = parseRegionParam(p.value!);
    if (back.kind !== 'shape') throw new Error('not a shape');
    const simplified = validateRegion(back.geometry).areaKm2;
    const whole = validateRegion(sichuan.geometry).areaKm2;
    expect(Math.abs(simplified - whole) / whole).toBeLessThan(0.01);
    // the whole hash stays under 8,000 characters
    expect(createHash({ ...defaultUrlState(), camera: { center: [104, 30], zoom: 6 }, region: p.value, within: { layer: 'railway', km: 50 } }).length).toBeLessThan(8000);
  });

  it('a region no simplification brings under the limit is left out, with its length', () => {
    // 4,000 random-walk islands: every polygon keeps at least 3 positions, so no tolerance fits
    const polys: Polygon['coordinates'][] = [];
    for (let i = 0; i < 4000; i++) {
      const x = 80 + (i % 80) * 0.5, y = 20 + Math.floor(i / 80) * 0.4;
      polys.push([[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y]]]);
    }
    const p = regionParam({ geometry: { type: 'MultiPolygon', coordinates: polys }, origin: 'imported' });
    expect(p.fit).toBe('too-large');
    expect(p.value).toBeNull();
    if (p.fit === 'too-large') expect(p.chars).toBeGreaterThan(MAX_REGION_CHARS);
  });

  it.each([
    ['d:', /empty|空/],
    ['d:AAAA!', /invalid character/],
    ['d:AAg', /incomplete/],
    ['d:AAAA', /fewer than 3/],
    ['x:AAAA', /not one this atlas knows/],
    ['prov:5', /not one this atlas knows/],
  ])('a malformed region %s gives a clear message in both languages and loses nothing else of the link', (r, why) => {
    const s = { ...defaultUrlState(), camera: { center: [113, 31] as [number, number], zoom: 7 }, lang: 'en' as const, filters: { ...defaultUrlState().filters, actions: ['规划建设'] } };
    const hash = `${createHash(s)}&r=${encodeURIComponent(r)}`;
    const back = parseHash(hash);
    expect(back.notice).toBeNull();
    expect(back.state).toEqual(s);
    expect(back.region).toBeNull();
    expect(back.regionNotice!.en).toMatch(why);
    expect(back.regionNotice!.en).toMatch(/rest of the link/);
    expect(back.regionNotice!.zh).toMatch(/链接中的区域.*链接的其余部分/);
  });
});
