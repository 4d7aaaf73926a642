import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-breadcrumb.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  column: string;
  currentTitle: string;
}

/** Sites, columns and the current page. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Site chrome/bichig-breadcrumb',
  component: 'bichig-breadcrumb',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, column: { control: 'text' }, currentTitle: { control: 'text' } },
  args: { lang: 'zh', site: 'dwq-wlyst', width: 1200, renderer: 'native', column: 'news', currentTitle: '' },
  render: ({ lang, site, width, renderer, column, currentTitle }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-breadcrumb
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        column=${column}
        current-title=${currentTitle}
      ></bichig-breadcrumb>
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
