/** GeoJSON already parsed (e.g. pasted or drawn) → the same checks as an imported file. */
import { checkLayer } from './check';
import { readGeoJSON } from './geojson';
import { IssueLog } from './issues';
import { issue, msg } from './messages';
import { MAX_FEATURES, type ImportFix, type ImportIssue, type ImportOffer, type ImportOptions, type UserFeature } from './types';

export interface ValidatedGeoJSON {
  /** false when an error issue refuses the data (then `features` is empty) */
  ok: boolean;
  /** cleaned WGS84 features: 2D numeric positions, closed RFC 7946 rings, plain properties */
  features: UserFeature[];
  /** per feature, the index of the input feature it came from */
  origins: number[];
  issues: ImportIssue[];
  offers: ImportOffer[];
  applied: ImportFix[];
}

/**
 * Validates and cleans a GeoJSON value (FeatureCollection, Feature or bare geometry;
 * GeometryCollections are split by kind) with every check of {@link importFile} after parsing:
 * coordinates (numeric text converted, z dropped, out-of-range dropped), swapped lon/lat,
 * projected CRS, GCJ-02/BD-09 hints (in `fileName` and properties), rings (closed, degenerate
 * removed, rewound, self-intersections reported or repaired) and the vertex limit, applying
 * `options.fixes`. Linear in the input size; never recurses deeper than the GeoJSON nesting.
 * @throws ImportError only: 'not-geojson' (saying what was found), 'empty', 'too-many-features'
 *   (fuzzed in test/unit/importFuzz.test.ts)
 */
export function validateGeoJSON(json: unknown, options: ImportOptions = {}, fileName = ''): ValidatedGeoJSON {
  const log = new IssueLog();
  const { layer: read, crs } = readGeoJSON(json, log, { maxFeatures: options.maxFeatures ?? MAX_FEATURES });
  const { layer, applied } = checkLayer(read, log, {
    fileName,
    ...(options.fixes ? { fixes: options.fixes } : {}),
    ...(options.maxVertices !== undefined ? { maxVertices: options.maxVertices } : {}),
    ...(crs ? { crs } : {}),
  });
  if (!layer.features.length && !log.hasError) log.add(issue('empty', 'error', msg.nothingKept(layer.unit, layer.total)));
  return { ok: !log.hasError, features: layer.features, origins: layer.origins, issues: log.issues(layer.unit, layer.features.length, layer.total), offers: log.offers(), applied };
}
