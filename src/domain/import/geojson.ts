/**
 * Reads untrusted GeoJSON (RFC 7946) into clean features: 2D numeric positions, closed rings,
 * no degenerate parts, plain properties. Structure only; CRS, China, winding and size checks are
 * in check.ts. Walks exactly the nesting each geometry type defines, so arbitrary input cannot
 * recurse deeply; GeometryCollections are flattened up to {@link MAX_COLLECTION_DEPTH}.
 */
import type { Position } from 'geojson';
import { ImportError } from './errors';
import type { IssueLog } from './issues';
import type { Layer, Unit } from './layer';
import { fmtValue, issue, msg, type Site, type TallyKey, type Text } from './messages';
import type { UserFeature, UserGeometry } from './types';
import { cleanProperties, parseCoordinate } from './values';

const MAX_COLLECTION_DEPTH = 4;
/** How many array levels each geometry type's `coordinates` has above its numbers (RFC 7946 §3.1). */
const COORDINATE_DEPTH: Record<string, number> = { Point: 1, MultiPoint: 2, LineString: 2, MultiLineString: 3, Polygon: 3, MultiPolygon: 4 };
const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a geometry was refused: the tally it counts under and where. */
interface Failure {
  fail: TallyKey;
  site: Site;
}

/** Reads one geometry; `path` is its JSON path, `origin` the feature it belongs to. */
class GeometryReader {
  constructor(
    private readonly log: IssueLog,
    private readonly origin: number,
  ) {}

  /** A refusal at `path`; `value` (when given, even `undefined`) is shown in the message. */
  private failure(key: TallyKey, path: string, ...value: unknown[]): Failure {
    return { fail: key, site: { origin: this.origin, path, ...(value.length ? { value: fmtValue(value[0]) } : {}) } };
  }

  /** Tallies a degenerate (empty or too short) part at `path`. */
  private empty(path: string): void {
    this.log.tally('degenerate', { origin: this.origin, path });
  }

  /** A refusal of coordinates nested `found` array levels deep where `expected` are needed, at `path`. */
  private nesting(path: string, value: unknown, expected: number, found: number): Failure {
    return { fail: 'nesting', site: { origin: this.origin, path, value: fmtValue(value), nesting: { expected, found } } };
  }

  private position(v: unknown, path: () => string): Position | Failure {
    if (typeof v === 'number' || (typeof v === 'string' && parseCoordinate(v))) return this.nesting(path(), v, 1, 0);
    const deeper = Array.isArray(v) && Array.isArray(v[0]) ? nestingDepth(v) : undefined;
    if (deeper !== undefined) return this.nesting(path(), v, 1, deeper);
    if (!Array.isArray(v) || v.length < 2) return this.failure('num-bad', path(), v);
    const x = parseCoordinate(v[0]);
    if (!x) return this.failure('num-bad', `${path()}[0]`, v[0]);
    const y = parseCoordinate(v[1]);
    if (!y) return this.failure('num-bad', `${path()}[1]`, v[1]);
    if (x.fromText || y.fromText) {
      const text = x.fromText ? 0 : 1;
      this.log.tally('num-text', () => ({ origin: this.origin, path: `${path()}[${text}]`, value: fmtValue(v[text]) }), { n: +x.fromText + +y.fromText });
    }
    if (v.length > 2) this.log.tally('z', () => ({ origin: this.origin, path: path() }));
    return [x.value, y.value];
  }

  /** Reads every item of an array with `read`; the first failure refuses the whole list. */
  private list<T extends unknown[]>(v: unknown, path: () => string, read: (item: unknown, at: () => string) => T | Failure): T[] | Failure {
    if (!Array.isArray(v)) return this.failure('num-bad', path(), v);
    const out: T[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = read(v[i], () => `${path()}[${i}]`);
      if (!Array.isArray(r)) return r;
      out[i] = r;
    }
    return out;
  }

  private positions(v: unknown, path: () => string): Position[] | Failure {
    return this.list(v, path, (item, at) => this.position(item, at));
  }

