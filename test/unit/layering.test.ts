/**
 * The layering of src/ (see .dependency-cruiser.cjs): domain at the bottom, map, state and
 * workers on domain only, ui on top, no cycles. The rules run over src/ and must find nothing;
 * each rule must also fire on a small tree made to break it, so a rule that matches no path can
 * never pass silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const config = createRequire(import.meta.url)(join(repo, '.dependency-cruiser.cjs')) as IConfiguration;

/** Cruise `src` under `baseDir` with the project's rules; the result as data. */
async function cruiseSrc(baseDir: string): Promise<ICruiseResult> {
  const { output } = await cruise(['src'], { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, expected its result object');
  return output;
}

const violations = (r: ICruiseResult) => r.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('layering of src/', () => {
  it('src/ breaks no layering rule and has no import cycle', async () => {
    const r = await cruiseSrc(repo);
    // The cruise really read the TypeScript: it found the modules and resolved their imports
    // (an unresolved import would match no rule and pass silently).
    expect(r.modules.length).toBeGreaterThan(150);
    const unresolved = r.modules.flatMap((m) => m.dependencies.filter((d) => d.couldNotResolve && d.module.startsWith('.')).map((d) => `${m.source} → ${d.module}`));
    expect(unresolved).toEqual([]);
    const controller = r.modules.find((m) => m.source === 'src/map/MapController.ts');
    expect(controller?.dependencies.map((d) => d.resolved)).toContain('src/domain/model.ts'); // a type-only import
    expect(violations(r)).toEqual([]);
  });

  describe('each rule fires on a tree made to break it', () => {
    const parent = join(here, 'fixtures/layering');
    mkdirSync(parent, { recursive: true });
    const root = mkdtempSync(join(parent, 'run-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const files: Record<string, string> = {
      'src/domain/model.ts': 'export type Id = string;\n',
      // type-only, as most real leaks are
      'src/domain/leak.ts': "import type { View } from '../map/view';\nexport type Leak = View;\n",
      'src/domain/cycleA.ts': "import { b } from './cycleB';\nexport const a = (): number => b() + 1;\n",
      'src/domain/cycleB.ts': "import { a } from './cycleA';\nexport const b = (): number => (a.length ? 1 : 0);\n",
      'src/map/view.ts': "import type { Id } from '../domain/model';\nimport { flag } from '../state/flags';\nexport interface View { id: Id; on: typeof flag }\n",
      'src/state/flags.ts': "import type { Id } from '../domain/model';\nimport { label } from '../ui/labels';\nexport const flag: Id = label;\n",
      'src/ui/labels.ts': "export const label = 'x';\n",
      // ui may import every layer
      'src/ui/panel.ts': "import type { Id } from '../domain/model';\nimport type { View } from '../map/view';\nimport { flag } from '../state/flags';\nimport { job } from '../workers/job';\nexport const panel = (v: View, id: Id): string => flag + job + v.id + id;\n",
      'src/workers/job.ts': "import type { Id } from '../domain/model';\nimport { label } from '../ui/labels';\nexport const job: Id = label;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }

    it(`finds exactly the planted breaks (${relative(repo, parent)}/run-*)`, async () => {
      const r = await cruiseSrc(root);
      expect(r.modules.filter((m) => m.source.startsWith('src/')).length).toBe(Object.keys(files).length);
      expect(violations(r)).toEqual([
        'domain-imports-only-domain: src/domain/leak.ts → src/map/view.ts',
        'map-imports-only-domain: src/map/view.ts → src/state/flags.ts',
        'no-circular: src/domain/cycleA.ts → src/domain/cycleB.ts', // a cycle is told once
        'state-imports-only-domain: src/state/flags.ts → src/ui/labels.ts',
        'workers-import-only-domain: src/workers/job.ts → src/ui/labels.ts',
      ]);
    });

    it('every rule of the configuration is among those that fired', async () => {
      const fired = new Set((await cruiseSrc(root)).summary.violations.map((v) => v.rule.name));
      expect((config.forbidden ?? []).map((rule) => rule.name).filter((n) => !fired.has(n ?? ''))).toEqual([]);
    });
  });
});
