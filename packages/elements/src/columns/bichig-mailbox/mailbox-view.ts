// What the mailbox's template functions (write, look-up, letters) read from the element.
import type { TemplateResult } from 'lit';
import type { FormatDateOptions, FormatNumberOptions } from '@bichig/core/format';
import type { Language, Localized } from '@bichig/cluster';
import type { ColumnContext } from '../column-base.js';
import type { RendererMode } from '../../internal/renderer.js';

/** A value fetched from the adapter. */
export type Remote<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; value: T } | { kind: 'failed'; message: string };

/** The element's formatting and rendering helpers, in its content and interface languages. */
export interface MailboxView {
  /** The prefix of every id in the shadow tree. */
  readonly id: string;
  /** The `lang` of interface strings. */
  readonly ui: string;
  readonly context: ColumnContext;
  /** The element's renderer, for what it draws through other elements (the keyboard's letter forms). */
  readonly renderer: RendererMode;
  formatNumber(value: number, options?: Partial<FormatNumberOptions>): string;
  formatDate(value: string, options?: Partial<FormatDateOptions>): string;
  renderDate(value: string): TemplateResult;
  renderText(text: string, language: Language): TemplateResult;
  renderLocalized(value: Localized): TemplateResult;
}
