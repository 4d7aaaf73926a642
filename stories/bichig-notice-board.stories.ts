import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-notice-board.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  column: string;
  newDays: number;
}

/** The compact notices list with “new” markers and a “more” link. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-notice-board',
  component: 'bichig-notice-board',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, column: { control: 'text' }, newDays: { control: 'number' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', column: 'notices', newDays: 120 },
  render: ({ lang, site, width, renderer, column, newDays }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-notice-board
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        column=${column}
        new-days=${newDays}
      ></bichig-notice-board>
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
