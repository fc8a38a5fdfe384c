/**
 * The plan catalog: hand-authored records (data/catalog/*.json, zod-validated) turned into
 * GeoJSON features with their citation located in the plan text and facts computed from
 * geometry — geodesic length, provinces and counties crossed, special areas touched.
 */
import Flatbush from 'flatbush';
import bbox from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { length as turfLength } from '@turf/length';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { CatalogFile, type CatalogRecord } from '../../src/domain/catalogSchema';
import { BORDER_DAM_TOLERANCE_KM, CATALOG_LAYER } from '../../src/domain/catalogLayers';
import type { Citation } from '../../src/domain/planText';
import { citeAt, readAuthored } from './authored';
import type { Catalog, CatalogFeature, CountyProperties, SpecialArea } from '../../src/domain/types';
import type { Delivery } from '../../src/domain/delivery';
import { DataBuildError } from './counties';
import { EARTH_RADIUS_KM, haversineKm } from './geodesy';

type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;

/** Spatial lookup of the county containing a point, on the shipped (simplified) polygons. */
export class CountyLocator {
  private readonly index: Flatbush;
  constructor(private readonly counties: CountyFeature[]) {
    this.index = new Flatbush(counties.length);
    for (const c of counties) {
      const [w, s, e, n] = bbox(c);
      this.index.add(w, s, e, n);
    }
    this.index.finish();
  }
  /**
   * Counties of other provinces than `home`'s within `km` of `p` (degrees): probed on rings of
   * 16 bearings at km/3, 2km/3 and km around it, so a neighbour closer than that is found
   * wherever its outline comes near. In province order of first hit.
   */
  acrossBorder(p: Position, home: CountyProperties, km: number): CountyProperties[] {
    const out = new Map<string, CountyProperties>();
    const kmPerDegLat = (Math.PI / 180) * EARTH_RADIUS_KM;
    for (const r of [km / 3, (2 * km) / 3, km]) {
      for (let k = 0; k < 16; k++) {
        const a = (k * Math.PI) / 8;
        const q = [p[0] + (r * Math.sin(a)) / (kmPerDegLat * Math.cos((p[1] * Math.PI) / 180)), p[1] + (r * Math.cos(a)) / kmPerDegLat];
        const c = this.at(q);
        if (c && c.provName !== home.provName && !out.has(c.adcode)) out.set(c.adcode, c);
      }
    }
    return [...out.values()];
  }

  /** County containing `[lon, lat]`, or null (at sea, abroad). */
  at(p: Position): CountyProperties | null {
    for (const i of this.index.search(p[0], p[1], p[0], p[1])) {
      if (booleanPointInPolygon(p, this.counties[i])) return this.counties[i].properties;
    }
    return null;
  }
}

/**
 * Points along a line every ≤ `stepKm` (great-circle interpolation is not needed at this step:
 * linear in degrees between vertices at most a few hundred km apart).
 */
export function sampleLine(coords: Position[], stepKm = 1): Position[] {
  const out: Position[] = [coords[0]];
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1], coords[i]];
    const n = Math.max(1, Math.ceil(haversineKm(a, b) / stepKm));
    for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

export interface SourcedRecord {
  record: CatalogRecord;
  citation: Citation;
  /** "data/catalog/<file> record <id>", for messages */
  where: string;
}

/**
 * Read and validate every record of `dir` (schema, unique ids, quote found in the plan text).
 * Cheap: the build runs it before any heavy step, so a bad record fails fast.
 * @throws DataBuildError naming the file and record id
 */
export function readCatalog(dir: string, planText: string): SourcedRecord[] {
  return readAuthored(dir, 'catalog', 'records', CatalogFile, (id) => `record ${id}`).map(({ item, where }) => ({
    record: item,
    citation: citeAt(where, planText, item.source),
    where,
  }));
}

/**
 * Turn validated records into features with facts computed from geometry.
 * @param routes record id → its line routed along its real course (replaces the chords through its places)
 * @throws DataBuildError naming the record when it lies wholly outside China's counties
 */
