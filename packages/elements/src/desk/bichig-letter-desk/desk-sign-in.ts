// The sign-in form: shown when nobody is signed in, and again when a session ends (what was typed
// on the letter is kept meanwhile, and the form says so).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { controlLabel } from '../../internal/control-label.js';
import type { DeskView } from './desk-view.js';
import type { StaffMember } from './desk-types.js';

export interface SignInState {
  readonly username: string;
  readonly sending: boolean;
  /** Why the last attempt failed. */
  readonly error?: string | undefined;
  /** The session ended while working: the text typed is kept. */
  readonly sessionEnded: boolean;
}

export function renderSignIn(
  view: DeskView,
  state: SignInState,
  on: { submit(event: Event): void; username(value: string): void },
): TemplateResult {
  const id = view.id;
  return html`<section class="sign-in-page" aria-labelledby="${id}-sign-in-title" lang=${view.ui}>
    <form class="sign-in" part="sign-in" novalidate @submit=${on.submit}>
      <h2 id="${id}-sign-in-title" tabindex="-1">${msg('信件办理平台登录', { id: 'desk.sign-in.title' })}</h2>
      ${
        state.sessionEnded
          ? html`<p class="notice" role="alert">
              ${msg('登录已过期，请重新登录。您填写的内容已保留，登录后可继续。', { id: 'desk.session-ended' })}
            </p>`
          : nothing
      }
      ${state.error ? html`<p class="problem sign-in-error" part="problem" role="alert">${state.error}</p>` : nothing}
      <div class="field">
        <label for="${id}-username">${msg('用户名', { id: 'desk.sign-in.username' })}</label>
        <input
          id="${id}-username"
          name="username"
          autocomplete="username"
          required
          .value=${state.username}
          aria-invalid=${state.error ? 'true' : 'false'}
          @input=${(e: Event) => on.username((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="${id}-password">${msg('密码', { id: 'desk.sign-in.password' })}</label>
        <input
          id="${id}-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid=${state.error ? 'true' : 'false'}
        />
      </div>
      <button type="submit" class="primary" ?disabled=${state.sending}>
        ${controlLabel(state.sending ? msg('正在登录…', { id: 'desk.sign-in.sending' }) : msg('登录', { id: 'desk.sign-in.submit' }))}
      </button>
    </form>
  </section>`;
}

/** The desk's bar: its name, who is signed in (name, role, department) and signing out. */
export function renderBar(view: DeskView, staff: StaffMember | null | undefined, signOut: () => void): TemplateResult {
  return html`<header class="bar">
    <p class="title">${msg('信件办理', { id: 'desk.title' })}</p>
    ${
      staff
        ? html`<p class="who">
              <span class="name">${staff.name}</span>
              <span class="role"
                >${staff.role === 'dispatcher' ? msg('分办', { id: 'desk.role.dispatcher' }) : msg('承办', { id: 'desk.role.handler' })}</span
              >
              ${view.orgName(staff.orgCode)}
            </p>
            <button type="button" class="sign-out" @click=${signOut}>
              ${controlLabel(msg('退出登录', { id: 'desk.sign-out' }))}
            </button>`
        : nothing
    }
  </header>`;
}

/** Before the desk knows who is signed in: no adapter, asking it, or it could not be asked (with a retry). */
export function renderSessionState(
  state: 'not-connected' | 'loading' | 'failed',
  message?: string,
  retry?: () => void,
): TemplateResult {
  if (state === 'not-connected')
    return html`<p class="state">${msg('此信件办理平台尚未连接服务。', { id: 'desk.not-connected' })}</p>`;
  if (state === 'loading')
    return html`<p class="state" role="status">${msg('正在加载…', { id: 'mailbox.loading' })}</p>`;
  return html`<div class="problem session-failed" role="alert">
    <p>${message}</p>
    <button type="button" @click=${retry}>${controlLabel(msg('重试', { id: 'column.retry' }))}</button>
  </div>`;
}
