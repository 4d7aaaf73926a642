import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-catalog.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  pageSize: number;
  scope: 'site' | 'descendants';
}

const meta: Meta<Args> = {
  title: 'Columns/bichig-catalog',
  component: 'bichig-catalog',
  tags: ['autodocs'],
  argTypes: {
    ...columnArgTypes,
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    scope: { control: 'inline-radio', options: ['site', 'descendants'] },
  },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', pageSize: 5, scope: 'site' },
  render: ({ lang, site, width, renderer, pageSize, scope }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-catalog
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        page-size=${pageSize}
        scope=${scope}
      ></bichig-catalog>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The league portal's catalog as a table, in Chinese. */
export const Chinese: Story = {};
/** The Mongolian portal: vertical, one column per entry (it shows its Chinese counterpart's catalog). */
export const Mongolian: Story = { args: { lang: 'mn', site: 'xlgl-mn' }, globals: { locale: 'mn-Mong' } };
/** The league and every sub-site. */
export const WholeCluster: Story = { args: { scope: 'descendants', pageSize: 10 } };
/** A phone. */
export const ChinesePhone: Story = { args: { width: 360 } };
export const MongolianPhone: Story = {
  args: { lang: 'mn', site: 'xlgl-mn', width: 360 },
  globals: { locale: 'mn-Mong' },
};
