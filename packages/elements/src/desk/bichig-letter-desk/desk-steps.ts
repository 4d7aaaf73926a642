// The steps a member may take on the letter shown (its `actions`): route to a department, mark it
// invalid or a duplicate with a note, start, reply in Chinese or Mongolian and publish. Problems are
// shown at their fields; what was typed stays in the draft until the step is taken, and is shown
// read-only when the letter no longer offers its form (someone else took a step meanwhile).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { controlLabel } from '../../internal/control-label.js';
import { langTag } from '@bichig/core/mongolian';
import { draftRestoredMessage, problemMessage } from '../../columns/adapter/problem-messages.js';
import { actionLabel, stepFieldLabel } from './desk-labels.js';
import type { DeskView, Remote, StepHandlers, StepState } from './desk-view.js';
import type { DeskDepartment, DeskLetter, Language } from './desk-types.js';
// The department select's face reads in the desk's writing mode (WebKit keeps a select horizontal).
import '../../internal/bichig-select.js';

function problemsAt(state: StepState, field: string) {
  return state.problems.filter((p) => p.field === field);
}

function renderProblems(view: DeskView, state: StepState, field: string): TemplateResult | typeof nothing {
  const problems = problemsAt(state, field);
  if (!problems.length) return nothing;
  return html`<p class="problem" part="problem" id="${view.id}-problem-${field}" lang=${view.ui}>
    ${problems.map((p) => problemMessage(p, stepFieldLabel(field))).join(' ')}
  </p>`;
}

const describedBy = (view: DeskView, state: StepState, field: string, extra?: string) =>
  [problemsAt(state, field).length ? `${view.id}-problem-${field}` : '', extra ?? ''].filter(Boolean).join(' ') ||
  nothing;
const invalid = (state: StepState, field: string) => (problemsAt(state, field).length ? 'true' : 'false');

function renderAccept(
  view: DeskView,
  state: StepState,
  departments: Remote<readonly DeskDepartment[]>,
  on: StepHandlers,
): TemplateResult {
  const id = view.id;
  const list = departments.kind === 'done' ? departments.value : [];
  return html`<form class="step accept" data-action="accept" novalidate @submit=${(e: Event) => on.take('accept', e)}>
    <h4>${msg('受理并转交承办单位', { id: 'desk.accept.title' })}</h4>
    <div class="field">
      <label for="${id}-department">${stepFieldLabel('handlingOrgCode')} *</label>
      <bichig-select
        ><select
          id="${id}-department"
          data-field="handlingOrgCode"
          required
          aria-invalid=${invalid(state, 'handlingOrgCode')}
          aria-describedby=${describedBy(view, state, 'handlingOrgCode')}
          @change=${(e: Event) => on.keep({ handlingOrgCode: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${state.draft.handlingOrgCode === ''}>
            ${departments.kind === 'loading' ? msg('正在加载…', { id: 'mailbox.loading' }) : msg('请选择', { id: 'desk.choose' })}
          </option>
          ${list.map((d) => {
            const name = view.localizedText(d.name);
            return html`<option
              value=${d.orgCode}
              lang=${name.lang}
              ?selected=${state.draft.handlingOrgCode === d.orgCode}
            >
              ${name.text}
            </option>`;
          })}
        </select></bichig-select
      >
      ${departments.kind === 'failed' ? html`<p class="problem">${departments.message}</p>` : nothing}
      ${renderProblems(view, state, 'handlingOrgCode')}
    </div>
    <button type="submit" class="primary" ?disabled=${state.sending !== undefined}>
      ${controlLabel(actionLabel('accept'))}
    </button>
  </form>`;
}

