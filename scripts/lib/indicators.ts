/**
 * The plan's quantitative targets and aggregate counts (data/indicators/*.json), validated with
 * zod and located in the plan text.
 */
import { IndicatorFile } from '../../src/domain/indicatorSchema';
import type { PlanIndicator } from '../../src/domain/types';
import { citeAt, readAuthored } from './authored';

/**
 * @returns every indicator with its citation, in file order
 * @throws DataBuildError naming the file and indicator id on a schema error, a duplicate id or a
 *   quote missing from the plan
 */
export function readIndicators(dir: string, planText: string): PlanIndicator[] {
  return readAuthored(dir, 'indicators', 'indicators', IndicatorFile, (id) => `(${id})`).map(({ item: { source, ...ind }, where }) => ({
    ...ind,
    citation: citeAt(where, planText, source),
  }));
}
