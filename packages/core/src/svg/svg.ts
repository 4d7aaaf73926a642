import { glyphTransform } from '../layout/geometry.js';
import type { SvgOptions, TextLayout } from '../layout/types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and attributes; drops what XML 1.0 cannot carry (C0 controls, lone surrogates). */
function xml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replace(
      // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    );
}

function num(value: number): string {
  // Three decimals are far below a device pixel and keep the file small.
  return String(Math.round(value * 1000) / 1000);
}

/**
 * Renders a layout as one SVG document string (works in Node and browsers). Each glyph outline
 * is written once in `<defs>` as a `<path id>` and drawn with `<use>`; the text is exposed to
 * assistive technology with role="img", an aria-label and a `<title>`, and `lang` on the root.
 * Missing characters are drawn as the font's .notdef box, never left out.
 */
export function toSVG(layout: TextLayout, options: SvgOptions = {}): string {
  const prefix = (options.idPrefix ?? 'bichig').replace(/[^A-Za-z0-9_-]/g, '_');
  const lang = options.lang ?? 'mn-Mong';
  const label = options.label ?? layout.text;
  const fill = options.fill ?? 'currentColor';
  const width = Math.max(layout.width, 0);
  const height = Math.max(layout.height, 0);

  const defined = new Map<string, string>();
  const defs: string[] = [];
  const uses: string[] = [];
  for (const glyph of layout.glyphs) {
    const font = layout.fonts[glyph.font]?.font;
    if (!font) continue;
    const path = font.glyphPath(glyph.id);
    if (path === '') continue; // spaces and other blank glyphs draw nothing
    const key = `${glyph.font}-${glyph.id}`;
    let id = defined.get(key);
    if (id === undefined) {
      id = `${prefix}-g${key}`;
      defined.set(key, id);
      defs.push(`<path id="${id}" d="${path}"/>`);
    }
    const [a, b, c, d, e, f] = glyphTransform(layout, glyph);
    uses.push(`<use href="#${id}" transform="matrix(${num(a)} ${num(b)} ${num(c)} ${num(d)} ${num(e)} ${num(f)})"/>`);
  }

  const columns = options.showColumns
    ? `<g fill="none" stroke="currentColor" stroke-opacity="0.25">${layout.columns
        .map(
          (column) =>
            `<rect x="${num(column.box.x)}" y="${num(column.box.y)}" width="${num(column.box.width)}" height="${num(column.box.height)}"/>`,
        )
        .join('')}</g>`
    : '';

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" lang="${xml(lang)}" xml:lang="${xml(lang)}" aria-label="${xml(label)}">` +
    `<title>${xml(label)}</title>` +
    `<defs>${defs.join('')}</defs>` +
    columns +
    `<g fill="${xml(fill)}">${uses.join('')}</g>` +
    `</svg>`
  );
}
