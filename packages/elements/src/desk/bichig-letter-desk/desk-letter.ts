// A letter on the desk: subject, where and when it came, its deadline, the writer's contact, the
// letter itself (Mongolian set vertically, as the mailbox shows it), its history and reply.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { controlLabel } from '../../internal/control-label.js';
import { langOf } from '../../columns/base/language.js';
import { safeUrl } from '@bichig/cluster/links';
import { purposeLabel, remainingLabel, statusLabel } from './desk-labels.js';
import { renderFlags } from './desk-inbox.js';
import type { DeskView, Remote } from './desk-view.js';
import type { DeskLetter, Language } from './desk-types.js';

/** Paragraphs of letter text: Mongolian in a vertical box (columns left→right, scrolling sideways). */
function renderParagraphs(view: DeskView, paragraphs: readonly string[], language: Language): TemplateResult {
  const lang = langOf(language);
  return language === 'mn'
    ? html`<div
        class="text vertical"
        lang=${lang}
        tabindex="0"
        role="group"
        aria-label=${msg('信件内容', { id: 'mailbox.field.body' })}
      >
        ${paragraphs.map((p) => html`<p>${view.renderText(p, language)}</p>`)}
      </div>`
    : html`<div class="text" lang=${lang}>${paragraphs.map((p) => html`<p>${p}</p>`)}</div>`;
}

