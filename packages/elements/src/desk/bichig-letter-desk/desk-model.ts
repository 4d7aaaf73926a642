// The desk's pure pieces: the step an action takes with what was typed, a fresh draft and what a
// step leaves of it, a task's state as the templates read it, and the view the templates render with.
import { html } from 'lit';
import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import { pickLocalized } from '@bichig/cluster';
import { formatDate } from '@bichig/core/format';
import { langOf } from '../../columns/base/language.js';
import { getLocale } from '../../localize.js';
import type { RendererMode } from '../../internal/renderer.js';
import { msg } from '@lit/localize';
import { failureMessage } from '../../columns/adapter/problem-messages.js';
import { loadFailure, stepFailure } from './desk-labels.js';
import type { DeskView, Remote, StepDraft, StepOutcome } from './desk-view.js';
import {
  DeskConflictError,
  type DeskAction,
  type DeskDepartment,
  type DeskLetter,
  type DeskStep,
  type Localized,
} from './desk-types.js';

/** The step an action takes with what was typed. */
export function stepOf(action: DeskAction, draft: StepDraft, item: DeskLetter): DeskStep {
  switch (action) {
    case 'accept':
      return { action, handlingOrgCode: draft.handlingOrgCode };
    case 'start':
      return { action };
    case 'mark-invalid':
    case 'mark-duplicate':
      return { action, note: draft.note };
    case 'reply':
      return {
        action,
        language: draft.replyLanguage,
        body: draft.reply[draft.replyLanguage],
        publish: item.letter.public && draft.publish,
      };
  }
}

/** Nothing typed yet: the reply in the letter's language, published if the writer agreed. */
export function emptyDraft(item: DeskLetter): StepDraft {
  return {
    handlingOrgCode: '',
    note: '',
    replyLanguage: item.letter.language,
    reply: { zh: '', mn: '' },
    publish: item.letter.public,
  };
}

/** The draft once `action` was taken: what that step sent is done with, the rest stays. */
export function draftAfter(draft: StepDraft, action: DeskAction): StepDraft {
  if (action === 'reply') return { ...draft, reply: { zh: '', mn: '' } };
  if (action === 'accept') return { ...draft, handlingOrgCode: '' };
  if (action === 'mark-invalid' || action === 'mark-duplicate') return { ...draft, note: '' };
  return draft;
}

/** A task's state as the templates read it: its last value stays on screen while it runs again. */
export function remoteOf<T>(task: Task<readonly unknown[], T>): Remote<T> {
  if (task.status === TaskStatus.ERROR) return { kind: 'failed', message: loadFailure(task.error) };
  if (task.value !== undefined) return { kind: 'done', value: task.value };
  return task.status === TaskStatus.INITIAL ? { kind: 'idle' } : { kind: 'loading' };
}

/** The view of the desk in the current interface locale. */
export function deskView(id: string, renderer: RendererMode, departments: readonly DeskDepartment[]): DeskView {
  const ui = getLocale();
  const dateLocale = ui === 'mn-Mong' || ui === 'en' ? ui : 'zh-Hans';
  const uiLanguage = ui === 'mn-Mong' ? 'mn' : 'zh';
  const names = new Map(departments.map((d) => [d.orgCode, d.name]));
  const localizedText = (value: Localized) => {
    const picked = pickLocalized(value, uiLanguage);
    return { text: picked.text, lang: langOf(picked.language) };
  };
  const localized = (value: Localized) => {
    const { text, lang } = localizedText(value);
    return html`<span lang=${lang}>${text}</span>`;
  };
  const formatted = (value: string) => {
    try {
      return formatDate(value, { style: 'numeric', locale: dateLocale });
    } catch {
      return value;
    }
  };
  return {
    id,
    ui,
    uiLanguage,
    renderer,
    formatDate: formatted,
    renderDate: (value) => html`<time datetime=${value.slice(0, 10)} lang=${ui}>${formatted(value)}</time>`,
    renderText: (text, language) =>
      language === 'mn'
        ? html`<bichig-text lang="mn-Mong" renderer=${renderer} .text=${text}></bichig-text>`
        : html`<span lang="zh-Hans">${text}</span>`,
    renderLocalized: localized,
    localizedText,
    orgName: (code) => {
      if (!code) return '—';
      const name = names.get(code);
      return name ? localized(name) : code;
    },
  };
}

/** The names of mailboxes known so far, with those of `items` (the same map when nothing is new). */
export function mailboxNamesWith(
  names: ReadonlyMap<string, Localized>,
  items: readonly DeskLetter[],
): ReadonlyMap<string, Localized> {
  const unknown = items.filter((i) => !names.has(i.mailbox.id));
  if (!unknown.length) return names;
  const more = new Map(names);
  for (const item of unknown) more.set(item.mailbox.id, item.mailbox.name);
  return more;
}

/** Whether nothing has been typed or chosen for the letter's steps (the publish box alone is no draft). */
export function isBlankDraft(draft: StepDraft): boolean {
  return !draft.handlingOrgCode && !draft.note && !draft.reply.zh && !draft.reply.mn;
}

/** A stored draft, checked field by field (a damaged record gives `undefined`, never a broken form). */
export function acceptDraft(stored: unknown): StepDraft | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Record<string, unknown>;
  const reply = (typeof s.reply === 'object' && s.reply !== null ? s.reply : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const draft: StepDraft = {
    handlingOrgCode: text(s.handlingOrgCode),
    note: text(s.note),
    replyLanguage: s.replyLanguage === 'mn' ? 'mn' : 'zh',
    reply: { zh: text(reply.zh), mn: text(reply.mn) },
    publish: s.publish === true,
  };
  return isBlankDraft(draft) ? undefined : draft;
}

/** The draft with the fields' live values (`live(field)` is `undefined` for a field not shown). */
export function draftWithLive(draft: StepDraft, live: (field: string) => string | undefined): Partial<StepDraft> {
  const body = live('body');
  return {
    note: live('note') ?? draft.note,
    handlingOrgCode: live('handlingOrgCode') ?? draft.handlingOrgCode,
    reply: body === undefined ? draft.reply : { ...draft.reply, [draft.replyLanguage]: body },
  };
}

/** What the desk says when a step failed (not for an ended session or refused fields, which it shows otherwise). */
export function failedOutcome(error: unknown): StepOutcome {
  if (error instanceof DeskConflictError)
    return {
      kind: 'conflict',
      text: error.letter
        ? msg('这封信件已被他人办理，下面是它现在的状态。您填写的内容已保留。', { id: 'desk.conflict' })
        : msg('这封信件已不在您的办理范围内。您填写的内容已保留。', { id: 'desk.conflict-gone' }),
    };
  return { kind: 'failed', text: stepFailure(error) ?? failureMessage(error) };
}
