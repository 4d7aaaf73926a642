import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@bichig/elements/bichig-input.js';
import '@bichig/elements/bichig-keyboard.js';
import { setLocale } from '@bichig/elements';
import site from '../packages/fixtures/xilingol/sites/xlgl-mn.json';

interface InputArgs {
  value: string;
  showControls: boolean;
  required: boolean;
  maxlength: number;
  height: number;
  fontSize: number;
  keyboard: boolean;
  layout: 'standard' | 'touch';
}

const letter = site.letters.find((entry) => entry.language === 'mn');

const meta: Meta<InputArgs> = {
  title: 'Input/bichig-input',
  component: 'bichig-input',
  tags: ['autodocs'],
  decorators: [
    (story, context) => {
      void setLocale(String(context.globals['locale'] ?? 'zh-Hans'));
      return story();
    },
  ],
  argTypes: {
    value: { control: 'text' },
    showControls: { control: 'boolean' },
    required: { control: 'boolean' },
    maxlength: { control: { type: 'number', min: -1 } },
    height: { control: { type: 'range', min: 120, max: 500, step: 20 }, description: 'Length of the one column, px' },
    fontSize: { control: { type: 'range', min: 14, max: 40, step: 1 } },
    keyboard: { control: 'boolean' },
    layout: { control: 'inline-radio', options: ['standard', 'touch'] },
  },
  args: {
    value: letter?.subject ?? 'ᠮᠣᠩᠭᠣᠯ',
    showControls: false,
    required: false,
    maxlength: -1,
    height: 260,
    fontSize: 22,
    keyboard: true,
    layout: 'standard',
  },
  render: ({ value, showControls, required, maxlength, height, fontSize, keyboard, layout }) =>
    html`<form
      role="search"
      style="display: flex; gap: 12px; align-items: flex-start; flex-wrap: wrap; max-width: 820px"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        (event.currentTarget as HTMLFormElement).querySelector('output')!.value = JSON.stringify(
          new FormData(event.currentTarget as HTMLFormElement).get('q'),
        );
      }}
    >
      <bichig-input
        id="q"
        name="q"
        label="ᠡᠷᠢᠬᠦ"
        .value=${value}
        ?show-controls=${showControls}
        ?required=${required}
        maxlength=${maxlength}
        style=${styleMap({ height: `${height}px`, fontSize: `${fontSize}px` })}
      ></bichig-input>
      <output aria-live="polite"></output>
      ${keyboard ? html`<bichig-keyboard for="q" layout=${layout} style="flex: 1 1 100%"></bichig-keyboard>` : null}
    </form>`,
};
export default meta;
type Story = StoryObj<InputArgs>;

/** A search box: a letter subject from the fixture; Enter (hardware or on-screen) submits. */
export const Search: Story = {};
/** On a phone, with the touch layout. */
export const Phone: Story = { args: { layout: 'touch', value: '' } };
export const ControlMarks: Story = { args: { value: 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠤᠭ\u180Bᠡ', showControls: true, keyboard: false } };
export const MongolianInterface: Story = {
  decorators: [
    (story) => {
      void setLocale('mn-Mong');
      return story();
    },
  ],
};
export const ChineseInterface: Story = {
  decorators: [
    (story) => {
      void setLocale('zh-Hans');
      return story();
    },
  ],
};
