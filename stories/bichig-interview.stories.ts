import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-interview.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  interview: string;
}

const meta: Meta<Args> = {
  title: 'Columns/bichig-interview',
  component: 'bichig-interview',
  tags: ['autodocs'],
  argTypes: {
    ...columnArgTypes,
    interview: {
      control: 'select',
      options: ['', 'interview-001', 'interview-002', 'interview-003', 'interview-004'],
      description: 'Interview id (the league portal has a replay, a live one and a preview)',
    },
  },
  args: { lang: 'zh', site: 'xlgl', width: 1100, renderer: 'native', interview: '' },
  render: ({ lang, site, width, renderer, interview }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-interview
        .cluster=${xilingol()}
        site=${site}
        column="interviews"
        lang=${lang}
        renderer=${renderer}
        interview=${interview || undefined}
      ></bichig-interview>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The live interview comes first. */
export const Live: Story = {};
export const Preview: Story = { args: { interview: 'interview-004' } };
export const Replay: Story = { args: { interview: 'interview-001' } };
export const Mongolian: Story = { args: { lang: 'mn', site: 'xlgl-mn' }, globals: { locale: 'mn-Mong' } };
export const MongolianPhone: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', width: 360 },
  globals: { locale: 'mn-Mong' },
};
