import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '@bichig/elements/bichig-flow.js';
import { UDHR_ARTICLE_1_MN, UDHR_ARTICLE_1_ZH, UDHR_ARTICLE_1_ZH_HEADING } from './support/udhr.js';

interface FlowArgs {
  renderer: 'shaped' | 'native' | 'auto';
  paginated: boolean;
  height: number;
  fontSize: number;
  lang: 'mn-Mong' | 'zh-Hans';
}

const image = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100"><rect width="160" height="100" fill="#3b7a57"/><circle cx="120" cy="30" r="16" fill="#f5d76e"/></svg>')}`;

const MONGOLIAN = `
  <h1>ᠬᠦᠮᠦᠨ ᠦ ᠡᠷᠬᠡ ᠶᠢᠨ ᠲᠤᠩᠬᠠᠭᠯᠠᠯ</h1>
  <h2>ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ</h2>
  <p>${UDHR_ARTICLE_1_MN}</p>
  <p><em>ᠡᠷᠬᠡ ᠴᠢᠯᠥᠭᠡ</em> · <u>ᠢᠵᠢᠯ ᠡᠷᠬᠡ</u> · <a href="#udhr">ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ</a></p>
  <ol><li>ᠨᠢᠭᠡ</li><li>ᠬᠣᠶᠠᠷ</li><li>ᠭᠤᠷᠪᠠ</li></ol>
  <figure><img src="${image}" alt="ᠵᠢᠱᠢᠶ᠎ᠡ ᠵᠢᠷᠤᠭ" width="160" height="100"><figcaption>ᠵᠢᠷᠤᠭ</figcaption></figure>
  <table><tr><th>ᠣᠨ</th><td>1948</td></tr><tr><th>ᠭᠠᠵᠠᠷ</th><td>ᠫᠠᠷᠢᠰ</td></tr></table>
  <p>${UDHR_ARTICLE_1_MN}</p>
  <p>${UDHR_ARTICLE_1_MN}</p>
`;

const CHINESE = `
  <h1>世界人权宣言</h1>
  <h2>${UDHR_ARTICLE_1_ZH_HEADING}</h2>
  <p>${UDHR_ARTICLE_1_ZH}</p>
  <p><em>自由</em>、<u>平等</u>、<a href="#udhr">原文</a></p>
  <ol><li>一</li><li>二</li><li>三</li></ol>
  <figure><img src="${image}" alt="示意图" width="160" height="100"><figcaption>图</figcaption></figure>
  <p>${UDHR_ARTICLE_1_ZH}</p>
`;

const meta: Meta<FlowArgs> = {
  title: 'Text/bichig-flow',
  component: 'bichig-flow',
  tags: ['autodocs'],
  argTypes: {
    renderer: { control: 'inline-radio', options: ['native', 'shaped', 'auto'] },
    paginated: { control: 'boolean' },
    height: { control: { type: 'range', min: 200, max: 800, step: 20 } },
    fontSize: { control: { type: 'range', min: 14, max: 40, step: 1 } },
    lang: { control: 'inline-radio', options: ['mn-Mong', 'zh-Hans'], description: 'Language of the article' },
  },
  args: { renderer: 'native', paginated: false, height: 420, fontSize: 20, lang: 'mn-Mong' },
  render: ({ renderer, paginated, height, fontSize, lang }) =>
    html`<bichig-flow
      renderer=${renderer}
      ?paginated=${paginated}
      lang=${lang}
      style=${styleMap({ height: `${height}px`, fontSize: `${fontSize}px` })}
    >
      ${unsafeHTML(lang === 'mn-Mong' ? MONGOLIAN : CHINESE)}
    </bichig-flow>`,
};
export default meta;
type Story = StoryObj<FlowArgs>;

/** Columns advance left→right and scroll horizontally; wheel, swipes, ←/→ and PageUp/PageDown move through them. */
export const MongolianNative: Story = {};
/** Plain paragraphs set with HarfBuzz; blocks with links stay native so links remain real DOM. */
export const MongolianShaped: Story = { args: { renderer: 'shaped' } };
/** One page at a time, with localized page controls. */
export const MongolianPaginated: Story = { args: { paginated: true } };
export const ChineseNative: Story = { args: { lang: 'zh-Hans' } };
export const ChineseShaped: Story = { args: { lang: 'zh-Hans', renderer: 'shaped' } };
