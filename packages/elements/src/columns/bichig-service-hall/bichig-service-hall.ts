import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ServiceItem } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { serviceHallStyles } from './bichig-service-hall.styles.js';
import { safeHref } from '../../internal/sanitize.js';
import { controlLabel } from '../../internal/control-label.js';

type Audience = ServiceItem['audience'][number];

let nextInstance = 1;

/**
 * The online service hall (网上政务大厅) of a site: its service items, filterable by who applies and
 * by name, and the chosen item's guide (办事指南): conditions, materials (copies, originals, forms
 * to download), steps, the legal and promised time limits in working days, fees, legal basis,
 * where and when to apply, and the number of visits in person. Chinese reads horizontally;
 * Mongolian vertically, the guide's sections advancing left→right.
 *
 * @summary Service guides: conditions, materials, steps, time limits, fees, forms.
 *
 * @csspart filters - The audience and name filters.
 * @csspart services - The list of service items.
 * @csspart service - One item's button in the list.
 * @csspart guide - The chosen item's guide.
 * @csspart materials - The table of materials.
 * @csspart steps - The list of steps.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) layout.
 *
 * @event bichig-service-select - {CustomEvent<{id: string}>} An item was chosen; `id` is its id.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded.
 */
export class BichigServiceHall extends BichigColumnElement {
  static override styles = [...columnBaseStyles, serviceHallStyles];
  static override properties = {
    ...BichigColumnElement.properties,
    service: { reflect: true },
    audience: { reflect: true },
    query: { state: true },
  };

  /** Id of the item whose guide is open (default: the first listed). */
  declare service: string | undefined;
  /** Only items for `individual` or `enterprise` applicants; all when unset. */
  declare audience: Audience | undefined;
  declare private query: string;

  readonly #id = `bichig-service-hall-${nextInstance++}`;

  constructor() {
    super();
    this.query = '';
  }

