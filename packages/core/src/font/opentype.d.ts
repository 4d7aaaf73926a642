// opentype.js 2 ships no type declarations; this declares the small part @bichig/core reads.
declare module 'opentype.js/dist/opentype.mjs' {
  export interface OpenTypeNameTable {
    [key: string]: Record<string, string> | undefined;
  }
  export interface OpenTypeGlyph {
    name?: string | null;
    unicode?: number;
    advanceWidth?: number;
  }
  export interface OpenTypeFont {
    names: {
      unicode?: OpenTypeNameTable;
      windows?: OpenTypeNameTable;
      macintosh?: OpenTypeNameTable;
    } & OpenTypeNameTable;
    unitsPerEm: number;
    ascender: number;
    descender: number;
    numGlyphs: number;
    outlinesFormat: string;
    tables: Record<string, Record<string, unknown> | undefined>;
    glyphs: { get(index: number): OpenTypeGlyph; length: number };
  }
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): OpenTypeFont;
}
