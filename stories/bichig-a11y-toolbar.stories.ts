import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@bichig/elements/bichig-a11y-toolbar.js';
import '@bichig/elements/bichig-news-list.js';
import { xilingol } from './support/interactive-cluster.js';

interface Args {
  page: 'zh' | 'mn';
}

/**
 * The accessibility / elderly-friendly toolbar. Its settings apply to the whole page (here: the
 * Storybook preview) through attributes on <html>, and persist in localStorage — use Reset to
 * clear them. A news list below shows their effect.
 */
const meta: Meta<Args> = {
  title: 'Site chrome/bichig-a11y-toolbar',
  component: 'bichig-a11y-toolbar',
  tags: ['autodocs'],
  argTypes: {
    page: { control: 'inline-radio', options: ['zh', 'mn'] },
  },
  args: { page: 'zh' },
  render: ({ page }) => {
    document.documentElement.lang = page === 'mn' ? 'mn-Mong' : 'zh-Hans';
    return html`<bichig-a11y-toolbar></bichig-a11y-toolbar>
      <bichig-news-list
        .cluster=${xilingol()}
        site=${page === 'mn' ? 'xlgl-mn' : 'xlgl'}
        column="news"
        now="2026-01-01T12:00:00+08:00"
        page-size="5"
        renderer="native"
      ></bichig-news-list>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** On a Chinese page: the reading guide is a horizontal band. */
export const Chinese: Story = {};
/** On a Mongolian page: the reading guide is a vertical band, along the columns. */
export const Mongolian: Story = { args: { page: 'mn' }, globals: { locale: 'mn-Mong' } };
/** Interface strings in English (the toolbar's locale comes from Storybook's Locale toolbar). */
export const English: Story = { globals: { locale: 'en' } };
