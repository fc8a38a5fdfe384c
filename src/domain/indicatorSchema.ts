/**
 * zod schema for the plan's quantitative targets and aggregate counts, authored in
 * `data/indicators/indicators.json` as `{ "indicators": Indicator[] }`.
 */
import { z } from 'zod';
import { Source } from './catalogSchema';

export const Indicator = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** target: a level to reach by a year; aggregate: a count of works with no single place */
    kind: z.enum(['target', 'aggregate']),
    /** grouping shown in the panel, e.g. "农村公路", "饮水", "电网", "通信", "人居环境" */
    topic: z.object({ zh: z.string().min(2), en: z.string().min(2) }),
    name: z.object({ zh: z.string().min(2), en: z.string().min(2) }),
    value: z.number(),
    /** unit as the plan writes it (万公里, %, 个, 座, 万亩 …) */
    unit: z.string(),
    /** the same quantity in SI-like units where a conversion exists (e.g. 23万公里 → 230000 km) */
    normalized: z.object({ value: z.number(), unit: z.string() }).strict().optional(),
    /** comparison the target sets: "≥", "=", "≤", "≈" */
    relation: z.enum(['≥', '=', '≤', '≈']).default('='),
    targetYear: z.number().int().min(2016).max(2030).nullable(),
    source: Source,
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorFile = z.object({ indicators: z.array(Indicator).min(1) }).strict();

/** Where a reported fact comes from: a web page (URL and headline), a named report, or recollection (shown as such). */
export const ReportedSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), url: z.string().regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'an http(s) URL'), title: z.string().min(2) }).strict(),
  z.object({ kind: z.literal('report'), title: z.string().min(4) }).strict(),
  z.object({ kind: z.literal('recollection'), note: z.string().min(2).optional() }).strict(),
]);
export type ReportedSource = z.infer<typeof ReportedSource>;

/**
 * A reported outcome of a plan indicator, authored in `data/indicators/outcomes.json` as
 * `{ "outcomes": { "<indicator id>": IndicatorOutcome } }`: a number in `unit`, or a statement
 * (e.g. "具备条件的建制村全部通硬化路") where the report gives no number; `year` the year it describes.
 */
export const IndicatorOutcome = z
  .object({
    value: z.union([z.number(), z.string().min(2)]),
    unit: z.string(),
    year: z.number().int().min(2016).max(2026),
    source: ReportedSource,
  })
  .strict();
export type IndicatorOutcome = z.infer<typeof IndicatorOutcome>;

export const OutcomesFile = z.object({ outcomes: z.record(z.string(), IndicatorOutcome) }).strict();

/** The file of `data/indicators/` that holds outcomes rather than indicators. */
export const OUTCOMES_FILE = 'outcomes.json';