  /** The items listed after the filters, in the order shown. */
  get shownServices(): ServiceItem[] {
    const context = this.context;
    if (!context) return [];
    const needle = this.query.trim();
    return this.#items(context).filter(
      (s) =>
        (!this.audience || s.audience.includes(this.audience)) &&
        (!needle ||
          (s.name.zh ?? '').includes(needle) ||
          (s.name.mn ?? '').includes(needle) ||
          s.code.includes(needle)),
    );
  }

  #items(context: ColumnContext): ServiceItem[] {
    return context.site.services.filter((s) => !this.column || s.columnId === this.column);
  }

  #select(id: string): void {
    this.service = id;
    this.dispatchEvent(new CustomEvent('bichig-service-select', { detail: { id }, bubbles: true, composed: true }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-guide-title`)?.focus(),
    );
  }

  #days(days: number): string {
    return msg(str`${this.formatNumber(days)} 个工作日`, { id: 'service-hall.working-days' });
  }

  #audienceText(item: ServiceItem): string {
    return item.audience
      .map((a) =>
        a === 'individual'
          ? msg('个人', { id: 'service-hall.audience-individual' })
          : msg('法人', { id: 'service-hall.audience-enterprise' }),
      )
      .join(' · ');
  }

  protected renderColumn(context: ColumnContext): TemplateResult {
    const shown = this.shownServices;
    const current = shown.find((s) => s.id === this.service) ?? shown[0];
    const id = this.#id;
    return html`<section
      class=${context.vertical ? 'vertical hall' : 'hall'}
      part="hall"
      lang=${context.lang}
      aria-labelledby="${id}-heading"
    >
      <h2 id="${id}-heading" class="visually-hidden" lang=${this.uiLang}>
        ${msg('网上办事', { id: 'service-hall.heading' })}
      </h2>
      <form
        class="filters"
        part="filters"
        role="search"
        lang=${this.uiLang}
        aria-label=${msg('查找办事事项', { id: 'service-hall.filters' })}
        @submit=${(e: Event) => e.preventDefault()}
      >
        <fieldset>
          <legend>${msg('服务对象', { id: 'service-hall.audience' })}</legend>
          ${(['', 'individual', 'enterprise'] as const).map(
            (value) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="${id}-audience"
                  value=${value}
                  .checked=${(this.audience ?? '') === value}
                  @change=${() => (this.audience = value || undefined)}
                />
                ${value === '' ? msg('全部', { id: 'service-hall.all' }) : value === 'individual' ? msg('个人办事', { id: 'service-hall.individual' }) : msg('法人办事', { id: 'service-hall.enterprise' })}</label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="${id}-query">${msg('事项名称', { id: 'service-hall.query' })}</label>
          <input
            id="${id}-query"
            type="search"
            lang=${context.lang}
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
      </form>
      <p class="count" role="status" lang=${this.uiLang}>
        ${msg(str`共 ${this.formatNumber(shown.length)} 项`, { id: 'service-hall.count' })}
      </p>
      ${
        shown.length === 0
          ? html`<p class="state empty" part="state" lang=${this.uiLang}>
              ${msg('没有符合条件的事项', { id: 'service-hall.none' })}
            </p>`
          : html`<ul class="services" part="services" aria-label=${msg('办事事项', { id: 'service-hall.list' })}>
                ${shown.map(
                  (s) =>
                    html`<li>
                      <button
                        type="button"
                        part="service"
                        aria-current=${s === current ? 'true' : 'false'}
                        aria-controls="${id}-guide"
                        @click=${() => this.#select(s.id)}
                      >
                        ${controlLabel(this.renderLocalized(s.name))}
                      </button>
                    </li>`,
                )}
              </ul>
              ${current ? this.#renderGuide(current, context) : nothing}`
      }
    </section>`;
  }

  #renderGuide(item: ServiceItem, context: ColumnContext): TemplateResult {
    const id = this.#id;
    const org = context.cluster.orgs.get(item.orgCode);
    const ui = this.uiLang;
    const row = (label: string, value: unknown, valueLang?: string) =>
      html`<div>
        <dt lang=${ui}>${label}</dt>
        <dd lang=${valueLang ?? nothing}>${value}</dd>
      </div>`;
    return html`<article class="guide" part="guide" id="${id}-guide" aria-labelledby="${id}-guide-title">
      <h3 id="${id}-guide-title" tabindex="-1">${this.renderLocalized(item.name)}</h3>
      <div class="part basics">
        <h4 id="${id}-basics" lang=${ui}>${msg('基本信息', { id: 'service-hall.basics' })}</h4>
        <dl>
          ${row(msg('事项编码', { id: 'service-hall.code' }), item.code, 'zxx')}
          ${row(msg('事项类型', { id: 'service-hall.kind' }), this.renderLocalized(item.kind))}
          ${row(msg('实施机构', { id: 'service-hall.org' }), org ? this.renderLocalized(org.name) : item.orgCode)}
          ${row(msg('服务对象', { id: 'service-hall.audience' }), this.#audienceText(item), ui)}
          ${row(msg('法定办结时限', { id: 'service-hall.legal-limit' }), this.#days(item.legalTimeLimitDays), ui)}
          ${row(msg('承诺办结时限', { id: 'service-hall.promised-limit' }), this.#days(item.promisedTimeLimitDays), ui)}
          ${row(msg('到现场次数', { id: 'service-hall.visits' }), msg(str`${this.formatNumber(item.visits)} 次`, { id: 'service-hall.visit-count' }), ui)}
          ${row(
            msg('收费标准', { id: 'service-hall.fee' }),
            item.fee.charged
              ? item.fee.description
                ? this.renderLocalized(item.fee.description)
                : msg('收费', { id: 'service-hall.charged' })
              : msg('不收费', { id: 'service-hall.free' }),
            item.fee.charged && item.fee.description ? undefined : ui,
          )}
          ${row(msg('办理地点', { id: 'service-hall.location' }), this.renderLocalized(item.location))}
          ${row(msg('办理时间', { id: 'service-hall.hours' }), this.renderLocalized(item.hours))}
          ${row(msg('咨询电话', { id: 'service-hall.phone' }), html`<a href="tel:${item.phone}" lang="zxx">${item.phone}</a>`)}
          ${item.onlineUrl ? row(msg('网上办理', { id: 'service-hall.online' }), html`<a href=${safeHref(item.onlineUrl)} lang=${ui}>${msg('在线申请', { id: 'service-hall.apply-online' })}</a>`) : nothing}
        </dl>
      </div>
      <div class="part">
        <h4 id="${id}-conditions" lang=${ui}>${msg('受理条件', { id: 'service-hall.conditions' })}</h4>
        ${
          item.conditions.length
            ? html`<ul class="conditions">
                ${item.conditions.map((c) => html`<li>${this.renderLocalized(c)}</li>`)}
              </ul>`
            : html`<p lang=${ui}>${msg('无', { id: 'service-hall.nothing' })}</p>`
        }
      </div>
      <div class="part">
        <h4 id="${id}-materials" lang=${ui}>${msg('申请材料', { id: 'service-hall.materials' })}</h4>
        ${
          item.materials.length
            ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}-materials">
                <table part="materials">
                  <thead lang=${ui}>
                    <tr>
                      <th scope="col">${msg('材料名称', { id: 'service-hall.material-name' })}</th>
                      <th scope="col">${msg('份数', { id: 'service-hall.copies' })}</th>
                      <th scope="col">${msg('原件', { id: 'service-hall.original' })}</th>
                      <th scope="col">${msg('表格下载', { id: 'service-hall.form' })}</th>
                      <th scope="col">${msg('备注', { id: 'service-hall.note' })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${item.materials.map(
                      (m) =>
                        html`<tr>
                          <td>${this.renderLocalized(m.name)}</td>
                          <td lang=${ui}>
                            ${m.copies === 0 ? msg('电子版', { id: 'service-hall.electronic' }) : this.formatNumber(m.copies)}
                          </td>
                          <td lang=${ui}>
                            ${m.original ? msg('需核验原件', { id: 'service-hall.original-required' }) : msg('不需要', { id: 'service-hall.original-not-required' })}
                          </td>
                          <td>
                            ${
                              m.formUrl
                                ? html`<a href=${safeHref(m.formUrl)} download lang=${ui}
                                    >${msg('下载', { id: 'service-hall.download' })}<span class="visually-hidden"
                                      >${' '}${this.textOf(m.name)}</span
                                    ></a
                                  >`
                                : '—'
                            }
                          </td>
                          <td>${m.note ? this.renderLocalized(m.note) : ''}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : html`<p lang=${ui}>${msg('无', { id: 'service-hall.nothing' })}</p>`
        }
      </div>
      <div class="part">
        <h4 id="${id}-steps" lang=${ui}>${msg('办理流程', { id: 'service-hall.steps' })}</h4>
        <ol class="steps" part="steps">
          ${item.steps.map((step) => html`<li><strong>${this.renderLocalized(step.name)}</strong> ${this.renderLocalized(step.description)}</li>`)}
        </ol>
      </div>
      ${
        item.basis.length
          ? html`<div class="part">
              <h4 id="${id}-basis" lang=${ui}>${msg('设定依据', { id: 'service-hall.basis' })}</h4>
              <ul class="basis">
                ${item.basis.map((b) => html`<li>${this.renderLocalized(b)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
    </article>`;
  }
}
