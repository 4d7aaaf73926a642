import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import type { ColumnItem, Image } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { pictureNewsStyles } from './bichig-picture-news.styles.js';
import { safeHref } from '../../internal/sanitize.js';
import { controlLabel } from '../../internal/control-label.js';

/** A slide: an article of the column and its first image. */
interface Slide {
  readonly item: ColumnItem;
  readonly image: Image;
}

/**
 * Picture news (图片新闻): a carousel of the newest articles of a column that have an image, per
 * the WAI-ARIA APG carousel pattern — a rotation button first (pause / start), previous and next
 * buttons, and one button per slide. It rotates every `interval` ms only while nobody points at
 * or focuses it, never under `prefers-reduced-motion: reduce`, and not after the reader paused
 * it; while it rotates its live region is silent, when stopped it announces the slide. Images
 * are never rotated; in Mongolian the headline runs vertically beside the picture.
 *
 * @summary An accessible image carousel of a column's picture news.
 *
 * @csspart carousel - The carousel region.
 * @csspart slide - The visible slide.
 * @csspart image - Its image.
 * @csspart caption - Its headline link.
 * @csspart controls - The buttons.
 * @csspart rotation - The pause / start button.
 * @csspart previous - The previous-slide button.
 * @csspart next - The next-slide button.
 * @csspart picker - One slide button.
 *
 * @cssprop --bichig-picture-ratio - Aspect ratio of the picture area (default 16 / 9).
 * @cssprop --bichig-picture-height - Height of a Mongolian slide, picture and vertical headline (default 15rem).
 *
 * @event bichig-slide-change - {CustomEvent<{index: number, articleId: string}>} Another slide is shown.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site/column does not exist.
 */
