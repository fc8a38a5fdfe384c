/**
 * The labels' glyphs are shipped (issue 16 item 7): every symbol layer names the one fontstack,
 * the style's `glyphs` URL resolves under public/ to committed PBFs, and every non-CJK code point
 * of every label the atlas can draw, in either language, is in one of those files — so MapLibre
 * draws Latin from proper SDF glyphs and never falls back to (or 404s on) a missing range, while
 * CJK stays local (the ranges MapLibre draws with `localIdeographFontFamily`, none fetched).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { atlas } from '../../test/unit/generatedData';
import { decodeGlyphRange } from '../../scripts/lib/glyphPbf';
import { GLYPHS_PATH, LABEL_FONT, basemapStyle } from './basemapStyle';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');
const data = atlas();
const styles = { zh: basemapStyle(data, 'zh'), en: basemapStyle(data, 'en') };

/**
 * Whether MapLibre draws code point `c` locally rather than fetching it (given
 * `localIdeographFontFamily`): the CJK blocks of `codePointUsesLocalIdeographFontFamily`
 * (maplibre-gl 5.24 src/util/unicode_properties.g.ts) that Chinese text uses — CJK radicals and
 * punctuation, kana, ideographs (extension A, unified, compatibility) and full-width forms.
 */
const drawnLocally = (c: number) =>
  (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0x31a0 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0xa48c) || (c >= 0xf900 && c <= 0xfad9) || (c >= 0xff00 && c <= 0xffef);

/** The property names a text-field expression reads with ["get", name]. */
function getFields(expr: unknown): string[] {
  if (!Array.isArray(expr)) return [];
  if (expr[0] === 'get' && typeof expr[1] === 'string') return [expr[1]];
  return expr.flatMap(getFields);
}

/** Every text a symbol layer of `style` can show: the fields its text-field reads, of every feature of its source; the project labels' `name` is a project's name in either language (src/map/projectLabels.ts). */
function labelTexts(style: StyleSpecification): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const projectNames = data.catalog.features.flatMap((f) => [f.properties.name_zh, f.properties.name_en]);
  for (const l of style.layers) {
    if (l.type !== 'symbol') continue;
    const fields = getFields(l.layout?.['text-field']);
    const src = style.sources[l.source] as { data: GeoJSON.FeatureCollection };
    const texts = l.source === 'project-labels' ? projectNames : src.data.features.flatMap((f) => fields.map((k) => f.properties?.[k] as unknown).filter((v): v is string => typeof v === 'string'));
    out.set(l.id, texts.concat(['\n']));
  }
  return out;
}

const glyphFile = (stack: string, start: number) => join(PUBLIC, GLYPHS_PATH.replace('{fontstack}', stack).replace('{range}', `${start}-${start + 255}`));

describe('label glyphs', () => {
  it('every symbol layer draws with the shipped fontstack, and the glyph URL is the shipped template', () => {
    for (const s of Object.values(styles)) {
      expect(s.glyphs).toBe('fonts/{fontstack}/{range}.pbf');
      const symbols = s.layers.filter((l) => l.type === 'symbol');
      expect(symbols.length).toBe(7);
      for (const l of symbols) expect(l.layout?.['text-font'], l.id).toEqual([LABEL_FONT]);
    }
    expect(basemapStyle(data, 'en', [], 'http://127.0.0.1:4173/atlas/').glyphs).toBe('http://127.0.0.1:4173/atlas/fonts/{fontstack}/{range}.pbf');
    expect(readdirSync(join(PUBLIC, 'fonts'))).toEqual(expect.arrayContaining([LABEL_FONT, 'OFL.txt', 'README.md']));
  });

  it('has a glyph for every non-CJK code point of every label, in both languages, in a shipped range; CJK is never fetched', () => {
    const need = new Map<number, Set<number>>(); // range start → code points
    const local = new Set<number>();
    for (const s of Object.values(styles)) {
      for (const texts of labelTexts(s).values()) {
        for (const t of texts) {
          for (const ch of t) {
            const c = ch.codePointAt(0)!;
            if (drawnLocally(c)) local.add(c);
            else {
              const start = Math.floor(c / 256) * 256;
              if (!need.has(start)) need.set(start, new Set());
              need.get(start)!.add(c);
            }
          }
        }
      }
    }
    // English names (Latin, dashes of the projects' names) and Chinese ones (thousands of ideographs)
    expect([...need.keys()].sort((a, b) => a - b)).toEqual(expect.arrayContaining([0, 8192]));
    expect(local.size).toBeGreaterThan(1000);
    const missing: string[] = [];
    for (const [start, cps] of need) {
      const file = glyphFile(LABEL_FONT, start);
      if (!existsSync(file)) {
        missing.push(`${start}-${start + 255}.pbf`);
        continue;
      }
      const [stack, ...more] = decodeGlyphRange(readFileSync(file));
      expect(more).toEqual([]);
      expect(stack.range).toBe(`${start}-${start + 255}`);
      const byId = new Map(stack.glyphs.map((g) => [g.id, g]));
      for (const c of cps) {
        if (c === 10) continue; // the line break is layout, not a glyph
        const g = byId.get(c);
        if (!g) missing.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(c)}`);
        else expect(g.advance, String.fromCodePoint(c)).toBeGreaterThan(0);
      }
    }
    expect(missing).toEqual([]);
  });

  it('ships proper SDF glyphs: the letters of "Chengdu" with bitmaps of their size, on the 24 px em', () => {
    const [stack] = decodeGlyphRange(readFileSync(glyphFile(LABEL_FONT, 0)));
    expect(stack.name).toBe(LABEL_FONT);
    const g = (ch: string) => stack.glyphs.find((x) => x.id === ch.codePointAt(0))!;
    for (const ch of 'Chengdu') {
      const x = g(ch);
      expect(x.bitmap?.length, ch).toBe((x.width + 6) * (x.height + 6));
      // inside the ink the field is above the edge value (191), outside below it
      expect(Math.max(...x.bitmap!), ch).toBeGreaterThan(191);
      expect(Math.min(...x.bitmap!), ch).toBeLessThan(100);
    }
    // Noto Sans at 24 px: cap H 0.714 em ≈ 17 px tall, 'i' narrower than 'm', space blank with an advance
    expect(g('H').height).toBeGreaterThanOrEqual(17);
    expect(g('H').height).toBeLessThanOrEqual(18);
    expect(g('i').advance).toBeLessThan(g('m').advance);
    expect(g(' ')).toMatchObject({ bitmap: null, width: 0 });
    expect(g(' ').advance).toBeGreaterThan(4);
  });
});
