/**
 * The type-check areas (issue 12): the workers and the domain code they run compile with the
 * WebWorker globals and without the DOM's, and the page without Node's own tsconfig; no worker
 * casts `self`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const config = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] }; include: string[] };

describe('tsconfig per area', () => {
  it('the worker area: WebWorker globals, no DOM, no Node types; the page: DOM, no Node types', () => {
    const worker = config('tsconfig.worker.json');
    expect(worker.compilerOptions.lib).toContain('WebWorker');
    expect(worker.compilerOptions.lib.some((l) => /^DOM/i.test(l))).toBe(false);
    expect(worker.compilerOptions.types).toEqual([]);
    expect(worker.include).toEqual(expect.arrayContaining(['src/workers', 'src/domain']));
    const app = config('tsconfig.app.json');
    expect(app.compilerOptions.lib).toContain('DOM');
    expect(app.compilerOptions.types).not.toContain('node');
  });

  it('the workers and the domain type-check in the worker area (tsc -p tsconfig.worker.json)', () => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.worker.json', '--noEmit'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('no worker casts self', () => {
    for (const f of readdirSync(join(ROOT, 'src', 'workers'))) expect(readFileSync(join(ROOT, 'src', 'workers', f), 'utf8'), f).not.toMatch(/self as unknown as/);
  });
});
