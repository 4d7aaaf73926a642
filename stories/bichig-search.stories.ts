import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-search.js';
import { ClusterSearch, ShardedClusterSearch, buildShardedSearch } from '@bichig/cluster';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  query: string;
}

/** Cluster-wide search with highlights, filters and pages. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Columns/bichig-search',
  component: 'bichig-search',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, query: { control: 'text' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', query: '草原' },
  render: ({ lang, site, width, renderer, query }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-search
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        query=${query}
      ></bichig-search>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chinese, horizontal. */
export const Chinese: Story = {};
/** Mongolian, vertical (mlreq): columns advance left to right. */
export const Mongolian: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', query: 'ᠠᠶᠢᠮᠠᠭ' },
  globals: { locale: 'mn-Mong' },
};
/** A phone, in Chinese. */
export const ChinesePhone: Story = { args: { width: 360 } };
/** A phone, in Mongolian. */
export const MongolianPhone: Story = {
  args: { ...{ lang: 'mn', site: 'xlgl-mn', query: 'ᠠᠶᠢᠮᠠᠭ' }, width: 360 },
  globals: { locale: 'mn-Mong' },
};

/**
 * Over a sharded index (what the portal's search page uses): built here from the fixture with
 * `buildShardedSearch`, its files handed out by an in-memory fetcher; no cluster in the element.
 */
export const Sharded: Story = {
  loaders: [
    async () => {
      const cluster = xilingol();
      const files = new Map(
        buildShardedSearch(ClusterSearch.build(cluster, { now: '2026-01-01T12:00:00+08:00' }), { cluster }),
      );
      const shardedIndex = await ShardedClusterSearch.load(async (path) => {
        if (!files.has(path)) throw new Error(`no file ${path}`);
        return JSON.parse(JSON.stringify(files.get(path))) as unknown;
      });
      return { shardedIndex };
    },
  ],
  render: ({ lang, site, width, renderer, query }, { loaded }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-search
        .shardedIndex=${loaded['shardedIndex'] as ShardedClusterSearch}
        site=${site}
        lang=${lang === 'mn' ? 'mn-Mong' : 'zh-Hans'}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        query=${query}
      ></bichig-search>
    </div>`,
};
