/**
 * `npx tsx scripts/validate-catalog.ts`: validates data/catalog and data/areas (zod schema,
 * unique ids, quotes found in the plan text) without the geometry build. Exit 1 on the first
 * bad record, naming it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAreas } from './lib/areas';
import { readCatalog } from './lib/catalog';
import { DATA_DIR } from './lib/inputs';

try {
  const plan = readFileSync(join(DATA_DIR, 'plan/poverty-plan-2016-ch10-11.zh.txt'), 'utf8');
  const records = readCatalog(join(DATA_DIR, 'catalog'), plan);
  const areas = readAreas(join(DATA_DIR, 'areas'), plan);
  const per: Record<string, number> = {};
  for (const r of records) per[r.record.layer] = (per[r.record.layer] ?? 0) + 1;
  console.log(`catalog: ${records.length} records ${JSON.stringify(per)}; areas: ${areas.length}; 0 problems`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
