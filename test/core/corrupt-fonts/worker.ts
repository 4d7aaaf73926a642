// Child process of the corrupt-font test: loads variants [from, to) (`crafted` as a 4th argument:
// with their checksums written again) and lays text out and draws it as SVG with each,
// printing one JSON line per variant: {index, table, outcome: 'ok' | 'FontLoadError' | <other
// error name>, message?, ms}. Run with a heap limit, so a variant that takes the memory kills only
// this process (which the test reports as a failure), never the test runner.
import { FontLoadError, FontStack, layoutText, loadFont, Shaper, toSVG } from '@bichig/core';
import * as hb from 'harfbuzzjs';
import { UDHR_MN } from '../helpers.js';
import { fontVariant, originalFont } from './variants.js';

const [from, to, seed] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const crafted = process.argv[5] === 'crafted';
const original = originalFont();
// HarfBuzz's WebAssembly heap: any view harfbuzzjs gives into its memory sees the whole of it.
const probe = new hb.Face(new hb.Blob(original), 0);
const heapMiB = (): number => probe.referenceTable('head')!.buffer.byteLength / 2 ** 20;
const text = `${UDHR_MN}\n${'ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠪᠢᠴᠢᠭ᠌ ᠠ᠋ᠯᠠ\u180eᠠ '.repeat(8)}`;
for (let index = from; index < to; index++) {
  const variant = fontVariant(index, seed, original, crafted);
  const started = performance.now();
  let outcome = 'ok';
  let message: string | undefined;
  try {
    const font = await loadFont(variant.bytes, { name: `variant-${index}` });
    const layout = layoutText(text, {
      fonts: new FontStack([font]),
      blockSize: 400,
      shaper: new Shaper({ cacheSize: 0 }),
    });
    if (layout.text !== text) throw new Error('the layout lost text');
    for (const glyph of layout.glyphs.slice(0, 50)) font.glyphPath(glyph.id);
    toSVG(layout);
  } catch (error) {
    outcome = error instanceof FontLoadError ? 'FontLoadError' : error instanceof Error ? error.name : typeof error;
    message = error instanceof Error ? error.message.slice(0, 200) : String(error);
  }
  // Let the finalizers of this variant's HarfBuzz objects run, so the heap's high-water mark is
  // what one font took, not every font so far (harfbuzzjs frees its objects only after a GC).
  globalThis.gc?.();
  await new Promise((resolve) => setImmediate(resolve));
  process.stdout.write(
    `${JSON.stringify({ index, table: variant.table, offset: variant.offset, bit: variant.bit, outcome, message, ms: Math.round(performance.now() - started), rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20), heapMiB: heapMiB() })}\n`,
  );
}