export function renderLetter(view: DeskView, item: DeskLetter, back: TemplateResult): TemplateResult {
  const id = view.id;
  const letter = item.letter;
  const flags = item.flags;
  const ui = view.ui;
  const contact = item.contact;
  return html`<article class="desk-letter" part="letter" aria-labelledby="${id}-letter-title">
    ${back}
    <header lang=${ui}>
      <h2 id="${id}-letter-title" tabindex="-1">
        ${
          letter.language === 'mn'
            ? html`<span lang="mn-Mong">${letter.subject}</span>`
            : html`<span lang="zh-Hans">${letter.subject}</span>`
        }
      </h2>
      ${renderFlags(item)}
      <dl class="meta">
        <div>
          <dt>${msg('信箱', { id: 'desk.mailbox' })}</dt>
          <dd>${view.renderLocalized(item.mailbox.name)}</dd>
        </div>
        <div>
          <dt>${msg('信件类型', { id: 'mailbox.field.purpose' })}</dt>
          <dd>${purposeLabel(letter.purpose)}</dd>
        </div>
        <div>
          <dt>${msg('办理状态', { id: 'mailbox.status' })}</dt>
          <dd class="status">${statusLabel(flags.status)}</dd>
        </div>
        <div>
          <dt>${msg('来信日期', { id: 'mailbox.submitted-on' })}</dt>
          <dd>${view.renderDate(letter.submittedAt)}</dd>
        </div>
        ${
          flags.deadline
            ? html`<div>
                <dt>${msg('答复期限', { id: 'mailbox.deadline' })}</dt>
                <dd>
                  ${view.renderDate(flags.deadline)}${
                    flags.remainingWorkingDays !== undefined
                      ? html` <span class="remaining">${remainingLabel(flags.remainingWorkingDays)}</span>`
                      : nothing
                  }
                </dd>
              </div>`
            : nothing
        }
        ${
          letter.handlingOrgCode
            ? html`<div>
                <dt>${msg('办理单位', { id: 'mailbox.handling-org' })}</dt>
                <dd>${view.orgName(letter.handlingOrgCode)}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${msg('是否公开', { id: 'desk.public' })}</dt>
          <dd class="public">
            ${
              item.published
                ? msg('已公开', { id: 'desk.published' })
                : letter.public
                  ? msg('来信人同意公开', { id: 'desk.public-agreed' })
                  : msg('来信人不同意公开', { id: 'desk.private' })
            }
          </dd>
        </div>
        <div>
          <dt>${msg('查询码', { id: 'desk.query-code' })}</dt>
          <dd lang="zxx" class="query-code">${letter.queryCode}</dd>
        </div>
      </dl>
    </header>
    <section class="letter-body" aria-labelledby="${id}-body-title">
      <h3 id="${id}-body-title" lang=${ui}>${msg('来信内容', { id: 'desk.letter-text' })}</h3>
      ${renderParagraphs(view, letter.body, letter.language)}
    </section>
    <section class="contact" part="contact" aria-labelledby="${id}-contact-title" lang=${ui}>
      <h3 id="${id}-contact-title">${msg('来信人联系方式（不公开）', { id: 'desk.contact' })}</h3>
      ${
        contact
          ? html`<dl class="meta">
              <div>
                <dt>${msg('姓名', { id: 'mailbox.field.name' })}</dt>
                <dd lang=${langOf(letter.language)}>${contact.name}</dd>
              </div>
              <div>
                <dt>${msg('联系电话', { id: 'mailbox.field.phone' })}</dt>
                <dd>
                  <a href=${safeUrl(`tel:${contact.phone.replace(/[^+\d]/g, '')}`) ?? nothing}>${contact.phone}</a>
                </dd>
              </div>
              ${
                contact.email
                  ? html`<div>
                      <dt>${msg('电子邮箱', { id: 'mailbox.field.email' })}</dt>
                      <dd><a href=${safeUrl(`mailto:${contact.email}`) ?? nothing}>${contact.email}</a></dd>
                    </div>`
                  : nothing
              }
            </dl>`
          : html`<p class="muted">${msg('未保存联系方式。', { id: 'desk.no-contact' })}</p>`
      }
    </section>
    <section class="history" aria-labelledby="${id}-history-title" lang=${ui}>
      <h3 id="${id}-history-title">${msg('办理过程', { id: 'mailbox.history' })}</h3>
      <ol>
        ${letter.history.map(
          (e) =>
            html`<li>
              ${view.renderDate(e.at)}
              <strong>${statusLabel(e.status)}</strong>${e.orgCode ? html` · ${view.orgName(e.orgCode)}` : nothing}${
                e.note ? html` — <span lang=${langOf(letter.language)}>${e.note}</span>` : nothing
              }
            </li>`,
        )}
      </ol>
    </section>
    ${
      letter.reply
        ? html`<section class="reply" part="reply" aria-labelledby="${id}-reply-title">
            <h3 id="${id}-reply-title" lang=${ui}>${msg('答复', { id: 'desk.reply' })}</h3>
            <p class="reply-meta" lang=${ui}>
              ${view.orgName(letter.reply.orgCode)} · ${view.renderDate(letter.reply.at)}
            </p>
            ${renderParagraphs(view, letter.reply.body, letter.reply.language ?? letter.language)}
          </section>`
        : nothing
    }
  </article>`;
}

/** The letter pane: nothing chosen, loading, not found, failed, or the letter and its steps (`steps`). */
export function renderLetterPane(
  view: DeskView,
  shown: Remote<DeskLetter | null>,
  back: () => void,
  steps: (item: DeskLetter) => TemplateResult,
): TemplateResult {
  if (shown.kind === 'idle')
    return html`<p class="state empty">${msg('请从列表中选择一封信件。', { id: 'desk.choose-letter' })}</p>`;
  const button = html`<button type="button" class="back" @click=${back}>
    ${controlLabel(html`← ${msg('返回信件列表', { id: 'desk.back' })}`)}
  </button>`;
  if (shown.kind === 'failed')
    return html`${button}
      <p class="problem" role="alert">${shown.message}</p>`;
  if (shown.kind === 'loading')
    return html`${button}
      <p class="state" role="status">${msg('正在加载…', { id: 'mailbox.loading' })}</p>`;
  if (!shown.value)
    return html`${button}
      <p class="state">${msg('这封信件不在您的办理范围内。', { id: 'desk.letter-missing' })}</p>`;
  return html`${renderLetter(view, shown.value, button)} ${steps(shown.value)}`;
}
