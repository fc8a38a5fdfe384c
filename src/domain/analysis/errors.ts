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

/** A refused region: `code` for programs, `message` (English, with numbers) for people. */
export class RegionError extends Error {
  readonly code: RegionErrorCode;
  /** where the problem is, `[lon, lat]` degrees (self-intersections) */
  readonly position?: [number, number];
  constructor(code: RegionErrorCode, message: string, position?: [number, number]) {
    super(message);
    this.name = 'RegionError';
    this.code = code;
    if (position) this.position = position;
  }
}
