/**
 * Validates every `data/catalog/*.json` against the zod schema and checks each record's
 * quote occurs in the plan text after its anchor. Exit 1 with the record id on failure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogFile } from '../src/domain/catalogSchema';

const root = join(import.meta.dirname, '..');
const plan = readFileSync(join(root, 'data/plan/poverty-plan-2016-ch10-11.zh.txt'), 'utf8');
let bad = 0;
const ids = new Set<string>();
for (const f of readdirSync(join(root, 'data/catalog')).filter((n) => n.endsWith('.json'))) {
  const parsed = CatalogFile.safeParse(JSON.parse(readFileSync(join(root, 'data/catalog', f), 'utf8')));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${f}: ${issue.path.join('.')}: ${issue.message}`);
    bad++;
    continue;
  }
  for (const r of parsed.data.records) {
    if (ids.has(r.id)) { console.error(`${f}: ${r.id}: duplicate id`); bad++; }
    ids.add(r.id);
    const from = r.source.after ? plan.indexOf(r.source.after) : 0;
    if (from < 0) { console.error(`${f}: ${r.id}: anchor "${r.source.after}" not in plan`); bad++; continue; }
    if (plan.indexOf(r.source.quote, from) < 0) { console.error(`${f}: ${r.id}: quote "${r.source.quote}" not in plan after anchor`); bad++; }
  }
  console.log(`${f}: ${parsed.data.records.length} records`);
}
if (bad) { console.error(`${bad} problem(s)`); process.exit(1); }
