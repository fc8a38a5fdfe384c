/**
 * Routes authored river corridors (hydropower bases, flood-control rivers) along the real river:
 * each authored place is snapped to the WDBII centreline network of data/rivers/wdbii-china.json
 * and consecutive places are joined by the shortest path along the network (Dijkstra on the
 * network's vertices, edge weights geodesic km), so the drawn line follows the river's course
 * instead of straight chords.
 *
 * The network: every vertex of every line is a node, consecutive vertices are joined; lines meet
 * where they share a vertex, or where a line's end lies within `joinKm` of another line's vertex
 * (confluences and river mouths where the pieces end apart).
 */
import Flatbush from 'flatbush';
import FlatQueue from 'flatqueue';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { haversineKm } from './geodesy';

export interface RiverFile extends FeatureCollection<LineString, { level: number }> {
  about: string;
  source: string;
  licence: string;
}

export interface RouteResult {
  coordinates: Position[];
  /** authored places farther than `snapKm` from the network, or pairs the network does not join (drawn straight) */
  gaps: string[];
}

const key = (p: Position) => `${p[0].toFixed(4)},${p[1].toFixed(4)}`;

export class RiverNetwork {
  private readonly xy: Position[] = [];
  private readonly level: number[] = [];
  private readonly adj: { to: number; km: number }[][] = [];
  private readonly index: Flatbush;

  /**
   * @param lines river centrelines, WGS84, with `level` (0 double-lined … 4 minor)
   * @param joinKm how near a line's end must come to another line's vertex to be joined to it (default
   *   3 km: WDBII pieces end apart where a river turns double-lined or meets another, e.g. 乌江 at 涪陵,
   *   松花江 at 同江; a join's midpoint stays within 1.5 km of the network)
   */
  constructor(lines: Feature<LineString, { level: number }>[], joinKm = 3) {
    const ids = new Map<string, number>();
    const node = (p: Position, level: number): number => {
      const k = key(p);
      let i = ids.get(k);
      if (i === undefined) {
        i = this.xy.length;
        ids.set(k, i);
        this.xy.push(p);
        this.level.push(level);
        this.adj.push([]);
      } else this.level[i] = Math.min(this.level[i], level);
      return i;
    };
    const ends: number[] = [];
    for (const f of lines) {
      const cs = f.geometry.coordinates;
      let prev = node(cs[0], f.properties.level);
      ends.push(prev);
      for (let k = 1; k < cs.length; k++) {
        const cur = node(cs[k], f.properties.level);
        if (cur !== prev) this.link(prev, cur);
        prev = cur;
      }
      ends.push(prev);
    }
    this.index = new Flatbush(Math.max(1, this.xy.length));
    for (const p of this.xy) this.index.add(p[0], p[1], p[0], p[1]);
    if (!this.xy.length) this.index.add(0, 0, 0, 0);
    this.index.finish();
    for (const e of ends) for (const j of this.near(this.xy[e], joinKm)) if (j !== e && !this.adj[e].some((a) => a.to === j)) this.link(e, j);
  }

  private link(a: number, b: number): void {
    const km = haversineKm(this.xy[a], this.xy[b]);
    this.adj[a].push({ to: b, km });
    this.adj[b].push({ to: a, km });
  }

  /** Nodes within `km` of `p`, nearest first. */
  private near(p: Position, km: number): number[] {
    const dLat = km / 111.2;
    const dLon = dLat / Math.max(0.1, Math.cos((p[1] * Math.PI) / 180));
    return this.index
      .search(p[0] - dLon, p[1] - dLat, p[0] + dLon, p[1] + dLat)
      .map((i) => ({ i, d: haversineKm(p, this.xy[i]) }))
      .filter((x) => x.d <= km)
      .sort((a, b) => a.d - b.d)
      .map((x) => x.i);
  }

  /**
   * The node an authored place snaps to: the nearest vertex of the most major river (lowest level)
   * within `km`, so a place on a main stem is not pulled onto a tributary that passes nearer.
   */
  snap(p: Position, km: number): number | null {
    const cands = this.near(p, km);
    if (!cands.length) return null;
    const best = Math.min(...cands.map((i) => this.level[i]));
    // a more major river counts only when it is not much farther than the nearest line
    const nearest = haversineKm(p, this.xy[cands[0]]);
    const major = cands.find((i) => this.level[i] === best && haversineKm(p, this.xy[i]) <= nearest + 3);
    return major ?? cands[0];
  }

  /** Shortest path along the network from node `a` to node `b`, as positions; null when not joined. */
  path(a: number, b: number, maxKm = Infinity): Position[] | null {
    const dist = new Map<number, number>([[a, 0]]);
    const prev = new Map<number, number>();
    const q = new FlatQueue<number>();
    q.push(a, 0);
    while (q.length) {
      const d = q.peekValue()!;
      const u = q.pop()!;
      if (u === b) break;
      if (d > (dist.get(u) ?? Infinity) || d > maxKm) continue;
      for (const { to, km } of this.adj[u]) {
        const nd = d + km;
        if (nd < (dist.get(to) ?? Infinity)) {
          dist.set(to, nd);
          prev.set(to, u);
          q.push(to, nd);
        }
      }
    }
    if (!dist.has(b)) return null;
    const out: number[] = [b];
    while (out[out.length - 1] !== a) out.push(prev.get(out[out.length - 1])!);
    return out.reverse().map((i) => this.xy[i]);
  }

  /**
   * Route a corridor through its authored places along the network.
   * @param places the authored places in order, WGS84
   * @param snapKm how far a place may lie from the network and still be snapped (default 8 km)
   * @returns the routed line; a place that does not snap, or a pair the network does not join
   *   within 4× their distance, keeps the straight chord and is listed in `gaps`
   */
  route(places: { name: string; lonlat: Position }[], snapKm = 8): RouteResult {
    const gaps: string[] = [];
    const snapped = places.map((p) => {
      const n = this.snap(p.lonlat, snapKm);
      if (n === null) gaps.push(`${p.name} is more than ${snapKm} km from the river network`);
      return n;
    });
    const coords: Position[] = [];
    const push = (ps: Position[]) => {
      for (const p of ps) if (!coords.length || key(coords[coords.length - 1]) !== key(p)) coords.push(p);
    };
    for (let k = 0; k < places.length; k++) {
      const here = snapped[k];
      if (k === 0) {
        push([here === null ? places[0].lonlat : this.xy[here]]);
        continue;
      }
      const from = snapped[k - 1];
      const direct = haversineKm(places[k - 1].lonlat, places[k].lonlat);
      const p = from !== null && here !== null ? this.path(from, here, 4 * direct + 20) : null;
      if (p) push(p);
      else {
        if (from !== null && here !== null) gaps.push(`${places[k - 1].name} → ${places[k].name}: not joined along the network`);
        push([here === null ? places[k].lonlat : this.xy[here]]);
      }
    }
    return { coordinates: coords, gaps };
  }
}
