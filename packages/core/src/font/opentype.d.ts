// opentype.js 2 ships no type declarations; this declares the one function @bichig/core calls.
// The font it returns is typed in ./opentype-font.ts, a module emitted to dist/ (unlike this file),
// so no emitted declaration refers to this one.
declare module 'opentype.js/dist/opentype.mjs' {
  export function parse(
    buffer: ArrayBuffer,
    options?: { lowMemory?: boolean },
  ): import('./opentype-font.js').OpenTypeFont;
}
