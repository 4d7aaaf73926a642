// Consumer tests: @bichig/* as a site developer gets it from npm. The publishable packages are
// packed (their `prepack` builds them), only those tarballs and public packages are installed into
// one fresh install root, and four apps are copied into it: vanilla (Vite + TypeScript), react
// (React 19 + Vite), vue (Vue 3 + Vite, vue-tsc) and no-bundler (static pages using
// dist/cdn/*.js, and the README's CDN snippet with the CDN answered from the installed package).
// Per app: a strict type check (skipLibCheck: false), a Vite build without unresolved-asset
// warnings, then Debian's Chromium opens the built page and checks what a reader sees: the project
// font drawing the native text, shaped glyph paths, ink on screen, the keyboard typing exact code
// points, the news list showing the app's own items, no console error, failed request or Chinese
// font. The vanilla app also has a page with one auto text (no HarfBuzz when it ends native) and
// one using setBasePath(). On the same install root, the packages as published: every entry
// type-checks strictly under three module resolutions, every package a .d.ts imports is declared,
// the React and Vue typings reject a bad attribute value, and `npx bichig-shape` works.
// Screenshots go to .cache/consumers-screenshots/. The README's "Use it in your site" snippets must appear verbatim in these apps.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support.js';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import {
  CDN_ORIGIN,
  CommandError,
  PUBLISHED,
  REPO,
  TEMPLATES,
  cdnPath,
  createInstallRoot,
  run,
  serve,
  viteBuild,
  type InstallRoot,
  type StaticServer,
} from './support.js';