function renderRefuse(view: DeskView, item: DeskLetter, state: StepState, on: StepHandlers): TemplateResult {
  const id = view.id;
  const actions = item.actions.filter((a) => a === 'mark-invalid' || a === 'mark-duplicate');
  return html`<form class="step refuse" data-action="refuse" novalidate @submit=${(e: Event) => e.preventDefault()}>
    <h4>${msg('不予受理', { id: 'desk.refuse.title' })}</h4>
    <div class="field">
      <label for="${id}-note">${stepFieldLabel('note')} *</label>
      <textarea
        id="${id}-note"
        data-field="note"
        rows="3"
        required
        lang=${langTag(item.letter.language)}
        .value=${state.draft.note}
        aria-invalid=${invalid(state, 'note')}
        aria-describedby=${describedBy(view, state, 'note', `${id}-note-hint`)}
        @input=${(e: Event) => on.keep({ note: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <p class="hint" id="${id}-note-hint">
        ${msg('说明将告知来信人：无效的原因，或与哪封信件重复。', { id: 'desk.note.hint' })}
      </p>
      ${renderProblems(view, state, 'note')}
    </div>
    <div class="buttons">
      ${actions.map(
        (a) =>
          html`<button
            type="button"
            data-action=${a}
            ?disabled=${state.sending !== undefined}
            @click=${(e: Event) => on.take(a, e)}
          >
            ${controlLabel(actionLabel(a))}
          </button>`,
      )}
    </div>
  </form>`;
}

