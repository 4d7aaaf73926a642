import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/core/bin/bichig-shape.js', import.meta.url));

function shape(args: string[], input: string) {
  return spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
}

test('bichig-shape prints one JSON line of glyphs per input line', () => {
  const result = shape([], 'ᠮᠣᠩᠭᠣᠯ\n\nᠪᠢᠴᠢᠭ\n');
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[0].glyphs[0], {
    name: 'uni182E.M.init',
    id: 121,
    cluster: 0,
    advance: [492, 0],
    offset: [0, 0],
  });
  assert.deepEqual(lines[1], { glyphs: [] });
  assert.equal(lines[2].glyphs.at(-1).name.endsWith('.fina'), true);
});

test('bichig-shape --layout --block-size prints the column breaks', () => {
  const result = shape(['--layout', '--block-size', '100'], 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ 中文\n');
  assert.equal(result.status, 0, result.stderr);
  const out = JSON.parse(result.stdout);
  assert.ok(out.columns.length >= 2);
  assert.equal(out.columns.map((c: { text: string }) => c.text).join(''), 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ 中文');
  assert.deepEqual(out.missing, []);
});

test('bichig-shape --font picks another font; bad arguments and fonts exit 2 with a message', () => {
  const chinese = shape(['--font', 'fonts/NotoSansSC-GB2312-Regular.ttf', '--direction', 'ttb'], '中\n');
  assert.equal(chinese.status, 0, chinese.stderr);
  assert.equal(JSON.parse(chinese.stdout).glyphs[0].advance[1], -1000);
  const unknown = shape(['--frobnicate'], '');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown argument "--frobnicate"/);
  const badFont = shape(['--font', 'package.json'], 'ᠠ\n');
  assert.equal(badFont.status, 2);
  assert.match(badFont.stderr, /Could not load font from package\.json/);
  assert.equal(shape(['--layout'], '').status, 2);
});

test('conformance: the shared Hudum suite passes 177 of 177 through npx bichig-shape', () => {
  const scorer = `${shared}conformance/score.mjs`;
  assert.ok(existsSync(scorer), `the shared conformance suite is beside the repo (${scorer})`);
  const result = spawnSync('node', [scorer, '--', 'npx', 'bichig-shape'], { cwd: root, encoding: 'utf8' });
  assert.match(result.stdout, /^177 passed, 0 failed/m, result.stdout + result.stderr);
  assert.equal(result.status, 0);
});
