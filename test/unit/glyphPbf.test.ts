/**
 * The glyph-PBF renderer of scripts/lib/glyphPbf.ts on shapes whose field is known by hand: a
 * square's distances, a hole (non-zero winding), curves flattened within a tenth of a pixel,
 * the metrics MapLibre reads (24 px em, 3 px buffer) and the protobuf round trip.
 */
import { describe, expect, it } from 'vitest';
import { decodeGlyphRange, encodeGlyphRange, outlineSegments, renderGlyph, type PathCommand } from '../../scripts/lib/glyphPbf';

/** A closed rectangle path in font units. */
const rect = (x0: number, y0: number, x1: number, y1: number, clockwise = false): PathCommand[] => {
  const pts = clockwise ? [[x0, y0], [x0, y1], [x1, y1], [x1, y0]] : [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  return [{ command: 'moveTo', args: pts[0] }, ...pts.slice(1).map((p) => ({ command: 'lineTo' as const, args: p })), { command: 'closePath', args: [] }];
};

describe('renderGlyph', () => {
  // units per em 24: one font unit is one pixel
  const sq = renderGlyph(65, rect(2, 0, 12, 10), 14, 24);

  it('gives the box, the advance and `top` from the em top (28 px above the baseline, as MapLibre’s local glyphs)', () => {
    expect(sq).toMatchObject({ id: 65, width: 10, height: 10, left: 2, top: 10 - 28, advance: 14 });
    expect(sq.bitmap).toHaveLength(16 * 16);
  });

  it('encodes the distance to the outline: 191 on it, 255 − 32 per pixel outward, more inward', () => {
    const at = (col: number, row: number) => sq.bitmap![row * 16 + col];
    // column c has its centre at x = left − 3 + c + 0.5 (the left edge is x = 2); row 8 at y = 4.5
    expect(at(2, 8)).toBe(255 - (0.5 * 32 + 64)); // 0.5 px outside: 175
    expect(at(3, 8)).toBe(255 - (-0.5 * 32 + 64)); // 0.5 px inside: 207
    expect(at(0, 8)).toBe(255 - (2.5 * 32 + 64)); // 2.5 px outside: 111
    expect(at(7, 8)).toBe(255); // 4.5 px inside: clamped
  });

  it('leaves a hole open (winding of a reversed inner ring is 0) and draws nothing for an empty outline', () => {
    const ring = renderGlyph(79, [...rect(0, 0, 12, 12), ...rect(4, 4, 8, 8, true)], 14, 24);
    const w = ring.width + 6;
    expect(ring.bitmap![(3 + 6) * w + 3 + 6]).toBeLessThan(191); // centre of the hole: outside
    expect(ring.bitmap![(3 + 1) * w + 3 + 1]).toBeGreaterThan(191); // in the ring
    expect(renderGlyph(32, [], 6.4, 24)).toEqual({ id: 32, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 6 });
  });

  it('splits the advance’s rounding remainder on both sides of the ink', () => {
    // advance 13.4 → 13: the outline moves left by 0.2 px
    const segs = outlineSegments(rect(0, 0, 10, 10), 1, (13 - 13.4) / 2);
    expect(Math.min(...segs.flatMap((s) => [s[0], s[2]]))).toBeCloseTo(-0.2, 9);
  });

  it('flattens a quadratic curve within 0.1 px of the true curve', () => {
    const segs = outlineSegments([{ command: 'moveTo', args: [0, 0] }, { command: 'quadraticCurveTo', args: [10, 20, 20, 0] }, { command: 'closePath', args: [] }], 1);
    // the curve's apex (t = 0.5) is at y = 10; the flattened path reaches it
    expect(Math.max(...segs.flatMap((s) => [s[1], s[3]]))).toBeCloseTo(10, 1);
    expect(segs.length).toBeGreaterThan(8);
  });
});

describe('glyph PBF', () => {
  it('round-trips a range as MapLibre reads it (fontstack name and range, glyph fields)', () => {
    const glyphs = [renderGlyph(65, rect(2, 0, 12, 10), 14, 24), renderGlyph(32, [], 6, 24)];
    const [stack, ...rest] = decodeGlyphRange(encodeGlyphRange('Noto Sans Regular', 0, glyphs));
    expect(rest).toEqual([]);
    expect(stack.name).toBe('Noto Sans Regular');
    expect(stack.range).toBe('0-255');
    expect(stack.glyphs.map((g) => ({ ...g, bitmap: g.bitmap && [...g.bitmap] }))).toEqual(glyphs.map((g) => ({ ...g, bitmap: g.bitmap && [...g.bitmap] })));
  });
});
