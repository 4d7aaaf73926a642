// The module preloads an interactive page lists in its head (#14): the modules its columns import
// as they start and the entry's imports, never the entry or what a reader's later action loads (the keyboard),
// and a build whose manifest lost one of them fails instead of shipping a page without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modulePreloads } from '../../demo-site/src/build/module-preload.js';
import type { ViteManifest } from '../../demo-site/src/build/offline.js';

const MANIFEST: ViteManifest = {
  'src/client/main.ts': {
    file: 'assets/main.js',
    isEntry: true,
    imports: ['_wheel.js'],
    dynamicImports: ['src/client/mailbox.ts', 'src/client/search.ts', 'src/client/offline-list.ts'],
  },
  '_wheel.js': { file: 'assets/wheel.js' },
  '_lit.js': { file: 'assets/lit.js' },
  '_column-base.js': { file: 'assets/column-base.js', imports: ['_lit.js', '_wheel.js'] },
  '_keyboard-on-demand.js': {
    file: 'assets/keyboard-on-demand.js',
    dynamicImports: ['../packages/elements/src/input/bichig-keyboard.ts'],
  },
  'src/client/mailbox.ts': {
    file: 'assets/mailbox.js',
    imports: ['_column-base.js', '_keyboard-on-demand.js'],
    dynamicImports: [
      'src/client/data.ts',
      '../packages/elements/src/input/bichig-input.ts',
      '../packages/elements/src/input/bichig-textarea.ts',
    ],
  },
  'src/client/data.ts': { file: 'assets/data.js', imports: ['_sources.js'] },
  '_sources.js': { file: 'assets/sources.js' },
  'src/client/search.ts': { file: 'assets/search.js', imports: ['_column-base.js'] },
  'src/client/offline-list.ts': { file: 'assets/offline-list.js' },
  '../packages/elements/src/input/bichig-input.ts': { file: 'assets/bichig-input.js', imports: ['_field.js'] },
  '../packages/elements/src/input/bichig-textarea.ts': { file: 'assets/bichig-textarea.js', imports: ['_field.js'] },
  '_field.js': { file: 'assets/field.js', imports: ['_lit.js'] },
  '../packages/elements/src/input/bichig-keyboard.ts': { file: 'assets/bichig-keyboard.js' },
  '../packages/elements/src/generated/locales/mn-Mong.ts': { file: 'assets/mn-Mong.js' },
};

test('a Chinese mailbox preloads its column, the data loader, what they import and the entry’s imports, not the entry', () => {
  assert.deepEqual(modulePreloads(MANIFEST, ['mailbox'], 'zh').sort(), [
    '/assets/column-base.js',
    '/assets/data.js',
    '/assets/keyboard-on-demand.js',
    '/assets/lit.js',
    '/assets/mailbox.js',
    '/assets/sources.js',
    '/assets/wheel.js',
  ]);
});

test('a Mongolian mailbox adds its vertical fields and the Mongolian catalog, never the keyboard (loaded on first focus)', () => {
  const files = modulePreloads(MANIFEST, ['mailbox'], 'mn');
  for (const file of [
    '/assets/bichig-input.js',
    '/assets/bichig-textarea.js',
    '/assets/field.js',
    '/assets/mn-Mong.js',
  ])
    assert.ok(files.includes(file), file);
  assert.ok(!files.includes('/assets/bichig-keyboard.js'));
  assert.ok(!files.includes('/assets/main.js'), 'the entry is the page’s script');
  assert.equal(new Set(files).size, files.length, 'each file once');
});

test('a page without interactive columns preloads nothing; the offline list takes no catalog', () => {
  assert.deepEqual(modulePreloads(MANIFEST, [], 'mn'), []);
  assert.deepEqual(modulePreloads(MANIFEST, ['offline'], 'mn').sort(), ['/assets/offline-list.js', '/assets/wheel.js']);
});

test('a manifest without a starting module fails the build, naming it', () => {
  const { ['src/client/data.ts']: _data, ...withoutData } = MANIFEST;
  assert.throws(() => modulePreloads(withoutData, ['mailbox'], 'zh'), /src\/client\/data\.ts/);
});
