/**
 * 南海断续线 (data/admin/nanhai-dashes.json → world.json `nanhai`) and the 南海诸岛 inset
 * (src/map/nanhaiInset.ts): each dash against its source's drawing (data/admin/nanhai-datav-jd.json)
 * within the stated accuracy, the features in the generated data, and when the inset shows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { nanhaiFeatures, type NanhaiDashes } from '../../scripts/lib/nanhai';
import { DataBuildError } from '../../scripts/lib/errors';
import { dashBounds, INSET_BOX, insetDrawing, insetMapHeight, insetProject, insetWanted } from '../../src/map/nanhaiInset';
import { atlas } from './generatedData';

const read = <T>(p: string): T => JSON.parse(readFileSync(join(import.meta.dirname, '../../data/admin', p), 'utf8')) as T;
const RULES = read<NanhaiDashes>('nanhai-dashes.json');
const SOURCE = read<Feature<MultiPolygon>>('nanhai-datav-jd.json');
const dist = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The source polygon drawing dash `line` (the one holding its first point). */
function sourceOf(line: Position[]): Position[][] {
  const p = SOURCE.geometry.coordinates.find((poly) => booleanPointInPolygon(line[0], { type: 'Polygon', coordinates: poly }));
  if (!p) throw new Error(`no source polygon holds ${line[0].join(',')}`);
  return p;
}

describe('南海断续线 against its source', () => {
  it('has ten dashes, numbered 1–10 from off central Vietnam to east of 台湾岛, each from a named source', () => {
    expect(RULES.dashes.map((d) => d.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const d of RULES.dashes) expect(RULES.sources[d.source], `dash ${d.n}`).toMatch(/https:\/\//);
    // the tenth dash (2013 standard map) lies east of Taiwan, 122.5–122.8°E 23.5–24.6°N
    const tenth = RULES.dashes[9].line;
    expect(Math.min(...tenth.map((p) => p[0]))).toBeGreaterThan(122.4);
    expect(Math.max(...tenth.map((p) => p[1]))).toBeCloseTo(24.576, 2);
    // the southernmost dash passes south of 曾母暗沙 (112.28°E, 3.97°N)
    expect(Math.min(...RULES.dashes.flatMap((d) => d.line.map((p) => p[1])))).toBeLessThan(3.97);
  });

  it.each(RULES.dashes.map((d) => [d.n, d] as const))('dash %i lies inside its source drawing, end points at the centres of its round ends (within 0.0005°)', (_n, d) => {
    const poly = sourceOf(d.line);
    expect(SOURCE.geometry.coordinates.filter((q) => d.line.every((p) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: q }))).length).toBe(1);
    for (const p of d.line) expect(booleanPointInPolygon(p, { type: 'Polygon', coordinates: poly }), p.join(',')).toBe(true);
    // a round end: ≥ 8 vertices of the source ring 0.01° (its buffer radius) from the end point
    for (const end of [d.line[0], d.line[d.line.length - 1]]) {
      const onCap = poly[0].slice(0, -1).filter((v) => Math.abs(dist(v, end) - 0.01) < 0.0005);
      expect(onCap.length, end.join(',')).toBeGreaterThanOrEqual(8);
    }
  });

  it('agrees with Natural Earth’s independent drawing of the nine dashes within 23 km at their middles', () => {
    const checked = RULES.dashes.filter((d) => d.check?.midpointKm !== undefined);
    expect(checked.map((d) => d.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const d of checked) expect(d.check!.midpointKm!, `dash ${d.n}`).toBeLessThan(23);
  });

  it('refuses a dash with one point, a point off the South China Sea, an unknown source, a gap in the numbering', () => {
    const one = (change: Partial<NanhaiDashes['dashes'][0]>, i = 0) => ({ ...RULES, dashes: RULES.dashes.map((d, k) => (k === i ? { ...d, ...change } : d)) });
    expect(() => nanhaiFeatures(one({ line: [[109.3, 16.2]] }))).toThrow(/needs ≥ 2 points/);
    expect(() => nanhaiFeatures(one({ line: [[16.2, 109.3], [15.1, 109.8]] }))).toThrow(DataBuildError);
    expect(() => nanhaiFeatures(one({ source: 'memory' }))).toThrow(/sources lacks/);
    expect(() => nanhaiFeatures(one({ n: 3 }, 1))).toThrow(/numbered 3/);
  });
});

describe('generated data', () => {
  it('ships the dashes as line features named 南海断续线, as authored, each with its source', () => {
    const fc = atlas().world.nanhai!;
    expect(fc.features).toHaveLength(10);
    fc.features.forEach((f, i) => {
      expect(f.properties).toMatchObject({ name_zh: '南海断续线', n: i + 1 });
      expect(f.properties!.source).toContain('DataV');
      expect(f.geometry.coordinates).toEqual(RULES.dashes[i].line);
    });
    expect(dashBounds(atlas())).toEqual([108.2068, 3.4071, 122.7889, 24.5761]);
  });

  it('draws foreign land south to 3°N (Borneo under the southern dashes)', () => {
    const south = Math.min(...atlas().world.polygons.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : [])).map((p) => p[1]));
    expect(south).toBeLessThan(3);
  });
});

describe('南海诸岛 inset', () => {
  it('projects its box corners to its own frame, 132 × 168 px (Mercator)', () => {
    expect(insetProject([INSET_BOX[0], INSET_BOX[3]])).toEqual([0, 0]);
    expect(insetProject([INSET_BOX[2], INSET_BOX[1]])[0]).toBeCloseTo(132, 6);
    expect(insetMapHeight()).toBeCloseTo(168.3, 1);
  });

  it('draws the dashes, the islands of 三沙 and 东沙, and a scale bar measured at its middle latitude', () => {
    const d = insetDrawing(atlas());
    expect(d.dashes.match(/M/g)).toHaveLength(9); // the tenth dash, east of Taiwan, lies outside the box
    expect(d.islands.length).toBeGreaterThanOrEqual(5);
    expect(d.china.length).toBeGreaterThan(1000);
    expect(d.foreign.length).toBeGreaterThan(1000);
    // 13,552 m per px at 12.8°N: 40 px ≈ 542 km → a 500 km bar of 36.9 px
    expect(d.scale.label).toBe('500 km');
    expect(d.scale.px).toBeCloseTo(36.9, 1);
  });

  it('shows on screen below zoom 5 (national scale), and in every picture', () => {
    const dash = dashBounds(atlas());
    expect(insetWanted(3.5, dash)).toBe(true);
    expect(insetWanted(4.99, dash)).toBe(true);
    expect(insetWanted(5, dash)).toBe(false);
    expect(insetWanted(7, dash, true)).toBe(true);
    expect(insetWanted(3, null, true)).toBe(false);
  });
});
