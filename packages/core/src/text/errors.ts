/** A text offset or range given to a core/text function lies outside the text or is not an integer. */
export class TextRangeError extends RangeError {
  override readonly name = 'TextRangeError';
  constructor(
    /** The function that was called. */
    readonly functionName: string,
    /** The range that was asked for. */
    readonly start: number,
    readonly end: number,
    /** The length of the text in UTF-16 code units. */
    readonly textLength: number,
  ) {
    super(`${functionName}: range [${start}, ${end}) is not an integer range within the text (length ${textLength})`);
  }
}
