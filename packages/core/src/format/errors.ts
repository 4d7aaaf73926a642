/** A value or option given to formatNumber/formatDate cannot be formatted. */
export class FormatInputError extends Error {
  override readonly name = 'FormatInputError';
  constructor(
    /** The function that was called. */
    readonly functionName: string,
    /** The offending input, as text. */
    readonly input: string,
    /** What was wrong with it. */
    readonly reason: string,
  ) {
    super(`${functionName}: cannot format ${input}: ${reason}`);
  }
}
