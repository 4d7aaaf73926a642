// Pasting into the search box: the text is converted (Menksoft → Unicode, suffixes after NNBSP)
// before it reaches the box, by a conversion (about 9 KB gzipped with its tables) loaded by the
// first paste. Until it is here the clipboard's text is taken in the event, the browser's own
// paste prevented, and the text inserted once the module has arrived; if it cannot be loaded, the
// text goes in as pasted. Nothing pasted is lost.
import { insertPastedText } from '../../input/field/insert-text.js';

type PasteConversion = typeof import('../../input/field/paste-conversion.js');
/** The conversion, once a paste has loaded it. */
let conversion: PasteConversion | undefined;
let loading: Promise<PasteConversion> | undefined;

function loadPasteConversion(): Promise<PasteConversion> {
  return (loading ??= import('../../input/field/paste-conversion.js').then(
    (module) => (conversion = module),
    (error: unknown) => {
      loading = undefined; // the next paste tries again
      throw error;
    },
  ));
}

export class PasteOnDemand {
  /** A paste waiting for the conversion to load (the element's `updateComplete` waits for it too). */
  pending: Promise<void> | undefined;
  /** Told what converting a paste changed (shown in the status line), or '' when nothing did. */
  readonly #notice: (notice: string) => void;

  constructor(notice: (notice: string) => void) {
    this.#notice = notice;
  }

  /** The search box's paste listener. */
  onPaste = (event: ClipboardEvent): void => {
    const input = event.target as HTMLInputElement;
    if (conversion) {
      this.#notice(conversion.insertConvertedPaste(event, input)?.notice ?? '');
      return;
    }
    const data = event.clipboardData?.getData('text/plain');
    if (data === undefined || input.readOnly || input.disabled) return;
    event.preventDefault();
    const pasting: Promise<void> = loadPasteConversion()
      .then(
        (loaded) => this.#notice(loaded.insertConvertedText(input, data).notice),
        () => {
          insertPastedText(input, data);
          this.#notice('');
        },
      )
      .finally(() => {
        if (this.pending === pasting) this.pending = undefined;
      });
    this.pending = pasting;
  };
}
