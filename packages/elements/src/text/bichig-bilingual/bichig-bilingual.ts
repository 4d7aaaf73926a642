import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { themeTokens } from '../../internal/theme.js';
import { controlLabel, controlLabelStyles } from '../../internal/control-label.js';
import { bichigBilingualStyles } from './bichig-bilingual.styles.js';

/** Which language version a child is: from its own `lang`. */
function versionOf(element: Element): 'zh' | 'mn' | undefined {
  const lang = (element.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('zh')) return 'zh';
  if (lang.startsWith('mn')) return 'mn';
  return undefined;
}

/** Thrown into a bichig-pairing event when a content id has only one language version. */
export class MissingVersionError extends Error {
  override readonly name = 'MissingVersionError';
  constructor(
    readonly contentId: string,
    readonly missing: 'zh' | 'mn',
  ) {
    super(
      `<bichig-bilingual>: content "${contentId}" has no ${missing === 'zh' ? 'Chinese (lang="zh-Hans")' : 'Mongolian (lang="mn-Mong")'} version`,
    );
  }
}

/**
 * The same content in Chinese (horizontal) and Mongolian (vertical): side by side on wide
 * screens, and on narrow ones one at a time with a switch. Children are paired by
 * `data-content-id`; each child's `lang` says which version it is (zh-Hans or mn-Mong). With
 * several pairs inside, `content-id` chooses the one shown (default: the first).
 *
 * A content id that has only one version shows that one and says (visibly, and with a
 * `bichig-pairing` event) which version is missing.
 *
 * @summary Chinese and Mongolian versions of one content, paired by content id.
 *
 * @slot zh - (assigned automatically) the Chinese version of the chosen content.
 * @slot mn - (assigned automatically) the Mongolian version, typically a <bichig-flow>.
 *
 * @csspart switch - The language switch shown on narrow screens.
 * @csspart zh-button - The switch's Chinese button.
 * @csspart mn-button - The switch's Mongolian button.
 * @csspart panes - The grid holding both versions.
 * @csspart zh-pane - The Chinese pane.
 * @csspart mn-pane - The Mongolian pane.
 *
 * @cssprop --bichig-bilingual-gap - Gap between the versions (default 2em).
 * @cssprop --bichig-bilingual-zh-share - Column share of the Chinese version on wide screens (default 1fr).
 * @cssprop --bichig-bilingual-mn-share - Column share of the Mongolian version (default 1fr).
 *
 * @event bichig-pairing - {CustomEvent<{contentId: string, error: MissingVersionError}>} The chosen content lacks one version.
 * @event bichig-view - {CustomEvent<{view: 'zh' | 'mn'}>} The narrow-screen switch changed the version shown.
 */
export class BichigBilingual extends LitElement {
  static override styles = [themeTokens, controlLabelStyles, bichigBilingualStyles];
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override properties = {
    contentId: { attribute: 'content-id', reflect: true },
    view: { reflect: true },
    version: { state: true },
  };

  /** The content id to show; default the first `data-content-id` among the children. */
  declare contentId: string | undefined;
  /** Which version the narrow layout shows: `mn` (default) or `zh`. */
  declare view: 'zh' | 'mn';
  declare private version: number;

  #mutations: MutationObserver | undefined;
  #reported = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.view = 'mn';
    this.version = 0;
  }

  /** The content ids present among the children, in order. */
  get contentIds(): string[] {
    const ids: string[] = [];
    for (const child of this.children) {
      const id = child.getAttribute('data-content-id');
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** The pair for the chosen content id. */
  get pair(): { contentId: string | undefined; zh: Element | undefined; mn: Element | undefined } {
    const contentId = this.contentId ?? this.contentIds[0];
    let zh: Element | undefined;
    let mn: Element | undefined;
    for (const child of this.children) {
      if (child.getAttribute('data-content-id') !== contentId) continue;
      const version = versionOf(child);
      if (version === 'zh') zh ??= child;
      if (version === 'mn') mn ??= child;
    }
    return { contentId, zh, mn };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#mutations = new MutationObserver(() => this.version++);
    this.#mutations.observe(this, {
      childList: true,
      attributes: true,
      subtree: false,
      attributeFilter: ['lang', 'data-content-id'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutations?.disconnect();
  }

  protected override updated(): void {
    const { contentId, zh, mn } = this.pair;
    this.renderRoot.querySelector<HTMLSlotElement>('slot[name="zh"]')?.assign(...(zh ? [zh] : []));
    this.renderRoot.querySelector<HTMLSlotElement>('slot[name="mn"]')?.assign(...(mn ? [mn] : []));
    const key = `${contentId}|${!!zh}|${!!mn}`;
    if (contentId && (!zh || !mn) && key !== this.#reported) {
      this.#reported = key;
      const error = new MissingVersionError(contentId, zh ? 'mn' : 'zh');
      console.warn(error.message);
      this.dispatchEvent(
        new CustomEvent('bichig-pairing', { detail: { contentId, error }, bubbles: true, composed: true }),
      );
    }
  }

  #show(view: 'zh' | 'mn'): void {
    if (view === this.view) return;
    this.view = view;
    this.dispatchEvent(new CustomEvent('bichig-view', { detail: { view }, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    void this.version;
    const { contentId, zh, mn } = this.pair;
    const missing = (id: string | undefined) =>
      html`<p class="missing">${msg(str`此内容缺少对应的版本：${id ?? ''}`, { id: 'bilingual.missing' })}</p>`;
    return html`
      <div class="switch" part="switch" role="group" aria-label=${msg('语言版本', { id: 'bilingual.switch' })}>
        <button
          type="button"
          part="zh-button"
          lang="zh-Hans"
          aria-pressed=${this.view === 'zh'}
          @click=${() => this.#show('zh')}
        >
          ${controlLabel('中文')}
        </button>
        <button
          type="button"
          part="mn-button"
          lang="mn-Mong"
          aria-pressed=${this.view === 'mn'}
          @click=${() => this.#show('mn')}
        >
          ${controlLabel('ᠮᠣᠩᠭᠣᠯ')}
        </button>
      </div>
      <div class="panes" part="panes">
        <div class="pane" part="zh-pane" lang="zh-Hans" ?hidden=${this.view !== 'zh'}>
          ${zh ? nothing : missing(contentId)}<slot name="zh"></slot>
        </div>
        <div class="pane" part="mn-pane" lang="mn-Mong" ?hidden=${this.view !== 'mn'}>
          ${mn ? nothing : missing(contentId)}<slot name="mn"></slot>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-bilingual': BichigBilingual;
  }
  interface HTMLElementEventMap {
    'bichig-pairing': CustomEvent<{ contentId: string; error: MissingVersionError }>;
    'bichig-view': CustomEvent<{ view: 'zh' | 'mn' }>;
  }
}
