/**
 * Plan and delivery over time (issue 14): the state of a project or a poverty county in a year
 * 2016–2025, counts per state, and the per-year series the charts draw. Pure data: reads the
 * `delivery` of catalog records (data/delivery/*.json, merged by scripts/lib/catalog.ts) and the
 * exit batch year of poverty counties (poverty-counties.json).
 */
import type { Delivery, DeliveryStage } from './delivery';
import { kmBox, pointSegmentKm } from './analysis/geodesy';
import type { CatalogFeature } from './types';

/** First and last year of the time slider: the plan's first year and the last year with an `asOf2025` state. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
/** Every year of the slider, in order. */
export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** A project's state in a year. `unknown`: no milestone and no 2025 state say anything for that year. */
export type ProjectState = 'unknown' | 'planned' | 'under-construction' | 'partial-service' | 'in-service' | 'cancelled';
/** Drawing and legend order of the project states. */
export const PROJECT_STATES: readonly ProjectState[] = ['in-service', 'partial-service', 'under-construction', 'planned', 'cancelled', 'unknown'];

/** A poverty county's state in a year, by its exit batch year. */
export type PovertyState = 'poor' | 'exited-this-year' | 'exited-before' | 'unknown';
export const POVERTY_STATES: readonly PovertyState[] = ['poor', 'exited-this-year', 'exited-before', 'unknown'];

const STAGE_STATE: Record<DeliveryStage, ProjectState> = {
  start: 'under-construction',
  'partial-service': 'partial-service',
  service: 'in-service',
  cancelled: 'cancelled',
};
/** Within one year a later stage wins (a line started and opened the same year is in service). */
const STAGE_RANK: Record<DeliveryStage, number> = { start: 0, 'partial-service': 1, service: 2, cancelled: 3 };

const AS_OF_2025: Record<Delivery['asOf2025'], ProjectState> = {
  'not-started': 'planned',
  'under-construction': 'under-construction',
  'in-service': 'in-service',
  cancelled: 'cancelled',
  unknown: 'unknown',
};

/**
 * The state of a project in `year`.
 *
 * - No delivery, or no milestone and `asOf2025: "unknown"` → `unknown` (never silently planned).
 * - The latest milestone in or before `year` sets the state (start → under construction,
 *   partial-service, service → in service, cancelled); a later stage wins within one year.
 *   A milestone needs no geometry change: an airport expansion that opened in 2019 is in service from 2019.
 * - A year before the first milestone → `planned`.
 * - From 2025 on, `asOf2025` gives the state unless it is `unknown` or a milestone dated 2025 or
 *   later (up to `year`) says otherwise.
 * - No milestone but a 2025 state: `not-started` is planned in every year (not started by 2025
 *   means not started before); any other 2025 state says nothing of earlier years → `unknown`.
 * - After the last milestone its state holds: a line with only a start year stays under
 *   construction until 2025, where `asOf2025` may say it opened (year unknown).
 *
 * @param delivery the record's `delivery`, or undefined when none is known
 * @param year calendar year, e.g. 2020
 */
export function stateAtYear(delivery: Delivery | undefined, year: number): ProjectState {
  if (!delivery) return 'unknown';
  const ms = delivery.milestones;
  const late = year >= LAST_YEAR && delivery.asOf2025 !== 'unknown' && !ms.some((m) => m.year >= LAST_YEAR && m.year <= year);
  if (late) return AS_OF_2025[delivery.asOf2025];
  let best: (typeof ms)[number] | undefined;
  for (const m of ms) {
    if (m.year > year) continue;
    if (!best || m.year > best.year || (m.year === best.year && STAGE_RANK[m.stage] > STAGE_RANK[best.stage])) best = m;
  }
  if (best) return STAGE_STATE[best.stage];
  if (ms.length) return 'planned';
  return delivery.asOf2025 === 'not-started' ? 'planned' : 'unknown';
}

/**
 * A poverty county's state in `year` by its exit batch year (the year it applied to exit,
 * national count; approval mostly came the next spring — see poverty.ts EXIT_DATE_NOTE).
 * @param exitYear the batch year, or undefined when not known
 * @returns `poor` before the batch year, `exited-this-year` in it, `exited-before` after it
 */
export function povertyStateAtYear(exitYear: number | undefined, year: number): PovertyState {
  if (exitYear === undefined || !Number.isFinite(exitYear)) return 'unknown';
  if (year < exitYear) return 'poor';
  return year === exitYear ? 'exited-this-year' : 'exited-before';
}

