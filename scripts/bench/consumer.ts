// `npm run bench -- consumer`: what a site that installed @bichig/elements from npm sends over
// the wire. The five packages are packed and installed from their tarballs into a fresh root
// (test/consumers/support.ts), the pages of test/consumers/bench/ are built with Vite as a site
// would build them, served on loopback and opened in Debian's Chromium. Every response body
// (HTML, JS, CSS, fonts, WASM) is counted gzipped at level 9 by node's zlib (a server with
// compression sends about that; fonts and WASM barely shrink), and compared with the bare
// Mongolian WOFF2 of @bichig/fonts, gzipped the same way in the same run.
//
// Targets: a native <bichig-text> page ≤ 1.25× the font; `auto` ending native ≤ 1.1× the native
// page; a shaped page ≤ 400 KB; a keyboard + field page without the Chinese font.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/support.js';
import { REPO, createInstallRoot, serve, viteBuild } from '../../test/consumers/support.js';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface PageWeight {
  page: string;
  /** Gzipped bytes of every response. */
  bytes: number;
  requests: number;
  /** What `bichig-text` ended up as (text pages). */
  renderer?: string;
  /** Gzipped bytes by kind: js, font, wasm, other. */
  byKind: Record<string, number>;
  chineseFont: boolean;
  wasm: boolean;
  /** Responses with an HTTP error: a page with any is not a valid measurement. */
  failed: string[];
  files: Array<{ url: string; bytes: number }>;
}

