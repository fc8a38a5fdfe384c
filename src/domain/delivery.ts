/**
 * Delivery of the plan's works: when each catalog record started (开工), first opened in part,
 * went into service as a whole (通车/通航/投产/建成) or was cancelled, and its state as of 2025.
 *
 * Authored in `data/delivery/{transport,energy,water}.json` as `{ "records": { "<catalog id>": Delivery } }`,
 * validated by `scripts/lib/delivery.ts`. A record absent from those files has no known delivery:
 * the app treats it as "unknown", never as planned.
 */

/** Milestone kinds: start = 开工; partial-service = a first section opened; service = the whole work in service; cancelled = cancelled or re-planned. */
export type DeliveryStage = 'start' | 'partial-service' | 'service' | 'cancelled';

/** A record's state at the end of 2025. */
export type AsOf2025 = 'not-started' | 'under-construction' | 'in-service' | 'cancelled' | 'unknown';

/** Where a milestone comes from: a public web page, a named report, or the author's recollection (shown as such). */
export type DeliverySource =
  | { kind: 'page'; url: string; title: string }
  | { kind: 'report'; title: string }
  | { kind: 'recollection'; note?: string };

/** One dated step of a work; `year` is a calendar year, 2005–2026. */
export interface Milestone {
  stage: DeliveryStage;
  year: number;
  /** what the step was, in the words of the source (e.g. "全线通车", "银川至吴忠段开通") */
  what?: string;
  source: DeliverySource;
}

/** A record's milestones in time order and its state as of 2025. */
export interface Delivery {
  milestones: Milestone[];
  asOf2025: AsOf2025;
  note?: string;
}

/** Stages in the order they may follow each other within one record (equal years allowed). */
export const STAGE_ORDER: readonly DeliveryStage[] = ['start', 'partial-service', 'service', 'cancelled'];

/** Earliest and latest milestone year accepted (inclusive). */
export const DELIVERY_YEARS = { min: 2005, max: 2026 } as const;
