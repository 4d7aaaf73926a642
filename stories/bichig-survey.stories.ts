import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-survey.js';
import { columnArgTypes, memoryAdapter, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  now: string;
  latencyMs: number;
  connected: boolean;
}

const meta: Meta<Args> = {
  title: 'Columns/bichig-survey',
  component: 'bichig-survey',
  tags: ['autodocs'],
  argTypes: {
    ...columnArgTypes,
    now: { control: 'text', description: 'The day the page is seen (decides open / closed)' },
    latencyMs: {
      control: { type: 'range', min: 0, max: 3000, step: 100 },
      description: 'Delay of the in-memory backend',
    },
    connected: { control: 'boolean', description: 'Whether an adapter is connected' },
  },
  args: {
    lang: 'zh',
    site: 'xlgl',
    width: 900,
    renderer: 'native',
    now: '2026-07-01T10:00:00+08:00',
    latencyMs: 400,
    connected: true,
  },
  render: ({ lang, site, width, renderer, now, latencyMs, connected }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-survey
        .cluster=${xilingol()}
        .adapter=${connected ? memoryAdapter(site, now, latencyMs) : undefined}
        site=${site}
        column="surveys"
        lang=${lang}
        renderer=${renderer}
        now=${now}
      ></bichig-survey>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** An open questionnaire: answer, submit, see the results. */
export const Open: Story = {};
/** After it closed: results only. */
export const Closed: Story = { args: { now: '2026-08-01T10:00:00+08:00' } };
export const Mongolian: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', now: '2026-04-20T10:00:00+08:00' },
  globals: { locale: 'mn-Mong' },
};
/** No backend: submitting says so and keeps the answers. */
export const NotConnected: Story = { args: { connected: false } };
export const MongolianPhone: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', now: '2026-04-20T10:00:00+08:00', width: 360 },
};
