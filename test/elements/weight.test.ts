// Pay only for what renders: the page's own requests (Resource Timing; with the test server every
// module is a request of its own) show that native text, and auto text that ends native, load no
// HarfBuzz, no @bichig/core (but its import-free entries: the Mongolian facts and the error
// classes) and no Chinese web font; that the keyboard draws its caps without the
// Chinese font; and that a shaped element does load them (so the check can fail). The elements
// are imported inside the tests, after the buffer is enlarged, so that every request is recorded.
// One page, in order: what an earlier test loaded stays loaded, and the keyboard's test comes
// before any text that `auto` or `shaped` may draw with HarfBuzz.
import { expect } from '@esm-bundle/chai';
import type { BichigKeyboard, BichigText } from '@bichig/elements';

performance.setResourceTimingBufferSize(100_000);

const HEAVY = ['harfbuzz', '/packages/core/', 'NotoSansSC'];

/**
 * Resource entries of requests started at or after `from` (a performance.now() time). By start
 * time, not by position: WebKit adds an entry some time after its request ends, so an entry of an
 * earlier test can land in the list after the next test has begun.
 */
function entriesSince(from: number): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.startTime >= from,
  );
}

const mark = (): number => performance.now();

/** Raw (unbundled, uncompressed) bytes by kind, for the report: JS modules, fonts, WASM. */
function bytes(entries: PerformanceResourceTiming[]): { js: number; font: number; wasm: number; requests: number } {
  const sum = { js: 0, font: 0, wasm: 0, requests: entries.length };
  for (const entry of entries) {
    const size = entry.decodedBodySize || entry.encodedBodySize;
    if (/\.(woff2|ttf|otf|ttf\.gz)(\?|$)/.test(entry.name)) sum.font += size;
    else if (/\.wasm(\?|$)/.test(entry.name)) sum.wasm += size;
    else sum.js += size;
  }
  return sum;
}

/**
 * @bichig/core's entries that import no package (character facts with the native text runs, error
 * classes): a few KB, no HarfBuzz. test/core/mongolian.test.ts pins this list.
 */
const LIGHT_CORE = /\/packages\/core\/src\/(mongolian|errors|text\/native-runs)\.ts$/;

function heavy(entries: PerformanceResourceTiming[]): string[] {
  return entries
    .map((entry) => entry.name)
    .filter((name) => HEAVY.some((part) => name.includes(part)) && !LIGHT_CORE.test(new URL(name).pathname));
}

async function mountText(text: string, renderer: string): Promise<BichigText> {
  const element = document.createElement('bichig-text') as BichigText;
  element.setAttribute('renderer', renderer);
  element.textContent = text;
  document.body.append(element);
  return element;
}

const MONGOLIAN = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠌ ᠤᠨ ᠨᠡᠷ᠎ᠡ';
const MIXED = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ 蒙古文 Unicode 2026';

describe('pay only for what renders (requests of one page)', () => {
  let start = 0;
  // Each test counts the requests made during it: an earlier test that failed (as expected in an
  // engine) must not leave its requests in the next one's count.
  beforeEach(() => {
    start = mark();
  });
  afterEach(() => document.querySelectorAll('bichig-text, bichig-keyboard').forEach((e) => e.remove()));

  it('a native <bichig-text> of Mongolian and of mixed Mongolian+Chinese requests no HarfBuzz, no core, no Chinese font', async () => {
    await import('@bichig/elements/bichig-text.js');
    for (const text of [MONGOLIAN, MIXED]) {
      const element = await mountText(text, 'native');
      const rendered = await element.whenRendered();
      expect(rendered.renderer).to.equal('native');
      expect(element.shadowRoot!.querySelector('.native')!.textContent).to.equal(text);
    }
    const entries = entriesSince(start);
    expect(heavy(entries).join('\n')).to.equal('');
    // Positive controls: the recording sees the element's modules and its font.
    expect(entries.some((e) => e.name.includes('/packages/elements/src/text/bichig-text'))).to.equal(true);
    expect(entries.some((e) => e.name.includes('NotoSansMongolian-Regular.woff2'))).to.equal(true);
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
    expect([...document.fonts].map((face) => face.family.replace(/"/g, ''))).not.to.include('Bichig Chinese');
    console.log(`weight: native page ${JSON.stringify(bytes(entries))}`);
  });

  // Before any text that may draw shaped: where `auto` draws shaped (WebKit), that text's work
  // could still be loading when this test began and land in its count or not, by timing. The
  // keyboard alone requests none of them in any engine (WebKit: 60 requests, none heavy).
  it('the keyboard draws its digit and Latin caps without the Chinese font', async () => {
    await import('@bichig/elements/bichig-keyboard.js');
    const keyboard = document.createElement('bichig-keyboard') as BichigKeyboard;
    document.body.append(keyboard);
    await keyboard.updateComplete;
    const caps = [...keyboard.shadowRoot!.querySelectorAll('button')].filter((b) =>
      /[0-9A-Za-z]/.test(b.textContent ?? ''),
    );
    expect(caps.length, 'the keyboard has digit or Latin caps').to.be.greaterThan(0);
    await document.fonts.ready;
    const family = getComputedStyle(caps[0]!).fontFamily;
    expect(family).to.contain('Bichig Mongolian');
    expect(family).not.to.contain('Bichig Chinese');
    const entries = entriesSince(start);
    // The fields the keyboard types into convert a pasted Menksoft text as it is pasted, so their
    // page carries @bichig/core/legacy (its table and suffix list: about 8 KB gzipped, no HarfBuzz,
    // it imports only the character facts); nothing else of core comes with them.
    const LEGACY = /\/packages\/core\/src\/legacy\/[\w-]+\.ts$/;
    expect(
      heavy(entries)
        .filter((name) => !LEGACY.test(new URL(name).pathname))
        .join('\n'),
    ).to.equal('');
    expect([...document.fonts].map((face) => face.family.replace(/"/g, ''))).not.to.include('Bichig Chinese');
    console.log(`weight: keyboard adds ${JSON.stringify(bytes(entries))}`);
  });

  it('auto ends native in Chromium and requests none of them either', async () => {
    for (const text of [MONGOLIAN, MIXED]) {
      const element = await mountText(text, 'auto');
      const rendered = await element.whenRendered();
      expect(rendered.renderer).to.equal('native');
    }
    const entries = entriesSince(start);
    expect(heavy(entries).join('\n')).to.equal('');
    console.log(`weight: auto adds ${JSON.stringify(bytes(entries))}`);
  });

  it('a shaped <bichig-text> of mixed text does request HarfBuzz, core and the Chinese font', async () => {
    const element = await mountText(MIXED, 'shaped');
    const rendered = await element.whenRendered();
    expect(rendered.renderer).to.equal('shaped');
    const found = heavy(entriesSince(start));
    for (const part of HEAVY)
      expect(
        found.some((name) => name.includes(part)),
        part,
      ).to.equal(true);
    // HarfBuzz gets the Mongolian font as gzip-wrapped TTF even with the page's WOFF2 face loaded
    // (both files on a page with both renderers); the Chinese WOFF2 brings the decoder. A
    // shaped-only page is measured in weight-shaped.test.ts.
    const names = entriesSince(start).map((entry) => entry.name);
    expect(names.filter((name) => name.includes('NotoSansMongolian-Regular.ttf.gz'))).to.have.length(1);
    expect(names.some((name) => /woff2-encoder|decompress/.test(name))).to.equal(true);
    console.log(`weight: shaped adds ${JSON.stringify(bytes(entriesSince(start)))}`);
  });
});
