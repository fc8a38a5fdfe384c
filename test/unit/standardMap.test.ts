/**
 * The standard map of China in the generated county data (data/admin/standard-map.json):
 * 金门, 马祖, 东沙岛 and 太平岛 under their PRC provinces only, and 钓鱼岛, 黄尾屿, 赤尾屿 kept
 * in 台湾省 through simplification.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { islandLabels, islandPolygons, parseDegMin, taiwanDrop, type StandardMapRules } from '../../scripts/lib/standardMap';
import { DataBuildError } from '../../scripts/lib/errors';
import { atlas } from './generatedData';

const RULES = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/admin/standard-map.json'), 'utf8')) as StandardMapRules;
type Box = [number, number, number, number];

/** adcodes of the county units with a part whose bounding box meets `box`. */
function unitsMeeting(box: Box): string[] {
  const out = new Set<string>();
  for (const f of atlas().counties.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) {
      const xs = p[0].map((c) => c[0]);
      const ys = p[0].map((c) => c[1]);
      if (Math.min(...xs) <= box[2] && box[0] <= Math.max(...xs) && Math.min(...ys) <= box[3] && box[1] <= Math.max(...ys)) out.add(f.properties.adcode);
    }
  }
  return [...out].sort();
}

describe('standard-map rules', () => {
  it('reads degrees and minutes, and refuses anything else', () => {
    expect(parseDegMin('25°44.1′')).toBeCloseTo(25.735, 6);
    expect(parseDegMin('123°27.5′')).toBeCloseTo(123.458333, 5);
    expect(() => parseDegMin('25.735')).toThrow(DataBuildError);
    expect(() => parseDegMin('25°61.0′')).toThrow(/degrees and minutes/);
  });

  it('closes each island ring counter-clockwise and names a known source for every point', () => {
    for (const [ring] of islandPolygons(RULES)) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      let s = 0;
      for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
      expect(s).toBeGreaterThan(0);
    }
    const bad = { ...RULES, islands: [{ ...RULES.islands[0], ring: RULES.islands[0].ring.map((p) => [p[0], p[1], p[2], 'memory'] as typeof p) }] };
    expect(() => islandPolygons(bad)).toThrow(/islandSources lacks/);
  });

  it('drops a Taiwan part by file, or by township only inside its box', () => {
    const ring = (x: number, y: number): Position[] => [[x, y], [x + 0.01, y], [x, y + 0.01], [x, y]];
    expect(taiwanDrop(RULES, 'tai2_wan1_jin1_men2_xian4.geojson', '金城鎮', ring(118.3, 24.4))?.keptBy).toBe('350527');
    expect(taiwanDrop(RULES, 'tai2_wan1_gao1_xiong2.geojson', '旗津區', ring(116.72, 20.7))?.keptBy).toBe('442100');
    expect(taiwanDrop(RULES, 'tai2_wan1_gao1_xiong2.geojson', '旗津區', ring(120.27, 22.6))).toBeNull(); // 旗津 itself, in 高雄
  });

  it('labels 钓鱼岛 at the published position and 赤尾屿 at the centre of its base points', () => {
    const labels = islandLabels(RULES);
    const diaoyu = labels.find((l) => l.properties!.name_zh === '钓鱼岛')!;
    expect(diaoyu.geometry.coordinates[0]).toBeCloseTo(123 + 28.4 / 60, 6);
    expect(diaoyu.geometry.coordinates[1]).toBeCloseTo(25 + 44.6 / 60, 6);
    expect(labels.find((l) => l.properties!.name_zh === '赤尾屿')!.properties!.source).toBe('centre of the outline points');
  });
});

describe('generated county data', () => {
  const ISLANDS: [string, Box, string][] = [
    ['大金门', [118.3, 24.4, 118.45, 24.48], '350527'],
    ['南竿', [119.92, 26.14, 119.96, 26.17], '350122'],
    ['东引', [120.47, 26.36, 120.51, 26.38], '350122'],
    ['东沙岛', [116.69, 20.69, 116.74, 20.72], '442100'],
    ['太平岛', [114.36, 10.37, 114.375, 10.382], '460300'],
  ];
  it.each(ISLANDS)('draws %s under its PRC province only (one unit, no overlap with 台湾省)', (_name, box, keptBy) => {
    expect(unitsMeeting(box)).toEqual([keptBy]);
  });

  it('keeps 钓鱼岛, 黄尾屿 and 赤尾屿 in 台湾省, where their published points are', () => {
    const taiwan = atlas().countyByAdcode.get('710000')!;
    for (const label of islandLabels(RULES)) {
      expect(booleanPointInPolygon(label.geometry.coordinates, taiwan as never), String(label.properties!.name_zh)).toBe(true);
    }
    for (const [ring] of islandPolygons(RULES)) {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      expect(unitsMeeting([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)])).toEqual(['710000']);
    }
  });

  it('ships the island names as labels', () => {
    const names = atlas().labels.features.filter((f) => f.properties?.kind === 'island').map((f) => f.properties!.name_zh);
    expect(names).toEqual(['钓鱼岛', '黄尾屿', '赤尾屿']);
  });
});
