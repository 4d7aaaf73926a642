import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-picture-news.js';
import type { Cluster } from '@bichig/cluster';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';
import { withFixtureMedia } from './support/fixture-media.js';

/** The fixture with its charts (图解) as article images: the news columns' picture news. */
function withPictures(): Cluster {
  return withFixtureMedia(xilingol());
}

interface Args extends ColumnArgs {
  column: string;
  interval: number;
}

/** An APG carousel of the newest articles with pictures: the fixture's charts (图解) of live sheep prices, letters, services and grassland subsidies. Mongolian charts are shown as the files are published, so they use the reader's installed Mongolian font (the demo portal embeds a subset of the project font into each). Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-picture-news',
  component: 'bichig-picture-news',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, column: { control: 'text' }, interval: { control: 'number' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', column: 'news', interval: 6000 },
  render: ({ lang, site, width, renderer, column, interval }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-picture-news
        .cluster=${withPictures()}
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
