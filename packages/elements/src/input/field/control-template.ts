/**
 * The control inside <bichig-textarea> (a <textarea>) and <bichig-input> (an <input>): one
 * template for both, so an attribute or handler added for one reaches the other. Where the engine
 * keeps form controls horizontal, both get a <bichig-editable-text> with the same attributes,
 * handlers and text-control API instead.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import { nothing } from 'lit';
import { html, literal } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { verticalFormControls } from '../../internal/vertical-controls.js';
import { defineEditableControl } from './editable-control.js';

/** What the control shows and how it may be edited. */
export interface NativeControlOptions {
  /** `input` for one line (Enter submits), `textarea` for many. */
  tag: 'input' | 'textarea';
  lang: string;
  /** Accessible name. */
  name: string | undefined;
  description: string | undefined;
  invalid: string | undefined;
  placeholder: string;
  autocomplete: string;
  inputMode: string;
  /** <input> only. */
  enterKeyHint: string;
  disabled: boolean;
  readOnly: boolean;
  required: boolean;
  /** -1 for no limit. */
  maxLength: number;
  minLength: number;
}

/** The handlers the field puts on its control. */
export interface NativeControlHandlers {
  input: (event: Event) => void;
  change: (event: Event) => void;
  select: (event: Event) => void;
  compositionstart: (event: CompositionEvent) => void;
  compositionend: (event: CompositionEvent) => void;
  paste: (event: ClipboardEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  wheel: (event: WheelEvent) => void;
  scroll: (event: Event) => void;
  pointerup: (event: PointerEvent) => void;
  pointerdown: (event: PointerEvent) => void;
}

const TAGS = {
  input: { open: literal`input`, close: literal`` },
  textarea: { open: literal`textarea`, close: literal`</textarea>` },
};

/** Puts the field's handlers on its control (one list for both kinds of control), replacing any it put before. */
class ListenDirective extends Directive {
  #element: Element | undefined;
  #handlers: NativeControlHandlers | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('listen() belongs on an element');
  }

  render(_handlers: NativeControlHandlers): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [handlers]: [NativeControlHandlers]): typeof nothing {
    if (part.element === this.#element && handlers === this.#handlers) return nothing;
    for (const [type, handler] of Object.entries(this.#handlers ?? {}))
      this.#element?.removeEventListener(type, handler);
    for (const [type, handler] of Object.entries(handlers)) part.element.addEventListener(type, handler);
    this.#element = part.element;
    this.#handlers = handlers;
    return nothing;
  }
}
const listen = directive(ListenDirective);

/** The field's control: native where the engine sets form controls vertically, else editable. */
export function fieldControl(options: NativeControlOptions, on: NativeControlHandlers): TemplateResult {
  return verticalFormControls() ? nativeControl(options, on) : editableControl(options, on);
}

/** A <bichig-editable-text> with the native control's attributes and handlers (its state as properties). */
function editableControl(options: NativeControlOptions, on: NativeControlHandlers): TemplateResult {
  defineEditableControl();
  return html`<bichig-editable-text
    id="control"
    part="control"
    lang=${options.lang}
    aria-label=${ifDefined(options.name)}
    aria-description=${ifDefined(options.description)}
    aria-invalid=${ifDefined(options.invalid)}
    aria-required=${options.required ? 'true' : 'false'}
    placeholder=${ifDefined(options.placeholder || undefined)}
    aria-placeholder=${ifDefined(options.placeholder || undefined)}
    inputmode=${ifDefined(options.inputMode || undefined)}
    enterkeyhint=${ifDefined(options.enterKeyHint || undefined)}
    spellcheck="false"
    .singleLine=${options.tag === 'input'}
    .disabled=${options.disabled}
    .readOnly=${options.readOnly}
    .maxLength=${options.maxLength}
    ${listen(on)}
  ></bichig-editable-text>`;
}

/** The native control (`#control`, part `control`), blank values left out as attributes. */
function nativeControl(options: NativeControlOptions, on: NativeControlHandlers): TemplateResult {
  const tag = TAGS[options.tag];
  // The tag is a static literal (lit/static-html.js), which these rules do not know.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${tag.open}
    id="control"
    part="control"
    type=${ifDefined(options.tag === 'input' ? 'text' : undefined)}
    lang=${options.lang}
    aria-label=${ifDefined(options.name)}
    aria-description=${ifDefined(options.description)}
    aria-invalid=${ifDefined(options.invalid)}
    placeholder=${ifDefined(options.placeholder || undefined)}
    autocomplete=${options.autocomplete}
    inputmode=${ifDefined(options.inputMode || undefined)}
    enterkeyhint=${ifDefined(options.enterKeyHint || undefined)}
    spellcheck="false"
    ?disabled=${options.disabled}
    ?readonly=${options.readOnly}
    ?required=${options.required}
    maxlength=${ifDefined(options.maxLength >= 0 ? options.maxLength : undefined)}
    minlength=${ifDefined(options.minLength >= 0 ? options.minLength : undefined)}
    ${listen(on)}
    >${tag.close}</${tag.open}
  >`;
}