/** True when `y` is a year of the slider (an integer 2016–2025). */
export function isSliderYear(y: unknown): y is number {
  return typeof y === 'number' && Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** Zero counts for every state in `states`. */
function zero<S extends string>(states: readonly S[]): Record<S, number> {
  return Object.fromEntries(states.map((s) => [s, 0])) as Record<S, number>;
}

/** Records per state in `year`. */
export function countProjectStates(records: readonly CatalogFeature[], year: number): Record<ProjectState, number> {
  const out = zero(PROJECT_STATES);
  for (const r of records) out[stateAtYear(r.properties.delivery, year)]++;
  return out;
}

/**
 * Poverty county units per state in `year` (海西's three 行委 share one map unit and count 3).
 * @param counties `{ exitYear, units }` of each poverty county
 */
export function countPovertyStates(counties: readonly { exitYear?: number; units?: number }[], year: number): Record<PovertyState, number> {
  const out = zero(POVERTY_STATES);
  for (const c of counties) out[povertyStateAtYear(c.exitYear, year)] += c.units ?? 1;
  return out;
}

/**
 * The year a project first counts as in service by its milestones (a `service` milestone), or
 * null. A partial opening is not counted: the chart counts a line's length once, when it all opened.
 */
export function serviceYear(delivery: Delivery | undefined): number | null {
  const ys = (delivery?.milestones ?? []).filter((m) => m.stage === 'service').map((m) => m.year);
  return ys.length ? Math.min(...ys) : null;
}

/** Per-year series for the charts, one value per year of {@link YEARS}. */
export interface DeliverySeries {
  years: number[];
  /** km of railway that went into service that year (geodesic km of the drawn line, or of its part inside the region) */
  railKm: number[];
  /** airports that went into service that year (new airports and expansions alike) */
  airports: number[];
  /** poverty county units whose exit batch is that year */
  exits: number[];
  /** railways and airports in service by 2025 with no dated service milestone (not in any year) */
  undated: { railways: number; railKm: number; airports: number };
}

/**
 * Per-year delivery series.
 * @param records catalog records (all, or those inside a region)
 * @param counties poverty counties (all, or those in the region)
 * @param railKmOf km of a railway record to count (default: its geodesic length `computed.lengthKm`;
 *   for a region, the km inside it)
 */
export function deliverySeries(
  records: readonly CatalogFeature[],
  counties: readonly { exitYear?: number; units?: number }[],
  railKmOf: (r: CatalogFeature) => number = (r) => r.properties.computed.lengthKm ?? 0,
): DeliverySeries {
  const idx = (y: number | null) => (y === null ? -1 : YEARS.indexOf(y));
  const s: DeliverySeries = { years: [...YEARS], railKm: YEARS.map(() => 0), airports: YEARS.map(() => 0), exits: YEARS.map(() => 0), undated: { railways: 0, railKm: 0, airports: 0 } };
  for (const r of records) {
    const { layer, delivery } = r.properties;
    if (layer !== 'railway' && layer !== 'airport') continue;
    const i = idx(serviceYear(delivery));
    const rail = layer === 'railway';
    if (i >= 0) {
      if (rail) s.railKm[i] += railKmOf(r);
      else s.airports[i]++;
    } else if (delivery?.asOf2025 === 'in-service') {
      if (rail) {
        s.undated.railways++;
        s.undated.railKm += railKmOf(r);
      } else s.undated.airports++;
    }
  }
  for (const c of counties) {
    const i = idx(c.exitYear ?? null);
    if (i >= 0) s.exits[i] += c.units ?? 1;
  }
  s.railKm = s.railKm.map((v) => Math.round(v * 10) / 10);
  s.undated.railKm = Math.round(s.undated.railKm * 10) / 10;
  return s;
}

/**
 * How many of `seats` lie within `km` of any of `lines` (great-circle distance to the nearest
 * segment, see analysis/geodesy.ts `pointSegmentKm`).
 * @param seats `[lon, lat]` degrees
 * @param lines line coordinates `[lon, lat]` degrees
 */
export function seatsWithinKm(seats: readonly (readonly number[])[], lines: readonly (readonly (readonly number[])[])[], km: number): number {
  let n = 0;
  for (const [x, y] of seats) {
    // a cheap box test first: a segment whose box misses the km box around the seat cannot be within km
    const [w, s, e, north] = kmBox(x, y, km);
    let hit = false;
    for (const c of lines) {
      for (let i = 1; i < c.length && !hit; i++) {
        const [ax, ay] = c[i - 1];
        const [bx, by] = c[i];
        if (Math.max(ax, bx) < w || Math.min(ax, bx) > e || Math.max(ay, by) < s || Math.min(ay, by) > north) continue;
        hit = pointSegmentKm(x, y, ax, ay, bx, by) <= km;
      }
      if (hit) break;
    }
    if (hit) n++;
  }
  return n;
}
