/**
 * Property-based tests (fast-check) of the spatial analysis over random regions across China:
 * shares stay in [0, 100], county areas inside never exceed the region's, overlaps are symmetric
 * and equal to `@turf/area(@turf/intersect(…))`, and the indexed self-intersection test agrees
 * with `@turf/kinks`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area } from '@turf/area';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { buildAnalysisIndex } from '../../src/domain/analysis/analysisIndex';
import { overlapKm2 } from '../../src/domain/analysis/clip';
import { coverageReport } from '../../src/domain/analysis/coverage';
import { polygonEdges } from '../../src/domain/analysis/edges';
import { RegionError } from '../../src/domain/analysis/errors';
import { KM_PER_DEGREE } from '../../src/domain/analysis/geodesy';
import { overlapAreaKm2 } from '../../src/domain/analysis/overlapArea';
import { findSelfIntersection } from '../../src/domain/analysis/selfIntersection';
import { atlas } from './generatedData';

const data = atlas();
const index = buildAnalysisIndex(data);
const seats = index.counties.map((c) => c.seat);

/**
 * The region with vertices added every ≤ 0.08°, each pushed 1e-5° off the edge. Validation
 * would otherwise subdivide edges longer than 0.1° with collinear vertices (region.ts
 * MAX_EDGE_DEG), which polyclip drops from its output — and `@turf/area` reads a long edge
 * differently from its subdivided form — so turf's clip would not be a like-for-like reference.
 */
function wiggle(p: Polygon): Polygon {
  const ring = p.coordinates[0];
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const n = Math.ceil(len / 0.08);
    for (let k = 0; k < n; k++) {
      const off = k === 0 ? 0 : (k % 2 ? 1e-5 : -1e-5) / len;
      out.push([a[0] + ((b[0] - a[0]) * k) / n - (b[1] - a[1]) * off, a[1] + ((b[1] - a[1]) * k) / n + (b[0] - a[0]) * off]);
    }
  }
  return { type: 'Polygon', coordinates: [[...out, out[0]]] };
}

/** Close to within `relTol` of the larger, or both below `absKm2`. */
const close = (a: number, b: number, relTol: number, absKm2 = 1e-6) => Math.abs(a - b) <= Math.max(absKm2, relTol * Math.max(Math.abs(a), Math.abs(b)));

