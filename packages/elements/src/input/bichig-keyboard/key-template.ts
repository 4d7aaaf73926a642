/** One key of the on-screen keyboard, and what a screen reader says for it. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { FUNCTION_KEY_NAMES, invisibleCharacterInfo, isMongolianLetter } from '@bichig/keyboard';
import { hasMongolianCodePoint } from '@bichig/core/mongolian';
import type { ScreenKey } from '@bichig/keyboard';
import { localized } from './localized.js';

/** What a screen reader says for a key. */
export function spokenKey(key: ScreenKey): string {
  if (key.action.type === 'insert') {
    const info = invisibleCharacterInfo(key.action.text);
    if (info) return `${localized(info.name)} ${info.cap}`;
    if (key.action.text === ' ') return localized(FUNCTION_KEY_NAMES.space) ?? ' ';
    return key.action.text;
  }
  if (key.action.type === 'phonetic') return key.action.text;
  const name = localized(key.label) ?? key.cap;
  // A cap in letters or digits (FVS, ᠠ, ᠑᠒᠓) is part of the name, so speech input can say what is seen.
  return /[\p{L}\p{N}]/u.test(key.cap) && !name.includes(key.cap) ? `${name} ${key.cap}` : name;
}

/**
 * The button of `key` (a spacer for a key that does nothing); `tabStop` makes it the grid's one
 * tab stop, `layer` is the layer shown (its layer key is pressed).
 */
export function renderKey(key: ScreenKey, tabStop: boolean, layer: string): TemplateResult {
  const width = key.width ?? 1;
  const style = styleMap({ '--key-units': String(width) });
  if (key.action.type === 'none' || (key.cap === '' && key.action.type !== 'insert')) {
    return html`<span class="key spacer" style=${style} aria-hidden="true"></span>`;
  }
  const action = key.action;
  const text = action.type === 'insert' ? action.text : action.type === 'phonetic' ? action.text : undefined;
  const invisible = text !== undefined ? invisibleCharacterInfo(text) : undefined;
  const mongolian = text !== undefined && !invisible && hasMongolianCodePoint(text);
  const kind = invisible
    ? 'key-control'
    : action.type === 'insert' || action.type === 'phonetic'
      ? 'key-letter'
      : 'key-function';
  const hasMenu = action.type === 'insert' && isMongolianLetter(action.text);
  const label = spokenKey(key);
  const active = action.type === 'layer' && action.layer === layer;
  return html`<button
    type="button"
    class=${classMap({ key: true, [kind]: true, active, wide: width > 1 })}
    part="key ${kind}"
    style=${style}
    data-key=${key.id}
    data-code=${key.code ?? nothing}
    tabindex=${tabStop ? 0 : -1}
    lang=${mongolian ? 'mn-Mong' : nothing}
    aria-label=${label}
    aria-haspopup=${hasMenu ? 'menu' : nothing}
    aria-pressed=${action.type === 'layer' ? String(action.layer === layer) : nothing}
    title=${invisible ? `${invisible.codePoint} ${label}` : nothing}
  >
    ${
      action.type === 'phonetic'
        ? html`<span class="cap" aria-hidden="true">${key.cap}</span
            ><span class="sub" lang="mn-Mong" aria-hidden="true">${action.text}</span>`
        : html`<span
            class=${classMap({ cap: true, vertical: mongolian, name: !!invisible })}
            lang=${mongolian ? 'mn-Mong' : nothing}
            aria-hidden="true"
            >${key.cap}</span
          >`
    }
  </button>`;
}
