// Type declarations for the two untyped Unicode data packages that core/text uses.
// Only the members we call are declared.

declare module 'unicode-properties' {
  interface UnicodeProperties {
    /** Unicode long script name ("Mongolian", "Han", "Common", …), or null (e.g. lone surrogates). */
    getScript(codePoint: number): string | null;
    /** Two-letter general category ("Lo", "Mn", "Cf", …). */
    getCategory(codePoint: number): string;
    /** East Asian Width: "N", "Na", "A", "W", "H" or "F". */
    getEastAsianWidth(codePoint: number): string;
  }
  const unicodeProperties: UnicodeProperties;
  export default unicodeProperties;
}

declare module 'linebreak' {
  interface Break {
    /** UTF-16 offset: the break falls before this offset. */
    position: number;
    /** A mandatory break (after BK, CR, LF, NL). */
    required: boolean;
  }
  /** UAX #14 line breaker over one string. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