const APPS = ['vanilla', 'react', 'vue', 'no-bundler'] as const;
type App = (typeof APPS)[number];
const SCREENSHOTS = join(REPO, '.cache', 'consumers-screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** What the sample cluster's news column holds, newest first (test/consumers/data). */
const NEWS_TITLES = (
  JSON.parse(readFileSync(join(TEMPLATES, 'data', 'sites', 'town-mn.json'), 'utf8')) as {
    articles: Array<{ title: string; publishedAt: string }>;
  }
).articles
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  .map((a) => a.title);

/** Keys clicked on the standard layout and the code points they type (KBDMONST: ᠣ ᠠ ᠨ NNBSP 1). */
const KEYS = ['KeyQ', 'KeyA', 'KeyN', 'Minus', 'Digit1'];
const TYPED = [0x1823, 0x1820, 0x1828, 0x202f, 0x31];

let install: InstallRoot | undefined;
let setupError: unknown;
let browser: Browser | undefined;
const started = Date.now();

before(
  async () => {
    try {
      install = await createInstallRoot([...APPS]);
      ensureChromium();
      browser = await launchBrowser();
    } catch (error) {
      setupError = error;
    }
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  console.log(
    `consumers: pack ${install?.seconds.pack.toFixed(1) ?? '—'} s, install ${install?.seconds.install.toFixed(1) ?? '—'} s, ` +
      `whole step ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});

function ready(): { root: string; browser: Browser } {
  if (setupError) throw setupError;
  if (!install || !browser) throw new Error('the install root or the browser is missing');
  return { root: install.root, browser };
}

// ───────────────────────────── README snippets ─────────────────────────────

/** Fenced blocks of README.md's "Use it in your site" section. */
function readmeSnippets(): Array<{ lang: string; code: string }> {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Use it in your site');
  assert.ok(start >= 0, 'README.md has a "## Use it in your site" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]! }));
}

/** Lines without their indentation, so that a snippet may be indented inside a page. */
const unindent = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'data' ? [] : templateFiles(path);
    return /\.(html|ts|tsx|vue|js)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every snippet of README "Use it in your site" appears verbatim in a consumer app', () => {
  const snippets = readmeSnippets();
  assert.ok(snippets.length >= 6, `expected the section's snippets, found ${snippets.length}`);
  const files = APPS.flatMap((app) => templateFiles(join(TEMPLATES, app))).map((f) => ({
    f,
    text: unindent(readFileSync(f, 'utf8')),
  }));
  const version = (
    JSON.parse(readFileSync(join(REPO, 'packages/elements/package.json'), 'utf8')) as { version: string }
  ).version;
  const missing: string[] = [];
  for (const { lang, code } of snippets) {
    if (lang === 'sh') continue; // install commands
    // Angular is documented, not built here (no Angular app in the consumer tests).
    if (code.includes('CUSTOM_ELEMENTS_SCHEMA')) continue;
    const wanted = unindent(code);
    if (!files.some(({ text }) => text.includes(wanted))) missing.push(code);
    for (const url of code.match(/https:\/\/cdn\.example\.org\/\S+?(?=")/g) ?? [])
      assert.ok(url.includes(`@bichig/elements@${version}/`), `${url} names the current version ${version}`);
  }
  assert.deepEqual(missing, [], 'README snippets not found in any app of test/consumers');
});

// ───────────────────────────── the packages as published ─────────────────────────────

/** Every JS entry of every published package (subpaths that are not font or JSON files). */
function publishedEntries(root: string): string[] {
  return PUBLISHED.flatMap((name) => {
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      exports?: Record<string, unknown>;
    };
    return Object.keys(pkg.exports ?? { '.': null })
      .filter((subpath) => !/\.(woff2|ttf|gz|json)$/.test(subpath) && !subpath.includes('*'))
      .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`));
  });
}

/** Compiler options of the strict checks below, written into the install root's `packed/` folder. */
const STRICT = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  module: 'ESNext',
  moduleResolution: 'bundler',
};

function writeCheck(root: string, name: string, compilerOptions: object, files: Record<string, string>): string {
  const dir = join(root, 'packed');
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions, files: Object.keys(files) }, null, 2));
  return config;
}

/** Runs a type check that must fail; resolves with the compiler's output. */
async function expectTypeError(root: string, compiler: string, config: string): Promise<string> {
  const error = await run(join(root, 'node_modules', '.bin', compiler), ['-p', config], root).then(
    () => assert.fail(`${compiler} -p ${config} passed, but it must report a type error`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof CommandError, String(error));
  return error.output;
}

describe('the packed packages', () => {
  const resolutions = {
    bundler: {},
    NodeNext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
    'bundler + customConditions ["source"]': { customConditions: ['source'] },
  };
  const entriesFile = (root: string) =>
    publishedEntries(root)
      .map((e, i) => `import * as entry${i} from '${e}';\nexport { entry${i} };`)
      .join('\n') + '\n';

  for (const [resolution, options] of Object.entries(resolutions)) {
    if (resolution === 'bundler') continue; // with React's invalid use, below: one compiler run, not two
    test(`every entry type-checks strictly (skipLibCheck: false), moduleResolution ${resolution}`, async () => {
      const { root } = ready();
      const name = resolution.replace(/\W+/g, '-');
      const config = writeCheck(root, name, { ...STRICT, ...options }, { [`entries-${name}.ts`]: entriesFile(root) });
      await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', config], root);
    });
  }

  // The apps type-check the valid use (renderer="shaped", a typed bichig-fallback handler); here the invalid one.
  test('every entry type-checks strictly (skipLibCheck: false), moduleResolution bundler; React: renderer="bogus" is the only error, naming "bogus"', async () => {
    const { root } = ready();
    assert.ok(publishedEntries(root).length > PUBLISHED.length, 'every package has entries');
    const config = writeCheck(
      root,
      'bundler',
      { ...STRICT, jsx: 'react-jsx' },
      {
        'entries-bundler.ts': entriesFile(root),
        'react-bad.tsx': `import type {} from '@bichig/elements/react';\n\nexport const Bad = () => <bichig-text renderer="bogus">ᠮᠣᠩᠭᠣᠯ</bichig-text>;\n`,
      },
    );
    const output = await expectTypeError(root, 'tsc', config);
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    assert.ok(errors.length > 0, output);
    assert.deepEqual(
      errors.filter((line) => !line.startsWith('packed/react-bad.tsx')),
      [],
      'no error outside the invalid React use',
    );
    assert.match(output, /react-bad\.tsx.*"bogus"/s);
  });

  test('every package a shipped .d.ts imports is a declared dependency of its package', () => {
    const { root } = ready();
    const undeclared: string[] = [];
    let files = 0;
    for (const name of PUBLISHED) {
      const dir = join(root, 'node_modules', name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      const declared = new Set([name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })]);
      const declarations = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
        (f) => f.isFile() && /\.d\.m?ts$/.test(f.name) && !relative(dir, f.parentPath).includes('node_modules'),
      );
      for (const file of declarations) {
        files++;
        // Comments are not imports (the generated typings show usage examples); /// references are.
        const text = readFileSync(join(file.parentPath, file.name), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/(?!\/).*$/gm, '');
        for (const [, specifier] of text.matchAll(
          /(?:from\s+|import\(\s*|declare module\s+|types=)['"]([^'"./][^'"]*)['"]/g,
        )) {
          const bare = specifier!.startsWith('@')
            ? specifier!.split('/').slice(0, 2).join('/')
            : specifier!.split('/')[0]!;
          if (declared.has(bare) || declared.has(`@types/${bare}`) || bare.startsWith('node:')) continue;
          undeclared.push(`${join(file.parentPath, file.name)} imports "${specifier}", not declared by ${name}`);
        }
      }
    }
    assert.ok(files > 0, 'the packages ship declaration files');
    assert.deepEqual(undeclared, [], 'npm hoisting would hide these from tsc');
  });

  test('Vue: renderer="bogus" is a vue-tsc error naming "bogus"', async () => {
    const { root } = ready();
    const config = writeCheck(
      root,
      'vue-bad',
      { ...STRICT, jsx: 'preserve', types: ['@bichig/elements/vue'] },
      {
        'VueBad.vue': `<script setup lang="ts"></script>\n\n<template>\n  <bichig-text renderer="bogus">ᠮᠣᠩᠭᠣᠯ</bichig-text>\n</template>\n`,
      },
    );
    assert.match(await expectTypeError(root, 'vue-tsc', config), /VueBad\.vue.*"bogus"/s);
  });

  const bichigShape = (root: string, args: string[], input: string) =>
    JSON.parse(
      execFileSync('npx', ['--no-install', 'bichig-shape', ...args], { cwd: root, input, encoding: 'utf8' }).trim(),
    ) as unknown;

  test('npx bichig-shape in the consumer project prints real glyphs with the shipped font', () => {
    const { root } = ready();
    const { glyphs } = bichigShape(root, [], 'ᠮᠣᠩᠭᠣᠯ\n') as { glyphs: Array<{ id: number; name: string }> };
    assert.ok(Array.isArray(glyphs) && glyphs.length > 0, 'glyphs printed');
    assert.deepEqual(
      glyphs.filter((g) => g.id === 0),
      [],
      'no .notdef glyph',
    );
  });

  test('npx bichig-shape --layout finds every character of Mongolian, Chinese and digits in the shipped fonts', () => {
    const { root } = ready();
    const { missing } = bichigShape(root, ['--layout', '--block-size', '200'], 'ᠮᠣᠩᠭᠣᠯ 中文 2026\n') as {
      missing: unknown[];
    };
    assert.deepEqual(missing, [], 'nothing missing');
  });
});

// ───────────────────────────── per app ─────────────────────────────

const TYPE_CHECK: Record<App, string[] | undefined> = {
  vanilla: ['tsc', '-p', 'vanilla/tsconfig.json'],
  react: ['tsc', '-p', 'react/tsconfig.json'],
  vue: ['vue-tsc', '-p', 'vue/tsconfig.json'],
  'no-bundler': undefined,
};

/** Vite's complaint when a `new URL('…', import.meta.url)` asset is not found at build time. */
const UNRESOLVED_ASSET = /doesn't exist at build time|didn't resolve at build time|new URL\(/;

// Written as a string so the test transpiler cannot wrap the function in helpers the page lacks.
const PAGE_STATE = `(async () => {
  for (const tag of ['bichig-text']) await customElements.whenDefined(tag);
  const texts = [...document.querySelectorAll('bichig-text')];
  const rendered = await Promise.all(texts.map((t) => t.whenRendered()));
  const shaped = document.querySelector('bichig-text#shaped');
  const fonts = [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status }));
  return {
    renderers: Object.fromEntries(texts.map((t, i) => [t.id || 'auto', rendered[i].renderer])),
    glyphPaths: shaped ? shaped.shadowRoot.querySelectorAll('svg[part~="glyphs"] path').length : -1,
    fonts,
    fallbacks: window.__bichigFallbacks,
  };
})()`;

const NEWS_STATE = `(async () => {
  await customElements.whenDefined('bichig-news-list');
  const list = document.querySelector('bichig-news-list');
  await list.whenLoaded();
  await list.updateComplete;
  const texts = [...list.shadowRoot.querySelectorAll('bichig-text')];
  await Promise.all(texts.map((t) => t.whenRendered()));
  const errors = [...list.shadowRoot.querySelectorAll('[role="alert"]')].map((e) => e.textContent.trim());
  const titles = [...list.shadowRoot.querySelectorAll('[part~="title"]')].map((a) =>
    [...a.querySelectorAll('bichig-text')].map((t) => t.source).join(''),
  );
  return { titles, errors };
})()`;

/** Dark pixels of a PNG screenshot, counted in the page (a canvas decodes it). */
async function ink(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(`(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${png.toString('base64')}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 384) dark++;
    return dark;
  })()`) as Promise<number>;
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The fonts Chromium drew the native text of `bichig-text#<id>` with (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page, id: string): Promise<Array<{ familyName: string; isCustomFont: boolean }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const all = (node: CdpNode): CdpNode[] => [
    node,
    ...(node.shadowRoots ?? []).flatMap(all),
    ...(node.children ?? []).flatMap(all),
  ];
  const host = all(root).find((n) => n.nodeName === 'BICHIG-TEXT' && n.attributes?.join(' ').includes(`id ${id}`));
  assert.ok(host?.shadowRoots?.[0], `bichig-text#${id} has a shadow root`);
  const holder = all(host.shadowRoots[0]).find((n) =>
    (n.children ?? []).some((c) => c.nodeType === 3 && /[\u1820-\u18AA]/.test(c.nodeValue ?? '')),
  );
  assert.ok(holder, `bichig-text#${id} shows Mongolian text in its shadow tree`);
  const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: holder.nodeId })) as {
    fonts: Array<{ familyName: string; isCustomFont: boolean }>;
  };
  await cdp.detach();
  return fonts;
}

