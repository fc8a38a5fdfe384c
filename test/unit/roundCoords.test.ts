/** Basemap rounding in the data build (scripts/lib/round.ts, issue 15 item 2). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roundPolygons, roundPosition } from '../../scripts/lib/round';
import { GENERATED } from './generatedData';

describe('roundPolygons', () => {
  it('rounds to 4 decimals, drops repeats the rounding makes, and rings left with under 4 positions', () => {
    const sliver = [[100.00001, 30], [100.00002, 30.00001], [100.00003, 30], [100.00001, 30]];
    const square = [[100.123456, 30.654321], [101.00004, 30.654321], [101.00004, 31.000049], [101.000041, 31.000049], [100.123456, 30.654321]];
    expect(roundPolygons([[square, sliver]])).toEqual([[[[100.1235, 30.6543], [101, 30.6543], [101, 31], [100.1235, 30.6543]]]]);
    expect(roundPolygons([[sliver]])).toEqual([]);
    expect(roundPosition([-0.00005, 45.12345])).toEqual([-0, 45.1235]);
  });

  it('world.json has no position with more than 4 decimals', () => {
    const text = readFileSync(join(GENERATED, 'world.json'), 'utf8');
    expect(text).not.toMatch(/\d\.\d{5,}/);
    expect(JSON.parse(text).polygons.features.length).toBeGreaterThan(20);
  });
});
