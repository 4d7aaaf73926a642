// What the desk's template modules (sign-in, inbox, letter, steps) read from the element.
import type { TemplateResult } from 'lit';
import type { RendererMode } from '../../internal/renderer.js';
import type { DeskAction, Language, Localized, SubmissionProblem } from './desk-types.js';

/** A value fetched from the adapter. */
export type Remote<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; value: T } | { kind: 'failed'; message: string };

/** The element's formatting and rendering helpers, in the interface language. */
export interface DeskView {
  /** The prefix of every id in the shadow tree. */
  readonly id: string;
  /** The `lang` of interface strings (the @lit/localize locale). */
  readonly ui: string;
  /** Which text of a localized name the interface shows. */
  readonly uiLanguage: Language;
  /** How Mongolian letters are drawn (and the keyboard's letter forms). */
  readonly renderer: RendererMode;
  formatDate(value: string): string;
  /** A date in the interface language, as a `<time>`. */
  renderDate(value: string): TemplateResult;
  /** Letter text with its `lang`: Mongolian as <bichig-text>, Chinese as a span. */
  renderText(text: string, language: Language): TemplateResult;
  /** A localized name in the interface language (else the other one), with its `lang`. */
  renderLocalized(value: Localized): TemplateResult;
  /** The same as text and its `lang`, for places that take text only (an `<option>`). */
  localizedText(value: Localized): { readonly text: string; readonly lang: string };
  /** A department's name, from the desk's departments (its code when unknown). */
  orgName(code: string | undefined): TemplateResult | string;
}

/** What a member has typed or chosen for a letter's steps, kept until the step is taken. */
export interface StepDraft {
  handlingOrgCode: string;
  note: string;
  replyLanguage: Language;
  /** The reply in each language, so switching the language loses neither. */
  reply: { zh: string; mn: string };
  publish: boolean;
}

/** The outcome of the last step (or attempt) on the letter shown. */
export interface StepOutcome {
  readonly kind: 'done' | 'conflict' | 'failed';
  readonly text: string;
}

/** The state of the letter's step forms. */
export interface StepState {
  readonly draft: StepDraft;
  /** The step being sent, if any. */
  readonly sending: DeskAction | undefined;
  /** Problems with the last step tried (client-side or from the adapter). */
  readonly problems: readonly SubmissionProblem[];
  readonly outcome: StepOutcome | undefined;
  /** What was typed before (a reload, a closed tab) was put back. */
  readonly restored: boolean;
}

/** What the step forms call. */
export interface StepHandlers {
  keep(patch: Partial<StepDraft>): void;
  take(action: DeskAction, event?: Event): void;
}
