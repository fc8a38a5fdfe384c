/**
 * Shapes of a user's own data as it passes import (src/domain/import) and as it is kept
 * (src/state/store). Coordinates are WGS84 `[lon, lat]` degrees (EPSG:4326) once imported.
 */
import type { Feature, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';

export type ImportFormat = 'geojson' | 'topojson' | 'csv' | 'xlsx' | 'kml' | 'shapefile-zip';

/** Geometry types an imported layer may hold (GeometryCollection and null geometries are not kept). */
export type UserGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/** Property values after import: everything else (objects, arrays) is kept as its JSON text. */
export type UserValue = string | number | boolean | null;
export type UserProperties = Record<string, UserValue>;
export type UserFeature = Feature<UserGeometry, UserProperties>;

/** One property column of an imported layer, for styling, filtering and the legend. */
export interface FieldInfo {
  name: string;
  type: 'number' | 'string' | 'boolean';
  /** features with a non-null value */
  count: number;
  /** up to 50 most frequent values (strings/booleans as text), most frequent first */
  values: { value: string; count: number }[];
  /** distinct non-null values (all of them, even beyond `values`) */
  distinct: number;
  /** numbers only */
  min?: number;
  max?: number;
}

/** Corrections the user can accept; the import is then re-run with them. */
export type ImportFix =
  | 'swap-lonlat' // positions were [lat, lon]
  | 'gcj02-to-wgs84' // positions were read off a Chinese web map (GCJ-02)
  | 'bd09-to-wgs84' // positions are Baidu BD-09
  | 'webmercator-to-wgs84' // positions are EPSG:3857 metres
  | 'shift-longitude-360' // longitudes of a world copy (475.9 for 115.9): moved by whole turns of 360° into ±180°
  | 'simplify' // too many vertices to draw interactively: simplify lines/polygons
  | 'repair-polygons'; // split self-intersecting rings into valid polygons

export type ImportIssueCode =
  | 'too-large' // file above the byte limit
  | 'unsupported-format' // extension/content not one we read
  | 'invalid-json'
  | 'not-geojson'
  | 'invalid-topojson'
  | 'invalid-kml'
  | 'invalid-shapefile'
  | 'invalid-spreadsheet'
  | 'empty' // no features at all (e.g. empty FeatureCollection, CSV with only a header)
  | 'unsupported-geometry' // e.g. GeometryCollection, unknown type
  | 'null-geometry'
  | 'non-numeric-coordinate' // strings, nulls, NaN where numbers are expected
  | 'wrong-nesting' // coordinates nested more or fewer array levels than the geometry type needs
  | 'z-dropped' // 3D positions: z removed
  | 'no-coordinate-columns' // CSV/XLSX: no lon/lat columns recognised (user must choose)
  | 'bad-row' // CSV/XLSX row with an unusable lon/lat
  | 'projected-crs' // values far outside ±180/±90: a projected CRS (metres)
  | 'out-of-range' // some positions outside ±180/±90 (not explained by a CRS)
  | 'world-copy' // longitudes off by whole turns of 360° (a world copy of a web map)
  | 'swapped-lonlat' // only [lat, lon] puts the data in China
  | 'gcj02-suspected'
  | 'bd09-suspected'
  | 'outside-china' // valid WGS84 but nothing in or near China
  | 'self-intersection'
  | 'winding' // rings rewound to RFC 7946 order
  | 'unclosed-ring' // closed by repeating the first position
  | 'degenerate' // rings/lines with too few distinct positions, dropped
  | 'too-many-features' // more than can be drawn interactively
  | 'internal'; // a bug: never expected

export interface ImportIssue {
  code: ImportIssueCode;
  /** 'error': the file (or this option set) is refused and nothing is kept; 'warning': something was changed or dropped, the rest kept; 'info': FYI */
  severity: 'error' | 'warning' | 'info';
  /** says what is wrong, where, and what was kept; both languages */
  message: { zh: string; en: string };
  /** the first place it occurs: 0-based feature index, 1-based line / row of the file, JSON path */
  where?: { feature?: number; line?: number; row?: number; column?: string; path?: string; position?: [number, number] };
  /** how many features/rows/positions are affected */
  count?: number;
}

export interface ImportOffer {
  fix: ImportFix;
  message: { zh: string; en: string };
}

export interface ImportOptions {
  /** fixes the user accepted */
  fixes?: ImportFix[];
  /** CSV/XLSX: the columns holding longitude and latitude (default: recognised by name) */
  lonColumn?: string;
  latColumn?: string;
  /** XLSX: the sheet to read (default: the first) */
  sheet?: string;
  /** refuse files above this many bytes; default {@link MAX_IMPORT_BYTES} */
  maxBytes?: number;
  /** above this many vertices offer 'simplify'; default {@link MAX_DRAW_VERTICES} */
  maxVertices?: number;
  /** refuse more features than this; default {@link MAX_FEATURES} */
  maxFeatures?: number;
}

/** Refused above this size: reading more would risk the tab's memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Above this many vertices drawing and picking stop being interactive: simplify with consent. */
export const MAX_DRAW_VERTICES = 2_000_000;
/**
 * How far beyond ±180° longitude / ±90° latitude a position may lie and still be read as on the
 * limit (and clamped onto it), degrees; 1e-5° ≈ 1.1 m. Float rounding in exports writes
 * 180.0000019 for 180.
 */
export const RANGE_TOLERANCE_DEG = 1e-5;
/** Refused above this many features. */
export const MAX_FEATURES = 500_000;

/** An imported layer's data: cleaned WGS84 features and what is known about them. */
export interface ImportedData {
  /** display name: the file name without extension (or the KML/TopoJSON object name) */
  name: string;
  fileName: string;
  format: ImportFormat;
  features: UserFeature[];
  fields: FieldInfo[];
  /**
   * `[west, south, east, north]` degrees, west −180…180, east ≥ west: the smallest longitude
   * interval covering the data, so east > 180 when it crosses the antimeridian (east − 360 is
   * the east edge as drawn; MapLibre's fitBounds takes it as is)
   */
  bbox: [number, number, number, number];
  kinds: { point: number; line: number; polygon: number };
  vertexCount: number;
  /** fixes applied to produce `features` */
  applied: ImportFix[];
  sourceBytes: number;
  /** XLSX: the sheet read and all sheet names of the workbook */
  sheet?: string;
  sheets?: string[];
}

export type ImportOutcome =
  | { ok: true; data: ImportedData; issues: ImportIssue[]; offers: ImportOffer[] }
  /** refused: nothing is kept; `offers` may turn it into an import; `columns` lists CSV/XLSX headers when the user must choose lon/lat */
  | { ok: false; issues: ImportIssue[]; offers: ImportOffer[]; columns?: string[]; sheets?: string[] };

export type ImportStage = 'reading' | 'parsing' | 'checking' | 'fixing';
/** Where an import is: its stage, and within long loops how far (`done` of `total` items). */
export interface ImportProgress {
  stage: ImportStage;
  done?: number;
  total?: number;
}

/** The import worker's interface (src/workers/importWorker.ts), called from the page through comlink. */
export interface ImportApi {
  /**
   * Imports one file (transfer `bytes`, do not copy); `onProgress` (a comlink proxy) hears each
   * stage. Resolves with the outcome and the time spent in the worker (ms); never rejects.
   */
  importFile(fileName: string, bytes: ArrayBuffer, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<{ outcome: ImportOutcome; ms: number }>;
}
