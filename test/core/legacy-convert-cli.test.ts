import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/core/bin/bichig-convert.js', import.meta.url));

function run(args: string[], input = '') {
  return spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
}

// ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ + suffix space + ᠤᠨ + ᠃ in Menksoft glyphs, then a plain-space genitive.
const MENKSOFT = '\uE2F1\uE289\uE2BC\uE2EE\uE289\uE2F9 \uE28C\uE2FA\uE291\uE2FF\uE263\uE28C\uE2B5\uE237';

test('bichig-convert converts stdin to Unicode and reports on stderr; other text is kept byte for byte', () => {
  const result = run([], `標題 title\n${MENKSOFT}\nᠤᠯᠤᠰ ᠤᠨ\n`);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stdout,
    '標題 title\nᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202Fᠤᠨ᠃\nᠤᠯᠤᠰ ᠤᠨ\n',
    'raw input: the plain-space suffix is kept',
  );
  const report = JSON.parse(result.stderr);
  assert.deepEqual(report, {
    input: '<stdin>',
    converted: 14,
    separatorsAdded: 0,
    suffixesNormalised: 0,
    unconverted: [],
  });
});

test('bichig-convert --normalise-suffixes also moves suffixes typed after a space behind NNBSP', () => {
  const result = run(['--normalise-suffixes'], 'ᠤᠯᠤᠰ ᠤᠨ ᠶᠡᠬᠡ');
  assert.equal(result.stdout, 'ᠤᠯᠤᠰ\u202Fᠤᠨ ᠶᠡᠬᠡ');
  assert.equal(JSON.parse(result.stderr).suffixesNormalised, 1);
});

test('bichig-convert --out-dir migrates files, reports unknown code points and exits 1 for them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bichig-convert-'));
  try {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, MENKSOFT);
    writeFileSync(b, 'x\uE262y');
    const result = run(['--out-dir', join(dir, 'out'), a, b]);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(readFileSync(join(dir, 'out', 'a.txt'), 'utf8'), 'ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202Fᠤᠨ᠃');
    assert.equal(readFileSync(join(dir, 'out', 'b.txt'), 'utf8'), 'x\uE262y', 'kept, never dropped');
    const reports = result.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(reports[1].unconverted, [{ codePoint: 'U+E262', count: 1, firstOffset: 1 }]);
    assert.equal(result.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bichig-convert rejects bad usage with status 2 and the usage text', () => {
  const result = run(['--bogus']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown option --bogus[\s\S]*usage: bichig-convert/);
  assert.equal(run(['no-such-file.txt']).status, 2);
});
