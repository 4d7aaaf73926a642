import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-keyboard.js';
import { setLocale } from '@bichig/elements';
import site from '../packages/fixtures/xilingol/sites/xlgl-mn.json';
import { UDHR_ARTICLE_1_MN } from './support/udhr.js';

interface TextareaArgs {
  value: string;
  showControls: boolean;
  required: boolean;
  maxlength: number;
  disabled: boolean;
  readonly: boolean;
  height: number;
  fontSize: number;
  keyboard: boolean;
}

const letter = site.letters.find((entry) => entry.language === 'mn');
const LETTER = letter ? `${letter.subject}\n${letter.body.join('\n')}` : UDHR_ARTICLE_1_MN;
/** Format controls in real words: NNBSP before case suffixes, MVS, FVS1 and FVS2. */
const CONTROLS = 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠪᠢᠴᠢᠭ\u202Fᠦᠨ ᠨᠡᠷ\u180Eᠡ ᠤᠭ\u180Bᠡ ᠲᠡ\u180Cᠷᠡ';

const meta: Meta<TextareaArgs> = {
  title: 'Input/bichig-textarea',
  component: 'bichig-textarea',
  tags: ['autodocs'],
  decorators: [
    (story, context) => {
      void setLocale(String(context.globals['locale'] ?? 'zh-Hans'));
      return story();
    },
  ],
  argTypes: {
    value: { control: 'text' },
    showControls: {
      control: 'boolean',
      description: 'FVS, MVS, NNBSP, ZWJ, ZWNJ as visible marks (the value is unchanged)',
    },
    required: { control: 'boolean' },
    maxlength: { control: { type: 'number', min: -1 }, description: '-1: no limit' },
    disabled: { control: 'boolean' },
    readonly: { control: 'boolean' },
    height: { control: { type: 'range', min: 120, max: 600, step: 20 }, description: 'Column length, px' },
    fontSize: { control: { type: 'range', min: 14, max: 40, step: 1 } },
    keyboard: { control: 'boolean', description: 'Pair with <bichig-keyboard>' },
  },
  args: {
    value: LETTER,
    showControls: false,
    required: true,
    maxlength: -1,
    disabled: false,
    readonly: false,
    height: 320,
    fontSize: 22,
    keyboard: true,
  },
  render: ({ value, showControls, required, maxlength, disabled, readonly, height, fontSize, keyboard }) =>
    html`<form
      style="display: grid; gap: 12px; max-width: 820px"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget as HTMLFormElement);
        (event.currentTarget as HTMLFormElement).querySelector('output')!.value = JSON.stringify(data.get('letter'));
      }}
    >
      <label for="letter" lang="mn-Mong" style="font-family: 'Bichig Mongolian', sans-serif">ᠵᠠᠬᠢᠳᠠᠯ</label>
      <bichig-textarea
        id="letter"
        name="letter"
        .value=${value}
        ?show-controls=${showControls}
        ?required=${required}
        maxlength=${maxlength}
        ?disabled=${disabled}
        ?readonly=${readonly}
        style=${styleMap({ height: `${height}px`, width: '100%', fontSize: `${fontSize}px` })}
      ></bichig-textarea>
      ${keyboard ? html`<bichig-keyboard for="letter"></bichig-keyboard>` : null}
      <div><button>提交 / ᠢᠯᠡᠬᠡᠬᠦ</button> <output aria-live="polite"></output></div>
    </form>`,
};
export default meta;
type Story = StoryObj<TextareaArgs>;

/** A letter to the league head (fixture), with the keyboard; submit shows the exact value sent. */
export const Letter: Story = {};
/** Format controls shown as marks. */
export const ControlMarks: Story = { args: { value: CONTROLS, showControls: true, keyboard: false } };
/** The UDHR article: columns advance left to right; the wheel scrolls sideways. */
export const LongText: Story = {
  args: { value: `${UDHR_ARTICLE_1_MN}\n${UDHR_ARTICLE_1_MN}\n${UDHR_ARTICLE_1_MN}`, keyboard: false, height: 260 },
};
/** Empty and required: the form will not submit. */
export const Required: Story = { args: { value: '' } };
export const Disabled: Story = { args: { disabled: true, keyboard: false } };
export const ReadOnly: Story = { args: { readonly: true, keyboard: false } };
/** Interface (validation messages, keyboard) in Mongolian. */
export const MongolianInterface: Story = {
  decorators: [
    (story) => {
      void setLocale('mn-Mong');
      return story();
    },
  ],
  args: { value: '' },
};
/** Interface in Chinese. */
export const ChineseInterface: Story = {
  decorators: [
    (story) => {
      void setLocale('zh-Hans');
      return story();
    },
  ],
  args: { value: '' },
};
