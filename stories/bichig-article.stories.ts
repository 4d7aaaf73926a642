import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-article.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';
import { withFixtureMedia } from './support/fixture-media.js';

interface Args extends ColumnArgs {
  article: string;
}

/** An article page: byline, disclosure metadata, body, attachments and policy readings. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-article',
  component: 'bichig-article',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, article: { control: 'text' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', article: 'xlgl-policy-001' },
  render: ({ lang, width, renderer, article }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-article
        .cluster=${withFixtureMedia(xilingol())}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        article=${article}
      ></bichig-article>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chinese, horizontal. */
export const Chinese: Story = {};
/** Mongolian, vertical (mlreq): columns advance left to right. */
export const Mongolian: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', article: 'xlgl-mn-news-udhr' },
  globals: { locale: 'mn-Mong' },
};
/** A news article with its chart (图解), alt text and caption, in Chinese. */
export const ChineseChart: Story = { args: { article: 'xlgl-news-002' } };
/** The same news in Mongolian: the chart is never rotated, its caption runs vertically. */
export const MongolianChart: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', article: 'xlgl-mn-news-002' },
  globals: { locale: 'mn-Mong' },
};
/** A phone, in Chinese. */
export const ChinesePhone: Story = { args: { width: 360 } };
/** A phone, in Mongolian. */
export const MongolianPhone: Story = {
  args: { ...{ lang: 'mn', site: 'xlgl-mn', article: 'xlgl-mn-news-udhr' }, width: 360 },
};
