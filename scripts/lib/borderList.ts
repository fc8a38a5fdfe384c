/**
 * The shipped border-county list: the geometric derivation (deriveBorderCounties) corrected by the
 * authored decisions of data/admin/border-counties.json, checked against the official count per
 * province (140 in all). Every member carries how it was decided.
 */
import { z } from 'zod';
import type { Bilingual } from '../../src/domain/model';
import { DataBuildError } from './counties';

const Decision = z.object({
  adcode: z.string().regex(/^\d{6}$/),
  name: z.string().min(1),
  decision: z.enum(['add', 'remove', 'keep-out']),
  why: z.object({ zh: z.string().min(4), en: z.string().min(4) }),
  source: z.string().min(10),
  recollection: z.boolean().optional(),
});
export const BorderRules = z.object({
  about: z.string(),
  total: z.number().int().positive(),
  provinces: z.record(z.string().regex(/^\d{2}$/), z.object({ name: z.string(), count: z.number().int().nonnegative(), source: z.string().min(5) })),
  decisions: z.array(Decision),
});
export type BorderRules = z.infer<typeof BorderRules>;

/** adcode → how that county came to be on the list (zh/en) */
export type BorderBasis = Map<string, Bilingual>;

/**
 * @param derived adcode → km of land border from deriveBorderCounties
 * @param rulesJson the parsed data/admin/border-counties.json
 * @param names adcode → county name of the map, to check each decision names the right county
 * @returns the members with their basis, sorted by adcode
 * @throws DataBuildError on a schema error, a decision naming a county the map calls otherwise,
 *   an `add` already derived or a `remove` not derived (stale rule), or a province count that
 *   differs from the official one
 */
export function borderList(derived: Map<string, number>, rulesJson: unknown, names: Map<string, string>): BorderBasis {
  const parsed = BorderRules.safeParse(rulesJson);
  if (!parsed.success) throw new DataBuildError(`data/admin/border-counties.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const rules = parsed.data;
  const out: BorderBasis = new Map();
  for (const [code, km] of derived) {
    out.set(code, { zh: `几何推导：沿陆地边界${km}公里`, en: `derived geometrically: ${km} km along the land border` });
  }
  for (const d of rules.decisions) {
    const where = `data/admin/border-counties.json ${d.adcode} ${d.name}`;
    if (names.get(d.adcode) !== d.name) throw new DataBuildError(`${where}: the map calls ${d.adcode} "${names.get(d.adcode) ?? 'nothing'}"`);
    const mark = d.recollection ? { zh: '（据记忆，待核）', en: ' (from recollection, to be checked)' } : { zh: '', en: '' };
    if (d.decision === 'add') {
      if (derived.has(d.adcode)) throw new DataBuildError(`${where}: "add" but the derivation already has it`);
      out.set(d.adcode, { zh: `人工列入：${d.why.zh}${mark.zh}`, en: `added by hand: ${d.why.en}${mark.en}` });
    } else if (d.decision === 'remove') {
      if (!derived.has(d.adcode)) throw new DataBuildError(`${where}: "remove" but the derivation does not have it`);
      out.delete(d.adcode);
    } else if (derived.has(d.adcode)) {
      throw new DataBuildError(`${where}: "keep-out" but the derivation has it`);
    }
  }
  const per = new Map<string, number>();
  for (const code of out.keys()) per.set(code.slice(0, 2), (per.get(code.slice(0, 2)) ?? 0) + 1);
  const wrong = [...new Set([...per.keys(), ...Object.keys(rules.provinces)])]
    .filter((p) => (per.get(p) ?? 0) !== (rules.provinces[p]?.count ?? 0))
    .map((p) => `${rules.provinces[p]?.name ?? p}: ${per.get(p) ?? 0} (official ${rules.provinces[p]?.count ?? 0})`);
  if (wrong.length) throw new DataBuildError(`border counties per province differ from data/admin/border-counties.json: ${wrong.join('; ')}`);
  if (out.size !== rules.total) throw new DataBuildError(`border counties: ${out.size}, official ${rules.total}`);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