interface Visit {
  page: Page;
  problems: string[];
  requests: string[];
}

async function visit(browser: Browser, url: string, packageRoot: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  // The README's placeholder CDN answers from the installed packages.
  await context.route(`${CDN_ORIGIN}**`, async (route) => {
    const path = cdnPath(route.request().url());
    const file = path && join(packageRoot, 'node_modules', path);
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : undefined;
    return route.fulfill({
      path: file,
      headers: { 'access-control-allow-origin': '*', ...(type ? { 'content-type': type } : {}) },
    });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __bichigFallbacks: string[] };
    w.__bichigFallbacks = [];
    addEventListener(
      'bichig-fallback',
      (event) => {
        const detail = (event as CustomEvent<{ reason: string; error?: Error }>).detail;
        w.__bichigFallbacks.push(`${detail.reason}: ${detail.error?.message ?? ''}`);
      },
      true,
    );
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const response = await page.goto(url);
  assert.equal(response?.status(), 200, `${url} answered`);
  return { page, problems, requests };
}

/**
 * Evaluates `script` (a promise-returning expression) in the page. A page whose elements never get
 * there (a module that did not load, a render that never ends) fails after `seconds` with what the
 * page reported, instead of hanging until the test's own timeout.
 */
async function settle(visit: Visit, script: string, what: string, seconds = 30): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${what} did not happen within ${seconds} s; the page reported: ${visit.problems.join('; ') || 'nothing'}`,
          ),
        ),
      seconds * 1000,
    );
  });
  try {
    return await Promise.race([visit.page.evaluate(script), guard]);
  } finally {
    clearTimeout(timer);
  }
}

/** What every page with the shared markup must show. */
async function assertReaderSees(app: string, seen: Visit, full: boolean): Promise<void> {
  const { page, problems, requests } = seen;
  const state = (await settle(seen, PAGE_STATE, 'every <bichig-text> rendering')) as {
    renderers: Record<string, string>;
    glyphPaths: number;
    fonts: Array<{ family: string; status: string }>;
    fallbacks: string[];
  };
  assert.deepEqual(state.fallbacks, [], 'no element fell back (bichig-fallback)');
  assert.equal(state.renderers['native'], 'native');
  assert.equal(state.renderers['shaped'], 'shaped', 'the shaped text is drawn from HarfBuzz glyphs');
  assert.ok(state.glyphPaths > 0, 'the shaped text has SVG glyph paths');
  assert.ok(
    state.fonts.some((f) => f.family === 'Bichig Mongolian' && f.status === 'loaded'),
    `"Bichig Mongolian" is loaded (fonts: ${JSON.stringify(state.fonts)})`,
  );
  const fonts = await renderedFonts(page, 'native');
  assert.ok(fonts.length > 0, 'Chromium drew the native text');
  assert.ok(
    fonts.every((f) => f.isCustomFont && /Mongolian/.test(f.familyName)),
    `the native text is drawn only in the project's Mongolian web font, not a system font or boxes: ${JSON.stringify(fonts)}`,
  );
  for (const id of ['native', 'shaped']) {
    const png = await page.locator(`bichig-text#${id}`).screenshot({ path: join(SCREENSHOTS, `${app}-${id}.png`) });
    assert.ok((await ink(page, png)) > 80, `bichig-text#${id} has ink on screen`);
  }
  if (full) {
    const news = (await settle(seen, NEWS_STATE, 'the news list loading and rendering')) as {
      titles: string[];
      errors: string[];
    };
    assert.deepEqual(news.errors, [], 'the news list shows no error');
    assert.deepEqual(news.titles, NEWS_TITLES, "the news list shows the app's own items, newest first");
    await page.locator('bichig-news-list').screenshot({ path: join(SCREENSHOTS, `${app}-news-list.png`) });

    await settle(seen, `customElements.whenDefined('bichig-keyboard')`, '<bichig-keyboard> being defined');
    for (const key of KEYS) await page.locator(`bichig-keyboard .keys button[data-key="${key}"]`).click();
    await page.waitForFunction(
      (length) => (document.getElementById('field') as HTMLTextAreaElement | null)?.value.length === length,
      TYPED.length,
      { timeout: 10_000 },
    );
    const value = await page.evaluate(() => (document.getElementById('field') as HTMLTextAreaElement).value);
    const hex = (points: number[]) => points.map((p) => `U+${p.toString(16).toUpperCase().padStart(4, '0')}`);
    assert.deepEqual(
      hex(Array.from(value, (c) => c.codePointAt(0)!)),
      hex(TYPED),
      'the keyboard typed the exact code points',
    );
    await page.locator('bichig-keyboard').screenshot({ path: join(SCREENSHOTS, `${app}-keyboard.png`) });
    // Nothing on the page is Chinese: the keyboard's caps and the fields do without the Chinese font.
    assert.deepEqual(
      requests.filter((u) => /NotoSansSC/.test(u)),
      [],
      'no Chinese font was fetched',
    );
  }
  assert.deepEqual(problems, [], 'no console error, failed request or HTTP error');
  assert.ok(requests.length > 0);
}

