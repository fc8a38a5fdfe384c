/**
 * The checks every format goes through once parsed into a {@link Layer}: coordinate system
 * (swapped, projected, out of range, datum hints, far from China), polygon hygiene and the vertex
 * budget, applying the fixes the user accepted. Synchronous; linear in the number of positions
 * except the self-intersection test (O(n log n) per polygon) and simplification rounds.
 */
import { CHINA_SHARE, clampToRange, convertPositions, diagnoseProjection, exampleXY, isWorldCopy, nearChina, positionStats, wrapLongitude } from './crs';
import { findDatumHints, type Hint } from './hints';
import type { IssueLog } from './issues';
import { summarize } from './fields';
import { eachPosition, filterLayer, vertexCount, type Layer } from './layer';
import { issue, msg, place, whereAt } from './messages';
import { checkSelfIntersections, fixWinding } from './repair';
import { simplifyToBudget } from './simplify';
import { MAX_DRAW_VERTICES, type ImportFix, type ImportIssueCode, type ImportStage } from './types';

export type Stage = ImportStage;
/** Progress callback: the stage and, within it, how far (`done` of `total`) when known. */
export type Progress = (stage: Stage, done?: number, total?: number) => void;

export interface CheckContext {
  fileName: string;
  fixes?: readonly ImportFix[];
  /** default {@link MAX_DRAW_VERTICES} */
  maxVertices?: number;
  /** the CRS the file declares ("EPSG:3857"), if any */
  crs?: string;
  /** extra texts to search for GCJ-02/BD-09 hints */
  hints?: Hint[];
  progress?: Progress;
}

export interface Checked {
  /** the cleaned layer; empty when an error was logged */
  layer: Layer;
  applied: ImportFix[];
}

const FIX_CODE: Partial<Record<ImportFix, ImportIssueCode>> = {
  'swap-lonlat': 'swapped-lonlat',
  'webmercator-to-wgs84': 'projected-crs',
  'shift-longitude-360': 'world-copy',
  'gcj02-to-wgs84': 'gcj02-suspected',
  'bd09-to-wgs84': 'bd09-suspected',
};

/**
 * Runs the checks on `input` (positions are changed in place by accepted fixes), logging issues
 * and offers in `log`. Refusals (swapped lon/lat, projected coordinates, too many vertices) log
 * an error and return an empty layer.
 */
