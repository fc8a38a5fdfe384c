/**
 * The plan's quantitative targets and aggregate counts (data/indicators/*.json), validated with
 * zod and located in the plan text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorFile } from '../../src/domain/indicatorSchema';
import { locate } from '../../src/domain/planText';
import type { PlanIndicator } from '../../src/domain/types';
import { DataBuildError } from './counties';

/**
 * @returns every indicator with its citation, in file order
 * @throws DataBuildError naming the file and indicator id on a schema error, a duplicate id or a
 *   quote missing from the plan
 */
export function readIndicators(dir: string, planText: string): PlanIndicator[] {
  if (!existsSync(dir)) return [];
  const out: PlanIndicator[] = [];
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let raw: { indicators?: { id?: string }[] };
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as typeof raw;
    } catch (e) {
      throw new DataBuildError(`data/indicators/${file}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = IndicatorFile.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      const id = i.path[0] === 'indicators' && typeof i.path[1] === 'number' ? raw.indicators?.[i.path[1]]?.id : undefined;
      throw new DataBuildError(`data/indicators/${file}${id ? ` (${id})` : ''}: ${i.path.join('.')}: ${i.message}`);
    }
    for (const { source, ...ind } of parsed.data.indicators) {
      const where = `data/indicators/${file} (${ind.id})`;
      if (ids.has(ind.id)) throw new DataBuildError(`${where}: duplicate id`);
      ids.add(ind.id);
      try {
        out.push({ ...ind, citation: locate(planText, source) });
      } catch (e) {
        throw new DataBuildError(`${where}: ${(e as Error).message}`);
      }
    }
  }
  return out;
}
