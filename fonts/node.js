// The font files Node tools read from disk (`bichig-shape`), apart from index.js so that a
// browser bundle, which sees every `new URL(…, import.meta.url)` of a module it imports, never
// copies them into its build.

/** Noto Sans Mongolian 3.002, TTF with post glyph names (349 KB): for Node tools such as `bichig-shape`. */
export const mongolianTtf = new URL('./NotoSansMongolian-Regular.ttf', import.meta.url);