  /** An array of position lists (lines or rings), tallying an empty array as degenerate. */
  private positionLists(v: unknown, path: () => string): Position[][] | Failure {
    const lists = this.list(v, path, (item, at) => this.positions(item, at));
    if (Array.isArray(lists) && !lists.length) this.empty(path());
    return lists;
  }

  /** Lines with fewer than 2 distinct positions are removed (tallied). */
  private lines(v: unknown, path: () => string): Position[][] | Failure {
    const lines = this.positionLists(v, path);
    if (!Array.isArray(lines)) return lines;
    return lines.filter((line, i) => distinct(line, 2) >= 2 || void this.empty(`${path()}[${i}]`));
  }

  /** Rings are closed when open (tallied); rings with < 3 distinct positions are removed, and a polygon whose outer ring goes, goes whole. */
  private polygon(v: unknown, path: () => string): Position[][] | null | Failure {
    const rings = this.positionLists(v, path);
    if (!Array.isArray(rings)) return rings;
    const out: Position[][] = [];
    for (let i = 0; i < rings.length; i++) {
      const ring = rings[i];
      const first = ring[0], last = ring[ring.length - 1];
      if (ring.length > 0 && (first[0] !== last[0] || first[1] !== last[1])) {
        ring.push([first[0], first[1]]);
        this.log.tally('unclosed', () => ({ origin: this.origin, path: `${path()}[${i}]` }));
      }
      if (distinct(ring, 3) >= 3) out.push(ring);
      else {
        this.empty(`${path()}[${i}]`);
        if (i === 0) return null;
      }
    }
    return out.length ? out : null;
  }

  /**
   * The geometry as one or more user geometries (several when a GeometryCollection mixes points,
   * lines and polygons), [] when nothing usable is left, or why it was refused.
   */
  read(g: unknown, path: string, depth = 0): UserGeometry[] | Failure {
    if (g === null || g === undefined) return this.failure('null-geometry', path);
    if (!isObj(g) || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) {
      return this.failure('unsupported-geometry', path, isObj(g) ? g.type : g);
    }
    const at = () => `${path}.coordinates`;
    const c = g.coordinates;
    const expected = COORDINATE_DEPTH[g.type];
    if (expected !== undefined) {
      const found = nestingDepth(c);
      if (found !== undefined && found !== expected) return this.nesting(at(), c, expected, found);
    }
    switch (g.type) {
      case 'Point': {
        const p = this.position(c, at);
        return Array.isArray(p) ? [{ type: 'Point', coordinates: p }] : p;
      }
      case 'MultiPoint': {
        const ps = this.positions(c, at);
        if (!Array.isArray(ps)) return ps;
        return ps.length ? [{ type: 'MultiPoint', coordinates: ps }] : this.degenerate(path);
      }
      case 'LineString': {
        const ps = this.positions(c, at);
        if (!Array.isArray(ps)) return ps;
        return distinct(ps, 2) >= 2 ? [{ type: 'LineString', coordinates: ps }] : this.degenerate(at());
      }
      case 'MultiLineString': {
        const ls = this.lines(c, at);
        if (!Array.isArray(ls)) return ls;
        return ls.length ? [{ type: 'MultiLineString', coordinates: ls }] : [];
      }
      case 'Polygon': {
        const rings = this.polygon(c, at);
        if (rings && !Array.isArray(rings)) return rings;
        return rings ? [{ type: 'Polygon', coordinates: rings }] : [];
      }
      case 'MultiPolygon': {
        if (!Array.isArray(c)) return this.failure('num-bad', at(), c);
        if (!c.length) this.empty(at());
        const polys: Position[][][] = [];
        for (let i = 0; i < c.length; i++) {
          const rings = this.polygon(c[i], () => `${at()}[${i}]`);
          if (rings && !Array.isArray(rings)) return rings;
          if (rings) polys.push(rings);
        }
        return polys.length ? [{ type: 'MultiPolygon', coordinates: polys }] : [];
      }
      default:
        return this.collection(g.geometries, `${path}.geometries`, depth);
    }
  }

  private degenerate(path: string): UserGeometry[] {
    this.empty(path);
    return [];
  }

