/**
 * Fuzzing validateGeoJSON (fast-check): random JSON, random JS values, mutated valid GeoJSON and
 * random-but-well-formed GeoJSON with every fix — it must return, or throw ImportError (never
 * TypeError/RangeError), and never pollute Object.prototype.
 *
 * Deterministic: a fixed seed and a fixed number of runs, no time limit and no clock. A hang
 * fails on the test timeout; speed is `npm run bench`'s business. To explore other inputs run
 * `FUZZ_SEED=<integer> npx vitest run test/unit/importFuzz.test.ts` (a failure prints its seed
 * and path for fast-check to replay).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, validateGeoJSON, type ImportFix } from '../../src/domain/import';

const GOOD = JSON.parse(readFileSync('test/fixtures/import/good.geojson', 'utf8')) as unknown;
const FIXES: ImportFix[] = ['swap-lonlat', 'gcj02-to-wgs84', 'bd09-to-wgs84', 'webmercator-to-wgs84', 'simplify', 'repair-polygons'];
const RUNS = 500;
const DEFAULT_SEED = 20_160_001;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
if (!Number.isSafeInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, got ${process.env.FUZZ_SEED}`);
/** every property runs with the same seed and number of runs */
const PARAMS = { seed: SEED, numRuns: RUNS };
/** outcomes seen, to show the fuzz reaches past the first refusal */
const seen = new Map<string, number>();
const see = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);

/** Calls validateGeoJSON; fails the property on anything but a result or an ImportError that is not 'internal'. */
function check(json: unknown, fixes: ImportFix[] = []): boolean {
  try {
    const out = validateGeoJSON(json, { fixes, maxVertices: 5_000 });
    see(out.ok ? 'ok' : 'refused');
    for (const i of out.issues) see(i.code);
    for (const f of out.applied) see(`applied:${f}`);
    expect(out.ok).toBe(!out.issues.some((i) => i.severity === 'error'));
    if (out.ok) expect(out.features.length).toBeGreaterThan(0);
    for (const f of out.features) {
      expect(Object.getPrototypeOf(f.properties)).toBe(Object.prototype);
      for (const v of Object.values(f.properties)) expect(v === null || ['string', 'number', 'boolean'].includes(typeof v)).toBe(true);
    }
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    see(`thrown:${e.code}`);
    expect(e.code).not.toBe('internal');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return true;
}

/** Replaces the value at a random path of `base` with `value`. */
function mutate(base: unknown, path: number[], value: unknown): unknown {
  const copy = structuredClone(base);
  let node: unknown = copy;
  for (let d = 0; d < path.length; d++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    const key = keys[path[d] % keys.length];
    const child = (node as Record<string, unknown>)[key];
    if (d === path.length - 1 || typeof child !== 'object' || child === null) {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

const coord = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.double({ min: 73, max: 135, noNaN: true }),
  fc.double(),
  fc.constantFrom('116.4', '116,4', ' 31.7 ', 'abc', null, true, 1e7, -0),
);
const position = fc.array(coord, { minLength: 0, maxLength: 4 });
const positions = fc.array(position, { maxLength: 12 });
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: position }),
  fc.record({ type: fc.constant('MultiPoint'), coordinates: positions }),
  fc.record({ type: fc.constant('LineString'), coordinates: positions }),
  fc.record({ type: fc.constant('MultiLineString'), coordinates: fc.array(positions, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(positions, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('MultiPolygon'), coordinates: fc.array(fc.array(positions, { maxLength: 2 }), { maxLength: 3 }) }),
  fc.constant(null),
);
const feature = fc.record({
  type: fc.constant('Feature'),
  geometry: fc.oneof(geometry, fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(geometry, { maxLength: 3 }) })),
  properties: fc.oneof(fc.constant(null), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')), fc.jsonValue({ maxDepth: 3 }))),
});
/** Polygons in China with random vertices: exercises winding, self-intersection, repair and simplify. */
const chinaPolygon = fc.array(fc.tuple(fc.double({ min: 110, max: 111, noNaN: true }), fc.double({ min: 30, max: 31, noNaN: true })), { minLength: 3, maxLength: 40 })
  .map((ring) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } }));
const fixes = fc.subarray(FIXES);

describe('validateGeoJSON fuzz', () => {
  beforeAll(() => console.log(`fuzz seed ${SEED}${SEED === DEFAULT_SEED ? ' (default; set FUZZ_SEED to explore)' : ' (from FUZZ_SEED)'}, ${RUNS} runs per property`));
  afterAll(() => console.log(`outcomes of the last property: ${JSON.stringify([...seen])}`));

  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => check(v)), PARAMS);
  });

  it('random JS values (fc.anything, incl. null-prototype objects and __proto__ keys)', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (v) => check(v)), PARAMS);
  });

  it('mutated valid GeoJSON', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), fixes, (path, value, fx) => check(mutate(GOOD, path, value), fx)), PARAMS);
  });

  it('well-formed FeatureCollections with wild coordinates and any fixes', () => {
    seen.clear();
    fc.assert(fc.property(fc.array(fc.oneof(feature, chinaPolygon), { maxLength: 8 }), fixes, (features, fx) => check({ type: 'FeatureCollection', features }, fx)), PARAMS);
    // the generator reaches the deeper checks and fixes, not only the first refusal
    for (const k of ['ok', 'refused', 'self-intersection', 'winding', 'non-numeric-coordinate', 'degenerate', 'applied:repair-polygons', 'applied:swap-lonlat']) {
      expect(seen.get(k) ?? 0, `${k} in ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    }
  });

  it('deep nesting and huge arrays return or refuse (no stack overflow)', () => {
    let deep: unknown = [115.93, 31.73];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    check({ type: 'Point', coordinates: deep });
    check({ type: 'Polygon', coordinates: deep });
    let gc: unknown = { type: 'Point', coordinates: [115.93, 31.73] };
    for (let i = 0; i < 1_000; i++) gc = { type: 'GeometryCollection', geometries: [gc] };
    check({ type: 'Feature', properties: null, geometry: gc });
    const big = Array.from({ length: 200_000 }, (_, i) => [110 + (i % 1000) * 0.001, 30 + Math.floor(i / 1000) * 0.001]);
    check({ type: 'MultiPoint', coordinates: big });
    let deepProps: unknown = 1;
    for (let i = 0; i < 5_000; i++) deepProps = { a: deepProps };
    check({ type: 'Feature', properties: { deep: deepProps }, geometry: { type: 'Point', coordinates: [115.93, 31.73] } });
  });
});
