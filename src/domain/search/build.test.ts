/** Search entries of imported features zoom to their extent across the antimeridian (issue 12, defect 7). */
import { describe, expect, it } from 'vitest';
import { layer } from '../../../test/unit/userLayerFixture';
import { userSearchEntries } from './userEntries';

describe('userSearchEntries', () => {
  it('an imported Chukotka polygon on both sides of 180° gets a 10°-wide box, not 360°', () => {
    const chukotka = { type: 'Feature' as const, properties: { 名称: '楚科奇' }, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[175, 64], [180, 64], [180, 68], [175, 64]]], [[[-180, 64], [-175, 64], [-180, 68], [-180, 64]]]] } };
    const fields = [{ name: '名称', type: 'string' as const, count: 1, distinct: 1, values: [{ value: '楚科奇', count: 1 }] }];
    expect(userSearchEntries(layer([chukotka], fields)).map((e) => e.bbox)).toEqual([[175, 64, 185, 68]]);
  });
});