  /** Flattens a GeometryCollection into at most one Multi* geometry per kind. */
  private collection(members: unknown, path: string, depth: number): UserGeometry[] | Failure {
    if (depth >= MAX_COLLECTION_DEPTH || !Array.isArray(members)) return this.failure('unsupported-geometry', path, depth >= MAX_COLLECTION_DEPTH ? 'GeometryCollection nested too deep' : members);
    if (!members.length) this.empty(path);
    const points: Position[] = [], lines: Position[][] = [], polys: Position[][][] = [];
    for (let i = 0; i < members.length; i++) {
      const got = this.read(members[i], `${path}[${i}]`, depth + 1);
      if (!Array.isArray(got)) return got;
      for (const m of got) {
        if (m.type === 'Point') points.push(m.coordinates);
        else if (m.type === 'MultiPoint') points.push(...m.coordinates);
        else if (m.type === 'LineString') lines.push(m.coordinates);
        else if (m.type === 'MultiLineString') lines.push(...m.coordinates);
        else if (m.type === 'Polygon') polys.push(m.coordinates);
        else polys.push(...m.coordinates);
      }
    }
    if (depth === 0) this.log.tally('flattened', { origin: this.origin, path });
    const out: UserGeometry[] = [];
    if (points.length) out.push(points.length === 1 ? { type: 'Point', coordinates: points[0] } : { type: 'MultiPoint', coordinates: points });
    if (lines.length) out.push(lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines });
    if (polys.length) out.push(polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys });
    return out;
  }
}

/**
 * Array levels above the first number of `v`, following first items (`[[115.9, 31.7]]` → 2,
 * `115.9` → 0); undefined when that path ends in an empty array or a value that is not a
 * coordinate (those are reported as degenerate or not a number). Stops after 8 levels.
 */
function nestingDepth(v: unknown): number | undefined {
  let depth = 0;
  while (Array.isArray(v)) {
    if (!v.length || depth >= 8) return undefined;
    v = v[0];
    depth++;
  }
  return typeof v === 'number' || (typeof v === 'string' && parseCoordinate(v)) ? depth : undefined;
}

/** Number of positions differing from their predecessor, counting up to `enough`. */
function distinct(ps: Position[], enough: number): number {
  if (!ps.length) return 0;
  let n = 1;
  for (let i = 1; i < ps.length && n < enough; i++) if (ps[i][0] !== ps[i - 1][0] || ps[i][1] !== ps[i - 1][1]) n++;
  if (n >= 3 && enough >= 3) {
    // a ring a-b-a has 3 changes but only 2 distinct positions
    const [a, b] = [ps[0], ps.find((p) => p[0] !== ps[0][0] || p[1] !== ps[0][1])!];
    if (ps.every((p) => (p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1]))) return 2;
  }
  return n;
}

/** What a non-GeoJSON value is, for "found …" in messages. */
export function describeValue(v: unknown): Text {
  if (Array.isArray(v)) return { en: `an array of ${v.length} items`, zh: `一个含 ${v.length} 项的数组` };
  if (v === null) return { en: 'null', zh: ' null' };
  if (!isObj(v)) return { en: `a ${typeof v} (${fmtValue(v)})`, zh: `一个 ${typeof v}（${fmtValue(v)}）` };
  if (typeof v.type === 'string') return { en: `an object with "type": ${fmtValue(v.type)}`, zh: `一个 "type" 为 ${fmtValue(v.type)} 的对象` };
  const keys = Object.keys(v);
  if (!keys.length) return { en: 'an empty object', zh: '一个空对象' };
  const list = keys.slice(0, 8).map((k) => fmtValue(k)).join(', ') + (keys.length > 8 ? ', …' : '');
  return { en: `an object with keys ${list}`, zh: `一个含键 ${list} 的对象` };
}

