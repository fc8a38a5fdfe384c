/**
 * `npx tsx scripts/make-glyphs.ts [--font-dir DIR]`: renders public/fonts/Noto Sans Regular/*.pbf,
 * the SDF glyphs MapLibre draws the map's Latin labels from (the style's `glyphs` URL,
 * src/map/basemapStyle.ts), from Noto Sans Regular (SIL Open Font License 1.1) as the npm
 * package `@fontsource/noto-sans` ships it (`files/noto-sans-{latin,latin-ext,…}-400-normal.woff`).
 *
 * Not part of `npm run data`: the PBFs are committed, so `npm install` alone builds everything;
 * run this again only to re-render them (after a change of font or of scripts/lib/glyphPbf.ts).
 * CJK is not rendered here: MapLibre draws it with the browser's own font (the style's text-font
 * names no CJK range, and `localIdeographFontFamily` is set), so a few ranges of 256 code points
 * are enough: Basic Latin and Latin-1 (0–255, pinyin's á é ü among them), Latin Extended-A/B
 * (256–767: ā ǎ …), General Punctuation (8192–8447: dashes, quotes), Letterlike (8448–8703)
 * and Mathematical Operators (8704–8959: the minus sign) — each as far as the font covers it.
 * --font-dir: a folder holding those .woff files (default: the installed package's `files/`).
 */
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openSync, type Font } from 'fontkit';
import { encodeGlyphRange, renderGlyph, type PbfGlyph } from './lib/glyphPbf';
import { ROOT } from './lib/inputs';

/** The fontstack's name: the style's `text-font` and the folder under public/fonts. */
export const STACK = 'Noto Sans Regular';
/** First code point of each range rendered. */
const RANGES = [0, 256, 512, 8192, 8448, 8704];
/** Fontsource's subsets, searched in this order for each code point. */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'];

function fontDir(): string {
  const i = process.argv.indexOf('--font-dir');
  if (i > 0 && process.argv[i + 1]) return process.argv[i + 1];
  return join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
}

const dir = fontDir();
const fonts: Font[] = SUBSETS.map((s) => join(dir, `noto-sans-${s}-400-normal.woff`)).filter((f) => existsSync(f)).map((f) => openSync(f));
if (fonts.length === 0) throw new Error(`no noto-sans-*-400-normal.woff in ${dir}`);
const out = join(ROOT, 'public', 'fonts', STACK);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let total = 0;
for (const start of RANGES) {
  const glyphs: PbfGlyph[] = [];
  for (let cp = start; cp < start + 256; cp++) {
    const font = fonts.find((f) => f.characterSet.includes(cp));
    // control characters and noncharacters have empty glyphs in the font: leave them out
    if (!font || cp < 32 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfeff) continue;
    const g = font.glyphForCodePoint(cp);
    glyphs.push(renderGlyph(cp, g.path.commands, g.advanceWidth, font.unitsPerEm));
  }
  if (glyphs.length === 0) continue;
  const file = join(out, `${start}-${start + 255}.pbf`);
  const bytes = encodeGlyphRange(STACK, start, glyphs);
  writeFileSync(file, bytes);
  total += glyphs.length;
  console.log(`${start}-${start + 255}.pbf: ${glyphs.length} glyphs, ${(bytes.length / 1024).toFixed(1)} KB`);
}
const license = join(dir, '..', 'LICENSE');
if (existsSync(license)) copyFileSync(license, join(ROOT, 'public', 'fonts', 'OFL.txt'));
console.log(`${total} glyphs of ${fonts[0].familyName} ${fonts[0].subfamilyName} (${fonts[0].version}) in ${readdirSync(out).length} files`);
