// Helpers for the staff desk's tests: staff accounts on the fixture cluster's main portal (a
// dispatcher and two handling departments), a desk mounted on a MemoryDeskAdapter with a pinned
// clock, and waiting for it to have answered.
import type { StaffAccount } from '@bichig/elements';
import { MemoryDeskAdapter, type BichigLetterDesk } from '@bichig/elements';
import { $, $$, fixtureCluster, mount, settled, until } from './interactive-columns.js';

export const DESK_NOW = '2026-11-25T10:00:00+08:00';
export const SITE_ORG = '111525009MDLRLRJ15';
/** 锡林郭勒盟交通运输局: letter-0014 accepted (public), letter-0033 in progress and overdue. */
export const TRANSPORT = '1115250057X8F63XWE';
/** 锡林郭勒盟人力资源和社会保障局: letter-0060 private and overdue, letter-0058 and -0090 public. */
export const SOCIAL = '111525000GFEDHHBY4';
const ALL_MAILBOXES = ['leader', 'messages', 'petition', 'hotline'];

export const ACCOUNTS: StaffAccount[] = [
  {
    member: {
      username: 'bangongshi',
      name: '乌兰',
      siteId: 'xlgl',
      orgCode: SITE_ORG,
      role: 'dispatcher',
      mailboxIds: ALL_MAILBOXES,
    },
    password: 'dispatch-2026',
  },
  {
    member: {
      username: 'jiaotong',
      name: '巴特尔',
      siteId: 'xlgl',
      orgCode: TRANSPORT,
      role: 'handler',
      mailboxIds: ALL_MAILBOXES,
    },
    password: 'transport-2026',
  },
  {
    member: {
      username: 'jiaotong2',
      name: '其木格',
      siteId: 'xlgl',
      orgCode: TRANSPORT,
      role: 'handler',
      mailboxIds: ALL_MAILBOXES,
    },
    password: 'transport-2026b',
  },
  {
    member: {
      username: 'renshe',
      name: '萨仁',
      siteId: 'xlgl',
      orgCode: SOCIAL,
      role: 'handler',
      mailboxIds: ['messages', 'hotline'],
    },
    password: 'social-2026',
  },
  {
    member: {
      username: 'mn-office',
      name: 'ᠤᠯᠠᠭᠠᠨ',
      siteId: 'xlgl-mn',
      orgCode: SITE_ORG,
      role: 'dispatcher',
      mailboxIds: ['leader', 'messages'],
    },
    password: 'mongol-2026',
  },
  {
    member: {
      username: 'mn-handler',
      name: 'ᠪᠠᠲᠤ',
      siteId: 'xlgl-mn',
      orgCode: SITE_ORG,
      role: 'handler',
      mailboxIds: ['leader', 'messages'],
    },
    password: 'mongol-2026b',
  },
];

export const CONTACTS = {
  'letter-0014': { name: '张建军', phone: '0479-8123456', email: 'zhang@example.cn' },
  'letter-0034': { name: '李桂兰', phone: '13904790000' },
};

/** A desk on the fixture site `site`, signed in as `signedIn` (a username) or nobody. */
export async function mountDesk(options: { site?: string; signedIn?: string; lang?: string } = {}) {
  const cluster = await fixtureCluster();
  const adapter = MemoryDeskAdapter.fromCluster(cluster, options.site ?? 'xlgl', ACCOUNTS, {
    now: () => new Date(DESK_NOW),
    contacts: CONTACTS,
    ...(options.signedIn ? { signedIn: options.signedIn } : {}),
  });
  const element = await mount<BichigLetterDesk>(
    'bichig-letter-desk',
    { renderer: 'native', ...(options.lang ? { lang: options.lang } : {}) },
    { adapter },
  );
  await deskIdle(element);
  return { cluster, adapter, element };
}

/** Waits until the desk shows no loading state (every adapter call answered and drawn). */
export async function deskIdle(element: BichigLetterDesk): Promise<void> {
  await settled(element);
  await until(() => $$(element, '.state[role="status"]').length === 0, 'the desk to finish loading');
  await settled(element);
}

/** Types into a native field as a person would (value, then an input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function signIn(element: BichigLetterDesk, username: string, password: string): Promise<void> {
  typeInto($<HTMLInputElement>(element, 'input[name="username"]'), username);
  typeInto($<HTMLInputElement>(element, 'input[name="password"]'), password);
  $<HTMLButtonElement>(element, 'form.sign-in button[type="submit"]').click();
  await until(() => !$$(element, 'form.sign-in button[disabled]').length, 'the sign-in to be answered');
  await deskIdle(element);
}

/** Opens a letter of the list and waits until it is shown. */
export async function openLetter(element: BichigLetterDesk, letterId: string): Promise<void> {
  $<HTMLButtonElement>(element, `button[data-letter="${letterId}"]`).click();
  await until(
    () =>
      element.shadowRoot!.querySelector('.desk-letter .query-code') !== null &&
      !$$(element, '.letter-pane .state').length,
    `letter ${letterId} to be shown`,
  );
  await deskIdle(element);
}

/** The ids of the letters listed. */
export function listedIds(element: BichigLetterDesk): string[] {
  return $$(element, 'button[data-letter]').map((b) => b.dataset.letter!);
}
