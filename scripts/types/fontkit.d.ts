/** The part of fontkit's API (2.x, MIT) that scripts/make-glyphs.ts uses. */
declare module 'fontkit' {
  export interface Glyph {
    /** horizontal advance, in font units */
    advanceWidth: number;
    /** the outline in font units, y up */
    path: { commands: { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }[] };
  }
  export interface Font {
    familyName: string;
    subfamilyName: string;
    version: string;
    unitsPerEm: number;
    /** the code points the font maps to glyphs */
    characterSet: number[];
    glyphForCodePoint(codePoint: number): Glyph;
  }
  /** Open a TrueType, OpenType, WOFF or WOFF2 file. */
  export function openSync(path: string): Font;
}
