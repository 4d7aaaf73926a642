/**
 * The accessible name and description of a vertical field's control. The focusable control is
 * in the shadow root, where ids a page sets on the host (aria-labelledby, aria-describedby) cannot
 * be referenced and <label for> does not reach: their text is passed on to the control, and the
 * field redraws when that text changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's own naming: its `label` property, ARIA attributes and associated <label>s. */
export interface FieldNaming {
  label: string;
  labelledBy: string | null;
  describedBy: string | null;
  ariaLabel: string | null;
  labels: NodeList;
}

export class FieldLabelsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #naming: () => FieldNaming;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & Element, naming: () => FieldNaming) {
    this.#host = host;
    this.#naming = naming;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Watches the text of the <label>s and of the elements named by aria-labelledby/-describedby. */
  observe(): void {
    const observer = this.#observer;
    if (!observer) return;
    observer.disconnect();
    const { labels, labelledBy, describedBy } = this.#naming();
    const watched = [...labels, ...this.#referenced(labelledBy), ...this.#referenced(describedBy)];
    for (const element of watched) observer.observe(element, { childList: true, characterData: true, subtree: true });
  }

  /** The accessible name: the label property, else aria-labelledby's text, aria-label, the <label>s' text. */
  get name(): string | undefined {
    const naming = this.#naming();
    if (naming.label) return naming.label;
    const labelledBy = this.#textOf(naming.labelledBy);
    if (labelledBy) return labelledBy;
    if (naming.ariaLabel) return naming.ariaLabel;
    const texts = [...naming.labels].map((label) => (label.textContent ?? '').trim()).filter(Boolean);
    return texts.length ? texts.join(' ') : undefined;
  }

  /** The description: the text of the host's aria-describedby targets. */
  get description(): string | undefined {
    return this.#textOf(this.#naming().describedBy);
  }

  /** Elements named by an ID reference list, looked up in the host's own tree scope. */
  #referenced(ids: string | null): Element[] {
    if (!ids) return [];
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((id) => {
        const element = root.getElementById?.(id) ?? null;
        return element ? [element] : [];
      });
  }

  #textOf(ids: string | null): string | undefined {
    const text = this.#referenced(ids)
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' ');
    return text || undefined;
  }
}
