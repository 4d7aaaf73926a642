import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ColumnItem } from '@bichig/cluster';
import { BichigNewsList } from '../bichig-news-list/bichig-news-list.js';
import type { ColumnContext } from '../column-base.js';
import { noticeBoardStyles } from './bichig-notice-board.styles.js';
import { safeHref } from '../../internal/sanitize.js';

const DAY_MS = 86_400_000;

/**
 * A notice board (通知公告): the compact list of a notices column as portals show it beside the
 * news — titles and dates only, pinned notices first, notices newer than `new-days` marked "new",
 * and a "more" link to the full column. Everything the news list does (source filter, pages,
 * vertical Mongolian) it does too.
 *
 * @summary A compact notices list with "new" markers and a "more" link.
 *
 * @csspart heading - The column name.
 * @csspart more - The "more" link.
 * @csspart list - The `<ol>` of notices.
 * @csspart item - One notice.
 * @csspart title - The link of a notice.
 * @csspart date - Its date.
 * @csspart new - The "new" badge.
 * @csspart pinned - The "pinned" badge.
 * @csspart pager - The page controls.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) board.
 *
 * @event bichig-page-change - {CustomEvent<BichigPageChangeDetail>} The reader moved to another page.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site/column does not exist.
 */
export class BichigNoticeBoard extends BichigNewsList {
  static override styles: CSSResultGroup = [BichigNewsList.styles, noticeBoardStyles];
  static override properties: PropertyDeclarations = {
    newDays: { type: Number, attribute: 'new-days' },
    moreHref: { attribute: 'more-href' },
  };

  /** Notices published within this many days are marked "new" (default 7; 0 turns it off). */
  declare newDays: number;
  /** Where "more" leads (the full column); default: the column's page from `link-pattern`. */
  declare moreHref: string | undefined;

  constructor() {
    super();
    this.pageSize = 8;
    this.newDays = 7;
  }

  /** Whether a notice counts as new at {@link now}. */
  isNew(item: ColumnItem): boolean {
    if (this.newDays <= 0) return false;
    const age = Date.parse(this.moment) - Date.parse(item.article.publishedAt);
    return age >= 0 && age < this.newDays * DAY_MS;
  }

  protected override renderBadges(item: ColumnItem): TemplateResult {
    return html`${super.renderBadges(item)}${
      this.isNew(item)
        ? html`<span class="badge new" part="new" lang=${this.uiLang}>${msg('新', { id: 'notice-board.new' })}</span>`
        : nothing
    }`;
  }

  protected override renderHeading(context: ColumnContext): TemplateResult | typeof nothing {
    if (!context.column) return nothing;
    const href = this.moreHref ?? this.hrefFor('column', context.site.id, context.column.id, context.column.id);
    const columnName = this.textOf(context.column.name);
    return html`<div class="board-head">
      ${super.renderHeading(context)}
      <a
        part="more"
        href=${safeHref(href)}
        lang=${this.uiLang}
        aria-label=${msg(str`更多${columnName}`, { id: 'notice-board.more-label' })}
        >${msg('更多', { id: 'notice-board.more' })}</a
      >
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-notice-board': BichigNoticeBoard;
  }
}
