import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-nav.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  current: string;
}

/** The column navigation; vertical menus on Mongolian sites. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Site chrome/bichig-nav',
  component: 'bichig-nav',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, current: { control: 'text' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', current: 'news' },
  render: ({ lang, site, width, renderer, current }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-nav
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        current=${current}
      ></bichig-nav>
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
