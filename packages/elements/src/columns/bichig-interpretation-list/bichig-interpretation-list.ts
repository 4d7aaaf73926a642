import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isPublic } from '@bichig/cluster';
import type { Article, Interpretation } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, paginate } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { INTERPRETATION_FORMS, interpretationFormLabel } from '../catalog-labels.js';
import { newsListStyles } from '../bichig-news-list/bichig-news-list.styles.js';
import { interpretationListStyles } from './bichig-interpretation-list.styles.js';
import { safeHref } from '../../internal/sanitize.js';

type InterpretationForm = Interpretation['form'];

/** A reading with its article and the policy it explains. */
export interface InterpretationEntry {
  readonly interpretation: Interpretation;
  readonly article: Article;
  /** The policy's title and where it is, when the catalog has it. */
  readonly policy?: { readonly title: string; readonly href: string; readonly language: 'zh' | 'mn' };
}

/**
 * The policy readings (政策解读) of a site: each reading with its form (text, graphic, video,
 * expert, department), date, and a link to the policy document it explains; filtered by form and
 * paged. With `column`, only the readings published in that column.
 *
 * @summary Policy readings, each linked to its policy, filterable by form.
 *
 * @csspart heading - The title above the list.
 * @csspart filter - The form select.
 * @csspart list - The `<ol>` of readings.
 * @csspart item - One reading.
 * @csspart title - The link to the reading.
 * @csspart policy - The link to the policy it explains.
 * @csspart form - The form badge.
 * @csspart pager - The page controls.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) list.
 *
 * @event bichig-page-change - {CustomEvent<BichigPageChangeDetail>} The reader moved to another page.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site/column does not exist.
 */
export class BichigInterpretationList extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, newsListStyles, interpretationListStyles];
  static override properties: PropertyDeclarations = {
    page: { type: Number, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    form: { reflect: true },
  };

  /** The page shown, 1-based. */
  declare page: number;
  /** Readings per page (default 10). */
  declare pageSize: number;
  /** Only readings of this form (text, graphic, video, expert, official); empty for all. */
  declare form: InterpretationForm | '';

  constructor() {
    super();
    this.page = 1;
    this.pageSize = 10;
    this.form = '';
  }

  /** The public readings of the site (and column), newest first, before the form filter. */
  entries(context: ColumnContext): InterpretationEntry[] {
    const out: InterpretationEntry[] = [];
    for (const interpretation of context.site.interpretations) {
      const found = context.cluster.findArticle(interpretation.articleId);
      if (!found || !isPublic(found.article, this.moment)) continue;
      if (context.column && found.article.columnId !== context.column.id) continue;
      const placed = context.cluster.catalogEntry(interpretation.policyIndexNumber);
      const policyArticle = placed?.entry.articleId ? context.cluster.findArticle(placed.entry.articleId) : undefined;
      out.push({
        interpretation,
        article: found.article,
        ...(placed
          ? {
              policy: {
                title: placed.entry.title,
                language: placed.entry.language,
                href: policyArticle
                  ? this.hrefFor(
                      'article',
                      policyArticle.site.id,
                      policyArticle.article.id,
                      policyArticle.article.columnId,
                    )
                  : this.hrefFor('catalog', placed.siteId, placed.entry.indexNumber),
              },
            }
          : {}),
      });
    }
    return out.sort((a, b) => Date.parse(b.article.publishedAt) - Date.parse(a.article.publishedAt));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('form') && changed.get('form') !== undefined) this.page = 1;
  }

  #renderItem(entry: InterpretationEntry, context: ColumnContext): TemplateResult {
    const { article } = entry;
    return html`<li part="item" lang=${context.lang}>
      <a
        class="title"
        part="title"
        href=${safeHref(this.hrefFor('article', context.site.id, article.id, article.columnId))}
        ><span class="form" part="form" lang=${this.uiLang}
          >[${interpretationFormLabel(entry.interpretation.form)}]</span
        >${this.renderText(article.title, article.language)}</a
      >
      <span class="date" part="date">${this.renderDate(article.publishedAt)}</span>
      ${
        entry.policy
          ? html`<span class="policy"
              ><span lang=${this.uiLang}>${msg('解读：', { id: 'interpretation-list.explains' })}</span
              ><a part="policy" href=${safeHref(entry.policy.href)}
                >${this.renderText(entry.policy.title, entry.policy.language)}</a
              ></span
            >`
          : nothing
      }
    </li>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const all = this.entries(context);
    const filtered = this.form ? all.filter((e) => e.interpretation.form === this.form) : all;
    const { items, page, pages } = paginate(filtered, this.page, Math.max(1, this.pageSize));
    const heading = context.column
      ? this.renderLocalized(context.column.name)
      : html`<span lang=${this.uiLang}>${msg('政策解读', { id: 'interpretation-list.heading' })}</span>`;
    const headingBlock = html`<div role="heading" aria-level="2" part="heading">${heading}</div>`;
    return html`${context.vertical && filtered.length ? nothing : headingBlock}
      <div class="toolbar" lang=${this.uiLang}>
        <label for="form-filter">${msg('解读形式', { id: 'interpretation-list.form-label' })}</label>
        <bichig-select
          ><select
            id="form-filter"
            part="filter"
            @change=${(event: Event) => (this.form = (event.target as HTMLSelectElement).value as InterpretationForm | '')}
          >
            <option value="" ?selected=${!this.form}>${msg('全部', { id: 'interpretation-list.all' })}</option>
            ${INTERPRETATION_FORMS.map((form) => html`<option value=${form} ?selected=${form === this.form}>${interpretationFormLabel(form)}</option>`)}
          </select></bichig-select
        >
        <span role="status"
          >${msg(str`共 ${this.formatUiNumber(filtered.length)} 条`, { id: 'interpretation-list.count' })}</span
        >
      </div>
      ${
        filtered.length === 0
          ? this.renderEmpty()
          : html`<div class=${context.vertical ? 'vertical' : 'horizontal'} lang=${context.lang}>
              ${context.vertical ? headingBlock : nothing}
              <ol part="list">
                ${items.map((entry) => this.#renderItem(entry, context))}
              </ol>
            </div>`
      }
      ${this.renderPager(page, pages, (next) => {
        this.page = next;
        this.dispatchEvent(
          new CustomEvent('bichig-page-change', { detail: { page: next, pages }, bubbles: true, composed: true }),
        );
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-interpretation-list': BichigInterpretationList;
  }
}