function renderReply(view: DeskView, item: DeskLetter, state: StepState, on: StepHandlers): TemplateResult {
  const id = view.id;
  const draft = state.draft;
  const language = draft.replyLanguage;
  const mayPublish = item.letter.public;
  const languages: Array<[Language, string]> = [
    ['zh', msg('中文', { id: 'desk.language.zh' })],
    ['mn', msg('蒙古文', { id: 'desk.language.mn' })],
  ];
  return html`<form class="step reply-form" data-action="reply" novalidate @submit=${(e: Event) => on.take('reply', e)}>
    <h4>${msg('答复来信', { id: 'desk.reply.title' })}</h4>
    <fieldset class="languages" aria-invalid=${invalid(state, 'language')}>
      <legend>${stepFieldLabel('language')}</legend>
      ${languages.map(
        ([value, label]) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="${id}-language"
              value=${value}
              .checked=${language === value}
              @change=${() => on.keep({ replyLanguage: value })}
            />
            ${label}</label
          >`,
      )}
      ${renderProblems(view, state, 'language')}
    </fieldset>
    <div class="field reply-field">
      <label for="${id}-reply">${stepFieldLabel('body')} *</label>
      ${
        language === 'mn'
          ? html`<bichig-textarea
                id="${id}-reply"
                data-field="body"
                lang="mn-Mong"
                required
                .value=${draft.reply.mn}
                aria-invalid=${invalid(state, 'body')}
                aria-describedby=${describedBy(view, state, 'body')}
                @input=${(e: Event) => on.keep({ reply: { ...draft.reply, mn: (e.currentTarget as HTMLTextAreaElement).value } })}
              ></bichig-textarea>
              <bichig-keyboard part="keyboard" lang=${view.ui} renderer=${view.renderer}></bichig-keyboard>`
          : html`<textarea
              id="${id}-reply"
              data-field="body"
              lang="zh-Hans"
              rows="8"
              required
              .value=${draft.reply.zh}
              aria-invalid=${invalid(state, 'body')}
              aria-describedby=${describedBy(view, state, 'body')}
              @input=${(e: Event) => on.keep({ reply: { ...draft.reply, zh: (e.target as HTMLTextAreaElement).value } })}
            ></textarea>`
      }
      ${renderProblems(view, state, 'body')}
    </div>
    <div class="field">
      <label class="choice publish">
        <input
          type="checkbox"
          data-field="publish"
          .checked=${mayPublish && draft.publish}
          ?disabled=${!mayPublish}
          aria-describedby="${id}-publish-note"
          @change=${(e: Event) => on.keep({ publish: (e.target as HTMLInputElement).checked })}
        />
        ${msg('在门户网站公开此信件和答复', { id: 'desk.publish' })}
      </label>
      <p class="hint" id="${id}-publish-note">
        ${
          mayPublish
            ? msg('来信人同意公开；公开时不显示联系方式。', { id: 'desk.publish.allowed' })
            : msg('来信人不同意公开，此信件和答复不能公开。', { id: 'desk.publish.not-allowed' })
        }
      </p>
      ${renderProblems(view, state, 'publish')}
    </div>
    <button type="submit" class="primary" ?disabled=${state.sending !== undefined}>
      ${controlLabel(state.sending === 'reply' ? msg('正在发送…', { id: 'desk.sending' }) : actionLabel('reply'))}
    </button>
  </form>`;
}

/** What was typed for steps the letter no longer offers: kept, read-only, to copy. */
function renderKept(view: DeskView, item: DeskLetter, state: StepState): TemplateResult | typeof nothing {
  const draft = state.draft;
  const kept: Array<[string, string, string]> = [];
  if (!item.actions.includes('reply')) {
    if (draft.reply.zh.trim()) kept.push(['reply-zh', stepFieldLabel('body'), draft.reply.zh]);
    if (draft.reply.mn.trim()) kept.push(['reply-mn', stepFieldLabel('body'), draft.reply.mn]);
  }
  if (!item.actions.includes('mark-invalid') && !item.actions.includes('mark-duplicate') && draft.note.trim())
    kept.push(['note', stepFieldLabel('note'), draft.note]);
  if (!kept.length) return nothing;
  return html`<section class="kept" aria-labelledby="${view.id}-kept-title">
    <h4 id="${view.id}-kept-title">${msg('未发送的内容（已保留，可复制）', { id: 'desk.kept.title' })}</h4>
    ${kept.map(
      ([key, label, text]) =>
        html`<div class="field">
          <label for="${view.id}-kept-${key}">${label}</label>
          ${
            key === 'reply-mn'
              ? html`<bichig-textarea
                  id="${view.id}-kept-${key}"
                  data-kept=${key}
                  lang="mn-Mong"
                  readonly
                  .value=${text}
                ></bichig-textarea>`
              : html`<textarea
                  id="${view.id}-kept-${key}"
                  data-kept=${key}
                  readonly
                  rows="4"
                  .value=${text}
                ></textarea>`
          }
        </div>`,
    )}
  </section>`;
}

export function renderSteps(
  view: DeskView,
  item: DeskLetter,
  state: StepState,
  departments: Remote<readonly DeskDepartment[]>,
  on: StepHandlers,
): TemplateResult {
  const actions = item.actions;
  const outcome = state.outcome;
  return html`<section class="steps" part="steps" aria-labelledby="${view.id}-steps-title" lang=${view.ui}>
    <h3 id="${view.id}-steps-title">${msg('办理', { id: 'desk.steps' })}</h3>
    ${state.restored ? html`<p class="draft-restored" role="status">${draftRestoredMessage()}</p>` : nothing}
    ${outcome ? html`<p class="outcome ${outcome.kind}" part="outcome" tabindex="-1">${outcome.text}</p>` : nothing}
    ${actions.length === 0 ? html`<p class="muted">${msg('这封信件目前没有需要您办理的事项。', { id: 'desk.nothing-to-do' })}</p>` : nothing}
    ${actions.includes('accept') ? renderAccept(view, state, departments, on) : nothing}
    ${
      actions.includes('start')
        ? html`<div class="step start">
            <button
              type="button"
              data-action="start"
              ?disabled=${state.sending !== undefined}
              @click=${(e: Event) => on.take('start', e)}
            >
              ${controlLabel(actionLabel('start'))}
            </button>
          </div>`
        : nothing
    }
    ${actions.includes('reply') ? renderReply(view, item, state, on) : nothing}
    ${actions.includes('mark-invalid') || actions.includes('mark-duplicate') ? renderRefuse(view, item, state, on) : nothing}
    ${renderKept(view, item, state)}
  </section>`;
}
