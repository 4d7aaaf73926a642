#!/usr/bin/env node
// Checks the packed tarballs as a consumer sees them: packs every published workspace package
// (`npm pack` runs each prepack), installs only the tarballs (plus public packages) into a fresh
// app, and
//   1. type-checks an import of every entry of every package with `--strict --skipLibCheck false`,
//      for moduleResolution bundler, nodenext, and bundler with customConditions ["source"];
//   2. type-checks React 19 JSX (`@bichig/elements/react`) and Vue templates (`@bichig/elements/vue`,
//      vue-tsc): a valid <bichig-text renderer="shaped"> with a typed bichig-fallback handler passes,
//      renderer="bogus" is an error;
//   3. runs `npx bichig-shape` on a Mongolian word and expects glyphs.
//
//   node packages/elements/scripts/check-packed.mjs [--app DIR] [--skip-pack]
//
// Also: every package a shipped .d.ts imports is declared. Exits non-zero on the first failed check, printing the compiler's output.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    app: { type: 'string', default: '/tmp/bichig-packed-app' },
    'skip-pack': { type: 'boolean', default: false },
  },
});
const app = resolve(values.app);
const tarballs = join(app, 'tarballs');
const workspaces = ['fonts', 'packages/core', 'packages/keyboard', 'packages/cluster', 'packages/elements'];
const versions = { typescript: '5.9.3', react: '19.3.1', '@types/react': '19.3.3', vue: '3.5.46', 'vue-tsc': '3.3.14' };

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, { stdio: ['pipe', 'pipe', 'inherit'], encoding: 'utf8', ...options });
}

/** Runs a check that must fail (a type error we expect); returns its output. */
function runExpectingFailure(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}   (must fail)`);
  try {
    execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8', ...options });
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
  throw new Error(`${command} ${args.join(' ')} passed, but it must report a type error`);
}

// --- pack --------------------------------------------------------------------------------------
if (!values['skip-pack']) {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(tarballs, { recursive: true });
  for (const workspace of workspaces) {
    run('npm', ['pack', '--silent', '--pack-destination', tarballs, '-w', workspace], { cwd: root });
  }
}
const packed = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
const tarballOf = (name) => {
  const file = packed.find((f) => f.startsWith(name.replace('@', '').replace('/', '-') + '-'));
  if (!file) throw new Error(`no tarball for ${name} in ${tarballs}`);
  return `file:./tarballs/${file}`;
};

// --- the app -------------------------------------------------------------------------------------
const names = workspaces.map((w) => JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8')).name);
const packageJsons = Object.fromEntries(
  workspaces.map((w, i) => [names[i], JSON.parse(readFileSync(join(root, w, 'package.json'), 'utf8'))]),
);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'bichig-packed-app',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(names.map((n) => [n, tarballOf(n)])),
      devDependencies: versions,
    },
    null,
    2,
  ),
);
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });

// Every JS entry of every package (subpaths that are not font or JSON files).
const entries = [];
for (const [name, pkg] of Object.entries(packageJsons)) {
  for (const subpath of Object.keys(pkg.exports ?? { '.': null })) {
    if (/\.(woff2|ttf|gz|json)$/.test(subpath) || subpath.includes('*')) continue;
    entries.push(subpath === '.' ? name : `${name}/${subpath.slice(2)}`);
  }
}
mkdirSync(join(app, 'src'), { recursive: true });
writeFileSync(
  join(app, 'src/entries.ts'),
  entries.map((e, i) => `import * as entry${i} from '${e}';\nexport { entry${i} };`).join('\n') + '\n',
);
const base = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
};
const configs = {
  'tsconfig.bundler.json': { ...base, module: 'ESNext', moduleResolution: 'bundler' },
  'tsconfig.nodenext.json': { ...base, module: 'NodeNext', moduleResolution: 'NodeNext' },
  'tsconfig.source.json': { ...base, module: 'ESNext', moduleResolution: 'bundler', customConditions: ['source'] },
};
for (const [file, compilerOptions] of Object.entries(configs)) {
  writeFileSync(join(app, file), JSON.stringify({ compilerOptions, files: ['src/entries.ts'] }, null, 2));
}
// Every package a shipped declaration file imports is one the package declares: npm hoisting
// would hide a missing one from tsc (as lit-html, a dependency of lit, once was).
const declarationFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.d\.m?ts$/.test(f.name))
    .map((f) => join(f.parentPath, f.name));
for (const name of names) {
  const dir = join(app, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const declared = new Set([name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })]);
  for (const file of declarationFiles(dir)) {
    // Comments are not imports (the generated typings show usage examples); /// references are.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/(?!\/).*$/gm, '');
    for (const [, specifier] of text.matchAll(
      /(?:from\s+|import\(\s*|declare module\s+|types=)['"]([^'"./][^'"]*)['"]/g,
    )) {
      const bare = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      const typesPackage = `@types/${bare}`;
      if (declared.has(bare) || declared.has(typesPackage) || bare.startsWith('node:')) continue;
      throw new Error(`${file} imports "${specifier}", which ${name} does not declare as a dependency`);
    }
  }
}
console.log('ok: every package imported by a shipped .d.ts is a declared dependency');

const tsc = join(app, 'node_modules/.bin/tsc');
for (const file of Object.keys(configs)) run(tsc, ['-p', file], { cwd: app });
console.log(`ok: ${entries.length} entries type-check (${Object.keys(configs).join(', ')})`);

// --- React 19 JSX --------------------------------------------------------------------------------
const reactConfig = (files) =>
  JSON.stringify({ compilerOptions: { ...configs['tsconfig.bundler.json'], jsx: 'react-jsx' }, files }, null, 2);
writeFileSync(
  join(app, 'src/react-ok.tsx'),
  `import type {} from '@bichig/elements/react';
