import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-topic.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  topic: string;
}

/** A special topic with its sections as tabs (or, without a topic id, the topics of the column). Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-topic',
  component: 'bichig-topic',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, topic: { control: 'text' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', topic: 'topic-001' },
  render: ({ lang, site, width, renderer, topic }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-topic
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        topic=${topic}
      ></bichig-topic>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chinese, horizontal. */
export const Chinese: Story = {};
/** Mongolian, vertical (mlreq): columns advance left to right. */
export const Mongolian: Story = { args: { lang: 'mn', site: 'xlgl-mn' }, globals: { locale: 'mn-Mong' } };
/** A phone, in Chinese. */
export const ChinesePhone: Story = { args: { width: 360 } };
/** A phone, in Mongolian. */
export const MongolianPhone: Story = {
  args: { ...{ lang: 'mn', site: 'xlgl-mn' }, width: 360 },
  globals: { locale: 'mn-Mong' },
};
