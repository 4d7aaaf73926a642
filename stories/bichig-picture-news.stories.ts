import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-picture-news.js';
import type { Cluster } from '@bichig/cluster';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

const SAMPLE_PICTURE = (hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="hsl(${hue} 60% 85%)"/><path d="M0 250 Q160 190 320 240 T640 230 V360 H0z" fill="hsl(${hue} 45% 35%)"/></svg>`)}`;

/** The fixture's articles have no images: give three of the column's articles a sample picture. */
function withPictures(site: string, column: string): Cluster {
  const cluster = xilingol();
  const items = cluster.site(site).columns.some((c) => c.id === column)
    ? cluster.columnItems(site, column, { now: '2026-01-01T12:00:00+08:00' })
    : [];
  // Drawn inline: Storybook serves no fixture pictures.
  items.slice(0, 3).forEach((item, i) => {
    if (!item.article.images.length)
      item.article.images.push({ url: SAMPLE_PICTURE(90 + i * 70), alt: item.article.title, width: 640, height: 360 });
  });
  return cluster;
}

interface Args extends ColumnArgs {
  column: string;
  interval: number;
}

/** An APG carousel of the newest articles with pictures (the fixture has no images yet, so the story adds sample pictures to three articles). Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-picture-news',
  component: 'bichig-picture-news',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, column: { control: 'text' }, interval: { control: 'number' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', column: 'news', interval: 6000 },
  render: ({ lang, site, width, renderer, column, interval }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-picture-news
        .cluster=${withPictures(site, column)}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        column=${column}
        interval=${interval}
      ></bichig-picture-news>
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
