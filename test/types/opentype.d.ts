// opentype.js 2 ships no type declarations. Only tests use it (as an independent reader of the
// project fonts, to check what @bichig/core reads with HarfBuzz); this declares what they call.
declare module 'opentype.js/dist/opentype.mjs' {
  type NameRecord = Record<string, string>;
  type NameTable = Record<string, NameRecord | undefined>;
  export interface OpenTypeFont {
    names: { windows?: NameTable; macintosh?: NameTable; unicode?: NameTable } & NameTable;
    unitsPerEm: number;
    numGlyphs: number;
    tables: Record<string, Record<string, unknown> | undefined>;
    glyphs: { get(index: number): { name?: string | null }; length: number };
  }
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): OpenTypeFont;
}
