/** Errors thrown by @bichig/keyboard. Each names the input it was given and what was wrong with it. */

/** An editor state whose selection does not fit its value (negative, past the end, not an integer). */
export class InvalidEditorStateError extends Error {
  override readonly name = 'InvalidEditorStateError';
  constructor(
    /** The offending state, as given. */
    readonly state: { value: string; selectionStart: number; selectionEnd: number },
    /** What was wrong, in words. */
    readonly reason: string,
  ) {
    super(
      `Invalid editor state (value of length ${state.value.length}, selection ${state.selectionStart}–${state.selectionEnd}): ${reason}`,
    );
  }
}

/** A key action the input engine does not know (for example from untyped JavaScript or stale data). */
export class UnknownKeyActionError extends Error {
  override readonly name = 'UnknownKeyActionError';
  constructor(readonly action: unknown) {
    super(`Unknown key action: ${JSON.stringify(action)}`);
  }
}

/** A layout id that is not registered. */
export class UnknownLayoutError extends Error {
  override readonly name = 'UnknownLayoutError';
  constructor(
    readonly layoutId: string,
    readonly knownIds: readonly string[],
  ) {
    super(`Unknown keyboard layout "${layoutId}"; known layouts: ${knownIds.join(', ')}`);
  }
}

/** A layer id that the layout does not have. */
export class UnknownLayerError extends Error {
  override readonly name = 'UnknownLayerError';
  constructor(
    readonly layoutId: string,
    readonly layerId: string,
  ) {
    super(`Keyboard layout "${layoutId}" has no layer "${layerId}"`);
  }
}
