import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isPublic } from '@bichig/cluster';
import type { Article, Topic } from '@bichig/cluster';
import { BichigColumnElement, ColumnNotFoundError, columnBaseStyles, langOf } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { newsListStyles } from '../bichig-news-list/bichig-news-list.styles.js';
import { topicStyles } from './bichig-topic.styles.js';
import { safeHref } from '../../internal/sanitize.js';
import { controlLabel } from '../../internal/control-label.js';

/**
 * Special topics (专题专栏). With `topic`, one topic's page: banner, title, summary, its period
 * (running or ended), and its sections as tabs (WAI-ARIA APG tabs: ←/→ — ↑/↓ in Mongolian — Home,
 * End) listing the section's articles. Without `topic`, the topics of the column (or site) as a
 * list of cards, running ones first. Mongolian is vertical.
 *
 * @summary A special topic page with sectioned articles, or the list of topics.
 *
 * @csspart banner - The topic's banner image.
 * @csspart title - The topic's title (or a card's title link).
 * @csspart period - Start and end dates.
 * @csspart tablist - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section's article list.
 * @csspart card - One topic in the list.
 * @csspart state - Loading, empty and error notes.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) layout.
 *
 * @event bichig-section-change - {CustomEvent<{section: string}>} The reader opened another section.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the topic does not exist.
 */
