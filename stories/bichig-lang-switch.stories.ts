import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-lang-switch.js';
import { columnArgTypes, xilingol, type ColumnArgs } from './support/interactive-cluster.js';

interface Args extends ColumnArgs {
  page: string;
}

/** A link to the counterpart page in the other language. Data: the Xilingol fixture, published as of 2026-01-01. */
const meta: Meta<Args> = {
  title: 'Site chrome/bichig-lang-switch',
  component: 'bichig-lang-switch',
  tags: ['autodocs'],
  argTypes: { ...columnArgTypes, page: { control: 'text' } },
  args: { lang: 'zh', site: 'xlgl', width: 1200, renderer: 'native', page: '' },
  render: ({ lang, site, width, renderer, page }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <bichig-lang-switch
        .cluster=${xilingol()}
        site=${site}
        lang=${lang}
        renderer=${renderer}
        now="2026-01-01T12:00:00+08:00"
        page=${page}
      ></bichig-lang-switch>
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
