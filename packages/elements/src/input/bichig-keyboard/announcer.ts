/** The keyboard's live region: what a screen reader says after a key, a layer or a layout change. */
import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';

/** Owns the live region's text; the host redraws when it changes. */
export class Announcer {
  readonly #host: ReactiveControllerHost;
  #text = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The text now in the live region. */
  get text(): string {
    return this.#text;
  }

  announce(text: string): void {
    // Re-announce the same text too: a screen reader ignores an unchanged live region.
    this.#text = this.#text === text ? `${text}\u200B` : text;
    this.#host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="live" role="status" aria-live="polite">${this.#text}</div>`;
  }
}
