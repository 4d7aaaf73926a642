// The inbox: the open and closed lists, a mailbox filter for members of several mailboxes, and
// each letter's subject, mailbox, dates and deadline flags (in words and marks, not colour alone).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { controlLabel } from '../../internal/control-label.js';
import { formatUiNumber, langOf } from '../../columns/base/language.js';
import {
  DESK_VIEWS,
  remainingLabel,
  statusLabel,
  viewLabel,
  warningLabel,
  type DeskView as ListView,
} from './desk-labels.js';
import type { DeskView, Remote } from './desk-view.js';
import type { DeskLetter, DeskLetterPage, Localized, StaffMember } from './desk-types.js';
// The mailbox filter's face reads in the desk's writing mode (WebKit keeps a select horizontal).
import '../../internal/bichig-select.js';

export interface InboxState {
  readonly staff: StaffMember;
  readonly view: ListView;
  readonly mailboxId: string;
  /** Names of the member's mailboxes, as far as known. */
  readonly mailboxNames: ReadonlyMap<string, Localized>;
  readonly page: Remote<DeskLetterPage>;
  readonly selectedId: string | undefined;
}

export interface InboxHandlers {
  view(view: ListView): void;
  mailbox(id: string): void;
  open(letterId: string): void;
  pager(page: DeskLetterPage): TemplateResult | typeof nothing;
}

/** The deadline flags of a letter: overdue and the warning level, each with a mark and words. */
export function renderFlags(item: DeskLetter): TemplateResult | typeof nothing {
  const flags = item.flags;
  if (!flags.overdue && !flags.warning) return nothing;
  return html`<span class="flags">
    ${flags.overdue ? html`<span class="flag overdue" part="flag overdue">⚠ ${msg('已超期', { id: 'mailbox.overdue' })}</span>` : nothing}
    ${
      flags.warning && !flags.overdue
        ? html`<span class="flag warning ${flags.warning}" part="flag warning">● ${warningLabel(flags.warning)}</span>`
        : nothing
    }
  </span>`;
}

function renderItem(view: DeskView, item: DeskLetter, selected: boolean, on: InboxHandlers): TemplateResult {
  const letter = item.letter;
  const flags = item.flags;
  return html`<li class=${flags.overdue ? 'overdue' : flags.warning ? `warning ${flags.warning}` : ''}>
    <button
      type="button"
      class="letter-item"
      data-letter=${letter.id}
      aria-current=${selected ? 'true' : 'false'}
      @click=${() => on.open(letter.id)}
    >
      ${controlLabel(html`<span class="subject" lang=${langOf(letter.language)}>${letter.subject}</span>`)}
      <span class="item-meta">
        <span class="mailbox">${view.renderLocalized(item.mailbox.name)}</span>
        <span class="status">${statusLabel(flags.status)}</span>
        <span class="received"
          >${msg('来信', { id: 'desk.received-short' })} ${view.renderDate(letter.submittedAt)}</span
        >
        ${
          flags.deadline
            ? html`<span class="deadline"
                >${msg('期限', { id: 'desk.deadline-short' })} ${view.renderDate(flags.deadline)}</span
              >`
            : nothing
        }
        ${flags.remainingWorkingDays !== undefined ? html`<span class="remaining">${remainingLabel(flags.remainingWorkingDays)}</span>` : nothing}
      </span>
      ${renderFlags(item)}
    </button>
  </li>`;
}

export function renderInbox(view: DeskView, state: InboxState, on: InboxHandlers): TemplateResult {
  const id = view.id;
  const mailboxes = state.staff.mailboxIds;
  const page = state.page;
  return html`<section class="inbox" part="inbox" aria-labelledby="${id}-inbox-title" lang=${view.ui}>
    <h2 id="${id}-inbox-title" tabindex="-1">${msg('信件', { id: 'desk.inbox' })}</h2>
    <div class="views" role="group" aria-label=${msg('信件范围', { id: 'desk.views' })}>
      ${DESK_VIEWS.map(
        (v) =>
          html`<button
            type="button"
            data-view=${v}
            aria-pressed=${state.view === v ? 'true' : 'false'}
            @click=${() => on.view(v)}
          >
            ${controlLabel(viewLabel(v))}
          </button>`,
      )}
    </div>
    ${
      mailboxes.length > 1
        ? html`<div class="field filter">
            <label for="${id}-mailbox-filter">${msg('信箱', { id: 'desk.mailbox' })}</label>
            <bichig-select
              ><select
                id="${id}-mailbox-filter"
                class="mailbox-filter"
                @change=${(e: Event) => on.mailbox((e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${state.mailboxId === ''}>
                  ${msg('全部信箱', { id: 'desk.all-mailboxes' })}
                </option>
                ${mailboxes.map((m) => {
                  const name = state.mailboxNames.get(m);
                  const label = name ? view.localizedText(name) : { text: m, lang: 'zxx' };
                  return html`<option value=${m} lang=${label.lang} ?selected=${state.mailboxId === m}>
                    ${label.text}
                  </option>`;
                })}
              </select></bichig-select
            >
          </div>`
        : nothing
    }
    ${
      page.kind === 'failed'
        ? html`<p class="problem" role="alert">${page.message}</p>`
        : page.kind !== 'done'
          ? html`<p class="state" role="status">${msg('正在加载…', { id: 'mailbox.loading' })}</p>`
          : html`<p class="count">
                ${msg(str`共 ${formatUiNumber(page.value.total)} 封`, { id: 'mailbox.replied-count' })}${
                  page.value.overdue
                    ? html`<span class="overdue-count"
                        >${msg(str`，其中 ${formatUiNumber(page.value.overdue)} 封已超期`, { id: 'desk.overdue-count' })}</span
                      >`
                    : nothing
                }
              </p>
              ${
                page.value.total === 0
                  ? html`<p class="state empty">
                      ${state.view === 'open' ? msg('没有待办的信件。', { id: 'desk.none-open' }) : msg('没有已办结的信件。', { id: 'desk.none-closed' })}
                    </p>`
                  : html`<ul class="letters" aria-label=${viewLabel(state.view)}>
                      ${page.value.items.map((item) => renderItem(view, item, item.letter.id === state.selectedId, on))}
                    </ul>`
              }
              ${on.pager(page.value)}`
    }
  </section>`;
}