export function computeCatalog(records: SourcedRecord[], locator: CountyLocator, areas: SpecialArea[], routes: Map<string, Position[]> = new Map()): Catalog {
  const areaOf = new Map<string, string[]>();
  for (const a of areas) for (const c of a.counties) areaOf.set(c, [...(areaOf.get(c) ?? []), a.id]);
  return { type: 'FeatureCollection', features: records.map((r) => toFeature(r, locator, areaOf, routes.get(r.record.id))) };
}

function toFeature({ record: r, citation, where }: SourcedRecord, locator: CountyLocator, areaOf: Map<string, string[]>, route?: Position[]): CatalogFeature {
  // a line routed along its real course (river corridors, scripts/lib/riverRoute.ts), else the chords through its places
  const geometry: LineString | Point =
    r.geometry.kind === 'line'
      ? { type: 'LineString', coordinates: route ?? r.geometry.via.map((p) => p.lonlat) }
      : { type: 'Point', coordinates: r.geometry.at.lonlat };
  const samples = geometry.type === 'LineString' ? sampleLine(geometry.coordinates) : [geometry.coordinates];
  const hit = new Map<string, CountyProperties>();
  for (const p of samples) {
    const c = locator.at(p);
    if (c) hit.set(c.adcode, c);
  }
  if (hit.size === 0) throw new DataBuildError(`${where}: lies wholly outside China's counties`);
  if (geometry.type === 'Point' && r.layer === CATALOG_LAYER.hydroStation) {
    // a dam on a border river (白鹤滩 on the 金沙江 between 宁南, Sichuan and 巧家, Yunnan)
    // belongs to both banks (other point records stay on their one bank: a thermal plant by the
    // 赤水河 or a gas field by the 黄河 is in one province): the site snapped to the river centreline, and the shipped county
    // outlines (quantized to 1/1024°, simplified) draw the border within about a kilometre of it
    const home = [...hit.values()][0];
    for (const c of locator.acrossBorder(geometry.coordinates, home, BORDER_DAM_TOLERANCE_KM)) hit.set(c.adcode, c);
  }
  const counties = [...hit.keys()].sort();
  const provinces = [...new Set([...hit.values()].map((c) => c.provName))];
  const areaCounts: Record<string, number> = {};
  for (const c of counties) for (const a of areaOf.get(c) ?? []) areaCounts[a] = (areaCounts[a] ?? 0) + 1;
  const lengthKm = geometry.type === 'LineString' ? Math.round(turfLength({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }) * 10) / 10 : null;
  const via = r.geometry.kind === 'line' ? r.geometry.via.map((p) => p.name) : [r.geometry.at.name];
  return {
    type: 'Feature',
    id: r.id,
    geometry,
    properties: {
      id: r.id,
      layer: r.layer,
      category: r.category,
      subcategory: r.subcategory,
      name_zh: r.name.zh,
      name_en: r.name.en,
      action: r.action,
      capacityMW: r.numbers?.capacityMW ?? null,
      voltageKV: r.numbers?.voltageKV ?? null,
      units: r.numbers?.units ?? null,
      attributes: r.attributes ?? {},
      via,
      citation,
      coordSource: r.coordSource,
      computed: { lengthKm, provinces, counties, areas: areaCounts },
    },
  };
}

/**
 * Put each record's delivery (data/delivery/*.json, read by ./delivery.ts) on its feature as
 * `properties.delivery`. A record with no entry gets no `delivery` field: the app reads that as
 * "no known delivery" and draws and counts it as unknown (src/domain/timeline.ts `stateAtYear`),
 * never as planned — an empty `{ milestones: [], asOf2025: "unknown" }` would say the same at
 * more bytes.
 * @param byId record id → its delivery
 * @throws DataBuildError naming a delivery entry whose id is no catalog record
 */
export function mergeDelivery(catalog: Catalog, byId: ReadonlyMap<string, Delivery>): Catalog {
  const ids = new Set(catalog.features.map((f) => f.properties.id));
  const stray = [...byId.keys()].filter((id) => !ids.has(id));
  if (stray.length) throw new DataBuildError(`data/delivery: no catalog record ${stray.join(', ')}`);
  return {
    ...catalog,
    features: catalog.features.map((f) => {
      const d = byId.get(f.properties.id);
      return d ? { ...f, properties: { ...f.properties, delivery: d } } : f;
    }),
  };
}
