// Mongolian pages are set natively (writing-mode: vertical-lr) by the reader's browser, whose own
// line breaking lets ᠂ ᠃ ! ? : or a closing bracket start a column when a space precedes it, and
// which lays short numbers sideways where the shaped renderer sets them upright. Like the native
// <bichig-text>, the build wraps those runs (core's nativeTextRuns) in spans the portal's style
// sheet sets `white-space: pre` and `text-combine-upright: all`. Only element content changes by
// wrapping: the text itself — what copy, find-in-page, search and screen readers get — is the same.
import { nativeTextRuns } from '@bichig/core/mongolian';
import { escapeHtml } from './html.js';

/** Class of spaces kept with the mark after them. */
export const KEEP_CLASS = 'mlreq-keep';
/** Class of a one- or two-digit run set upright. */
export const UPRIGHT_CLASS = 'mlreq-tcy';

// Content that is not prose the browser breaks into columns, or that scripts and custom elements
// read as it is: left alone.
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'svg',
  'math',
  'textarea',
  'title',
  'template',
  'option',
  'select',
  'pre',
  'code',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Wraps the words of a plain run that some engine shapes wrongly (see variant-words.ts); undefined: none. */
export type WordWrapper = (text: string) => string | undefined;

/**
 * `html` (a whole prerendered vertical page) with the text of its body wrapped per
 * {@link nativeTextRuns}: outside `SKIPPED` elements and custom elements, in text only (never in
 * attributes or comments); with `wrapWords`, the words of its plain runs that some engine shapes
 * wrongly too.
 */
export function wrapNativeRuns(html: string, wrapWords: WordWrapper = () => undefined): string {
  const skipping: string[] = [];
  let inBody = false;
  return html.replace(
    /(<!--[\s\S]*?-->|<[^>]+>)|([^<]+)/g,
    (token, tag: string | undefined, text: string | undefined) => {
      if (tag !== undefined) {
        const m = /^<(\/?)([A-Za-z][\w:-]*)/.exec(tag);
        if (!m) return token;
        const name = m[2]!.toLowerCase();
        const closing = m[1] === '/';
        if (name === 'body') inBody = !closing;
        const skipped = SKIPPED.has(name) || name.includes('-');
        const selfClosing = tag.endsWith('/>');
        if (skipped && !closing && !selfClosing) skipping.push(name);
        else if (skipped && closing) {
          const at = skipping.lastIndexOf(name);
          if (at >= 0) skipping.length = at;
        }
        return token;
      }
      if (!inBody || skipping.length || !text) return token;
      const runs = nativeTextRuns(decode(text));
      if (runs.length === 1 && runs[0]!.kind === 'plain') return wrapWords(runs[0]!.text) ?? token;
      return runs
        .map((run) =>
          run.kind === 'plain'
            ? (wrapWords(run.text) ?? escapeHtml(run.text))
            : `<span class="${run.kind === 'keep' ? KEEP_CLASS : UPRIGHT_CLASS}">${escapeHtml(run.text)}</span>`,
        )
        .join('');
    },
  );
}
