/**
 * Pasted text from old documents: Menksoft-encoded Mongolian (Private Use Area glyph codes, which
 * show as boxes and cannot be searched) becomes Unicode, and case suffixes typed after a plain
 * space go after NNBSP, before the text reaches a field. The writer is told what changed, in the
 * page's language (Mongolian on Mongolian pages), and nothing they pasted is dropped: a code point
 * the converter does not know stays as it was, and the notice says so.
 *
 * Used by <bichig-textarea>/<bichig-input> (and so the Mongolian mailbox) and by the search box,
 * which imports it only when something is pasted (it is no part of the search page's first load).
 */
import { css } from 'lit';
import { msg, str } from '@lit/localize';
import { convertMenksoft, normaliseMongolianSuffixes } from '@bichig/core/legacy';
import { insertPastedText } from './insert-text.js';

/** What happened to a pasted text. */
export interface PastedText {
  /** The text to insert. */
  text: string;
  /** Menksoft code points converted to Unicode. */
  converted: number;
  /** Menksoft code points with no known Unicode, kept as they were. */
  unconverted: number;
  /** Spaces before a case suffix made NNBSP. */
  suffixesJoined: number;
  /** What to tell the writer, in the page's language; empty when nothing changed. */
  notice: string;
}

/** Converts a pasted text and words the notice. DOM-free apart from the localized strings. */
export function convertPastedText(pasted: string): PastedText {
  const menksoft = convertMenksoft(pasted);
  const suffixes = normaliseMongolianSuffixes(menksoft.text);
  const unconverted = menksoft.unconverted.reduce((n, u) => n + u.count, 0);
  const parts: string[] = [];
  if (menksoft.converted > 0)
    parts.push(
      msg(str`已将粘贴文字中的 ${menksoft.converted} 个蒙科立（Menksoft）编码字符转换为 Unicode 蒙古文。`, {
        id: 'paste.menksoft-converted',
      }),
    );
  if (unconverted > 0) {
    const codes = menksoft.unconverted.map((u) => `U+${u.codePoint.toString(16).toUpperCase()}`).join(' ');
    parts.push(
      msg(str`有 ${unconverted} 个字符（${codes}）无法转换，已原样保留。`, { id: 'paste.menksoft-unconverted' }),
    );
  }
  if (suffixes.replaced > 0)
    parts.push(
      msg(str`已将 ${suffixes.replaced} 个词尾前的空格改为窄不换行空格（NNBSP）。`, { id: 'paste.suffixes-joined' }),
    );
  return {
    text: suffixes.text,
    converted: menksoft.converted,
    unconverted,
    suffixesJoined: suffixes.replaced,
    notice: parts.join(' '),
  };
}

/**
 * Inserts a paste into a native text control after converting it, as typing would (undo history,
 * maxlength), and returns what happened. For the plain <input>/<textarea> of the search box and the
 * Chinese mailbox; the vertical fields do the same in their own paste handler.
 */
export function insertConvertedPaste(
  event: ClipboardEvent,
  control: HTMLInputElement | HTMLTextAreaElement,
): PastedText | undefined {
  const data = event.clipboardData?.getData('text/plain');
  if (data === undefined || control.readOnly || control.disabled) return undefined;
  const pasted = convertPastedText(data);
  if (pasted.notice === '') return undefined; // nothing to convert: the browser pastes as usual
  event.preventDefault();
  insertPastedText(control, pasted.text);
  return pasted;
}

/**
 * Converts and inserts a paste whose browser default was already prevented (the search box reads
 * the clipboard in the paste event, then loads this module): the text goes in even when nothing
 * needed converting. Returns what happened.
 */
export function insertConvertedText(control: HTMLInputElement | HTMLTextAreaElement, data: string): PastedText {
  const pasted = convertPastedText(data);
  insertPastedText(control, pasted.text);
  return pasted;
}

/** The notice a vertical field shows over its lower edge (in Mongolian, as a column beside it). */
export const pasteNoticeStyles = css`
  .paste-notice {
    position: absolute;
    inset: auto 0 0 0;
    margin: 0;
    padding: 0.3em 0.5em;
    font-size: 0.85em;
    line-height: 1.4;
    color: var(--_text);
    background: Canvas;
    border: 1px solid var(--_border);
    border-radius: 4px;
    z-index: 1;
  }
  /* Mongolian: a column of its own just after the field (columns advance left to right). */
  .paste-notice:lang(mn-Mong) {
    inset: 0 auto 0 calc(100% + 0.3em);
    writing-mode: vertical-lr;
    inline-size: max-content;
  }
  .paste-notice[hidden] {
    display: none;
  }
`;
