/** The long-press menu of a key: a letter's positional and FVS forms, and the key's extra characters. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { invisibleCharacterInfo, isMongolianLetter, letterVariantChoices } from '@bichig/keyboard';
import type { LetterPosition, ScreenKey, VariantChoice } from '@bichig/keyboard';
import type { FieldSnapshot } from './targets.js';
import type { VariantGlyphs } from './variant-glyphs.js';
import { localized } from './localized.js';

/** A choice in the long-press menu: a letter form, or one of the key's extra characters. */
export interface MenuChoice {
  text: string;
  /** The form's position (for the glyph picture), when it is a letter form. */
  position?: LetterPosition;
  fvs: number;
  label: string;
  caption: string;
}

/** The open menu: the key it belongs to, its choices, and whether the keyboard (not a pointer) opened it. */
export interface VariantMenu {
  keyId: string;
  choices: MenuChoice[];
  byKeyboard: boolean;
}

function positionNames(): Record<LetterPosition, string> {
  return {
    isol: msg('独立形', { id: 'keyboard.position-isol' }),
    init: msg('词首形', { id: 'keyboard.position-init' }),
    medi: msg('词中形', { id: 'keyboard.position-medi' }),
    fina: msg('词末形', { id: 'keyboard.position-fina' }),
  };
}

/** A letter form as a menu choice, with the name a screen reader says for it. */
export function formChoice(choice: VariantChoice): MenuChoice {
  const positionName = positionNames()[choice.position];
  const form = choice.fvs === 0 ? msg('基本形', { id: 'keyboard.variant-plain' }) : `FVS${choice.fvs}`;
  return {
    text: choice.text,
    position: choice.position,
    fvs: choice.fvs,
    label: `${choice.letter} ${positionName} ${form}`,
    caption: choice.fvs === 0 ? '—' : `FVS${choice.fvs}`,
  };
}

/**
 * The choices a long-press on `key` offers, for a field in `state` (a letter's forms depend on
 * where the caret is in its word); empty when there is nothing to choose between.
 */
export function menuChoices(key: ScreenKey, state: FieldSnapshot): MenuChoice[] {
  const choices: MenuChoice[] = [];
  if (key.action.type === 'insert' && isMongolianLetter(key.action.text)) {
    for (const choice of letterVariantChoices(state, key.action.text)) choices.push(formChoice(choice));
  }
  for (const extra of key.longPress ?? []) {
    const info = invisibleCharacterInfo(extra);
    choices.push({
      text: extra,
      fvs: 0,
      label: info ? `${localized(info.name)} ${info.cap}` : extra,
      caption: info ? info.cap : extra,
    });
  }
  return choices.length > 1 || (choices.length === 1 && key.longPress?.length) ? choices : [];
}

export interface VariantMenuHandlers {
  keepFocus: (event: Event) => void;
  keydown: (event: KeyboardEvent) => void;
  choose: (index: number) => void;
  close: () => void;
}

/** The menu of `menu`'s choices; `title` names the key (its letter or cap). */
export function renderVariantMenu(
  menu: VariantMenu,
  title: string,
  glyphs: VariantGlyphs,
  on: VariantMenuHandlers,
): TemplateResult {
  return html`<div
    class="variants"
    part="variants"
    role="menu"
    aria-label=${msg(str`${title} 的字形`, { id: 'keyboard.variants' })}
    @keydown=${on.keydown}
  >
    ${menu.choices.map(
      (choice, i) =>
        html`<button
          type="button"
          role="menuitem"
          part="variant"
          data-variant=${i}
          tabindex=${i === 0 ? 0 : -1}
          aria-label=${choice.label}
          @pointerdown=${on.keepFocus}
          @mousedown=${on.keepFocus}
          @click=${() => on.choose(i)}
        >
          ${glyphs.render(choice.text, choice.position)}<span class="caption" aria-hidden="true"
            >${choice.caption}</span
          >
        </button>`,
    )}
    <button
      type="button"
      role="menuitem"
      class="close"
      part="variant-close"
      tabindex="-1"
      aria-label=${msg('关闭', { id: 'keyboard.close' })}
      @pointerdown=${on.keepFocus}
      @mousedown=${on.keepFocus}
      @click=${on.close}
    >
      ×
    </button>
  </div>`;
}
