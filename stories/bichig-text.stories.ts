import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@bichig/elements/bichig-text.js';
import { UDHR_ARTICLE_1_MN, UDHR_ARTICLE_1_ZH } from './support/udhr.js';

interface TextArgs {
  text: string;
  renderer: 'shaped' | 'native' | 'auto';
  blockSize: number;
  fontSize: number;
  lang: string;
}

const meta: Meta<TextArgs> = {
  title: 'Text/bichig-text',
  component: 'bichig-text',
  tags: ['autodocs'],
  argTypes: {
    renderer: {
      control: 'inline-radio',
      options: ['shaped', 'native', 'auto'],
      description: 'HarfBuzz glyphs as SVG, the browser’s text, or whichever is correct here',
    },
    blockSize: {
      control: { type: 'range', min: 120, max: 800, step: 10 },
      description: 'Column length in px (block-size attribute)',
    },
    fontSize: { control: { type: 'range', min: 12, max: 64, step: 1 } },
    text: { control: 'text' },
    lang: { control: 'inline-radio', options: ['mn-Mong', 'zh-Hans'] },
  },
  args: { text: UDHR_ARTICLE_1_MN, renderer: 'shaped', blockSize: 360, fontSize: 24, lang: 'mn-Mong' },
  render: ({ text, renderer, blockSize, fontSize, lang }) =>
    html`<bichig-text
      renderer=${renderer}
      block-size=${blockSize}
      lang=${lang}
      style=${styleMap({ fontSize: `${fontSize}px` })}
      >${text}</bichig-text
    >`,
};
export default meta;
type Story = StoryObj<TextArgs>;

/** The UDHR article drawn from HarfBuzz's layout, with a selectable text layer over the glyphs. */
export const MongolianShaped: Story = {};

/** The same text set by the browser, with the project font first and no unicode-range. */
export const MongolianNative: Story = { args: { renderer: 'native' } };

/** `auto`: a one-time probe picks native where the browser shapes the font as HarfBuzz does. */
export const MongolianAuto: Story = { args: { renderer: 'auto' } };

/** Chinese set vertically: upright, centred in the column. */
export const ChineseShaped: Story = { args: { text: UDHR_ARTICLE_1_ZH, lang: 'zh-Hans' } };

export const ChineseNative: Story = { args: { text: UDHR_ARTICLE_1_ZH, lang: 'zh-Hans', renderer: 'native' } };

/** Mongolian with Chinese (upright), Latin and digits (sideways); NNBSP, MVS and FVS keep their words joined. */
export const Mixed: Story = {
  args: { text: 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠪᠢᠴᠢᠭ 蒙古文 Unicode 16.0 ᠨᠡᠷ᠎ᠡ ᠤᠭ᠋ᠡ', blockSize: 400 },
};

/** Inline in a horizontal line: no block-size, the run is as long as its text. */
export const Inline: Story = {
  render: ({ renderer, fontSize }) =>
    html`<p style=${styleMap({ fontSize: `${fontSize}px` })} lang="zh-Hans">
      蒙古文写作 <bichig-text renderer=${renderer}>ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ</bichig-text> ，竖写，从左到右换行。
    </p>`,
};

const HARD_WORDS: readonly (readonly [label: string, word: string])[] = [
  ['NNBSP + suffix', 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ'],
  ['MVS + final e', 'ᠨᠡᠷ\u180Eᠡ'],
  ['MVS + final n', 'ᠬᠣᠭᠣᠷᠣᠨᠳᠣ\u180Eᠨ'],
  ['FVS1 medial g', 'ᠤᠭ\u180Bᠡ'],
  ['FVS1 initial d', 'ᠳ\u180Bᠤᠭᠠᠷ'],
  ['FVS2 medial i', 'ᠨᠠᠢ\u180Cᠮᠠ'],
  ['FVS3 medial g', 'ᠤᠭ\u180Dᠡ'],
  ['FVS4 medial g', 'ᠤᠭ\u180Fᠡ'],
  ['ZWJ before', '\u200Dᠭ'],
  ['ZWJ after', 'ᠭ\u200D'],
  ['ZWNJ inside', 'ᠠ\u200Cᠠ'],
  ['Chinese and digits', 'ᠣᠨ 2024 蒙古文 12'],
];

/**
 * The sequences browsers most often set wrongly, each in a text of its own: a suffix after NNBSP,
 * a final vowel after MVS, the four free variation selectors, joiners, and Chinese and digits
 * inside Mongolian. The shaped renderer draws every one the same in every engine; switch to
 * `native` to see what this browser does with them.
 */
export const HardWords: Story = {
  args: { fontSize: 32 },
  render: ({ renderer, fontSize }) =>
    html`<ul style="display: flex; flex-wrap: wrap; gap: 24px; list-style: none; margin: 0; padding: 0">
      ${HARD_WORDS.map(
        ([label, word]) =>
          html`<li style="display: flex; flex-direction: column; align-items: center; gap: 8px">
            <bichig-text
              renderer=${renderer}
              block-size="240"
              lang="mn-Mong"
              data-label=${label}
              style=${styleMap({ fontSize: `${fontSize}px` })}
              >${word}</bichig-text
            >
            <span lang="en" style="font: 12px system-ui, sans-serif">${label}</span>
          </li>`,
      )}
    </ul>`,
};
