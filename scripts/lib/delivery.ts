/**
 * Delivery milestones of the catalog's works, authored in `data/delivery/{transport,energy,water}.json`
 * as `{ "records": { "<catalog record id>": Delivery } }` (types in `src/domain/delivery.ts`).
 * Each milestone carries a year and its source (a page with URL and title, a named report, or
 * recollection). A catalog record absent from these files has no known delivery.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DELIVERY_YEARS, STAGE_ORDER, type AsOf2025, type Delivery, type DeliverySource, type Milestone } from '../../src/domain/delivery';
import { ReportedSource } from '../../src/domain/indicatorSchema';
import { DataBuildError } from './errors';
import { DATA_DIR } from './inputs';

/** A milestone's source; the same shape as an indicator outcome's. */
export const DeliverySourceSchema = ReportedSource satisfies z.ZodType<DeliverySource>;

export const MilestoneSchema = z
  .object({
    stage: z.enum(STAGE_ORDER as [Milestone['stage'], ...Milestone['stage'][]]),
    year: z.number().int().min(DELIVERY_YEARS.min).max(DELIVERY_YEARS.max),
    what: z.string().min(2).optional(),
    source: DeliverySourceSchema,
  })
  .strict() satisfies z.ZodType<Milestone>;

const AS_OF: readonly AsOf2025[] = ['not-started', 'under-construction', 'in-service', 'cancelled', 'unknown'];

export const DeliverySchema = z
  .object({
    milestones: z.array(MilestoneSchema),
    asOf2025: z.enum(AS_OF as [AsOf2025, ...AsOf2025[]]),
    note: z.string().min(4).optional(),
  })
  .strict() satisfies z.ZodType<Delivery>;

export const DeliveryFile = z.object({ records: z.record(z.string(), DeliverySchema) }).strict();

/**
 * The state as of 2025 that the milestones of 2025 or earlier imply, or undefined where they
 * imply nothing (no milestone by 2025: not started, or started with no dated record).
 */
export function impliedAsOf2025(milestones: readonly Milestone[]): AsOf2025 | undefined {
  const last = milestones.filter((m) => m.year <= 2025).at(-1);
  if (!last) return undefined;
  return last.stage === 'service' ? 'in-service' : last.stage === 'cancelled' ? 'cancelled' : 'under-construction';
}

/**
 * Why a record's delivery is inconsistent, or undefined when it is sound: milestones must run in
 * time order with stages in {@link STAGE_ORDER} (start, partial openings, service, cancelled;
 * one start and one service at most, nothing after a cancellation); `asOf2025` must agree with the
 * milestones of 2025 or earlier, and a state they do not imply (e.g. in service with only a start
 * year) needs a `note` saying where it comes from, as does `unknown` after a dated start; an entry with
 * nothing known should be left out.
 */
export function deliveryProblem(d: Delivery): string | undefined {
  const ms = d.milestones;
  for (let i = 1; i < ms.length; i++) {
    const [a, b] = [ms[i - 1], ms[i]];
    if (b.year < a.year) return `milestones out of order: ${a.stage} ${a.year} before ${b.stage} ${b.year}`;
    const [ra, rb] = [STAGE_ORDER.indexOf(a.stage), STAGE_ORDER.indexOf(b.stage)];
    if (rb < ra || (rb === ra && a.stage !== 'partial-service')) return `milestones out of order: ${b.stage} ${b.year} after ${a.stage} ${a.year}`;
  }
  const implied = impliedAsOf2025(ms);
  if (implied === undefined) {
    if (d.asOf2025 === 'unknown' && ms.length === 0 && !d.note) return 'nothing known (no milestone, asOf2025 unknown, no note): leave the record out';
    if (d.asOf2025 !== 'not-started' && d.asOf2025 !== 'unknown' && !d.note) return `asOf2025 "${d.asOf2025}" with no milestone by 2025 needs a note giving its source`;
    return undefined;
  }
  if (d.asOf2025 === implied) return undefined;
  // Started, but whether it was finished by 2025 was not found: say so in a note.
  if (d.asOf2025 === 'unknown' && d.note && implied === 'under-construction') return undefined;
  // A start (or first opening) is dated but the completion is not: in service or cancelled by 2025 may still be known.
  const undatedEnd = implied === 'under-construction' && (d.asOf2025 === 'in-service' || d.asOf2025 === 'cancelled');
  if (undatedEnd && d.note) return undefined;
  return `asOf2025 "${d.asOf2025}" contradicts the milestones (${implied} by 2025)${undatedEnd ? ' unless a note gives its source' : ''}`;
}

/**
 * Read and validate every `*.json` in `dir` (name order).
 * @param catalogIds ids of the catalog records; an entry for any other id is an error
 * @param dir the folder, `data/delivery` by default; a missing folder gives an empty map
 * @returns delivery by catalog record id
 * @throws DataBuildError naming the file and record id for invalid JSON, a schema error (year
 *   outside 2005–2026, missing source, unknown stage …), an unknown or repeated id, milestones out
 *   of order, or an asOf2025 inconsistent with the milestones
 */
export function readDelivery(catalogIds: Set<string>, dir: string = join(DATA_DIR, 'delivery')): Map<string, Delivery> {
  const out = new Map<string, Delivery>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const at = `data/delivery/${file}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      throw new DataBuildError(`${at}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = DeliveryFile.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      const id = i.path[0] === 'records' && typeof i.path[1] === 'string' ? ` record ${i.path[1]}` : '';
      throw new DataBuildError(`${at}${id}: ${i.path.slice(2).join('.') || i.path.join('.')}: ${i.message}`);
    }
    for (const [id, d] of Object.entries(parsed.data.records)) {
      const where = `${at} record ${id}`;
      if (!catalogIds.has(id)) throw new DataBuildError(`${where}: no catalog record has this id`);
      if (out.has(id)) throw new DataBuildError(`${where}: delivery given twice`);
      const problem = deliveryProblem(d);
      if (problem) throw new DataBuildError(`${where}: ${problem}`);
      out.set(id, d);
    }
  }
  return out;
}
