import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Column } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles } from '../../columns/column-base.js';
import type { ColumnContext } from '../../columns/column-base.js';
import { breadcrumbStyles } from './bichig-breadcrumb.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/**
 * The breadcrumb (当前位置): the chain of sites from the main portal down to this site, then the
 * column (and its parent columns), then the current page's title when there is one, per the
 * WAI-ARIA APG breadcrumb pattern (a labelled navigation, the last item `aria-current="page"`).
 * Mongolian is vertical, the trail running top to bottom.
 *
 * @summary Where the page sits in the cluster: sites, columns, page.
 *
 * @csspart nav - The navigation landmark.
 * @csspart crumb - One link.
 * @csspart current - The current page.
 *
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site/column does not exist.
 */
export class BichigBreadcrumb extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, breadcrumbStyles];
  static override properties: PropertyDeclarations = {
    currentTitle: { attribute: 'current-title' },
  };

  /** The title of the current page (an article), shown last. */
  declare currentTitle: string | undefined;

  #columnChain(context: ColumnContext): Column[] {
    const chain: Column[] = [];
    for (
      let column = context.column;
      column;
      column = column.parentId ? context.site.columns.find((c) => c.id === column!.parentId) : undefined
    ) {
      chain.unshift(column);
      if (chain.length > context.site.columns.length) break;
    }
    return chain;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const sites = context.cluster.ancestry(context.site.id);
    const columns = this.#columnChain(context);
    const crumbs: Array<{ href: string; content: TemplateResult }> = [
      ...sites.map((site) => ({ href: site.path, content: this.renderLocalized(site.name) })),
      ...columns.map((column) => ({
        href: this.hrefFor('column', context.site.id, column.id, column.id),
        content: this.renderLocalized(column.name),
      })),
    ];
    const last = crumbs.length - 1;
    return html`<nav
      part="nav"
      aria-label=${msg('当前位置', { id: 'breadcrumb.label' })}
      class=${context.vertical ? 'vertical' : 'horizontal'}
      lang=${context.lang}
    >
      <ol>
        ${crumbs.map(
          (crumb, i) =>
            html`<li>
              <a
                part=${i === last && !this.currentTitle ? 'crumb current' : 'crumb'}
                href=${safeHref(crumb.href)}
                aria-current=${i === last && !this.currentTitle ? 'page' : nothing}
                >${crumb.content}</a
              >
            </li>`,
        )}
        ${this.currentTitle ? html`<li><span part="current" aria-current="page">${this.renderText(this.currentTitle)}</span></li>` : nothing}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-breadcrumb': BichigBreadcrumb;
  }
}