import '@bichig/elements/bichig-text.js';
import type { BichigFallbackEvent } from '@bichig/elements';

export function Title() {
  const onFallback = (event: BichigFallbackEvent) => console.warn(event.detail.reason);
  return (
    <bichig-text renderer="shaped" lang="mn-Mong" block-size={240} onbichig-fallback={onFallback}>
      ᠮᠣᠩᠭᠣᠯ
    </bichig-text>
  );
}
`,
);
writeFileSync(
  join(app, 'src/react-bad.tsx'),
  `import type {} from '@bichig/elements/react';

export const Bad = () => <bichig-text renderer="bogus">ᠮᠣᠩᠭᠣᠯ</bichig-text>;
`,
);
writeFileSync(join(app, 'tsconfig.react-ok.json'), reactConfig(['src/react-ok.tsx']));
writeFileSync(join(app, 'tsconfig.react-bad.json'), reactConfig(['src/react-bad.tsx']));
run(tsc, ['-p', 'tsconfig.react-ok.json'], { cwd: app });
const reactError = runExpectingFailure(tsc, ['-p', 'tsconfig.react-bad.json'], { cwd: app });
if (!/react-bad\.tsx.*"bogus"/s.test(reactError)) throw new Error(`unexpected React error:\n${reactError}`);
console.log('ok: React JSX types accept renderer="shaped" and reject renderer="bogus"');

// --- Vue 3 ---------------------------------------------------------------------------------------
const vueConfig = (files) =>
  JSON.stringify(
    {
      compilerOptions: { ...configs['tsconfig.bundler.json'], jsx: 'preserve', types: ['@bichig/elements/vue'] },
      files,
    },
    null,
    2,
  );
writeFileSync(
  join(app, 'src/VueOk.vue'),
  `<script setup lang="ts">
import '@bichig/elements/bichig-text.js';
</script>

<template>
  <bichig-text renderer="shaped" lang="mn-Mong" @bichig-fallback="(e) => console.warn(e.detail.reason)">ᠮᠣᠩᠭᠣᠯ</bichig-text>
</template>
`,
);
writeFileSync(
  join(app, 'src/VueBad.vue'),
  `<script setup lang="ts"></script>

<template>
  <bichig-text renderer="bogus">ᠮᠣᠩᠭᠣᠯ</bichig-text>
</template>
`,
);
writeFileSync(join(app, 'src/shims.d.ts'), '');
writeFileSync(join(app, 'tsconfig.vue-ok.json'), vueConfig(['src/VueOk.vue']));
writeFileSync(join(app, 'tsconfig.vue-bad.json'), vueConfig(['src/VueBad.vue']));
const vueTsc = join(app, 'node_modules/.bin/vue-tsc');
run(vueTsc, ['-p', 'tsconfig.vue-ok.json'], { cwd: app });
const vueError = runExpectingFailure(vueTsc, ['-p', 'tsconfig.vue-bad.json'], { cwd: app });
if (!/VueBad\.vue.*"bogus"/s.test(vueError)) throw new Error(`unexpected Vue error:\n${vueError}`);
console.log('ok: Vue template types accept renderer="shaped" and reject renderer="bogus"');

// --- bichig-shape ----------------------------------------------------------------------------------
const shaped = run('npx', ['--no-install', 'bichig-shape'], { cwd: app, input: 'ᠮᠣᠩᠭᠣᠯ\n' });
const glyphs = JSON.parse(shaped.trim()).glyphs;
if (!Array.isArray(glyphs) || glyphs.length === 0 || glyphs.some((g) => g.id === 0)) {
  throw new Error(`bichig-shape printed no real glyphs: ${shaped}`);
}
const laidOut = run('npx', ['--no-install', 'bichig-shape', '--layout', '--block-size', '200'], {
  cwd: app,
  input: 'ᠮᠣᠩᠭᠣᠯ 中文 2026\n',
});
const { missing } = JSON.parse(laidOut.trim());
if (missing.length) throw new Error(`bichig-shape --layout found characters no shipped font covers: ${laidOut}`);
console.log(`ok: npx bichig-shape printed ${glyphs.length} glyphs (${glyphs.map((g) => g.name).join(' ')})`);
console.log(`\nall packed checks passed in ${app}`);
