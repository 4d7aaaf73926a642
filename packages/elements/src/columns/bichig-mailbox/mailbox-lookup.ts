// The mailbox's look-up: a query code in, the letter (status, history, reply) out.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LetterLookup } from '@bichig/cluster/forms';
import { renderLetter } from './mailbox-letters.js';
import type { MailboxView, Remote } from './mailbox-view.js';
import { controlLabel } from '../../internal/control-label.js';

/** The look-up form and what the last look-up found. */
export function renderLookup(
  view: MailboxView,
  code: string,
  state: Remote<LetterLookup | null>,
  on: { submit: (event: Event) => void; input: (code: string) => void },
): TemplateResult {
  const id = view.id;
  const ui = view.ui;
  return html`<form
      class="lookup"
      role="search"
      aria-label=${msg('按查询码查询信件', { id: 'mailbox.lookup-form' })}
      lang=${ui}
      @submit=${on.submit}
    >
      <label for="${id}-code">${msg('查询码', { id: 'mailbox.query-code' })}</label>
      <input
        id="${id}-code"
        lang="zxx"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="12"
        .value=${code}
        @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
      />
      <button type="submit">${controlLabel(msg('查询', { id: 'mailbox.lookup' }))}</button>
    </form>
    <div class="lookup-result" aria-live="polite">
      ${
        state.kind === 'loading'
          ? html`<p role="status" lang=${ui}>${msg('正在查询…', { id: 'mailbox.looking-up' })}</p>`
          : state.kind === 'failed'
            ? html`<p class="problem" role="alert" lang=${ui}>${state.message}</p>`
            : state.kind === 'done'
              ? state.value
                ? renderLetter(view, state.value.letter, state.value)
                : html`<p class="problem" role="alert" lang=${ui}>
                    ${msg(str`没有查询码为 ${code} 的信件，请核对后重试。`, { id: 'mailbox.not-found' })}
                  </p>`
              : nothing
      }
    </div>`;
}
