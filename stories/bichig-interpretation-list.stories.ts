import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-interpretation-list.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

type Args = ColumnArgs;

/** Policy readings linked to their policies, filterable by form. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-interpretation-list',
  component: 'bichig-interpretation-list',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native' },
  render: ({ lang, site, width, renderer }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-interpretation-list
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
      ></bichig-interpretation-list>
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
