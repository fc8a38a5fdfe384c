/**
 * Plan projects in flatbush indexes, one per layer: one item per line segment and per point, so
 * distance and clipping queries touch only the segments of the layer asked about, near the
 * question. Lines are indexed densified to edges of at most {@link STEP_DEG} (see ./geodesy
 * `densify`).
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { densify, kmBox, pointSegmentKm } from './geodesy';
import type { IndexedFeature } from './types';

/** Longest indexed edge, degrees (~11 km): keeps point–segment distances within 0.01%. */
export const STEP_DEG = 0.1;

/** A nearest feature: great-circle km to it, and its index in `CatalogIndex.features`. */
export interface Nearest {
  km: number;
  feature: number;
}

/** One layer's items: segment `i` is vertices `vertex[i]`, `vertex[i] + 1` of feature `feature[i]` (-1: a point). */
interface LayerTree {
  tree: Flatbush;
  feature: Int32Array;
  vertex: Int32Array;
}

export class CatalogIndex {
  readonly features: IndexedFeature[];
  /** per feature: its vertices as indexed (densified lines; the position of a point) */
  private readonly vertices: Position[][];
  private readonly layers = new Map<string, LayerTree>();

  /** @param catalog plan records, and any imported points/lines (their own `layer` ids) */
  constructor(catalog: { features: IndexedFeature[] }) {
    this.features = catalog.features;
    this.vertices = this.features.map((f) => (f.geometry.type === 'LineString' ? densify(f.geometry.coordinates, STEP_DEG) : [f.geometry.coordinates]));
    const items = new Map<string, [number, number][]>();
    this.features.forEach((f, fi) => {
      const list = items.get(f.properties.layer) ?? [];
      items.set(f.properties.layer, list);
      if (f.geometry.type === 'Point') list.push([fi, -1]);
      else for (let v = 0; v + 1 < this.vertices[fi].length; v++) list.push([fi, v]);
    });
    for (const [layer, list] of items) {
      if (list.length === 0) continue;
      const t: LayerTree = { tree: new Flatbush(list.length), feature: Int32Array.from(list, (x) => x[0]), vertex: Int32Array.from(list, (x) => x[1]) };
      for (let i = 0; i < list.length; i++) {
        const [ax, ay, bx, by] = this.segment(t, i);
        t.tree.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
      t.tree.finish();
      this.layers.set(layer, t);
    }
  }

  /** Endpoints of item i of a layer (a point repeats its position). */
  private segment(t: LayerTree, i: number): [number, number, number, number] {
    const v = this.vertices[t.feature[i]];
    const a = v[Math.max(0, t.vertex[i])], b = v[t.vertex[i] + 1] ?? a;
    return [a[0], a[1], b[0], b[1]];
  }

  /** Whether the catalog has features of `layer`. */
  hasLayer(layer: string): boolean {
    return this.layers.has(layer);
  }

  /** Indices of the features with an item in the box `[w, s, e, n]` (degrees), ascending. */
  featuresIn(w: number, s: number, e: number, n: number): number[] {
    const set = new Set<number>();
    for (const t of this.layers.values()) for (const i of t.tree.search(w, s, e, n)) set.add(t.feature[i]);
    return [...set].sort((a, b) => a - b);
  }

  /**
   * Nearest feature of `layer` to `(lon, lat)` among those within `maxKm` (great-circle km, see
   * {@link pointSegmentKm}), or null when none is that close. Only items in the {@link kmBox}
   * of `maxKm` are measured.
   */
  nearestWithin(lon: number, lat: number, layer: string, maxKm: number): Nearest | null {
    const t = this.layers.get(layer);
    if (!t) return null;
    const [w, s, e, n] = kmBox(lon, lat, maxKm);
    let best: Nearest | null = null;
    for (const i of t.tree.search(w, s, e, n)) {
      const [ax, ay, bx, by] = this.segment(t, i);
      const km = pointSegmentKm(lon, lat, ax, ay, bx, by);
      if (km <= maxKm && (!best || km < best.km)) best = { km, feature: t.feature[i] };
    }
    return best;
  }

  /**
   * Nearest feature of `layer` to `(lon, lat)` at any distance, or null when the layer is empty.
   * Exact: the index's nearest item in degrees gives an upper bound d km, then every item within
   * d km is measured.
   */
  nearest(lon: number, lat: number, layer: string): Nearest | null {
    const t = this.layers.get(layer);
    if (!t) return null;
    const [first] = t.tree.neighbors(lon, lat, 1);
    const [ax, ay, bx, by] = this.segment(t, first);
    return this.nearestWithin(lon, lat, layer, pointSegmentKm(lon, lat, ax, ay, bx, by));
  }
}
