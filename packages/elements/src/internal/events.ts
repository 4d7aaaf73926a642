/**
 * Why an element could not use the shaped (HarfBuzz) renderer, or its font, and fell back to the
 * browser's own text (native text whose font failed reports `font` too).
 */
export type FallbackReason =
  /** A font could not be fetched or parsed. */
  | 'font'
  /** The HarfBuzz WebAssembly module could not be fetched or instantiated. */
  | 'wasm'
  /**
   * The shaping code (@bichig/core or one of its dependencies) could not be fetched or evaluated,
   * e.g. a CommonJS dependency served to a page without a bundler. Before 0.2 this was reported
   * as `wasm`.
   */
  | 'module'
  /** Shaping or layout threw on this text. */
  | 'layout';

export interface BichigFallbackDetail {
  reason: FallbackReason;
  /** The renderer that was asked for: `shaped` or `auto`. */
  requested: string;
  /** What went wrong, with the input that failed (a URL, a font name). */
  error: Error;
}

/**
 * Fired (bubbling, composed) by an element that shows its text with the native renderer because
 * the shaped one failed. The text is on screen either way; this says why it is not shaped.
 */
export class BichigFallbackEvent extends CustomEvent<BichigFallbackDetail> {
  static readonly eventName = 'bichig-fallback';
  constructor(detail: BichigFallbackDetail) {
    super(BichigFallbackEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** The renderer that actually drew the text. */
export type ResolvedRenderer = 'shaped' | 'native';

export interface BichigRenderDetail {
  renderer: ResolvedRenderer;
  /** Number of columns (vertical lines) the text took. */
  columns: number;
}

/** Fired (bubbling, composed) after an element has drawn its text, each time it redraws. */
export class BichigRenderEvent extends CustomEvent<BichigRenderDetail> {
  static readonly eventName = 'bichig-render';
  constructor(detail: BichigRenderDetail) {
    super(BichigRenderEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-fallback': BichigFallbackEvent;
    'bichig-render': BichigRenderEvent;
  }
}
