/**
 * The shared base of <bichig-textarea> and <bichig-input>: a form-associated custom element
 * around a real native text control set in vertical-lr with the Mongolian font first. The
 * browser's own editing, caret, selection, IME, undo, spell-check hooks and accessibility all
 * work on that control; this class adds the form participation (ElementInternals), plain-text
 * paste, horizontal wheel scrolling, visible format-control marks and the text-control API
 * (value, selection, setRangeText) on the host, so code written for a <textarea> works on it.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { getLocale } from '../../localize.js';
import { loadNativeFonts } from '../../internal/fonts.js';
import { ColumnCaret } from './column-caret.js';
import { drawControlMarks, measureControlMarks, syncMirror } from './control-marks.js';
import { fieldControl } from './control-template.js';
import type { NativeControlHandlers } from './control-template.js';
import { loadFieldFont } from './field-font.js';
import { FieldLabelsController } from './field-labels.js';
import { fieldValidity } from './field-validity.js';
import { scrollOnWheel } from '../../wheel.js';
import { convertPastedText } from './paste-conversion.js';

import type { TextControl as NativeControl } from './text-control.js';
import { VERTICAL_FIELD_BRAND } from './vertical-field-brand.js';
import type { VerticalTextField } from './vertical-field-brand.js';

export { isVerticalTextField } from './vertical-field-brand.js';
export type { VerticalTextField } from './vertical-field-brand.js';

export abstract class VerticalFieldBase extends LitElement implements VerticalTextField {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readOnly: { type: Boolean, reflect: true, attribute: 'readonly' },
    maxLength: { type: Number, attribute: 'maxlength' },
    minLength: { type: Number, attribute: 'minlength' },
    placeholder: {},
    label: {},
    autocomplete: {},
    inputMode: { attribute: 'inputmode' },
    showControls: { type: Boolean, reflect: true, attribute: 'show-controls' },
    hostLabelledBy: { attribute: 'aria-labelledby' },
    hostDescribedBy: { attribute: 'aria-describedby' },
    hostInvalid: { attribute: 'aria-invalid' },
    hostLabel: { attribute: 'aria-label' },
    formDisabled: { state: true },
  };

  /** The name under which the value is submitted with the form. */
  declare name: string;
  /** The field must not be empty to submit. */
  declare required: boolean;
  /** Disabled: not editable, not focusable, not submitted. */
  declare disabled: boolean;
  /** Read-only: selectable and submitted, not editable (the on-screen keyboard respects it too). */
  declare readOnly: boolean;
  /** Most UTF-16 code units the value may have, as for <textarea maxlength>; -1 for no limit. */
  declare maxLength: number;
  /** Fewest UTF-16 code units a non-empty value may have; -1 for no limit. */
  declare minLength: number;
  declare placeholder: string;
  /** The accessible name of the field, when no <label for> names it. */
  declare label: string;
  declare autocomplete: string;
  /** Passed to the native control: `none` keeps a phone's own keyboard away while <bichig-keyboard> types. */
  declare inputMode: string;
  /** Shows FVS1–4, MVS, NNBSP, ZWJ and ZWNJ as small named marks; the value is unchanged. */
  declare showControls: boolean;

  /** True for <bichig-input>: one column, Enter submits the form, pasted line breaks become spaces. */
  abstract readonly singleLine: boolean;
  declare private formDisabled: boolean;
  // ARIA set on the host by a page (a label's id, an error message's id): the focusable control is
  // in the shadow root, where those ids cannot be referenced, so their text is passed on to it.
  declare private hostLabelledBy: string | null;
  declare private hostDescribedBy: string | null;
  declare private hostInvalid: string | null;
  declare private hostLabel: string | null;

  protected readonly internals: ElementInternals;
  #value = '';
  /** A value was set or typed (HTML's dirty value flag): connecting must not replace it by the initial value. */
  #dirty = false;
  #defaultValue: string | undefined;
  #customValidity = '';
  #composing = false;
  #cancelMarks: (() => void) | undefined;
  #resize: ResizeObserver | undefined;
  #handlers: NativeControlHandlers | undefined;
  readonly #columnCaret = new ColumnCaret(
    () => this.nativeControl,
    () => this.renderRoot?.querySelector<HTMLElement>('.mirror') ?? null,
  );

  /** What converting the last paste changed (Menksoft → Unicode, suffixes), told to the writer until they type on. */
  #pasteNotice = '';

  readonly #labels = new FieldLabelsController(this, () => ({
    label: this.label,
    labelledBy: this.hostLabelledBy,
    describedBy: this.hostDescribedBy,
    ariaLabel: this.hostLabel,
    labels: this.labels,
  }));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.internals = this.attachInternals();
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.readOnly = false;
    this.maxLength = -1;
    this.minLength = -1;
    this.placeholder = '';
    this.label = '';
    this.autocomplete = 'off';
    this.inputMode = '';
    this.showControls = false;
    this.formDisabled = false;
    this.hostLabelledBy = null;
    this.hostDescribedBy = null;
    this.hostInvalid = null;
    this.hostLabel = null;
  }

  /** The native control that does the editing (in the shadow root); null before the first render. */
  get nativeControl(): NativeControl | null {
    return this.renderRoot?.querySelector?.<NativeControl>('#control') ?? null;
  }

  /** The value: exactly the characters typed, FVS and other format controls included. */
  get value(): string {
    return this.nativeControl?.value ?? this.#value;
  }
  set value(value: string) {
    const text = value === null || value === undefined ? '' : String(value);
    this.#value = text;
    this.#dirty = true;
    const control = this.nativeControl;
    if (control && control.value !== text) control.value = text;
    this.#valueChanged();
  }

  /** The value the field starts with and returns to on form reset. */
  get defaultValue(): string {
    return this.#defaultValue ?? this.initialValue();
  }
  set defaultValue(value: string) {
    this.#defaultValue = String(value ?? '');
  }

  get textLength(): number {
    return this.value.length;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get type(): string {
    return this.localName;
  }

  get selectionStart(): number {
    return this.nativeControl?.selectionStart ?? this.#value.length;
  }
  set selectionStart(offset: number) {
    const control = this.nativeControl;
    if (control) control.selectionStart = offset;
  }
  get selectionEnd(): number {
    return this.nativeControl?.selectionEnd ?? this.#value.length;
  }
  set selectionEnd(offset: number) {
    const control = this.nativeControl;
    if (control) control.selectionEnd = offset;
  }
  get selectionDirection(): 'forward' | 'backward' | 'none' {
    return (this.nativeControl?.selectionDirection as 'forward' | 'backward' | 'none' | null) ?? 'none';
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  setCustomValidity(message: string): void {
    this.#customValidity = String(message ?? '');
    this.#updateValidity();
  }
  setSelectionRange(start: number, end: number, direction?: 'forward' | 'backward' | 'none'): void {
    this.nativeControl?.setSelectionRange(start, end, direction);
  }
  select(): void {
    this.nativeControl?.select();
  }
  /** As HTMLTextAreaElement.setRangeText; fires no input event, like the native method. */
  setRangeText(replacement: string, start?: number, end?: number, selectMode?: SelectionMode): void {
    const control = this.nativeControl;
    if (!control) {
      const from = start ?? this.#value.length;
      this.value = this.#value.slice(0, from) + replacement + this.#value.slice(end ?? from);
      return;
    }
    if (start === undefined) control.setRangeText(replacement);
    else control.setRangeText(replacement, start, end ?? start, selectMode);
    this.#valueChanged();
  }

  /** Re-measures and redraws the format-control marks now (they otherwise follow when the browser is next idle). */
  updateControlMarks(): void {
    // A field that was never attached (or was removed before the browser got idle) has nothing to draw.
    if (!this.isConnected || !this.renderRoot) return;
    const control = this.nativeControl;
    const mirror = this.renderRoot.querySelector<HTMLElement>('.mirror');
    const clip = this.renderRoot.querySelector<HTMLElement>('.marks-clip');
    const layer = this.renderRoot.querySelector<HTMLElement>('.marks');
    if (!control || !mirror || !clip || !layer) return;
    const positions = measureControlMarks(mirror, syncMirror(control, mirror, this.singleLine));
    // The clip is the control's padding box: marks scrolled out of the field are hidden.
    const box = `${control.offsetLeft + control.clientLeft}px|${control.offsetTop + control.clientTop}px|${control.clientWidth}px|${control.clientHeight}px`;
    if (clip.dataset['box'] !== box) {
      clip.dataset['box'] = box;
      [clip.style.left, clip.style.top, clip.style.width, clip.style.height] = box.split('|') as [
        string,
        string,
        string,
        string,
      ];
    }
    this.#followScroll();
    drawControlMarks(layer, positions);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A value set before the field was connected (a framework's binding, a form re-rendered on a
    // tab switch) is the reader's text: only a field nobody has given a value starts from its initial one.
    if (this.#defaultValue === undefined && !this.hasUpdated && !this.#dirty) this.#value = this.initialValue();
    // A value set by a framework before this element was defined is an own property hiding the
    // accessor: take it over, so it is neither lost nor stale.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early as string;
    }
    // The native control renders in the project's Mongolian font: make sure it is loaded.
    void loadNativeFonts().catch((error: Error) => console.warn(`<${this.localName}>: ${error.message}`));
    void loadFieldFont().then(
      () => this.#scheduleMarks(),
      (error: Error) =>
        console.warn(
          `<${this.localName}>: the centred Mongolian face did not load (${error.message}); using the shared one`,
        ),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#cancelMarks?.();
  }

  protected override firstUpdated(): void {
    const control = this.nativeControl!;
    control.value = this.#value;
    this.#valueChanged();
    this.#resize = new ResizeObserver(() => this.#scheduleMarks());
    this.#resize.observe(control);
    this.#labels.observe();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      (changed as Map<PropertyKey, unknown>).has('hostLabelledBy') ||
      (changed as Map<PropertyKey, unknown>).has('hostDescribedBy')
    )
      this.#labels.observe();
    if (changed.has('required') || changed.has('maxLength') || changed.has('minLength')) this.#updateValidity();
    if (changed.has('showControls')) this.#scheduleMarks();
  }

  // ——— form-associated callbacks ———

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.#dirty = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  #onInput = (event: Event): void => {
    this.#columnCaret.forget();
    if (this.#pasteNotice && (event as InputEvent).inputType !== 'insertFromPaste') {
      this.#pasteNotice = '';
      this.requestUpdate();
    }
    this.#value = this.nativeControl?.value ?? this.#value;
    if (this.#composing) return; // the form value follows when the composition is committed
    this.#valueChanged();
  };

  #onChange = (): void => {
    // `change` does not cross the shadow boundary; re-fire it on the host as a <textarea> would.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #onSelect = (): void => {
    this.dispatchEvent(new Event('select', { bubbles: true }));
  };

  #onCompositionStart = (): void => {
    this.#composing = true;
  };

  #onCompositionEnd = (): void => {
    this.#composing = false;
    this.#valueChanged();
  };

  /** Pasted content arrives as plain text only, Menksoft converted to Unicode (see paste-conversion.ts); line breaks are normalised (and removed in a single-line field). */
  #onPaste = (event: ClipboardEvent): void => {
    const control = this.nativeControl;
    if (!control || !event.clipboardData || control.readOnly || control.disabled) return;
    event.preventDefault();
    const pasted = convertPastedText(event.clipboardData.getData('text/plain'));
    let text = pasted.text.replace(/\r\n?/g, '\n');
    if (this.singleLine) text = text.replace(/\n+/g, ' ');
    if (text === '') return;
    // insertText keeps the browser's undo history and honours maxlength like typing does.
    if (!document.execCommand('insertText', false, text)) {
      const start = control.selectionStart ?? control.value.length;
      const end = control.selectionEnd ?? start;
      let inserted = text;
      if (this.maxLength >= 0)
        inserted = inserted.slice(0, Math.max(0, this.maxLength - (control.value.length - (end - start))));
      control.setRangeText(inserted, start, end, 'end');
      control.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: inserted }),
      );
    }
    // After the insertion: its input event would otherwise count as typing on and clear the notice.
    this.#pasteNotice = pasted.notice;
    this.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || this.#columnCaret.keydown(event)) return;
    if (this.singleLine && event.key === 'Enter' && !event.defaultPrevented) {
      event.preventDefault();
      this.internals.form?.requestSubmit();
    }
  };

  /** mlreq: the mouse wheel scrolls vertical text horizontally. */
  #onWheel = (event: WheelEvent): void => {
    const control = this.nativeControl;
    if (control) scrollOnWheel(event, control);
  };

  #onScroll = (): void => {
    this.#followScroll();
  };

  /** The starting value when none was set: <bichig-textarea>'s text content, <bichig-input>'s value attribute. */
  protected abstract initialValue(): string;

  // ——— internals ———

  #valueChanged(): void {
    const value = this.value;
    this.#value = value;
    this.internals.setFormValue(value);
    this.#updateValidity();
    this.#scheduleMarks();
  }

  #updateValidity(): void {
    const { flags, message } = fieldValidity(this.value, {
      customValidity: this.#customValidity,
      required: this.required,
      maxLength: this.maxLength,
      minLength: this.minLength,
    });
    if (message) this.internals.setValidity(flags, message, this.nativeControl ?? undefined);
    else this.internals.setValidity({});
  }

  #scheduleMarks(): void {
    if (!this.showControls) {
      this.renderRoot?.querySelector?.('.marks')?.replaceChildren();
      return;
    }
    if (this.#composing) return;
    this.#cancelMarks?.();
    // The marks need the text laid out a second time (in the mirror): do it when the browser is
    // idle, so the frame that shows the typed character is not held up by them.
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => this.updateControlMarks(), { timeout: 150 });
      this.#cancelMarks = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(() => this.updateControlMarks(), 50);
      this.#cancelMarks = () => clearTimeout(handle);
    }
  }

  /** Moves the marks with the control's scrolling (the mirror itself is never scrolled). */
  #followScroll(): void {
    const control = this.nativeControl;
    const layer = this.renderRoot.querySelector<HTMLElement>('.marks');
    if (control && layer) layer.style.transform = `translate(${-control.scrollLeft}px, ${-control.scrollTop}px)`;
  }

  /** Event handlers the control gets: made at the first render, after the handler fields exist. */
  get #controlHandlers(): NativeControlHandlers {
    return (this.#handlers ??= {
      input: this.#onInput,
      change: this.#onChange,
      select: this.#onSelect,
      compositionstart: this.#onCompositionStart,
      compositionend: this.#onCompositionEnd,
      paste: this.#onPaste,
      keydown: this.#onKeyDown,
      wheel: this.#onWheel,
      scroll: this.#onScroll,
      pointerup: this.#columnCaret.pointerup,
      pointerdown: this.#columnCaret.forget,
    });
  }

  /** The `enterkeyhint` of the control (<bichig-input> has the attribute). */
  protected controlEnterKeyHint(): string {
    return '';
  }

  protected override render(): TemplateResult {
    const control = fieldControl(
      {
        tag: this.singleLine ? 'input' : 'textarea',
        lang: this.lang || 'mn-Mong',
        name: this.#labels.name,
        description: this.#labels.description,
        invalid: this.hostInvalid && this.hostInvalid !== 'false' ? this.hostInvalid : undefined,
        placeholder: this.placeholder,
        autocomplete: this.autocomplete,
        inputMode: this.inputMode,
        enterKeyHint: this.controlEnterKeyHint(),
        disabled: this.disabled || this.formDisabled,
        readOnly: this.readOnly,
        required: this.required,
        maxLength: this.maxLength,
        minLength: this.minLength,
      },
      this.#controlHandlers,
    );
    return html`<div class="frame" part="frame">
      ${control}
      <div class="mirror" aria-hidden="true"></div>
      ${this.showControls ? html`<div class="marks-clip" aria-hidden="true"><div class="marks" part="marks"></div></div>` : nothing}
      <p class="paste-notice" part="paste-notice" role="status" lang=${getLocale()} ?hidden=${!this.#pasteNotice}>
        ${this.#pasteNotice}
      </p>
    </div>`;
  }
}

// What isVerticalTextField reads: on the prototype, so every element built on this base has it.
Object.defineProperty(VerticalFieldBase.prototype, VERTICAL_FIELD_BRAND, { value: true });
