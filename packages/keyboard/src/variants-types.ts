/** A letter's four positional forms, as UTN #57 names them. */
export type LetterPosition = 'isol' | 'init' | 'medi' | 'fina';

/** 1–4: FVS1 (U+180B), FVS2 (U+180C), FVS3 (U+180D), FVS4 (U+180F). */
export type FvsIndex = 1 | 2 | 3 | 4;

/** One letter in one position: the plain glyph(s), and the glyph(s) each meaningful FVS selects. */
export interface PositionVariants {
  /** Glyph name(s) of the letter without FVS, space-separated when it takes several glyphs. */
  readonly plain: string;
  /** Glyph name(s) each FVS the font defines for this letter and position selects. */
  readonly variants: Readonly<Partial<Record<FvsIndex, string>>>;
  /**
   * The FVS among `variants` whose form is the context-free default: they matter only in words
   * whose context would otherwise pick another form (medial ᠭ + FVS2 in a masculine word).
   */
  readonly sameAsPlain: readonly FvsIndex[];
}

/** Letter → position → variants. */
export type FvsVariantTable = Readonly<Record<string, Readonly<Partial<Record<LetterPosition, PositionVariants>>>>>;
