import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** Run the data build on a copy of data/ changed by `mutate`, into an output folder holding a sentinel. */
function buildWith(mutate: (dataDir: string) => void) {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const dataDir = join(tmp, 'data');
  const outDir = join(tmp, 'generated');
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'sentinel.txt'), 'previous good build');
  mutate(dataDir);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-data.ts')], {
    cwd: ROOT,
    env: { ...process.env, PLAN_ATLAS_DATA_DIR: dataDir, PLAN_ATLAS_OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ...r, outDir };
}

function editRecord(dataDir: string, file: string, id: string, edit: (r: Record<string, unknown>) => void) {
  const p = join(dataDir, 'catalog', file);
  const j = JSON.parse(readFileSync(p, 'utf8')) as { records: Record<string, unknown>[] };
  const r = j.records.find((x) => x.id === id);
  if (!r) throw new Error(`fixture: no record ${id}`);
  edit(r);
  writeFileSync(p, JSON.stringify(j));
}

describe('the data build fails loudly and writes nothing half-built', () => {
  it('stops on a record whose coordinates are swapped, naming the record, and leaves the output untouched', () => {
    const r = buildWith((d) =>
      editRecord(d, 'transport.json', 'air-wushan', (rec) => {
        const g = rec.geometry as { at: { lonlat: number[] } };
        g.at.lonlat = [g.at.lonlat[1], g.at.lonlat[0]];
      }),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('record air-wushan');
    expect(readFileSync(join(r.outDir, 'sentinel.txt'), 'utf8')).toBe('previous good build');
    expect(existsSync(`${r.outDir}.tmp`)).toBe(false);
  });

  it('stops on a quote that is not in the plan text', () => {
    const r = buildWith((d) => editRecord(d, 'transport.json', 'air-wushan', (rec) => ((rec.source as { quote: string }).quote = '不存在的机场')));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/record air-wushan: quote "不存在的机场" does not occur/);
  });

  it('stops on an area member that is not on the county map', () => {
    const r = buildWith((d) => {
      const p = join(d, 'areas', 'old-areas.json');
      const j = JSON.parse(readFileSync(p, 'utf8'));
      j.areas[0].members.push({ adcode: '999999', name: '虚构县' });
      writeFileSync(p, JSON.stringify(j));
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/old-areas\.json \(old-ganminyue\) member 999999 虚构县: not on the county map/);
    expect(readFileSync(join(r.outDir, 'sentinel.txt'), 'utf8')).toBe('previous good build');
  });
});
