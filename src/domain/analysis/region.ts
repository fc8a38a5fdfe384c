/**
 * Region validation: turns drawn or picked GeoJSON into a {@link ValidRegion} (normalised rings
 * plus an edge index), or refuses it with a {@link RegionError} that says what is wrong and where.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonEdges, type EdgeSet } from './edges';
import { RegionError } from './errors';
import { densify } from './geodesy';
import { measure } from './measure';
import { splitAtCrossings } from './repair';
import { findSelfIntersection } from './selfIntersection';
import { EPS, orient } from './segments';
import type { Bbox, PolygonsCoords } from './types';

/** A region that passed {@link validateRegion}. */
export interface ValidRegion {
  /** MultiPolygon coordinates: closed rings without repeated consecutive positions, edges ≤ 0.1° */
  polygons: PolygonsCoords;
  /** every ring's edges, indexed */
  edges: EdgeSet;
  bbox: Bbox;
  /** geodesic area, km² (`@turf/area`) */
  areaKm2: number;
  /** geodesic length of all rings, km (`@turf/length`) */
  perimeterKm: number;
}

/** Below this the region is refused as having no area: 1 m². */
const MIN_AREA_KM2 = 1e-6;

/**
 * Longest region edge kept, degrees (~11 km); longer ones are subdivided, linear in lon/lat so
 * the shape is unchanged. `@turf/area` reads an edge as straight in the equal-area plane
 * (λ, sin φ) rather than in lon/lat; on a 100 km diagonal edge the two readings differ by ~0.1%
 * of a region's area, and county pieces — cut at many points along the edge — would no longer
 * add up to the region. Fine edges make both readings agree.
 */
const MAX_EDGE_DEG = 0.1;

const fmt = (p: readonly number[]) =>
  `${Math.abs(p[0]).toFixed(4)}°${p[0] >= 0 ? 'E' : 'W'}, ${Math.abs(p[1]).toFixed(4)}°${p[1] >= 0 ? 'N' : 'S'}`;

function polygonsOf(input: unknown): PolygonsCoords {
  const o = input as { type?: unknown; geometry?: unknown; coordinates?: unknown } | null;
  const g = (o?.type === 'Feature' ? o.geometry : o) as { type?: unknown; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    throw new RegionError('not-polygon', `The region must be a Polygon or MultiPolygon, not ${String(g?.type ?? typeof input)}.`, { key: 'regionNotPolygon', params: { type: String(g?.type ?? typeof input) } });
  }
  if (!Array.isArray(g.coordinates)) throw new RegionError('empty', 'The region has no coordinates.', { key: 'regionNoCoordinates', params: {} });
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as PolygonsCoords;
}

/** Closed copy of a ring without repeated consecutive positions; checks each position. */
function cleanRing(ring: unknown, where: string, at: { polygon: number; ring: number }): Position[] {
  if (!Array.isArray(ring)) throw new RegionError('invalid-coordinates', `${where} is not a list of positions.`, { key: 'regionRingNotList', params: at });
  const out: Position[] = [];
  for (const p of ring as unknown[]) {
    const [lon, lat] = Array.isArray(p) ? (p as number[]) : [NaN, NaN];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) {
      throw new RegionError('invalid-coordinates', `${where} has an invalid position ${JSON.stringify(p)} (need [lon, lat] degrees).`, { key: 'regionBadPosition', params: { ...at, position: JSON.stringify(p) } });
    }
    if (Math.abs(lon) > 180) {
      throw new RegionError('antimeridian', `${where} reaches longitude ${lon}°, beyond ±180°: regions crossing the antimeridian are not supported.`, { key: 'regionBeyond180', params: { ...at, lon } });
    }
    const last = out[out.length - 1];
    if (!last || last[0] !== lon || last[1] !== lat) out.push([lon, lat]);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3) throw new RegionError('degenerate', `${where} has ${out.length} distinct position(s); a ring needs at least 3.`, { key: 'regionDegenerate', params: { ...at, n: out.length } });
  for (let i = 0; i < out.length; i++) {
    const a = out[i], b = out[(i + 1) % out.length];
    if (Math.abs(b[0] - a[0]) > 180) {
      throw new RegionError('antimeridian', `${where} has an edge from ${fmt(a)} to ${fmt(b)} spanning more than 180° of longitude: regions crossing the antimeridian are not supported.`, { key: 'regionEdgeOver180', params: { ...at, from: fmt(a), to: fmt(b) } });
    }
  }
  out.push(out[0]);
  return out;
}

