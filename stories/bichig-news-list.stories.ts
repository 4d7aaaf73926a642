import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-news-list.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  column: string;
  pageSize: number;
  showSummary: boolean;
}

/** A column’s article list: dates, sources, pinned items, pages; the source filter appears for aggregated columns. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-news-list',
  component: 'bichig-news-list',
  tags: ['autodocs'],
  argTypes: {
    ...columnArgTypes,
    column: { control: 'text' },
    pageSize: { control: 'number' },
    showSummary: { control: 'boolean' },
  },
  args: {
    lang: 'zh',
    site: 'xlgl',
    width: 1200,
    renderer: 'native',
    column: 'banner-news',
    pageSize: 10,
    showSummary: false,
  },
  render: ({ lang, site, width, renderer, column, pageSize, showSummary }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-news-list
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        column=${column}
        page-size=${pageSize}
        ?show-summary=${showSummary}
      ></bichig-news-list>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chinese, horizontal. */
export const Chinese: Story = {};
/** Mongolian, vertical (mlreq): columns advance left to right. */
export const Mongolian: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', column: 'news' },
  globals: { locale: 'mn-Mong' },
};
/** A phone, in Chinese. */
export const ChinesePhone: Story = { args: { width: 360 } };
/** A phone, in Mongolian. */
export const MongolianPhone: Story = {
  args: { ...{ lang: 'mn', site: 'xlgl-mn', column: 'news' }, width: 360 },
  globals: { locale: 'mn-Mong' },
};