/** The CRS a legacy GeoJSON `crs` member names, normalised to "EPSG:n" when possible. */
function declaredCrs(root: Obj): string | undefined {
  const crs = root.crs;
  if (!isObj(crs) || !isObj(crs.properties)) return undefined;
  const name = crs.properties.name ?? crs.properties.code;
  if (typeof name !== 'string' && typeof name !== 'number') return undefined;
  const text = String(name).slice(0, 100);
  if (/CRS:?84\b/i.test(text)) return 'EPSG:4326';
  const code = /EPSG(?::+|\/\d*\/?|\.)(\d{4,6})/i.exec(text) ?? /^(\d{4,6})$/.exec(text);
  return code ? `EPSG:${code[1]}` : text;
}

export interface ReadOptions {
  /** how records are named in messages (KML placemarks) */
  unit?: Unit;
  /** refuse above this many features before reading them */
  maxFeatures?: number;
}

/**
 * Reads a GeoJSON value (FeatureCollection, Feature or bare geometry) into a {@link Layer} of clean
 * features, tallying every repair and drop in `log`. Coordinates are copied as `[lon, lat]`
 * numbers (z/m dropped, numeric text converted); properties via `cleanProperties`.
 * @returns the layer and the CRS named by a `crs` member, if any
 * @throws ImportError 'not-geojson' (with what was found instead), 'empty' (no features),
 *   'too-many-features'
 */
export function readGeoJSON(json: unknown, log: IssueLog, options: ReadOptions = {}): { layer: Layer; crs?: string } {
  const unit = options.unit ?? 'feature';
  if (!isObj(json) || typeof json.type !== 'string' || !(json.type === 'FeatureCollection' || json.type === 'Feature' || GEOMETRY_TYPES.has(json.type))) {
    throw new ImportError(issue('not-geojson', 'error', msg.notGeoJSON(describeValue(json))));
  }
  let items: unknown[];
  let prefix: (i: number) => string;
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) {
      throw new ImportError(issue('not-geojson', 'error', msg.notGeoJSON({ en: `a FeatureCollection whose "features" is ${describeValue(json.features).en}`, zh: `“features”为${describeValue(json.features).zh}的 FeatureCollection` }), { path: 'features' }));
    }
    items = json.features;
    prefix = (i) => `features[${i}]`;
  } else {
    items = [json.type === 'Feature' ? json : { type: 'Feature', properties: {}, geometry: json, bare: true }];
    prefix = () => '';
  }
  if (!items.length) throw new ImportError(issue('empty', 'error', msg.emptyCollection(), { path: 'features' }));
  if (options.maxFeatures !== undefined && items.length > options.maxFeatures) {
    throw new ImportError(issue('too-many-features', 'error', msg.tooManyFeatures(unit, items.length, options.maxFeatures), undefined, items.length));
  }
  const features: UserFeature[] = [];
  const origins: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const reader = new GeometryReader(log, i);
    const p = prefix(i);
    const bare = isObj(item) && item.bare === true;
    const geomPath = bare ? '(root)' : p ? `${p}.geometry` : 'geometry';
    // a bare geometry inside "features" is read as a feature without properties
    const isFeature = isObj(item) && (item.type === 'Feature' || 'geometry' in item);
    const got = isFeature ? reader.read(item.geometry, geomPath) : isObj(item) && GEOMETRY_TYPES.has(String(item.type)) ? reader.read(item, p) : null;
    if (got === null) {
      log.tally('unsupported-geometry', { origin: i, path: p || '(root)', value: `${describeValue(item).en}, not a Feature` }, { dropped: true });
      continue;
    }
    if (!Array.isArray(got)) {
      log.tally(got.fail, got.site, { dropped: true });
      continue;
    }
    if (!got.length) {
      log.tally('degenerate', { origin: i, path: geomPath }, { n: 0, dropped: true });
      continue;
    }
    const properties = isFeature && !bare ? cleanProperties(item.properties) : {};
    const id = isFeature ? item.id : undefined;
    for (const geometry of got) {
      const f: UserFeature = { type: 'Feature', geometry, properties };
      if ((typeof id === 'string' && id.length <= 200) || (typeof id === 'number' && Number.isFinite(id))) f.id = id;
      features.push(got.length > 1 ? { ...f, properties: { ...properties } } : f);
      origins.push(i);
    }
  }
  const crs = declaredCrs(json);
  return { layer: { features, origins, unit, total: items.length }, ...(crs ? { crs } : {}) };
}
