/**
 * Planar segment predicates in lon/lat degrees (GeoJSON edges are straight in lon/lat). The
 * tolerance `EPS` (1e-9°, ~0.1 mm) absorbs rounding where two polygons share exact vertices.
 */
export const EPS = 1e-9;

/** Twice the signed area of triangle a, b, c (> 0 when counter-clockwise). */
export function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether `(px, py)` lies on segment a–b within `EPS` degrees. */
export function onSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.abs(px - ax) <= EPS && Math.abs(py - ay) <= EPS;
  const t = ((px - ax) * dx + (py - ay) * dy) / len2;
  if (t < -EPS || t > 1 + EPS) return false;
  const cross = orient(ax, ay, bx, by, px, py);
  return cross * cross <= EPS * EPS * len2;
}

/** Parameter t ∈ [0, 1] of the point on a–b closest to `(px, py)`. */
function paramOn(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
}

export type Contact = 'none' | 'cross' | 'touch';

/**
 * How segment e = a–b meets segment f = c–d. `'cross'`: they cross at one point interior to
 * both; `'touch'`: they meet at an endpoint of one of them or overlap collinearly; `'none'`.
 * The parameters along e of every meeting point (the crossing, touched endpoints, ends of the
 * overlap) are pushed to `ts` when given.
 */
export function contact(
  ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number, ts?: number[],
): Contact {
  const lenE = Math.hypot(bx - ax, by - ay), lenF = Math.hypot(dx - cx, dy - cy);
  const o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
  const tolE = EPS * lenE, tolF = EPS * lenF;
  const s1 = Math.abs(o1) <= tolE ? 0 : Math.sign(o1), s2 = Math.abs(o2) <= tolE ? 0 : Math.sign(o2);
  const s3 = Math.abs(o3) <= tolF ? 0 : Math.sign(o3), s4 = Math.abs(o4) <= tolF ? 0 : Math.sign(o4);
  if (s1 * s2 < 0 && s3 * s4 < 0) {
    ts?.push(o3 / (o3 - o4));
    return 'cross';
  }
  let touched = false;
  if (s1 === 0 && onSegment(cx, cy, ax, ay, bx, by)) {
    touched = true;
    ts?.push(paramOn(cx, cy, ax, ay, bx, by));
  }
  if (s2 === 0 && onSegment(dx, dy, ax, ay, bx, by)) {
    touched = true;
    ts?.push(paramOn(dx, dy, ax, ay, bx, by));
  }
  if (s3 === 0 && onSegment(ax, ay, cx, cy, dx, dy)) {
    touched = true;
    ts?.push(0);
  }
  if (s4 === 0 && onSegment(bx, by, cx, cy, dx, dy)) {
    touched = true;
    ts?.push(1);
  }
  return touched ? 'touch' : 'none';
}

/** Whether a ray from `(x, y)` towards +x crosses edge a–b (half-open rule, for even–odd tests). */
export function rayCrosses(x: number, y: number, ax: number, ay: number, bx: number, by: number): boolean {
  return ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay);
}

/** Whether a ray from `(x, y)` towards −x crosses edge a–b: {@link rayCrosses} mirrored (same crossing abscissa). */
export function rayCrossesWest(x: number, y: number, ax: number, ay: number, bx: number, by: number): boolean {
  return ay > y !== by > y && x > ax + ((y - ay) * (bx - ax)) / (by - ay);
}