/** A star-shaped (hence simple) polygon: `radii` (0.2–1 × radiusKm) at increasing jittered angles. */
function star(center: Position, radiusKm: number, radii: number[], jitter: number[], turn: number): Polygon {
  const n = radii.length;
  const kx = KM_PER_DEGREE * Math.cos((center[1] * Math.PI) / 180);
  const ring = radii.map((r, i) => {
    const a = turn + ((i + 0.8 * jitter[i]) * 2 * Math.PI) / n;
    return [center[0] + (r * radiusKm * Math.cos(a)) / kx, center[1] + (r * radiusKm * Math.sin(a)) / KM_PER_DEGREE];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

const starArb = (center: fc.Arbitrary<Position>) =>
  fc.record({
    center,
    radiusKm: fc.double({ min: 5, max: 400, noNaN: true }),
    n: fc.integer({ min: 3, max: 24 }),
    turn: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 48, maxLength: 48 }),
  }).map(({ center, radiusKm, n, turn, seed }) => star(center, radiusKm, seed.slice(0, n).map((x) => 0.2 + 0.8 * x), seed.slice(24, 24 + n), turn));

const rectArb = fc.record({
  center: fc.constantFrom(...seats),
  wKm: fc.double({ min: 2, max: 600, noNaN: true }),
  hKm: fc.double({ min: 2, max: 600, noNaN: true }),
}).map(({ center: [x, y], wKm, hKm }): Polygon => {
  const dx = wKm / 2 / (KM_PER_DEGREE * Math.cos((y * Math.PI) / 180)), dy = hKm / 2 / KM_PER_DEGREE;
  return { type: 'Polygon', coordinates: [[[x - dx, y - dy], [x + dx, y - dy], [x + dx, y + dy], [x - dx, y + dy], [x - dx, y - dy]]] };
});

const regionArb = fc.oneof(starArb(fc.constantFrom(...seats)), rectArb);

/** The report, or null when the random region missed China (sea, abroad). */
function reportOf(region: Polygon) {
  try {
    return coverageReport(index, region);
  } catch (e) {
    if (e instanceof RegionError && e.code === 'outside-china') return null;
    throw e;
  }
}

describe('coverage invariants over random regions', () => {
  it('shares lie in [0, 100] and the counties inside never exceed the region (× 1.001, + 0.01 km²)', () => {
    fc.assert(
      fc.property(regionArb, (region) => {
        const r = reportOf(region);
        if (!r) return;
        for (const c of r.counties) {
          expect(c.sharePct).toBeGreaterThanOrEqual(0);
          expect(c.sharePct).toBeLessThanOrEqual(100);
          expect(c.insideKm2).toBeLessThanOrEqual(c.areaKm2);
        }
        // + 0.01 km²: @turf/area reads an edge as straight in (λ, sin φ), not in lon/lat; cutting a 5 km
        // diagonal edge at a county line moves its reading by ~1e-3 km², which matters for slivers only
        expect(r.counties.reduce((s, c) => s + c.insideKm2, 0)).toBeLessThanOrEqual(r.region.areaKm2 * 1.001 + 0.01);
        for (const g of r.groups) expect(g.counties).toBeLessThanOrEqual(r.counties.length);
      }),
      { numRuns: 60 },
    );
  });

  it('each county’s area inside equals @turf/area of @turf/intersect(county, region) within 1e-6', () => {
    fc.assert(
      fc.property(regionArb.map(wiggle), (region) => {
        const r = reportOf(region);
        if (!r) return;
        // the partly covered counties (boundary pieces or clip) and a few wholly inside ones (outline tests)
        const sample = [...r.counties.filter((c) => c.sharePct < 100).slice(0, 6), ...r.counties.filter((c) => c.sharePct === 100).slice(0, 2)];
        for (const c of sample) {
          const both = intersect({ type: 'FeatureCollection', features: [data.countyByAdcode.get(c.adcode)!, { type: 'Feature', properties: {}, geometry: region }] });
          expect(close(c.insideKm2, both ? area(both) / 1e6 : 0, 1e-6)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('overlaps are symmetric', () => {
  const pairArb = fc.constantFrom(...seats).chain((seat) => {
    const near = fc.tuple(fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true })).map(([dx, dy]): Position => [seat[0] + dx, seat[1] + dy]);
    return fc.tuple(starArb(fc.constant(seat)), starArb(near));
  });
  const multi = (p: Polygon) => [p.coordinates];

  it('area(A ∩ B) = area(B ∩ A) within 1e-6, by clip and by boundary pieces, and both equal turf', () => {
    let viaPieces = 0, runs = 0;
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        runs++;
        const ab = overlapKm2(multi(a), multi(b)), ba = overlapKm2(multi(b), multi(a));
        expect(close(ab, ba, 1e-6)).toBe(true);
        // boundary pieces: null where the outlines touch (the report then clips), else the same area
        const ea = polygonEdges(multi(a)), eb = polygonEdges(multi(b));
        const pab = overlapAreaKm2(ea, eb, eb.search(...ea.bbox)), pba = overlapAreaKm2(eb, ea, ea.search(...eb.bbox));
        expect(pab === null).toBe(pba === null);
        if (pab === null || pba === null) return;
        viaPieces++;
        expect(close(pab, pba, 1e-6)).toBe(true);
        const both = intersect({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: a }, { type: 'Feature', properties: {}, geometry: b }] as Feature<Polygon | MultiPolygon>[] });
        expect(close(pab, both ? area(both) / 1e6 : 0, 1e-6)).toBe(true);
        expect(close(pab, ab, 1e-6)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(viaPieces).toBeGreaterThan(runs / 2);
  });
});

describe('self-intersection agrees with @turf/kinks', () => {
  const ringArb = fc.uniqueArray(fc.tuple(fc.double({ min: 100, max: 101, noNaN: true }), fc.double({ min: 30, max: 31, noNaN: true })), {
    minLength: 3, maxLength: 12, selector: (p) => `${p[0]},${p[1]}`,
  });
  /**
   * Rings where the two tests may rightly differ: parallel edges (kinks skips collinear overlaps;
   * we count them) and a vertex within 1e-7° of an edge it is not on (we treat contact within
   * 1e-9° as touching; kinks compares exactly).
   */
  const nearDegenerate = (ring: Position[]) => {
    const d = ring.slice(1).map((p, i) => [p[0] - ring[i][0], p[1] - ring[i][1]]);
    const parallel = d.some((u, i) => d.some((v, j) => j > i && Math.abs(u[0] * v[1] - u[1] * v[0]) < 1e-12));
    const close = ring.slice(0, -1).some((p, k) => d.some(([dx, dy], i) => {
      if (i === k || (i + 1) % d.length === k) return false;
      const [ax, ay] = ring[i];
      const t = Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(ax + t * dx - p[0], ay + t * dy - p[1]) < 1e-7;
    }));
    return parallel || close;
  };

  it('finds a contact exactly when kinks does, at one of kinks’ points', () => {
    fc.assert(
      fc.property(ringArb, (pts) => {
        fc.pre(!nearDegenerate([...pts, pts[0]]));
        const poly: Polygon = { type: 'Polygon', coordinates: [[...pts, pts[0]]] };
        const found = findSelfIntersection(polygonEdges([poly.coordinates]));
        const ref = kinks(poly).features.map((f) => f.geometry.coordinates);
        expect(found !== null).toBe(ref.length > 0);
        if (found) expect(ref.some(([x, y]) => Math.hypot(x - found.position[0], y - found.position[1]) < 1e-9)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
