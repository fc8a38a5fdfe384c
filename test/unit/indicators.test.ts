import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOutcomes, withOutcomes } from '../../scripts/lib/indicators';
import { describe, expect, it } from 'vitest';
import { atlas, PLAN_TEXT } from './generatedData';

const d = atlas();

describe('indicators: the quantitative targets of 第四节 and 专栏18, and 专栏17 aggregates', () => {
  it('covers every number written in 第四节 (years, the 4G name and column numbers aside)', () => {
    const start = PLAN_TEXT.indexOf('第四节加快改善贫困村生产生活条件');
    const end = PLAN_TEXT.indexOf('第十一章');
    expect(start).toBeGreaterThan(0);
    const section = PLAN_TEXT.slice(start, end);
    const quoted = d.indicators.filter((i) => i.citation.start >= start && i.citation.end <= end).map((i) => [i.citation.start - start, i.citation.end - start]);
    const missing: string[] = [];
    for (const m of section.matchAll(/\d+(\.\d+)?/g)) {
      const at = m.index!;
      if (m[0] === '2020' || m[0] === '4' || m[0] === '18') continue;
      if (!quoted.some(([s, e]) => at >= s && at < e)) missing.push(`${m[0]} in …${section.slice(Math.max(0, at - 10), at + 12)}…`);
    }
    expect(missing).toEqual([]);
  });

  it('has the key targets with value, unit and year', () => {
    const find = (q: string) => d.indicators.find((i) => i.citation.quote.includes(q));
    expect(find('集中供水率')).toMatchObject({ value: 83, unit: '%', targetYear: 2020 });
    expect(find('通行政村硬化路')).toMatchObject({ value: 23, unit: '万公里', normalized: { value: 230000, unit: 'km' } });
    expect(find('供电可靠率')).toMatchObject({ value: 99.8, unit: '%' });
    expect(find('户均配变容量')).toMatchObject({ value: 2, relation: '≥' });
  });

  it('lists the aggregates with no single place: 165 national roads, 117 irrigation districts, 244 rivers', () => {
    const agg = d.indicators.filter((i) => i.kind === 'aggregate').map((i) => i.value).sort((a, b) => a - b);
    expect(agg).toEqual([117, 165, 244]);
  });
});

describe('indicator outcomes (data/indicators/outcomes.json)', () => {
  it('ship on the generated indicators: the broadband share has its reported 100% of 2021 with a page source', () => {
    const share = d.indicators.find((i) => i.id === 'broadband-coverage-share');
    expect(share).toMatchObject({ value: 90, outcome: { value: 100, unit: '%', year: 2021, source: { kind: 'page' } } });
    // no outcome was found for the water-supply targets: they carry none
    expect(d.indicators.find((i) => i.id === 'water-centralized-supply-rate')?.outcome).toBeUndefined();
  });

  it('withOutcomes merges by id and rejects an outcome for an id that is no indicator', () => {
    const base = d.indicators.slice(0, 2).map(({ outcome: _, ...i }) => i);
    const o = { value: 5, unit: '万公里', year: 2020, source: { kind: 'recollection' as const } };
    const merged = withOutcomes(base, { [base[1].id]: o });
    expect(merged[0].outcome).toBeUndefined();
    expect(merged[1].outcome).toEqual(o);
    expect(() => withOutcomes(base, { 'no-such-indicator': o })).toThrow(/outcomes\.json: no indicator has the id no-such-indicator/);
  });

  it('readOutcomes names the file and indicator for a bad outcome', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcomes-'));
    try {
      writeFileSync(join(dir, 'outcomes.json'), JSON.stringify({ outcomes: { 'water-tap-rate': { value: 80, unit: '%', year: 2031, source: { kind: 'recollection' } } } }));
      expect(() => readOutcomes(dir)).toThrow(/outcomes\.json \(water-tap-rate\): outcomes\.water-tap-rate\.year/);
      writeFileSync(join(dir, 'outcomes.json'), JSON.stringify({ outcomes: { 'water-tap-rate': { value: 80, unit: '%', year: 2020 } } }));
      expect(() => readOutcomes(dir)).toThrow(/\(water-tap-rate\): outcomes\.water-tap-rate\.source/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
