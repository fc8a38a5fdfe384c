/**
 * Plan projects in a flatbush index: one item per line segment and per point, so distance and
 * clipping queries touch only the segments near the question. Lines are indexed densified to
 * edges of at most {@link STEP_DEG} (see ./geodesy `densify`).
 */
import Flatbush from 'flatbush';
import type { Catalog, CatalogFeature } from '../types';
import type { Position } from 'geojson';
import { densify, kmBox, pointSegmentKm } from './geodesy';

/** Longest indexed edge, degrees (~11 km): keeps point–segment distances within 0.01%. */
export const STEP_DEG = 0.1;

export interface Nearest {
  km: number;
  /** index into `features` */
  feature: number;
}

export class CatalogIndex {
  readonly features: CatalogFeature[];
  /** per item: feature index, and segment start vertex (-1 for a point) */
  private readonly itemFeature: Int32Array;
  private readonly itemVertex: Int32Array;
  private readonly itemLayer: string[];
  private readonly tree: Flatbush;
  /** per feature: its vertices as indexed (densified lines; [] for points) */
  private readonly vertices: Position[][];
  /** layer id → number of features */
  readonly layerCounts: Map<string, number>;

  constructor(catalog: Catalog) {
    this.features = catalog.features;
    this.vertices = this.features.map((f) => (f.geometry.type === 'LineString' ? densify(f.geometry.coordinates, STEP_DEG) : []));
    const items: [number, number][] = [];
    this.layerCounts = new Map();
    this.features.forEach((f, fi) => {
      this.layerCounts.set(f.properties.layer, (this.layerCounts.get(f.properties.layer) ?? 0) + 1);
      if (f.geometry.type === 'Point') items.push([fi, -1]);
      else for (let v = 0; v + 1 < this.vertices[fi].length; v++) items.push([fi, v]);
    });
    this.itemFeature = Int32Array.from(items, (x) => x[0]);
    this.itemVertex = Int32Array.from(items, (x) => x[1]);
    this.itemLayer = items.map(([fi]) => this.features[fi].properties.layer);
    this.tree = new Flatbush(Math.max(1, items.length));
    for (let i = 0; i < items.length; i++) {
      const [ax, ay, bx, by] = this.segment(i);
      this.tree.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    if (items.length === 0) this.tree.add(0, 0, 0, 0);
    this.tree.finish();
  }

  /** Endpoints of item i (a point repeats its position). */
  private segment(i: number): [number, number, number, number] {
    const fi = this.itemFeature[i];
    const g = this.features[fi].geometry;
    if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1], g.coordinates[0], g.coordinates[1]];
    const a = this.vertices[fi][this.itemVertex[i]], b = this.vertices[fi][this.itemVertex[i] + 1];
    return [a[0], a[1], b[0], b[1]];
  }

  /** Indices of the features with an item in the box `[w, s, e, n]` (degrees), ascending. */
  featuresIn(w: number, s: number, e: number, n: number): number[] {
    if (this.features.length === 0) return [];
    const set = new Set<number>();
    for (const i of this.tree.search(w, s, e, n)) set.add(this.itemFeature[i]);
    return [...set].sort((a, b) => a - b);
  }

  /**
   * Nearest feature of `layer` to `(lon, lat)` among those within `maxKm` (great-circle km, see
   * {@link pointSegmentKm}), or null when none is that close. Only items in the {@link kmBox}
   * of `maxKm` are measured.
   */
  nearestWithin(lon: number, lat: number, layer: string, maxKm: number): Nearest | null {
    if (!this.layerCounts.has(layer)) return null;
    const [w, s, e, n] = kmBox(lon, lat, maxKm);
    let best: Nearest | null = null;
    for (const i of this.tree.search(w, s, e, n, (i) => this.itemLayer[i] === layer)) {
      const [ax, ay, bx, by] = this.segment(i);
      const km = pointSegmentKm(lon, lat, ax, ay, bx, by);
      if (km <= maxKm && (!best || km < best.km)) best = { km, feature: this.itemFeature[i] };
    }
    return best;
  }

  /**
   * Nearest feature of `layer` to `(lon, lat)` at any distance, or null when the layer is empty.
   * Exact: the index's nearest item in degrees gives an upper bound d km, then every item within
   * d km is measured.
   */
  nearest(lon: number, lat: number, layer: string): Nearest | null {
    if (!this.layerCounts.has(layer)) return null;
    const [first] = this.tree.neighbors(lon, lat, 1, Infinity, (i) => this.itemLayer[i] === layer);
    const [ax, ay, bx, by] = this.segment(first);
    return this.nearestWithin(lon, lat, layer, pointSegmentKm(lon, lat, ax, ay, bx, by));
  }
}
