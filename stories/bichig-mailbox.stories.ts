import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-mailbox.js';
import { columnArgTypes, memoryAdapter, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  tab: 'write' | 'lookup' | 'replied' | 'statistics';
  mailbox: string;
  latencyMs: number;
  connected: boolean;
}

const NOW = '2026-03-02T10:00:00+08:00';

const meta: Meta<Args> = {
  title: 'Columns/bichig-mailbox',
  component: 'bichig-mailbox',
  tags: ['autodocs'],
  argTypes: {
    ...columnArgTypes,
    tab: { control: 'inline-radio', options: ['write', 'lookup', 'replied', 'statistics'] },
    mailbox: {
      control: 'select',
      options: ['', 'leader', 'messages', 'petition', 'hotline'],
      description: 'Mailbox id (default: the column’s)',
    },
    latencyMs: {
      control: { type: 'range', min: 0, max: 3000, step: 100 },
      description: 'Delay of the in-memory backend',
    },
    connected: { control: 'boolean', description: 'Whether an adapter is connected' },
  },
  args: {
    lang: 'zh',
    site: 'xlgl',
    width: 1100,
    renderer: 'native',
    tab: 'write',
    mailbox: '',
    latencyMs: 400,
    connected: true,
  },
  render: ({ lang, site, width, renderer, tab, mailbox, latencyMs, connected }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-mailbox
        .cluster=${xilingol()}
        .adapter=${connected ? memoryAdapter(site, NOW, latencyMs) : undefined}
        site=${site}
        column="mailbox"
        mailbox=${mailbox || undefined}
        lang=${lang}
        renderer=${renderer}
        tab=${tab}
        now=${NOW}
      ></bichig-mailbox>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Write a letter (try submitting it empty), get a query code, look it up. */
export const Write: Story = {};
/** In Mongolian the letter is written with <bichig-input>, <bichig-textarea> and the Mongolian keyboard. */
export const WriteMongolian: Story = { args: { lang: 'mn', site: 'xlgl-mn' } };
/** Look up a letter (try QCWC23S2E7 on the Mongolian portal). */
export const LookUp: Story = { args: { tab: 'lookup' } };
export const RepliedLetters: Story = { args: { tab: 'replied' } };
export const RepliedLettersMongolian: Story = { args: { tab: 'replied', lang: 'mn', site: 'xlgl-mn' } };
export const Statistics: Story = { args: { tab: 'statistics' } };
/** No backend: the lists come from the published data; submitting says it is not connected and keeps the letter. */
export const NotConnected: Story = { args: { connected: false } };
export const MongolianPhone: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', width: 360 },
  globals: { locale: 'mn-Mong' },
};
