import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-letter-desk.js';
import { MemoryDeskAdapter, type StaffAccount } from '@bichig/elements';
import { xilingol } from './support/interactive-cluster.js';

interface Args {
  site: 'xlgl' | 'xlgl-mn';
  signedIn: string;
  width: number;
  renderer: 'native' | 'shaped' | 'auto';
  latencyMs: number;
}

const NOW = '2026-11-25T10:00:00+08:00';
const LEAGUE = '111525009MDLRLRJ15';
const MAILBOXES = ['leader', 'messages', 'petition', 'hotline'];

/** Demo accounts (the password is shown in the story's description). */
const ACCOUNTS: StaffAccount[] = [
  {
    member: {
      username: 'bangongshi',
      name: '乌兰',
      siteId: 'xlgl',
      orgCode: LEAGUE,
      role: 'dispatcher',
      mailboxIds: MAILBOXES,
    },
    password: 'demo',
  },
  {
    member: {
      username: 'jiaotong',
      name: '巴特尔',
      siteId: 'xlgl',
      orgCode: '1115250057X8F63XWE',
      role: 'handler',
      mailboxIds: MAILBOXES,
    },
    password: 'demo',
  },
  {
    member: {
      username: 'renshe',
      name: '萨仁',
      siteId: 'xlgl',
      orgCode: '111525000GFEDHHBY4',
      role: 'handler',
      mailboxIds: MAILBOXES,
    },
    password: 'demo',
  },
  {
    member: {
      username: 'mn-office',
      name: 'ᠤᠯᠠᠭᠠᠨ',
      siteId: 'xlgl-mn',
      orgCode: LEAGUE,
      role: 'dispatcher',
      mailboxIds: ['leader', 'messages'],
    },
    password: 'demo',
  },
  {
    member: {
      username: 'mn-handler',
      name: 'ᠪᠠᠲᠤ',
      siteId: 'xlgl-mn',
      orgCode: LEAGUE,
      role: 'handler',
      mailboxIds: ['leader', 'messages'],
    },
    password: 'demo',
  },
];

const CONTACTS = {
  'letter-0014': { name: '张建军', phone: '0479-8123456', email: 'zhang@example.cn' },
  'letter-0034': { name: '李桂兰', phone: '13904790000' },
};

/** A desk over one fixture site, with a pinned clock and an optional delay (to see loading states). */
function deskAdapter(site: string, signedIn: string, latencyMs: number): MemoryDeskAdapter {
  return MemoryDeskAdapter.fromCluster(xilingol(), site, ACCOUNTS, {
    now: () => new Date(NOW),
    contacts: CONTACTS,
    latencyMs,
    ...(signedIn ? { signedIn } : {}),
  });
}

/**
 * The staff desk on the fixture cluster's in-memory backend. Sign in as `bangongshi` (dispatcher),
 * `jiaotong` or `renshe` (handling departments) on the Chinese portal, `mn-office` or `mn-handler`
 * on the Mongolian one; every password is `demo`. The interface language follows the toolbar's
 * locale.
 */
const meta: Meta<Args> = {
  title: 'Desk/bichig-letter-desk',
  component: 'bichig-letter-desk',
  tags: ['autodocs'],
  argTypes: {
    site: {
      control: 'inline-radio',
      options: ['xlgl', 'xlgl-mn'],
      description: 'Fixture site whose letters the desk holds',
    },
    signedIn: {
      control: 'select',
      options: ['', 'bangongshi', 'jiaotong', 'renshe', 'mn-office', 'mn-handler'],
      description: 'Who is signed in at the start (nobody: the sign-in form)',
    },
    width: { control: { type: 'range', min: 360, max: 1400, step: 20 }, description: 'Container width' },
    renderer: { control: 'inline-radio', options: ['native', 'shaped', 'auto'], description: 'How Mongolian is drawn' },
    latencyMs: {
      control: { type: 'range', min: 0, max: 3000, step: 100 },
      description: 'Delay of the in-memory backend',
    },
  },
  args: { site: 'xlgl', signedIn: '', width: 1240, renderer: 'native', latencyMs: 300 },
  render: ({ site, signedIn, width, renderer, latencyMs }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-letter-desk .adapter=${deskAdapter(site, signedIn, latencyMs)} renderer=${renderer}></bichig-letter-desk>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nobody signed in: try a wrong password, then `jiaotong` / `demo`. */
export const SignIn: Story = {};
/** The dispatcher routes received letters to departments, or refuses them with a note. */
export const Dispatcher: Story = { args: { signedIn: 'bangongshi' } };
/** A handling department: start work and reply in Chinese or Mongolian (the keyboard loads on the field's first focus). */
export const Handler: Story = { args: { signedIn: 'jiaotong' } };
/** Overdue letters and one whose writer did not agree to publication (letter-0060). */
export const OverdueAndPrivate: Story = { args: { signedIn: 'renshe' } };
/** The Mongolian interface on the Mongolian portal's letters, set vertically. */
export const Mongolian: Story = { args: { site: 'xlgl-mn', signedIn: 'mn-office' }, globals: { locale: 'mn-Mong' } };
export const MongolianSignIn: Story = { args: { site: 'xlgl-mn' }, globals: { locale: 'mn-Mong' } };
/** A tablet: one pane at a time, with a way back to the list. */
export const Tablet: Story = { args: { signedIn: 'jiaotong', width: 768 } };