/** Whether every position of a closed ring lies on one straight line (within 1e-9°). */
function isFlat(ring: Position[]): boolean {
  const [x0, y0] = ring[0];
  let far = ring[0], d2 = 0;
  for (const p of ring) {
    const d = (p[0] - x0) ** 2 + (p[1] - y0) ** 2;
    if (d > d2) [far, d2] = [p, d];
  }
  return ring.every((p) => orient(x0, y0, far[0], far[1], p[0], p[1]) ** 2 <= EPS * EPS * d2);
}

/** The region's polygons with clean closed rings (see cleanRing). @throws RegionError 'not-polygon' | 'empty' | cleanRing's */
function cleanPolygons(input: unknown): PolygonsCoords {
  const polygons = polygonsOf(input).map((poly, pi) => {
    if (!Array.isArray(poly) || poly.length === 0) throw new RegionError('empty', `Polygon ${pi + 1} of the region has no rings.`, { key: 'regionPolygonNoRings', params: { polygon: pi + 1 } });
    return poly.map((ring, ri) => cleanRing(ring, `Ring ${ri + 1} of polygon ${pi + 1}`, { polygon: pi + 1, ring: ri + 1 }));
  });
  if (polygons.length === 0) throw new RegionError('empty', 'The region has no polygons.', { key: 'regionNoPolygons', params: {} });
  return polygons;
}

/**
 * The one measure of a region: rings densified to edges of at most 0.1° (MAX_EDGE_DEG), then
 * geodesic area (km², `@turf/area`) and perimeter (km, `@turf/length`) of the result.
 */
function densifiedMeasure(polygons: PolygonsCoords): { fine: PolygonsCoords; areaKm2: number; perimeterKm: number } {
  const fine = polygons.map((poly) => poly.map((ring) => densify(ring, MAX_EDGE_DEG)));
  const m = measure({ type: 'MultiPolygon', coordinates: fine });
  return { fine, areaKm2: m.areaKm2, perimeterKm: m.perimeterKm };
}

/** What the live read-out of a drawing shows. */
export interface RegionReadout {
  /** km², as the report will give it; for an outline crossing itself, the area of the repaired shape */
  areaKm2: number;
  /** km, length of the outline as drawn (densified like the report's) */
  perimeterKm: number;
  /** where the outline first crosses itself, `[lon, lat]` degrees; absent when it does not */
  crossesAt?: [number, number];
}

/**
 * The live area and perimeter of a drawn or picked region, by the same function as the report
 * ({@link validateRegion}: rings densified to 0.1° edges, `@turf/area`), so the read-out and the
 * report agree to the last digit. An outline that crosses itself (a bow-tie, whose lobes cancel
 * in a plain signed area) reads the area of the repaired shape — split at its crossings into
 * simple polygons by the repair the UI offers (./repair.ts `splitAtCrossings`), measured the same way — and `crossesAt`
 * says where it crosses (the report itself refuses such an outline). Other shapes the report
 * refuses (too few positions, collinear, beyond ±180°) read as `measure` gives them (area 0 for
 * collinear ones). Example: the triangle [100, 20], [120, 20], [110, 40] reads 2.20 million km²,
 * where the undensified ring gives 3.3% less. Throws only what `measure` throws on invalid GeoJSON.
 */
