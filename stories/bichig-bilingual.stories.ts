import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@bichig/elements/all.js';
import { UDHR_ARTICLE_1_MN, UDHR_ARTICLE_1_ZH, UDHR_ARTICLE_1_ZH_HEADING } from './support/udhr.js';

interface BilingualArgs {
  renderer: 'shaped' | 'native' | 'auto';
  width: number;
  view: 'zh' | 'mn';
  contentId: string;
}

const meta: Meta<BilingualArgs> = {
  title: 'Text/bichig-bilingual',
  component: 'bichig-bilingual',
  tags: ['autodocs'],
  argTypes: {
    renderer: {
      control: 'inline-radio',
      options: ['native', 'shaped', 'auto'],
      description: 'Renderer of the Mongolian version',
    },
    width: {
      control: { type: 'range', min: 320, max: 1400, step: 20 },
      description: 'Side by side from 48rem up; a switch below',
    },
    view: { control: 'inline-radio', options: ['mn', 'zh'], description: 'Version shown on narrow screens' },
    contentId: { control: 'inline-radio', options: ['udhr-1', 'notice-only-zh'] },
  },
  args: { renderer: 'native', width: 1100, view: 'mn', contentId: 'udhr-1' },
  render: ({ renderer, width, view, contentId }) =>
    html`<bichig-bilingual content-id=${contentId} view=${view} style=${styleMap({ width: `${width}px` })}>
      <article lang="zh-Hans" data-content-id="udhr-1">
        <h2>${UDHR_ARTICLE_1_ZH_HEADING}</h2>
        <p>${UDHR_ARTICLE_1_ZH}</p>
      </article>
      <bichig-flow lang="mn-Mong" data-content-id="udhr-1" renderer=${renderer} style="height: 360px">
        <h2>ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ</h2>
        <p>${UDHR_ARTICLE_1_MN}</p>
      </bichig-flow>
      <article lang="zh-Hans" data-content-id="notice-only-zh"><p>本通知暂无蒙古文版本。</p></article>
    </bichig-bilingual>`,
};
export default meta;
type Story = StoryObj<BilingualArgs>;

/** Wide: Chinese (horizontal) left, Mongolian (vertical) right. */
export const Wide: Story = {};
/** Wide, the Mongolian version shaped with HarfBuzz. */
export const WideShaped: Story = { args: { renderer: 'shaped' } };
/** Narrow (a phone): one version at a time, with a switch. */
export const NarrowMongolian: Story = { args: { width: 360 } };
export const NarrowChinese: Story = { args: { width: 360, view: 'zh' } };
/** A content id with only a Chinese version: shown, and the missing version is named. */
export const MissingVersion: Story = { args: { contentId: 'notice-only-zh' } };
