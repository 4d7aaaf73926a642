import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PriceReport } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { priceTableStyles } from './bichig-price-table.styles.js';

/**
 * Livestock and produce prices (农畜产品行情) for herders: one market's report of one day as a
 * table — product, unit, price, change against the previous report — with selects for the market
 * and the date. In Chinese the table is horizontal; in Mongolian the same table is set
 * vertical-lr, so its rows become columns read left→right and every cell reads top→bottom.
 * Changes are written with a sign and a word for screen readers, never by colour alone.
 *
 * @summary A price table that reads in both writing modes, with market and date selects.
 *
 * @csspart heading - The title above the table.
 * @csspart filters - The market and date selects.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption (market and date).
 * @csspart up - A rising change.
 * @csspart down - A falling change.
 * @csspart state - Loading, empty and error notes.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) table.
 * @cssprop --bichig-price-up - Colour of rises (default #b3261e, red as Chinese markets show rises).
 * @cssprop --bichig-price-down - Colour of falls (default #0b6e4f).
 *
 * @event bichig-report-change - {CustomEvent<{reportId: string}>} The reader picked another market or date.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site/column does not exist.
 */
export class BichigPriceTable extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, priceTableStyles];
  static override properties: PropertyDeclarations = {
    report: { reflect: true },
  };

  /** Id of the report shown; default: the newest report in the column (or on the site). */
  declare report: string | undefined;

  /** The column's reports (or all of the site's), newest first. */
  reports(context: ColumnContext): PriceReport[] {
    const reports = context.site.prices.filter((r) => !context.column || r.columnId === context.column.id);
    return reports.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }

  #choose(reportId: string): void {
    this.report = reportId;
    this.dispatchEvent(
      new CustomEvent('bichig-report-change', { detail: { reportId }, bubbles: true, composed: true }),
    );
  }

  #renderChange(change: number | undefined): TemplateResult | typeof nothing {
    if (change === undefined) return html`<span lang=${this.uiLang}>—</span>`;
    const magnitude = this.formatNumber(Math.abs(change), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    if (change > 0)
      return html`<span class="up" part="up"
        ><span aria-hidden="true">▲</span
        ><span class="visually-hidden" lang=${this.uiLang}>${msg('上涨', { id: 'price-table.up' })}</span>
        ${magnitude}%</span
      >`;
    if (change < 0)
      return html`<span class="down" part="down"
        ><span aria-hidden="true">▼</span
        ><span class="visually-hidden" lang=${this.uiLang}>${msg('下跌', { id: 'price-table.down' })}</span>
        ${magnitude}%</span
      >`;
    return html`<span lang=${this.uiLang}>${msg('持平', { id: 'price-table.flat' })}</span>`;
  }

  protected override renderColumn(context: ColumnContext): unknown {
    const reports = this.reports(context);
    const heading = context.column
      ? this.renderLocalized(context.column.name)
      : html`<span lang=${this.uiLang}>${msg('农畜产品行情', { id: 'price-table.heading' })}</span>`;
    if (!reports.length)
      return html`<div role="heading" aria-level="2" part="heading">${heading}</div>
        ${this.renderEmpty()}`;
    const current = reports.find((r) => r.id === this.report) ?? reports[0]!;
    const marketKey = (r: PriceReport) => r.market.zh ?? r.market.mn ?? '';
    const markets = [...new Map(reports.map((r) => [marketKey(r), r])).values()];
    const sameMarket = reports.filter((r) => marketKey(r) === marketKey(current));
    const headingBlock = html`<div role="heading" aria-level="2" part="heading">${heading}</div>`;
    return html`${context.vertical ? nothing : headingBlock}
      <div class="filters" part="filters" lang=${this.uiLang}>
        <label
          >${msg('市场', { id: 'price-table.market' })}
          <bichig-select
            ><select
              @change=${(event: Event) => {
                const key = (event.target as HTMLSelectElement).value;
                const newest = reports.find((r) => marketKey(r) === key);
                if (newest) this.#choose(newest.id);
              }}
            >
              ${markets.map((r) => html`<option value=${marketKey(r)} ?selected=${marketKey(r) === marketKey(current)} lang=${context.lang}>${this.textOf(r.market)}</option>`)}
            </select></bichig-select
          ></label
        >
        <label
          >${msg('日期', { id: 'price-table.date' })}
          <bichig-select
            ><select @change=${(event: Event) => this.#choose((event.target as HTMLSelectElement).value)}>
              ${sameMarket.map((r) => html`<option value=${r.id} ?selected=${r.id === current.id} lang=${context.lang}>${this.formatDate(r.date)}</option>`)}
            </select></bichig-select
          ></label
        >
      </div>
      <div
        class=${context.vertical ? 'vertical' : 'horizontal'}
        lang=${context.lang}
        tabindex="0"
        role="region"
        aria-labelledby="caption"
      >
        ${context.vertical ? headingBlock : nothing}
        <table part="table">
          <caption part="caption" id="caption">
            ${this.renderLocalized(current.market)} ${this.renderDate(current.date)}
          </caption>
          <thead lang=${this.uiLang}>
            <tr>
              <th scope="col">${msg('品名', { id: 'price-table.product' })}</th>
              <th scope="col">${msg('单位', { id: 'price-table.unit' })}</th>
              <th scope="col">${msg('价格', { id: 'price-table.price' })}</th>
              <th scope="col">${msg('涨跌', { id: 'price-table.change' })}</th>
            </tr>
          </thead>
          <tbody>
            ${current.prices.map(
              (price) =>
                html`<tr>
                  <th scope="row">${this.renderLocalized(price.name)}</th>
                  <td>${this.renderLocalized(price.unit)}</td>
                  <td class="number">
                    ${this.formatNumber(price.price, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                  </td>
                  <td class="number">${this.#renderChange(price.changePercent)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-price-table': BichigPriceTable;
  }
}