export function regionReadout(input: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon): RegionReadout {
  try {
    const r = validateRegion(input);
    return { areaKm2: r.areaKm2, perimeterKm: r.perimeterKm };
  } catch (e) {
    if (!(e instanceof RegionError)) throw e;
    const raw = measure(input);
    if (e.code !== 'self-intersecting' || !e.position) return { areaKm2: raw.areaKm2, perimeterKm: raw.perimeterKm };
    const polygons = cleanPolygons(input);
    let areaKm2: number;
    try {
      areaKm2 = densifiedMeasure(splitAtCrossings(polygons)).areaKm2; // the repair the UI offers (./repair.ts)
    } catch {
      areaKm2 = raw.areaKm2; // unkink failed on a degenerate crossing: the plain reading, still flagged
    }
    return { areaKm2, perimeterKm: densifiedMeasure(polygons).perimeterKm, crossesAt: e.position };
  }
}

/**
 * Check and normalise a region: a Polygon or MultiPolygon, as a Feature or a bare geometry, in
 * WGS84 `[lon, lat]` degrees. Unclosed rings are closed, repeated consecutive positions dropped,
 * and edges longer than 0.1° subdivided (see MAX_EDGE_DEG).
 * Whether the region overlaps China is not checked here (this module knows no county):
 * `coverageReport` refuses it with {@link outsideChina} from its result, and
 * `touchesAnyCounty` (./countyCoverage) answers it from an index.
 * @returns the normalised rings with their edge index, bbox, geodesic area (km²) and perimeter (km)
 * @throws RegionError with code 'not-polygon' | 'empty' | 'invalid-coordinates' | 'antimeridian'
 *   | 'degenerate' | 'zero-area' (all positions collinear, or under 1 m²) | 'self-intersecting'
 *   (message and `position` give the lon/lat where two edges first cross or overlap; rings may
 *   touch at points, see ./selfIntersection)
 */
export function validateRegion(input: unknown): ValidRegion {
  const polygons = cleanPolygons(input);
  const zeroArea = (km2: number) =>
    new RegionError('zero-area', `The region encloses no area (${km2.toExponential(2)} km²): its positions are collinear or coincide.`, { key: 'regionZeroArea', params: { km2: km2.toExponential(2) } });
  if (polygons.every((poly) => isFlat(poly[0]))) throw zeroArea(0);
  const drawn = polygonEdges(polygons);
  const kink = findSelfIntersection(drawn);
  if (kink) {
    throw new RegionError(
      'self-intersecting',
      `The region's outline crosses itself at ${fmt(kink.position)} (ring ${kink.a.ring + 1} edge ${kink.a.edge + 1} meets ring ${kink.b.ring + 1} edge ${kink.b.edge + 1}).`,
      { key: 'regionSelfIntersecting', params: { at: fmt(kink.position), ringA: kink.a.ring + 1, edgeA: kink.a.edge + 1, ringB: kink.b.ring + 1, edgeB: kink.b.edge + 1 } },
      kink.position,
    );
  }
  const { fine, ...m } = densifiedMeasure(polygons);
  const edges = fine.some((poly, i) => poly.some((ring, j) => ring.length !== polygons[i][j].length)) ? polygonEdges(fine) : drawn;
  if (!(m.areaKm2 >= MIN_AREA_KM2)) throw zeroArea(m.areaKm2);
  const region: ValidRegion = { polygons: fine, edges, bbox: [...edges.bbox] as Bbox, areaKm2: m.areaKm2, perimeterKm: m.perimeterKm };
  return region;
}

/** The refusal of a region that overlaps no county. */
export function outsideChina(region: ValidRegion): RegionError {
  const [w, s, e, n] = region.bbox.map((x) => x.toFixed(3));
  return new RegionError('outside-china', `The region (${w}–${e}°E, ${s}–${n}°N) does not overlap any county of China.`, { key: 'regionOutsideChina', params: { w, e, s, n } });
}
