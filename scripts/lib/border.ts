/**
 * Derives border counties (边境县) geometrically: counties whose boundary runs along China's land
 * border with a neighbouring country.
 *
 * Method: China's outer boundary is the set of county-topology arcs used by exactly one county
 * (Taiwan excluded). A piece of it is land border where its midpoint lies inside, or within
 * `toleranceKm` of, a neighbouring country of Natural Earth (world-atlas). Where the two surveys
 * draw the line differently (the southern border of Tibet, which the county data draws south of
 * Natural Earth's de facto line), a piece of a county's inner boundary that lies inside a
 * neighbour's de facto territory counts too: that county reaches across the de facto line.
 * A county is a border county when such pieces add up to at least `minKm`. Coast is far from
 * every neighbour and never counts, except for a few km where the land border meets the sea.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import bboxClip from '@turf/bbox-clip';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { haversineKm, pointSegmentKm } from './geodesy';

export interface BorderOptions {
  /** how far from a neighbour a boundary piece may lie and still count, km (default 8) */
  toleranceKm?: number;
  /** least land-border length that makes a border county, km (default 5) */
  minKm?: number;
  /** adcodes left out of the outline (Taiwan: its coast is no land border) */
  exclude?: string[];
}

/** Absolute positions of every arc of a (quantized or not) topology. */
export function decodeArcs(topo: Topology): Position[][] {
  const tr = topo.transform;
  return topo.arcs.map((arc) => {
    if (!tr) return arc.map((p) => [p[0], p[1]]);
    let x = 0, y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
    });
  });
}

function arcIndexes(g: GeometryObject): number[] {
  const out: number[] = [];
  const walk = (a: unknown): void => {
    if (typeof a === 'number') out.push(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach(walk);
  };
  if ('arcs' in g) walk(g.arcs);
  return out;
}

/**
 * @param topo admin topology whose `counties` object carries `properties.adcode`
 * @param neighbours neighbouring countries (not China, Taiwan, Hong Kong, Macao), WGS84
 * @returns adcode → km of boundary along the land border, for border counties only
 */
export function deriveBorderCounties(
  topo: Topology,
  neighbours: Feature<Polygon | MultiPolygon>[],
  opts: BorderOptions = {},
): Map<string, number> {
  const tol = opts.toleranceKm ?? 8;
  const minKm = opts.minKm ?? 5;
  const exclude = new Set(opts.exclude ?? ['710000']);
  const arcs = decodeArcs(topo);
  const counties = (topo.objects.counties as { geometries: GeometryObject<{ adcode: string }>[] }).geometries.filter(
    (g) => !exclude.has((g.properties as { adcode: string }).adcode),
  );
  const uses = new Map<number, number>();
  for (const g of counties) for (const i of arcIndexes(g)) uses.set(i, (uses.get(i) ?? 0) + 1);

  // Segments of the neighbours' boundaries, indexed.
  const segs: [Position, Position][] = [];
  for (const f of neighbours) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) for (let i = 1; i < ring.length; i++) segs.push([ring[i - 1], ring[i]]);
  }
  const index = new Flatbush(Math.max(1, segs.length));
  for (const [a, b] of segs) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  if (segs.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  // The point-in-polygon tests (the bulk of this function's time) only ask about midpoints of the
  // county arcs: a neighbour clipped to the arcs' box, 1° wider so that no asked point lies near a
  // cut, answers them as the whole country does, with a fraction of the vertices to test (Russia
  // without its Arctic coast). The distance tests (`near`) keep the unclipped boundary segments.
  const clipBox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const arc of arcs) {
    for (const [x, y] of arc) {
      clipBox[0] = Math.min(clipBox[0], x - 1);
      clipBox[1] = Math.min(clipBox[1], y - 1);
      clipBox[2] = Math.max(clipBox[2], x + 1);
      clipBox[3] = Math.max(clipBox[3], y + 1);
    }
  }
  const clipped = neighbours.map((f) => bboxClip(f, clipBox) as Feature<Polygon | MultiPolygon>);
  const boxes = clipped.map((f) => bbox(f));

  const near = (m: Position, km: number): boolean => {
    const dLat = km / 111.2;
    const dLon = dLat / Math.max(0.1, Math.cos((m[1] * Math.PI) / 180));
    return index.search(m[0] - dLon, m[1] - dLat, m[0] + dLon, m[1] + dLat).some((i) => !!segs[i] && pointSegmentKm(m, segs[i][0], segs[i][1]) <= km);
  };
  const inside = (m: Position): boolean =>
    clipped.some((f, k) => {
      const b = boxes[k];
      return m[0] >= b[0] && m[0] <= b[2] && m[1] >= b[1] && m[1] <= b[3] && booleanPointInPolygon(m, f);
    });
  // A point of China's data deeper than this inside a neighbour is not expected; it bounds the
  // costly point-in-polygon tests to a band along the border.
  const bandKm = 250;

  const arcBorderKm = new Map<number, number>();
  for (const [i, n] of uses) {
    const arc = arcs[i];
    let km = 0;
    for (let k = 1; k < arc.length; k++) {
      const mid = [(arc[k - 1][0] + arc[k][0]) / 2, (arc[k - 1][1] + arc[k][1]) / 2];
      const counts = n === 1 ? near(mid, tol) || inside(mid) : near(mid, bandKm) && inside(mid);
      if (counts) km += haversineKm(arc[k - 1], arc[k]);
    }
    if (km > 0) arcBorderKm.set(i, km);
  }
  const result = new Map<string, number>();
  for (const g of counties) {
    let km = 0;
    for (const i of arcIndexes(g)) km += arcBorderKm.get(i) ?? 0;
    if (km >= minKm) result.set((g.properties as { adcode: string }).adcode, Math.round(km * 10) / 10);
  }
  return result;
}
