import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import '@bichig/elements/bichig-keyboard.js';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-input.js';
import { BichigKeyboard } from '@bichig/elements';
import site from '../packages/fixtures/xilingol/sites/xlgl-mn.json';

interface KeyboardArgs {
  /** '' = no `layout` attribute: the keyboard picks one for the device. */
  layout: '' | 'standard' | 'mongolian-script' | 'phonetic' | 'touch';
  physicalKeys: boolean;
  target: 'bichig-textarea' | 'bichig-input' | 'textarea' | 'contenteditable';
  width: number;
  showControls: boolean;
}

/** A letter to the league head from the Xilingol fixture (Mongolian portal), to start from. */
const letter = site.letters.find((entry) => entry.language === 'mn');
const START = letter ? `${letter.subject}\n${letter.body.join('\n')}` : '';

/**
 * Puts the fixture letter into the field once the field is in the page. Storybook also renders
 * every story into a detached element for its source snippet; a field that never reaches a page
 * gets nothing, and the snippet shows the markup, not the whole letter.
 */
function fillWithLetter(element: Element | undefined): void {
  if (!element) return;
  queueMicrotask(() => {
    const field = element as Element & { value: string };
    if (element.isConnected && field.value === '') field.value = START;
  });
}

const meta: Meta<KeyboardArgs> = {
  title: 'Input/bichig-keyboard',
  component: 'bichig-keyboard',
  tags: ['autodocs'],
  decorators: [
    (story) => {
      // The interface language comes from the locale toolbar (preview). A layout chosen with the keyboard's own switch is kept in localStorage and would outrank
      // the `layout` control in every story: each story starts from its own arguments.
      BichigKeyboard.forgetLayoutChoice();
      return story();
    },
  ],
  argTypes: {
    layout: {
      options: ['', 'standard', 'mongolian-script', 'phonetic', 'touch'],
      control: { type: 'inline-radio', labels: { '': 'automatic' } },
      description:
        'Keyboard layout (standard = GB/T 28038); automatic: touch on a touch screen or a narrow viewport, standard elsewhere',
    },
    physicalKeys: { control: 'boolean', description: 'Map hardware keys by KeyboardEvent.code' },
    target: {
      control: 'inline-radio',
      options: ['bichig-textarea', 'bichig-input', 'textarea', 'contenteditable'],
      description: 'The field it types into',
    },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 }, description: 'Container width (360 = phone)' },
    showControls: { control: 'boolean', description: 'Show format controls in the field as marks' },
  },
  args: { layout: 'standard', physicalKeys: true, target: 'bichig-textarea', width: 820, showControls: true },
  render: ({ layout, physicalKeys, target, width, showControls }) => {
    const field =
      target === 'bichig-textarea'
        ? html`<bichig-textarea
            id="field"
            label="ᠪᠢᠴᠢᠭ"
            ?show-controls=${showControls}
            ${ref(fillWithLetter)}
            style="height: 260px; width: 100%; font-size: 22px"
          ></bichig-textarea>`
        : target === 'bichig-input'
          ? html`<bichig-input
              id="field"
              label="ᠡᠷᠢᠬᠦ"
              ?show-controls=${showControls}
              style="height: 260px; font-size: 22px"
            ></bichig-input>`
          : target === 'textarea'
            ? html`<textarea
                id="field"
                aria-label="textarea"
                lang="mn-Mong"
                style="width: 100%; height: 120px; font: 20px 'Bichig Mongolian'"
              ></textarea>`
            : html`<div
                id="field"
                contenteditable="true"
                role="textbox"
                aria-label="contenteditable"
                lang="mn-Mong"
                style="writing-mode: vertical-lr; white-space: pre-wrap; height: 220px; border: 1px solid; padding: 8px; font: 22px 'Bichig Mongolian'"
              ></div>`;
    return html`<div style=${styleMap({ width: `${width}px`, maxWidth: '100%', display: 'grid', gap: '12px' })}>
      ${field}
      <bichig-keyboard
        for="field"
        layout=${layout || nothing}
        physical-keys=${physicalKeys ? 'on' : 'off'}
      ></bichig-keyboard>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<KeyboardArgs>;

/** The standard (GB/T 28038) layout under a vertical letter field. Long-press a letter for its forms. */
export const Standard: Story = {};
/**
 * The phone layout at 360 px: seven 44 px keys a row, vowels on top, consonants in rows by
 * frequency, loan letters on shift, a digit keypad with punctuation, and named format controls.
 * The globe button switches layouts (kept for the visitor).
 */
export const Phone: Story = { args: { layout: 'touch', width: 360, target: 'bichig-input' } };
/** The phone layout with the Mongolian interface. */
export const PhoneMongolian: Story = {
  args: { layout: 'touch', width: 360, target: 'bichig-input' },
  globals: { locale: 'mn-Mong' },
};
/** No `layout` attribute: the keyboard picks the touch layout on a touch screen or a narrow viewport. */
export const Automatic: Story = { args: { layout: '' } };
/** Type Latin, get Mongolian. */
export const Phonetic: Story = { args: { layout: 'phonetic' } };
/** Windows' older Mongolian (Mongolian Script) layout. */
export const MongolianScript: Story = { args: { layout: 'mongolian-script' } };
/** Typing into a plain <textarea> of the page. */
export const NativeTextarea: Story = { args: { target: 'textarea' } };
/** Typing into a contenteditable element. */
export const ContentEditable: Story = { args: { target: 'contenteditable' } };
/** The interface in Mongolian (choose mn-Mong in the toolbar for the whole UI). */
export const MongolianInterface: Story = { globals: { locale: 'mn-Mong' } };
/** The interface in Chinese. */
export const ChineseInterface: Story = { globals: { locale: 'zh-Hans' } };
