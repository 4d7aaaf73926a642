// opentype.js 2 ships no type declarations; this declares the one function @bichig/core calls.
// Its result is typed by ./opentype-font.ts (emitted to dist/, unlike this file), so no emitted
// declaration refers to this module.
declare module 'opentype.js/dist/opentype.mjs' {
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): unknown;
}
