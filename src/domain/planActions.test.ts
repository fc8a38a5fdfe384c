import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_ACTIONS_EN, planActionIn } from './planActions';

describe('plan actions in English', () => {
  it('has an English verb for every action the catalog uses, and keeps the Chinese in zh', () => {
    const dir = join(import.meta.dirname, '../../data/catalog');
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      for (const r of (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { records: { action: string }[] }).records) used.add(r.action);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const a of used) expect(PLAN_ACTIONS_EN[a], a).toMatch(/^[A-Z][a-z]/);
    expect(planActionIn('加快建设', 'en')).toBe('Accelerate construction');
    expect(planActionIn('加快建设', 'zh')).toBe('加快建设');
  });
});
