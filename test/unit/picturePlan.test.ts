import { describe, expect, it } from 'vitest';
import { PICTURE_SIZES, fitZoom, headerHeight, legendLayout, picturePlan } from '../../src/map/exportPicture';

describe('picturePlan', () => {
  const screen = { width: 800, height: 600 };
  it('screen size: the screen map at the chosen ratio, header and footer added', () => {
    const p = picturePlan(screen, 2, 1, null);
    expect(p).toEqual({ pixelRatio: 2, mapWidth: 800, mapHeight: 600, width: 1600, height: (600 + headerHeight(1) + 26) * 2, header: headerHeight(1) });
  });
  it('1920×1080 at 1×: the map fills the frame below the header, drawn at ratio 1', () => {
    const p = picturePlan(screen, 1, 0, PICTURE_SIZES.hd);
    expect([p.width, p.height, p.pixelRatio, p.mapWidth, p.mapHeight]).toEqual([1920, 1080, 1, 1920, 1080 - 54 - 26]);
  });
  it('1920×1080 at 2×: half the CSS size at ratio 2, same picture size', () => {
    const p = picturePlan(screen, 2, 0, PICTURE_SIZES.hd);
    expect([p.width, p.height, p.pixelRatio, p.mapWidth, p.mapHeight]).toEqual([1920, 1080, 2, 960, 540 - 80]);
  });
  it('A4 at 300 dpi is 3508×2480 and laid out like a 1920 px picture', () => {
    const p = picturePlan(screen, 1, 2, PICTURE_SIZES.a4);
    expect([p.width, p.height]).toEqual([3508, 2480]);
    expect(p.pixelRatio).toBeCloseTo(3508 / 1920, 6);
    expect(p.mapWidth).toBe(1920);
    expect(p.mapHeight).toBe(Math.round(2480 / p.pixelRatio - headerHeight(2) - 26));
  });
  it('refuses a frame with no room for the map', () => {
    expect(() => picturePlan(screen, 2, 30, { width: 400, height: 300 })).toThrow(RangeError);
  });
});

describe('fitZoom', () => {
  it('keeps the zoom for the same size, zooms out one level for half the size, keeps the whole view', () => {
    expect(fitZoom(5, { width: 800, height: 600 }, { width: 800, height: 600 })).toBe(5);
    expect(fitZoom(5, { width: 800, height: 600 }, { width: 400, height: 300 })).toBe(4);
    // wider but not taller frame: the height limits, the screen's view stays whole
    expect(fitZoom(5, { width: 800, height: 600 }, { width: 1600, height: 600 })).toBe(5);
  });
});

describe('legendLayout (the PNG legend box)', () => {
  const measure = (s: string) => 6.5 * s.length; // about 12 px Latin text
  const rows = [
    { label: 'Revolutionary old areas (9)', indent: 0 },
    { label: 'Zuojiang-Youjiang revolutionary old area', indent: 14 },
    { label: 'Former Central Soviet Area of Jiangxi, Fujian and Guangdong', indent: 14 },
  ];
  const end = (r: { indent: number }, label: string) => 32 + r.indent + measure(label);
  it('fits every row inside the box and the box inside the picture (English rows ran off a 690 px picture)', () => {
    for (const w of [690, 1000, 1920]) {
      const l = legendLayout(rows, measure, w);
      expect(l.width + 24).toBeLessThanOrEqual(w);
      l.labels.forEach((label, i) => expect(end(rows[i], label), `${w}: ${label}`).toBeLessThanOrEqual(l.width));
    }
  });
  it('widens the box for a long row rather than cutting it while the picture has room', () => {
    const l = legendLayout(rows, measure, 1920);
    expect(l.labels).toEqual(rows.map((r) => r.label));
    const narrow = legendLayout(rows, measure, 690);
    expect(narrow.labels[2]).toMatch(/^Former Central Soviet Area of .*…$/);
  });
  it('keeps short (Chinese) rows as before: 40 px plus the longest row, at least 100', () => {
    const zh = [{ label: '革命老区 (9)', indent: 0 }, { label: '大别山革命老区', indent: 14 }];
    const m = (s: string) => 12 * s.length;
    expect(legendLayout(zh, m, 1000)).toEqual({ width: 40 + 14 + 12 * 7, labels: zh.map((r) => r.label) });
  });
});
