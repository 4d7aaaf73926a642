// A tiny HTML template for prerendering in Node: `markup\`<p>${text}</p>\`` escapes every
// interpolated string, so published content (titles, letters typed by the public) can never
// inject markup. Nested `markup` results and arrays of them are inserted as they are.

/** Markup that is already safe to insert. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Builds markup; interpolated values are escaped unless they are {@link Html}. */
export function markup(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Inserts trusted markup produced by this build (never content from the data). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** `attr="value"` when value is defined, nothing otherwise. */
export function attr(name: string, value: string | number | undefined | null): Html {
  return value === undefined || value === null ? new Html('') : new Html(` ${name}="${escapeHtml(String(value))}"`);
}