export function checkLayer(input: Layer, log: IssueLog, ctx: CheckContext): Checked {
  let layer = input;
  const fixes = new Set(ctx.fixes ?? []);
  const applied: ImportFix[] = [];
  const progress: Progress = ctx.progress ?? (() => {});
  const refuse = (): Checked => ({ layer: { ...layer, features: [], origins: [] }, applied });
  const convert = (fix: ImportFix) => {
    const r = convertPositions(layer, fix);
    applied.push(fix);
    log.add(issue(FIX_CODE[fix]!, 'info', msg.converted(fix, r.positions, r.shiftMetres), undefined, r.positions));
  };
  progress('checking');

  if (ctx.crs === 'EPSG:4490') log.add(issue('projected-crs', 'info', msg.crsCgcs2000()));
  if (fixes.has('webmercator-to-wgs84')) convert('webmercator-to-wgs84');
  if (fixes.has('swap-lonlat')) convert('swap-lonlat');
  if (fixes.has('shift-longitude-360')) convert('shift-longitude-360');

  const stats = positionStats(layer);
  const n = stats.positions;
  if (!fixes.has('swap-lonlat') && stats.inChina < CHINA_SHARE * n && stats.swappedInChina >= CHINA_SHARE * n) {
    let first: number[] = [];
    eachPosition(layer.features[0].geometry, (p) => void (first.length || (first = p)));
    const origin = layer.origins[0];
    log.add(issue('swapped-lonlat', 'error', msg.swapped(place(layer.unit, origin), first, stats.swappedInChina, n), { ...whereAt(layer.unit, origin), position: [first[0], first[1]] }, n));
    log.offer('swap-lonlat');
    return refuse();
  }
  const refused = n - stats.inRange > n / 2;
  // a stray out-of-range value among valid ones (215.93 for 115.93) is a typo more often than a
  // world copy: offer the shift for a minority only when it brings every sampled one near China
  if (stats.inRange < n && isWorldCopy(stats.outOfRange) && (refused || stats.outOfRange.every(([x, y]) => nearChina(wrapLongitude(x), y)))) {
    const first = stats.outOfRange[0];
    log.add(issue('world-copy', refused ? 'error' : 'warning', msg.worldCopy(first, [wrapLongitude(first[0]), first[1]], n - stats.inRange, n, refused), { position: [first[0], first[1]] }, n - stats.inRange));
    log.offer('shift-longitude-360');
    if (refused) return refuse();
  } else if (refused) {
    const projection = diagnoseProjection(stats.outOfRange);
    const declared = ctx.crs && ctx.crs !== 'EPSG:4326' ? ctx.crs : undefined;
    log.add(issue('projected-crs', 'error', msg.projected(projection.what, exampleXY(stats.outOfRange[0]), declared), undefined, n - stats.inRange));
    if (projection.mercator) log.offer('webmercator-to-wgs84');
    return refuse();
  }
  if (ctx.crs && !['EPSG:4326', 'EPSG:4490'].includes(ctx.crs) && !applied.length) log.add(issue('projected-crs', 'info', msg.crsOther(ctx.crs)));
  if (stats.exactlyInRange < n) {
    layer = filterLayer(layer, (f, i) => {
      let bad: number[] | null = null;
      let clamped = 0;
      let firstClamped: [number, number] | null = null;
      eachPosition(f.geometry, (p) => {
        if (bad) return;
        const was: [number, number] = [p[0], p[1]];
        const r = clampToRange(p);
        if (r === 'out') bad = p;
        else if (r === 'clamped') {
          clamped++;
          firstClamped ??= was;
        }
      });
      if (bad) log.tally('out-of-range', { origin: layer.origins[i], position: [bad[0], bad[1]] }, { dropped: true });
      else if (firstClamped) log.tally('clamped', { origin: layer.origins[i], position: firstClamped }, { n: clamped });
      return !bad;
    });
  }

  const hints = findDatumHints(ctx.fileName, layer, ctx.hints);
  for (const [fix, hint, datum] of [['gcj02-to-wgs84', hints.gcj02, 'GCJ-02'], ['bd09-to-wgs84', hints.bd09, 'BD-09']] as const) {
    if (fixes.has(fix)) convert(fix);
    else if (hint) {
      log.add(issue(FIX_CODE[fix]!, 'warning', msg.datumSuspected(datum, hint.found, hint.where)));
      log.offer(fix);
    }
  }

  checkFarFromChina(layer, log);

  const repair = fixes.has('repair-polygons');
  if (checkSelfIntersections(layer, log, repair, (done) => progress('checking', done, layer.features.length))) {
    if (repair) applied.push('repair-polygons');
    else log.offer('repair-polygons');
  }
  fixWinding(layer, log);

  const maxVertices = ctx.maxVertices ?? MAX_DRAW_VERTICES;
  const vertices = layer.features.reduce((sum, f) => sum + vertexCount(f.geometry), 0);
  if (vertices > maxVertices) {
    if (!fixes.has('simplify')) {
      log.add(issue('too-many-features', 'error', msg.tooManyVertices(vertices, maxVertices), undefined, vertices));
      log.offer('simplify');
      return refuse();
    }
    progress('fixing');
    const s = simplifyToBudget(layer, maxVertices, (round) => progress('fixing', round));
    if (s.after > maxVertices) {
      log.add(issue('too-many-features', 'error', msg.cannotSimplify(s.after, maxVertices), undefined, s.after));
      return refuse();
    }
    log.add(issue('too-many-features', 'info', msg.simplified(s.before, s.after, s.toleranceDeg), undefined, s.after));
    applied.push('simplify');
  }
  return { layer, applied };
}

/** Warns when no feature is near China; notes the features far from it otherwise. */
function checkFarFromChina(layer: Layer, log: IssueLog): void {
  let far = 0;
  layer.features.forEach((f, i) => {
    let near = false;
    let first: number[] | null = null;
    eachPosition(f.geometry, (p) => {
      first ??= p;
      near ||= nearChina(p[0], p[1]);
    });
    if (near || !first) return;
    far++;
    const p: number[] = first;
    log.tally('outside-some', () => ({ origin: layer.origins[i], position: [p[0], p[1]] }));
  });
  if (far && far === layer.features.length) {
    log.forget('outside-some');
    // the extent as zoom-to-extent takes it (across ±180° when that is smaller), its east edge written in −180…180°
    const [w, south, e, north] = summarize(layer.features).bbox;
    log.add(issue('outside-china', 'warning', msg.outsideChina(layer.unit, far, [w, south, e > 180 ? e - 360 : e, north]), undefined, far));
  }
}
