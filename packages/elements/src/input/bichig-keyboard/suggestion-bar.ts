/**
 * The suggestion bar: word completions, case suffixes chosen by vowel harmony, and the FVS forms
 * of the letter before the caret, kept up to date as the caret moves; the layout switch and the
 * hardware-keys toggle sit at its end.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { classMap } from 'lit/directives/class-map.js';
import { fvsChoicesBeforeCaret, suffixSuggestions, wordSuggestions } from '@bichig/keyboard';
import type { FvsChoicesBeforeCaret, LetterPosition, SuffixSuggestion, WordSuggestion } from '@bichig/keyboard';
import type { EditTarget } from './targets.js';
import type { VariantGlyphs } from './variant-glyphs.js';
import { formChoice } from './variant-menu.js';
import { localized } from './localized.js';

/** How many word completions the bar offers. */
export const WORD_SUGGESTIONS = 5;

export type SuggestionKind = 'word' | 'suffix' | 'fvs';

export interface Suggestions {
  words: WordSuggestion[];
  suffixes: SuffixSuggestion[];
  fvs: FvsChoicesBeforeCaret | null;
}

const NO_SUGGESTIONS: Suggestions = { words: [], suffixes: [], fvs: null };

/** What the suggestion bar shows, as one string, to tell whether it changed. */
function suggestionKey(state: Suggestions): string {
  const fvs = state.fvs
    ? `${state.fvs.position}:${state.fvs.current}:${state.fvs.choices.map((choice) => choice.text).join(',')}`
    : '';
  return `${state.words.map((word) => `${word.word}@${word.start}`).join(',')}|${state.suffixes.map((suffix) => suffix.text).join(',')}|${fvs}`;
}

/**
 * Keeps the suggestions of the keyboard's field: recomputed once a frame after the field's text
 * or selection changed, or at once after a key; the host redraws only when they changed.
 */
export class SuggestionsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #target: () => EditTarget | null;
  readonly #onFormsShown: (texts: readonly string[], position: LetterPosition) => void;
  #state: Suggestions = NO_SUGGESTIONS;
  #key = '';
  #frame = 0;

  /** `onFormsShown` runs when the bar starts showing FVS forms (to load their pictures). */
  constructor(
    host: ReactiveControllerHost,
    target: () => EditTarget | null,
    onFormsShown: (texts: readonly string[], position: LetterPosition) => void,
  ) {
    this.#host = host;
    this.#target = target;
    this.#onFormsShown = onFormsShown;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.schedule);
    document.addEventListener('input', this.schedule, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.schedule);
    document.removeEventListener('input', this.schedule, true);
    cancelAnimationFrame(this.#frame);
  }

  get current(): Suggestions {
    return this.#state;
  }

  /** Recompute in the next frame (many selection changes come in one frame). */
  schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.update());
  };

  /** Recompute now. */
  update(): void {
    cancelAnimationFrame(this.#frame);
    const target = this.#target();
    let next = NO_SUGGESTIONS;
    if (target && !target.locked) {
      const state = target.read();
      try {
        next = {
          words: wordSuggestions(state, undefined, WORD_SUGGESTIONS),
          suffixes: suffixSuggestions(state),
          fvs: fvsChoicesBeforeCaret(state),
        };
      } catch {
        next = NO_SUGGESTIONS;
      }
    }
    // Most key presses inside a word leave the bar as it was: then skip the re-render.
    const key = suggestionKey(next);
    if (key === this.#key) return;
    this.#key = key;
    this.#state = next;
    this.#host.requestUpdate();
    if (next.fvs)
      this.#onFormsShown(
        next.fvs.choices.map((choice) => choice.text),
        next.fvs.position,
      );
  }
}

export interface SuggestionBarHandlers {
  keepFocus: (event: Event) => void;
  keydown: (event: KeyboardEvent) => void;
  apply: (kind: SuggestionKind, index: number) => void;
  togglePhysicalKeys: () => void;
}

/**
 * The bar (a toolbar with one tab stop): the suggestions, then `layoutSwitch(tabIndex)`, then the
 * hardware-keys toggle.
 */
export function renderSuggestionBar(
  { words, suffixes, fvs }: Suggestions,
  glyphs: VariantGlyphs,
  physicalKeys: boolean,
  layoutSwitch: (tabIndex: number) => TemplateResult,
  on: SuggestionBarHandlers,
): TemplateResult {
  let first = true;
  const tab = (): number => {
    const value = first ? 0 : -1;
    first = false;
    return value;
  };
  return html`<div
    class="bar"
    part="suggestions"
    role="toolbar"
    aria-label=${msg('输入建议', { id: 'keyboard.suggestions' })}
    @keydown=${on.keydown}
  >
    <div class="list">
      ${words.map(
        (word, i) =>
          html`<button
            type="button"
            class="suggestion word"
            part="suggestion"
            tabindex=${tab()}
            lang="mn-Mong"
            aria-label=${word.word}
            @pointerdown=${on.keepFocus}
            @mousedown=${on.keepFocus}
            @click=${() => on.apply('word', i)}
          >
            <span class="vertical" aria-hidden="true">${word.word}</span>
          </button>`,
      )}
      ${suffixes.map((suffix, i) => {
        const caseName = localized(suffix.name) ?? suffix.grammaticalCase;
        return html`<button
          type="button"
          class="suggestion suffix"
          part="suggestion"
          tabindex=${tab()}
          aria-label=${`${caseName} ${suffix.suffix}`}
          title=${caseName}
          @pointerdown=${on.keepFocus}
          @mousedown=${on.keepFocus}
          @click=${() => on.apply('suffix', i)}
        >
          <span class="vertical" lang="mn-Mong" aria-hidden="true">${suffix.text}</span>
        </button>`;
      })}
      ${
        fvs && fvs.choices.length > 1
          ? fvs.choices.map(
              (choice, i) =>
                html`<button
                  type="button"
                  class=${classMap({ suggestion: true, form: true, current: choice.fvs === fvs.current })}
                  part="suggestion"
                  tabindex=${tab()}
                  aria-label=${formChoice(choice).label}
                  aria-pressed=${String(choice.fvs === fvs.current)}
                  @pointerdown=${on.keepFocus}
                  @mousedown=${on.keepFocus}
                  @click=${() => on.apply('fvs', i)}
                >
                  ${glyphs.render(choice.text, fvs.position)}<span class="caption" aria-hidden="true"
                    >${choice.fvs === 0 ? '—' : `FVS${choice.fvs}`}</span
                  >
                </button>`,
            )
          : nothing
      }
    </div>
    ${layoutSwitch(tab())}
    <button
      type="button"
      class="toggle"
      part="physical-toggle"
      tabindex=${tab()}
      aria-pressed=${String(physicalKeys)}
      aria-label=${msg('实体键盘', { id: 'keyboard.physical-keys' })}
      title=${msg('用此布局映射实体键盘', { id: 'keyboard.physical-keys-hint' })}
      @pointerdown=${on.keepFocus}
      @mousedown=${on.keepFocus}
      @click=${on.togglePhysicalKeys}
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width="26"
        height="18"
        viewBox="0 0 26 18"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
      >
        <rect x="1" y="1" width="24" height="16" rx="2" />
        <path d="M5 6h2M9 6h2M13 6h2M17 6h2M21 6h0.5M5 10h2M9 10h2M13 10h2M17 10h4M8 14h10" stroke-linecap="round" />
      </svg>
    </button>
  </div>`;
}
