// The mailbox's reading side: a letter (looked up or replied), the replied list and the statistics.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Letter, LetterStatistics } from '@bichig/cluster';
import type { LetterLookup, LetterPage, MailboxStatistics } from '@bichig/cluster/forms';
import { langOf } from '../column-base.js';
import { purposeLabel, statusLabel } from './mailbox-labels.js';
import type { MailboxView, Remote } from './mailbox-view.js';

export function orgName(view: MailboxView, code: string | undefined): TemplateResult | string {
  if (!code) return '—';
  const org = view.context.cluster.orgs.get(code);
  return org ? view.renderLocalized(org.name) : code;
}

/** A letter: subject, dates, status and history (for its writer's look-up), body and reply. */
export function renderLetter(view: MailboxView, letter: Letter, lookup?: LetterLookup): TemplateResult {
  const ui = view.ui;
  const flags = lookup?.flags;
  const letterLang = langOf(letter.language);
  return html`<article class="letter" part="letter" lang=${letterLang}>
    <h3>${view.renderText(letter.subject, letter.language)}</h3>
    <dl class="meta" lang=${ui}>
      <div>
        <dt>${msg('信件类型', { id: 'mailbox.field.purpose' })}</dt>
        <dd>${purposeLabel(letter.purpose)}</dd>
      </div>
      <div>
        <dt>${msg('来信日期', { id: 'mailbox.submitted-on' })}</dt>
        <dd>${view.renderDate(letter.submittedAt)}</dd>
      </div>
      ${
        flags
          ? html`<div>
                <dt>${msg('办理状态', { id: 'mailbox.status' })}</dt>
                <dd class="status ${flags.status}">
                  ${statusLabel(flags.status)}${flags.overdue ? html` · <strong>${msg('已超期', { id: 'mailbox.overdue' })}</strong>` : nothing}
                </dd>
              </div>
              ${
                flags.deadline
                  ? html`<div>
                      <dt>${msg('答复期限', { id: 'mailbox.deadline' })}</dt>
                      <dd>${view.renderDate(flags.deadline)}</dd>
                    </div>`
                  : nothing
              }`
          : nothing
      }
      ${
        letter.handlingOrgCode
          ? html`<div>
              <dt>${msg('办理单位', { id: 'mailbox.handling-org' })}</dt>
              <dd>${orgName(view, letter.handlingOrgCode)}</dd>
            </div>`
          : nothing
      }
    </dl>
    <div class="body">${letter.body.map((p) => html`<p>${view.renderText(p, letter.language)}</p>`)}</div>
    ${
      lookup
        ? html`<ol class="history" aria-label=${msg('办理过程', { id: 'mailbox.history' })} lang=${ui}>
            ${letter.history.map((e) => html`<li>${view.renderDate(e.at)} ${statusLabel(e.status)}${e.note ? html` — <span lang=${letterLang}>${e.note}</span>` : nothing}</li>`)}
          </ol>`
        : nothing
    }
    ${
      letter.reply
        ? html`<section class="reply" part="reply">
            <h4 lang=${ui}>${msg(str`答复（${view.formatDate(letter.reply.at)}）`, { id: 'mailbox.reply' })}</h4>
            <p class="reply-org">${orgName(view, letter.reply.orgCode)}</p>
            ${letter.reply.body.map((p) => html`<p>${view.renderText(p, letter.language)}</p>`)}
          </section>`
        : nothing
    }
  </article>`;
}

/** One page of the public replied letters, with the pager the element draws. */
export function renderReplied(
  view: MailboxView,
  state: Remote<LetterPage>,
  pager: (page: LetterPage) => TemplateResult | typeof nothing,
): TemplateResult {
  const ui = view.ui;
  if (state.kind === 'failed') return html`<p class="problem" role="alert" lang=${ui}>${state.message}</p>`;
  if (state.kind !== 'done')
    return html`<p role="status" lang=${ui}>${msg('正在加载…', { id: 'mailbox.loading' })}</p>`;
  const page = state.value;
  if (page.total === 0)
    return html`<p class="state empty" lang=${ui}>${msg('暂无公开的回复', { id: 'mailbox.no-replies' })}</p>`;
  return html`<p class="count" lang=${ui}>
      ${msg(str`共 ${view.formatNumber(page.total)} 封`, { id: 'mailbox.replied-count' })}
    </p>
    <div class="letters">${page.items.map((letter) => renderLetter(view, letter))}</div>
    ${pager(page)}`;
}

function rate(view: MailboxView, value: number | null): string {
  return value === null ? '—' : view.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 2 });
}

/** The public statistics: totals and a table per handling department. */
export function renderStatistics(view: MailboxView, state: Remote<MailboxStatistics>): TemplateResult {
  const ui = view.ui;
  if (state.kind === 'failed') return html`<p class="problem" role="alert" lang=${ui}>${state.message}</p>`;
  if (state.kind !== 'done')
    return html`<p role="status" lang=${ui}>${msg('正在加载…', { id: 'mailbox.loading' })}</p>`;
  const { overall, byDepartment } = state.value;
  const figures = (s: LetterStatistics) => [
    view.formatNumber(s.received),
    view.formatNumber(s.answered),
    rate(view, s.answerRate),
    rate(view, s.onTimeRate),
  ];
  return html`<section class="statistics" part="statistics" lang=${ui}>
    <dl class="totals">
      <div>
        <dt>${msg('收到来信', { id: 'mailbox.stat.received' })}</dt>
        <dd data-stat="received">${view.formatNumber(overall.received)}</dd>
      </div>
      <div>
        <dt>${msg('已答复', { id: 'mailbox.stat.answered' })}</dt>
        <dd data-stat="answered">${view.formatNumber(overall.answered)}</dd>
      </div>
      <div>
        <dt>${msg('答复率', { id: 'mailbox.stat.answer-rate' })}</dt>
        <dd data-stat="answer-rate">${rate(view, overall.answerRate)}</dd>
      </div>
      <div>
        <dt>${msg('按期答复率', { id: 'mailbox.stat.on-time-rate' })}</dt>
        <dd data-stat="on-time-rate">${rate(view, overall.onTimeRate)}</dd>
      </div>
      <div>
        <dt>${msg('满意率', { id: 'mailbox.stat.satisfaction-rate' })}</dt>
        <dd data-stat="satisfaction-rate">${rate(view, overall.satisfactionRate)}</dd>
      </div>
    </dl>
    ${
      byDepartment.length
        ? html`<div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label=${msg('各部门办理情况', { id: 'mailbox.by-department' })}
          >
            <table>
              <caption>
                ${msg('各部门办理情况', { id: 'mailbox.by-department' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('办理单位', { id: 'mailbox.handling-org' })}</th>
                  <th scope="col">${msg('收到来信', { id: 'mailbox.stat.received' })}</th>
                  <th scope="col">${msg('已答复', { id: 'mailbox.stat.answered' })}</th>
                  <th scope="col">${msg('答复率', { id: 'mailbox.stat.answer-rate' })}</th>
                  <th scope="col">${msg('按期答复率', { id: 'mailbox.stat.on-time-rate' })}</th>
                </tr>
              </thead>
              <tbody>
                ${byDepartment.map(
                  (row) =>
                    html`<tr data-org=${row.orgCode}>
                      <th scope="row" lang=${view.context.lang}>${orgName(view, row.orgCode)}</th>
                      ${figures(row.statistics).map((f) => html`<td>${f}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
  </section>`;
}