export class BichigPictureNews extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, pictureNewsStyles];
  static override properties: PropertyDeclarations = {
    index: { type: Number, reflect: true },
    interval: { type: Number },
    count: { type: Number },
    paused: { type: Boolean, reflect: true },
    hovered: { state: true },
    focused: { state: true },
    reducedMotion: { state: true },
  };

  /** The slide shown, 0-based. */
  declare index: number;
  /** Milliseconds between slides when rotating (default 6000; 0 never rotates). */
  declare interval: number;
  /** At most this many slides (default 5). */
  declare count: number;
  /** Rotation stopped by the reader (the rotation button). */
  declare paused: boolean;
  declare private hovered: boolean;
  declare private focused: boolean;
  declare private reducedMotion: boolean;

  #timer: ReturnType<typeof setInterval> | undefined;
  #motionQuery: MediaQueryList | undefined;

  #slideCount = 0;

  constructor() {
    super();
    this.index = 0;
    this.interval = 6000;
    this.count = 5;
    this.paused = false;
    this.hovered = false;
    this.focused = false;
    this.reducedMotion = false;
  }

  /** Whether the slides are advancing by themselves right now. */
  get rotating(): boolean {
    return (
      this.interval > 0 && !this.paused && !this.reducedMotion && !this.hovered && !this.focused && this.#slideCount > 1
    );
  }

  slides(context: ColumnContext): Slide[] {
    if (!context.column) return [];
    const items = context.cluster.columnItems(context.site.id, context.column.id, { now: this.moment });
    const slides: Slide[] = [];
    for (const item of items) {
      const image = item.article.images[0];
      if (image) slides.push({ item, image });
      if (slides.length >= Math.max(1, this.count)) break;
    }
    return slides;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.#motionQuery.matches;
    this.#motionQuery.addEventListener('change', this.#onMotionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#motionQuery?.removeEventListener('change', this.#onMotionChange);
    this.#stopTimer();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.rotating && !this.#timer) this.#timer = setInterval(() => this.#show(this.index + 1), this.interval);
    else if (!this.rotating) this.#stopTimer();
    if (changed.has('interval') && this.#timer) {
      this.#stopTimer();
      if (this.rotating) this.#timer = setInterval(() => this.#show(this.index + 1), this.interval);
    }
  }
  #onMotionChange = () => (this.reducedMotion = this.#motionQuery?.matches ?? false);

  #stopTimer(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The slide shown, clamped (read at event time: two quick clicks must move two slides). */
  #current(): number {
    return Math.min(Math.max(0, this.index), Math.max(0, this.#slideCount - 1));
  }

  #show(index: number): void {
    const count = this.#slideCount;
    if (!count) return;
    this.index = ((index % count) + count) % count;
    const slide = this.context ? this.slides(this.context)[this.index] : undefined;
    this.dispatchEvent(
      new CustomEvent('bichig-slide-change', {
        detail: { index: this.index, articleId: slide?.item.article.id ?? '' },
        bubbles: true,
        composed: true,
      }),
    );
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const slides = this.slides(context);
    this.#slideCount = slides.length;
    const heading = context.column ? this.renderLocalized(context.column.name) : nothing;
    if (!slides.length)
      return html`<div role="heading" aria-level="2" part="heading">${heading}</div>
        ${this.renderEmpty()}`;
    const current = Math.min(Math.max(0, this.index), slides.length - 1);
    const slide = slides[current]!;
    const { article } = slide.item;
    const label = context.column ? this.textOf(context.column.name) : msg('图片新闻', { id: 'picture-news.label' });
    const position = msg(str`第 ${this.formatUiNumber(current + 1)} 张，共 ${this.formatUiNumber(slides.length)} 张`, {
      id: 'picture-news.position',
    });
    return html`<section
      class="carousel"
      part="carousel"
      aria-roledescription=${msg('轮播', { id: 'picture-news.carousel' })}
      aria-label=${label}
      @pointerenter=${() => (this.hovered = true)}
      @pointerleave=${() => (this.hovered = false)}
      @focusin=${() => (this.focused = true)}
      @focusout=${(event: FocusEvent) => {
        if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.focused = false;
      }}
    >
      <div class="controls" part="controls" lang=${this.uiLang}>
        ${
          this.interval > 0 && slides.length > 1 && !this.reducedMotion
            ? html`<button type="button" part="rotation" @click=${() => (this.paused = !this.paused)}>
                ${controlLabel(this.paused ? msg('开始轮播', { id: 'picture-news.start' }) : msg('暂停轮播', { id: 'picture-news.pause' }))}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="previous"
          aria-label=${msg('上一张', { id: 'picture-news.previous' })}
          ?disabled=${slides.length < 2}
          @click=${() => this.#show(this.#current() - 1)}
        >
          ‹
        </button>
        ${slides.map(
          (_, i) =>
            html`<button
              type="button"
              class="picker"
              part="picker"
              aria-current=${i === current ? 'true' : 'false'}
              aria-label=${msg(str`第 ${this.formatUiNumber(i + 1)} 张`, { id: 'picture-news.slide' })}
              @click=${() => this.#show(i)}
            >
              ${this.formatUiNumber(i + 1)}
            </button>`,
        )}
        <button
          type="button"
          part="next"
          aria-label=${msg('下一张', { id: 'picture-news.next' })}
          ?disabled=${slides.length < 2}
          @click=${() => this.#show(this.#current() + 1)}
        >
          ›
        </button>
      </div>
      <div aria-live=${this.rotating ? 'off' : 'polite'} aria-atomic="true">
        <div
          class="slide ${context.vertical ? 'vertical-caption' : ''}"
          part="slide"
          role="group"
          aria-roledescription=${msg('幻灯片', { id: 'picture-news.slide-role' })}
          aria-label=${position}
          lang=${context.lang}
        >
          <div class="picture">
            <img
              part="image"
              src=${safeHref(slide.image.url)}
              alt=${slide.image.alt}
              width=${slide.image.width}
              height=${slide.image.height}
              decoding="async"
            />
          </div>
          <div class="caption">
            <a part="caption" href=${safeHref(this.hrefFor('article', slide.item.siteId, article.id, article.columnId))}
              >${this.renderText(article.title, article.language)}</a
            >
          </div>
        </div>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-picture-news': BichigPictureNews;
  }
}
