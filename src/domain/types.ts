/**
 * Shapes of the generated data in `public/generated/` (written by scripts/build-data.ts, read by
 * the app). Coordinates are WGS84 `[lon, lat]` degrees; lengths km (geodesic); capacity MW.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Citation } from './planText';
import type { Delivery } from './delivery';
import type { IndicatorOutcome } from './indicatorSchema';

export interface CountyProperties {
  adcode: string;
  name: string;
  /** the county in English: a pinyin transliteration with its suffix translated, made by the data build (derived, not official) */
  nameEn?: string;
  prefCode: string;
  prefName: string;
  provCode: string;
  provName: string;
  provNameEn: string;
  /** the prefecture in English: a pinyin transliteration with its suffix translated, made by the data build (derived, not official) */
  prefNameEn?: string;
  /** county seat, from the source's `cp`; null where unknown */
  seatLon: number | null;
  seatLat: number | null;
}

export interface AreaProvenance {
  document: string;
  issuer?: string;
  year: number;
  scope: 'county' | 'prefecture' | 'province' | 'mixed' | 'derived';
  note: string;
}

/** A special area as shipped: its counties by adcode, with provenance and citation. */
export interface SpecialArea {
  id: string;
  group: string;
  tier?: string;
  name: { zh: string; en: string };
  provenance: AreaProvenance;
  citation: Citation | null;
  counties: string[];
  /** adcode → how that county came to be a member (the border-county list), zh/en */
  memberBasis?: Record<string, { zh: string; en: string }>;
}

export interface ComputedFacts {
  /** geodesic length of a line, km; null for points */
  lengthKm: number | null;
  /** provinces crossed or lain in, by name */
  provinces: string[];
  /** counties crossed or lain in, by adcode */
  counties: string[];
  /** special area id → number of its counties the feature touches */
  areas: Record<string, number>;
}

export interface CatalogProperties {
  id: string;
  layer: string;
  category: 'transport' | 'water' | 'energy';
  subcategory: string;
  name_zh: string;
  name_en: string;
  action: string;
  capacityMW: number | null;
  voltageKV: number | null;
  units: string | null;
  attributes: Record<string, string | number | boolean>;
  /** places the geometry was drawn through, in order */
  via: string[];
  /** `via` in English: pinyin transliterations made by the data build (scripts/lib/placeNameEn.ts), not authored names */
  via_en: string[];
  citation: Citation;
  coordSource: string;
  computed: ComputedFacts;
  /** delivery milestones and 2025 state (data/delivery/*.json); absent when none is known (drawn as "unknown") */
  delivery?: Delivery;
}
export type CatalogFeature = Feature<LineString | Point, CatalogProperties>;
export type Catalog = FeatureCollection<LineString | Point, CatalogProperties>;

/** A quantitative target or aggregate count of the plan, with its citation. */
export interface PlanIndicator {
  id: string;
  kind: 'target' | 'aggregate';
  topic: { zh: string; en: string };
  name: { zh: string; en: string };
  value: number;
  unit: string;
  normalized?: { value: number; unit: string };
  relation: '≥' | '=' | '≤' | '≈';
  targetYear: number | null;
  citation: Citation;
  /** the reported outcome (data/indicators/outcomes.json); absent: no outcome found */
  outcome?: IndicatorOutcome;
}

export interface Manifest {
  /** sha256 of every build input, to tell when the output is stale */
  inputsHash: string;
  counts: { counties: number; prefectures: number; provinces: number; borderCounties: number; catalog: Record<string, number>; areas: number; indicators: number; povertyCounties?: number };
  files: Record<string, { bytes: number }>;
}

export type { Feature, FeatureCollection };