export class BichigTopic extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, newsListStyles, topicStyles];
  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    section: { reflect: true },
  };

  /** Id of the topic to show; without it, the list of topics. */
  declare topic: string | undefined;
  /** Id of the open section (default: the first). */
  declare section: string | undefined;

  /** The topics of the column (or the site), running first, then newest. */
  topics(context: ColumnContext): Topic[] {
    const today = this.moment.slice(0, 10);
    const running = (t: Topic) => t.startsAt <= today && (!t.endsAt || t.endsAt >= today);
    return context.site.topics
      .filter((t) => !context.column || t.columnId === context.column.id)
      .sort((a, b) => Number(running(b)) - Number(running(a)) || (a.startsAt < b.startsAt ? 1 : -1));
  }

  #onTabKey(event: KeyboardEvent, topic: Topic, index: number, vertical: boolean): void {
    const count = topic.sections.length;
    const next = vertical ? 'ArrowDown' : 'ArrowRight';
    const previous = vertical ? 'ArrowUp' : 'ArrowLeft';
    let target: number | undefined;
    if (event.key === next) target = (index + 1) % count;
    else if (event.key === previous) target = (index - 1 + count) % count;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = count - 1;
    if (target === undefined) return;
    event.preventDefault();
    this.#select(topic, target, true);
  }

  #articles(context: ColumnContext, ids: readonly string[]): Article[] {
    return ids
      .map((id) => context.cluster.findArticle(id)?.article)
      .filter((a): a is Article => a !== undefined && isPublic(a, this.moment));
  }

  #select(topic: Topic, index: number, focus: boolean): void {
    const section = topic.sections[index];
    if (!section) return;
    this.section = section.id;
    this.dispatchEvent(
      new CustomEvent('bichig-section-change', { detail: { section: section.id }, bubbles: true, composed: true }),
    );
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${CSS.escape(section.id)}`)?.focus(),
      );
  }

  #renderPeriod(topic: Topic): TemplateResult {
    const ended = topic.endsAt !== undefined && topic.endsAt < this.moment.slice(0, 10);
    return html`<p class="period" part="period">
      ${this.renderDate(topic.startsAt)}${topic.endsAt ? html` – ${this.renderDate(topic.endsAt)}` : nothing}
      ${ended ? html`<span class="ended" lang=${this.uiLang}>（${msg('已结束', { id: 'topic.ended' })}）</span>` : nothing}
    </p>`;
  }

  #renderTopic(topic: Topic, context: ColumnContext): TemplateResult {
    const lang = langOf(topic.language);
    const current = topic.sections.find((s) => s.id === this.section) ?? topic.sections[0];
    const articles = current ? this.#articles(context, current.articleIds) : [];
    const vertical = topic.language === 'mn';
    return html`<div class=${vertical ? 'vertical' : 'horizontal'} lang=${lang}>
      ${
        topic.banner
          ? html`<img
              class="banner"
              part="banner"
              src=${safeHref(topic.banner.url)}
              alt=${topic.banner.alt}
              width=${topic.banner.width}
              height=${topic.banner.height}
            />`
          : nothing
      }
      <h2 class="topic-title" part="title">${this.renderText(topic.title, topic.language)}</h2>
      <p class="summary-text">${this.renderText(topic.summary, topic.language)}</p>
      ${this.#renderPeriod(topic)}
      ${
        topic.sections.length > 1
          ? html`<div
              role="tablist"
              part="tablist"
              aria-label=${topic.title}
              aria-orientation=${vertical ? 'vertical' : 'horizontal'}
            >
              ${topic.sections.map(
                (section, index) =>
                  html`<button
                    type="button"
                    role="tab"
                    part="tab"
                    id=${`tab-${section.id}`}
                    aria-selected=${section === current ? 'true' : 'false'}
                    aria-controls="panel"
                    tabindex=${section === current ? '0' : '-1'}
                    @click=${() => this.#select(topic, index, false)}
                    @keydown=${(event: KeyboardEvent) => this.#onTabKey(event, topic, index, vertical)}
                  >
                    ${controlLabel(this.renderText(section.name, topic.language))}
                  </button>`,
              )}
            </div>`
          : current
            ? html`<h3 part="heading">${this.renderText(current.name, topic.language)}</h3>`
            : nothing
      }
      ${
        current
          ? html`<div
              id="panel"
              part="panel"
              role=${topic.sections.length > 1 ? 'tabpanel' : nothing}
              aria-labelledby=${topic.sections.length > 1 ? `tab-${current.id}` : nothing}
            >
              ${
                articles.length
                  ? html`<ol part="list">
                      ${articles.map(
                        (article) =>
                          html`<li part="item">
                            <a
                              class="title"
                              part="link"
                              href=${safeHref(this.hrefFor('article', context.cluster.findArticle(article.id)!.site.id, article.id, article.columnId))}
                              >${this.renderText(article.title, article.language)}</a
                            >
                            <span class="date" part="date">${this.renderDate(article.publishedAt)}</span>
                          </li>`,
                      )}
                    </ol>`
                  : this.renderEmpty()
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderList(context: ColumnContext): TemplateResult {
    const topics = this.topics(context);
    const heading = context.column
      ? this.renderLocalized(context.column.name)
      : html`<span lang=${this.uiLang}>${msg('专题专栏', { id: 'topic.heading' })}</span>`;
    if (!topics.length)
      return html`<div role="heading" aria-level="2" part="heading">${heading}</div>
        ${this.renderEmpty()}`;
    return html`<div class=${context.vertical ? 'vertical' : 'horizontal'} lang=${context.lang}>
      <div role="heading" aria-level="2" part="heading">${heading}</div>
      <ul class="cards">
        ${topics.map(
          (topic) =>
            html`<li class="card" part="card" lang=${langOf(topic.language)}>
              ${topic.banner ? html`<img class="banner" src=${safeHref(topic.banner.url)} alt="" width=${topic.banner.width} height=${topic.banner.height} />` : nothing}
              <a
                class="title"
                part="title"
                href=${safeHref(this.hrefFor('topic', context.site.id, topic.id, topic.columnId))}
                >${this.renderText(topic.title, topic.language)}</a
              >
              <p class="summary-text">${this.renderText(topic.summary, topic.language)}</p>
              ${this.#renderPeriod(topic)}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    if (!this.topic) return this.#renderList(context);
    const topic = context.site.topics.find((t) => t.id === this.topic);
    if (!topic) return this.renderError(new ColumnNotFoundError('item', this.topic));
    return this.#renderTopic(topic, context);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-topic': BichigTopic;
  }
}
