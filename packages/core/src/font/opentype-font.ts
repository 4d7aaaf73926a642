// The small part of an opentype.js 2 font that @bichig/core reads. opentype.js ships no type
// declarations; these live in a module of ours (not an ambient declaration) so that they are
// emitted with dist/ and a consumer's type check needs nothing that only exists in src/.

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