const install = await createInstallRoot(['bench']);
const { root } = install;
await viteBuild(root, 'bench');
const fontFile = join(root, 'node_modules', '@bichig', 'fonts', 'NotoSansMongolian-Regular.woff2');
const font = gz(readFileSync(fontFile));
const server = await serve({ '/': join(root, 'bench', 'dist') });
let browser: Browser | undefined;
const weights: PageWeight[] = [];
try {
  browser = await launchBrowser();
  for (const name of ['native', 'auto', 'shaped', 'keyboard']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const bodies: Array<Promise<{ url: string; bytes: number }>> = [];
    const errors: string[] = [];
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
    page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${new URL(r.url()).pathname}`));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (response) => {
      bodies.push(
        response
          .body()
          .then((body) => ({ url: response.url(), bytes: gz(body) }))
          .catch(() => ({ url: response.url(), bytes: 0 })),
      );
    });
    await page.goto(new URL(`${name}.html`, server.url).href);
    const renderer = (await page.evaluate(`(async () => {
      await Promise.all([...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('bichig-')))].map((t) => customElements.whenDefined(t)));
      const texts = [...document.querySelectorAll('bichig-text')];
      const done = await Promise.all(texts.map((t) => t.whenRendered()));
      for (const e of document.querySelectorAll('bichig-keyboard, bichig-textarea')) await e.updateComplete;
      await document.fonts.ready;
      return done[0]?.renderer;
    })()`)) as string | undefined;
    // Anything the page still fetches after drawing (a late font, the WASM) counts too.
    await page.waitForLoadState('networkidle');
    // What the text is drawn as in the end (auto may start native and switch).
    const finalRenderer = (await page.evaluate(`document.querySelector('bichig-text')?.resolvedRenderer`)) as
      string | undefined;
    if (finalRenderer && finalRenderer !== renderer)
      console.log(`  ${name}: first drawn ${renderer}, then ${finalRenderer}`);
    const files = await Promise.all(bodies);
    const kind = (url: string) =>
      /\.(woff2|ttf|otf)([-.][\w-]*)?(\.gz)?(\?|$)/.test(url)
        ? 'font'
        : /\.wasm(\?|$)/.test(url)
          ? 'wasm'
          : /\.js(\?|$)/.test(url)
            ? 'js'
            : 'other';
    const byKind: Record<string, number> = {};
    for (const f of files) byKind[kind(f.url)] = (byKind[kind(f.url)] ?? 0) + f.bytes;
    weights.push({
      page: name,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      requests: files.length,
      ...(finalRenderer ? { renderer: finalRenderer } : {}),
      byKind,
      chineseFont: files.some((f) => /NotoSansSC/.test(f.url)),
      wasm: files.some((f) => kind(f.url) === 'wasm'),
      failed,
      files: files.map((f) => ({ url: new URL(f.url).pathname, bytes: f.bytes })),
    });
    if (errors.length) console.log(`  ${name}: page errors: ${errors.join('; ')}`);
    await context.close();
  }
} finally {
  await browser?.close();
  await server.close();
  install.remove();
}

const byName = Object.fromEntries(weights.map((w) => [w.page, w])) as Record<string, PageWeight>;
const native = byName['native']!;
const auto = byName['auto']!;
const shaped = byName['shaped']!;
const keyboard = byName['keyboard']!;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
// A page that failed a request, or drew its text otherwise than asked, measured something else.
const valid = (w: PageWeight, renderer?: string) => !w.failed.length && (!renderer || w.renderer === renderer);
const checks = {
  native: { ratio: native.bytes / font, target: 1.25, met: valid(native, 'native') && native.bytes / font <= 1.25 },
  auto: {
    ratio: auto.bytes / native.bytes,
    target: 1.1,
    endedNative: auto.renderer === 'native',
    met: valid(auto, 'native') && valid(native) && auto.bytes / native.bytes <= 1.1,
  },
  shaped: { bytes: shaped.bytes, target: 400 * 1024, met: valid(shaped, 'shaped') && shaped.bytes <= 400 * 1024 },
  keyboard: { chineseFont: keyboard.chineseFont, met: valid(keyboard) && !keyboard.chineseFont },
};

console.log(`  gzipped bytes over the wire (each response body gzipped at level 9 by node's zlib)`);
console.log(`  baseline: the bare Mongolian font (NotoSansMongolian-Regular.woff2) ${kb(font)}\n`);
console.log(
  `  ${'page'.padEnd(10)}${'total'.padStart(11)}${'× font'.padStart(8)}${'JS'.padStart(11)}${'fonts'.padStart(11)}${'WASM'.padStart(11)}${'other'.padStart(10)}  req  renderer  Chinese font`,
);
for (const w of weights)
  console.log(
    `  ${w.page.padEnd(10)}${kb(w.bytes).padStart(11)}${(w.bytes / font).toFixed(2).padStart(8)}` +
      `${kb(w.byKind['js'] ?? 0).padStart(11)}${kb(w.byKind['font'] ?? 0).padStart(11)}${kb(w.byKind['wasm'] ?? 0).padStart(11)}${kb(w.byKind['other'] ?? 0).padStart(10)}` +
      `  ${String(w.requests).padStart(3)}  ${(w.renderer ?? '—').padEnd(8)}  ${w.chineseFont ? 'yes' : 'no'}`,
  );
for (const w of weights)
  if (w.failed.length)
    console.log(`  ${w.page}: ${w.failed.length} failed requests (not a valid measurement): ${w.failed.join(', ')}`);
console.log('');
console.log(
  `  native page ≤ 1.25× the font: ${checks.native.ratio.toFixed(2)}× (drawn ${native.renderer ?? 'unrendered'}) ${verdict(checks.native.met)}`,
);
console.log(
  `  auto ending native ≤ 1.1× native: ${checks.auto.ratio.toFixed(2)}× (auto ended ${auto.renderer ?? 'unrendered'}) ${verdict(checks.auto.met)}`,
);
console.log(
  `  shaped page ≤ 400 KB: ${kb(shaped.bytes)} (drawn ${shaped.renderer ?? 'unrendered'}) ${verdict(checks.shaped.met)}`,
);
console.log(
  `  keyboard + field page without the Chinese font: ${keyboard.chineseFont ? 'the Chinese font was loaded' : 'no Chinese font'} ${verdict(checks.keyboard.met)}`,
);

mkdirSync(join(REPO, 'bench-results'), { recursive: true });
writeFileSync(
  join(REPO, 'bench-results', 'consumer.json'),
  `${JSON.stringify({ method: 'gzip level 9 per response body', fontBytes: font, pages: weights, checks }, null, 2)}\n`,
);
