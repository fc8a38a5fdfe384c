/**
 * The plan's quantitative targets and aggregate counts (data/indicators/*.json), validated with
 * zod and located in the plan text, with their reported outcomes (data/indicators/outcomes.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorFile, OUTCOMES_FILE, OutcomesFile, type IndicatorOutcome } from '../../src/domain/indicatorSchema';
import type { PlanIndicator } from '../../src/domain/types';
import { citeAt, readAuthored } from './authored';
import { DataBuildError } from './errors';

/**
 * @returns every indicator with its citation and, where `outcomes.json` reports one, its `outcome`, in file order
 * @throws DataBuildError naming the file and indicator id on a schema error, a duplicate id, a
 *   quote missing from the plan, or an outcome for an id that is no indicator
 */
export function readIndicators(dir: string, planText: string): PlanIndicator[] {
  const indicators = readAuthored(dir, 'indicators', 'indicators', IndicatorFile, (id) => `(${id})`, [OUTCOMES_FILE]).map(({ item: { source, ...ind }, where }) => ({
    ...ind,
    citation: citeAt(where, planText, source),
  }));
  return withOutcomes(indicators, readOutcomes(dir));
}

/**
 * The outcomes authored in `<dir>/outcomes.json` by indicator id; a missing file gives none.
 * @throws DataBuildError naming the file (and indicator id) for invalid JSON or a schema error
 */
export function readOutcomes(dir: string): Record<string, IndicatorOutcome> {
  const path = join(dir, OUTCOMES_FILE);
  if (!existsSync(path)) return {};
  const at = `data/indicators/${OUTCOMES_FILE}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataBuildError(`${at}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = OutcomesFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new DataBuildError(`${at}${typeof i.path[1] === 'string' ? ` (${i.path[1]})` : ''}: ${i.path.join('.')}: ${i.message}`);
  }
  return parsed.data.outcomes;
}

/**
 * Each indicator with `outcome` set from `outcomes` (by id); indicators without one are returned unchanged.
 * @throws DataBuildError for an outcome whose id is no indicator
 */
export function withOutcomes(indicators: PlanIndicator[], outcomes: Record<string, IndicatorOutcome>): PlanIndicator[] {
  const ids = new Set(indicators.map((i) => i.id));
  const unknown = Object.keys(outcomes).filter((id) => !ids.has(id));
  if (unknown.length) throw new DataBuildError(`data/indicators/${OUTCOMES_FILE}: no indicator has the id ${unknown.join(', ')}`);
  return indicators.map((i) => (outcomes[i.id] ? { ...i, outcome: outcomes[i.id] } : i));
}
