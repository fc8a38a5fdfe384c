/** Why a region cannot be analysed. Thrown by validation; carried across the worker as `{ code, message }`. */
export type RegionErrorCode =
  | 'not-polygon' // not a Polygon/MultiPolygon Feature or geometry
  | 'empty' // no rings at all
  | 'invalid-coordinates' // non-numeric, or latitude outside ±90°
  | 'degenerate' // a ring with fewer than 3 distinct positions
  | 'zero-area' // geodesic area below 1 m²
  | 'self-intersecting' // two edges cross or overlap; `position` says where
  | 'antimeridian' // longitude beyond ±180° or an edge spanning more than 180°
  | 'outside-china' // no county intersects the region
  | 'radius-zero' // circle radius ≤ 0 or not a number
  | 'radius-too-large'; // circle radius above MAX_CIRCLE_RADIUS_KM

/**
 * The message of a refusal for the interface to put in the reader's language: a key of the UI
 * catalog (src/ui/i18n.ts holds both languages of each) and the values of its `{name}`
 * placeholders. One code can have several messages (a bad ring, a bad position).
 */
export type RegionMessageKey =
  | 'regionNotPolygon'
  | 'regionNoCoordinates'
  | 'regionNoPolygons'
  | 'regionPolygonNoRings'
  | 'regionRingNotList'
  | 'regionBadPosition'
  | 'regionBeyond180'
  | 'regionEdgeOver180'
  | 'regionDegenerate'
  | 'regionZeroArea'
  | 'regionSelfIntersecting'
  | 'regionOutsideChina'
  | 'circleBadCentre'
  | 'circleRadiusZero'
  | 'circleTooLarge';

/** A refusal's message for the interface: catalog key and placeholder values. */
export interface RegionMessage {
  key: RegionMessageKey;
  params: Record<string, string | number>;
}

/**
 * A refused region: `code` for programs, `message` (English, with numbers) for logs and tests,
 * `text` (key and parameters) for the interface to translate.
 */
export class RegionError extends Error {
  readonly code: RegionErrorCode;
  readonly text: RegionMessage;
  /** where the problem is, `[lon, lat]` degrees (self-intersections) */
  readonly position?: [number, number];
  constructor(code: RegionErrorCode, message: string, text: RegionMessage, position?: [number, number]) {
    super(message);
    this.name = 'RegionError';
    this.code = code;
    this.text = text;
    if (position) this.position = position;
  }
}