for (const app of APPS) {
  describe(`consumer app: ${app}`, () => {
    let server: StaticServer | undefined;
    after(() => server?.close());

    const check = TYPE_CHECK[app];
    if (check)
      test('type-checks strictly (skipLibCheck: false)', { timeout: 120_000 }, async () => {
        const { root } = ready();
        await run(join(root, 'node_modules', '.bin', check[0]!), check.slice(1), root);
      });

    if (app !== 'no-bundler')
      test('builds with Vite, every asset resolved', { timeout: 180_000 }, async (t) => {
        const { root } = ready();
        const output = await viteBuild(root, app);
        const unresolved = output.split('\n').filter((line) => UNRESOLVED_ASSET.test(line));
        // Other warnings (Node built-ins externalized for the browser) are reported, not failed on.
        for (const line of output.split('\n').filter((l) => /externalized|warn/i.test(l))) t.diagnostic(line);
        assert.deepEqual(unresolved, [], 'Vite found every new URL(…, import.meta.url) asset');
        assert.deepEqual(
          output.split('\n').filter((line) => /externalized/.test(line) && /@bichig\//.test(line)),
          [],
          'no Node built-in of @bichig/* reaches the bundler',
        );
        const assets = readdirSync(join(root, app, 'dist', 'assets'));
        assert.deepEqual(
          assets.filter((f) => f.endsWith('.ttf')),
          [],
          'the build copies no font the page never fetches (the Node-only TTF)',
        );
        const fonts = assets.filter((f) => f.endsWith('.woff2'));
        assert.ok(
          fonts.some((f) => f.startsWith('NotoSansMongolian')),
          `the build holds the Mongolian font: ${fonts.join(', ')}`,
        );
      });

    test(
      'renders in Chromium: project font, shaped glyphs, keyboard, news list, no errors',
      { timeout: 120_000 },
      async () => {
        const { root, browser } = ready();
        const distribution = app === 'no-bundler' ? root : join(root, app, 'dist');
        assert.ok(existsSync(distribution), `${distribution} was built`);
        server ??= await serve(
          app === 'no-bundler'
            ? { '/': root }
            : { '/': distribution, '/static/bichig/': join(root, 'node_modules', '@bichig', 'fonts') },
        );
        const page = app === 'no-bundler' ? 'no-bundler/index.html' : 'index.html';
        const seen = await visit(browser, new URL(page, server.url).href, root);
        try {
          await assertReaderSees(app, seen, true);
        } finally {
          await seen.page.context().close();
        }
      },
    );

    if (app === 'vanilla')
      test(
        'auto ending native loads neither HarfBuzz nor the shaping code (bundler-renamed font)',
        { timeout: 120_000 },
        async () => {
          const { root, browser } = ready();
          server ??= await serve({
            '/': join(root, app, 'dist'),
            '/static/bichig/': join(root, 'node_modules', '@bichig', 'fonts'),
          });
          const seen = await visit(browser, new URL('auto.html', server.url).href, root);
          try {
            const state = (await settle(seen, PAGE_STATE, 'the auto <bichig-text> rendering')) as {
              renderers: Record<string, string>;
              fallbacks: string[];
            };
            assert.deepEqual(state.fallbacks, [], 'no fallback');
            const fetched = seen.requests.map((u) => new URL(u).pathname);
            // Chromium shapes the project font as HarfBuzz does: the probe chooses native, and whatever
            // it fetched it fetched before the text was drawn.
            assert.equal(state.renderers['auto'], 'native');
            assert.deepEqual(
              fetched.filter((p) => /\.wasm$|harfbuzz|NotoSansSC/i.test(p)),
              [],
              `a native auto page fetched only the Mongolian font and light code: ${fetched.join(', ')}`,
            );
            assert.ok(
              fetched.filter((p) => /NotoSansMongolian/.test(p)).length === 1,
              `the Mongolian font was fetched once: ${fetched.join(', ')}`,
            );
            assert.deepEqual(seen.problems, [], 'no console error, failed request or HTTP error');
          } finally {
            await seen.page.context().close();
          }
        },
      );

    if (app === 'vanilla')
      test('setBasePath() serves the fonts from another folder', { timeout: 120_000 }, async () => {
        const { root, browser } = ready();
        server ??= await serve({
          '/': join(root, app, 'dist'),
          '/static/bichig/': join(root, 'node_modules', '@bichig', 'fonts'),
        });
        const seen = await visit(browser, new URL('elsewhere.html', server.url).href, root);
        try {
          await assertReaderSees(`${app}-elsewhere`, seen, false);
          const fonts = seen.requests.filter((u) => /\.(woff2|ttf|otf)([-.][\w-]*)?(\.gz)?(\?|$)/.test(u));
          assert.ok(fonts.length > 0, 'fonts were requested');
          assert.deepEqual(
            fonts.filter((u) => !new URL(u).pathname.startsWith('/static/bichig/')),
            [],
            'every font came from the base path',
          );
        } finally {
          await seen.page.context().close();
        }
      });

    if (app === 'no-bundler')
      test(
        'the README CDN snippet renders (the CDN answered from the installed packages)',
        { timeout: 120_000 },
        async () => {
          const { root, browser } = ready();
          server ??= await serve({ '/': root });
          const seen = await visit(browser, new URL('no-bundler/cdn.html', server.url).href, root);
          try {
            await assertReaderSees(`${app}-cdn`, seen, false);
            assert.ok(
              seen.requests.some((u) => u.startsWith(CDN_ORIGIN)),
              'the page loaded the elements from the CDN URL',
            );
          } finally {
            await seen.page.context().close();
          }
        },
      );
  });
}

// The temp folder goes (BICHIG_KEEP_CONSUMERS=1 keeps it for debugging; screenshots stay in .cache).
after(() => install?.remove());
