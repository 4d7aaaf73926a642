// Every character real Mongolian and Chinese government pages use is drawn by some font of the
// project's stack (Noto Sans Mongolian, then the Noto Sans SC subset): the fixture cluster's text,
// the symbols such pages print (« » ° ′ ″ ① ㎡ …) and everything the Menksoft converter emits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { MENKSOFT_GLYPHS } from '@bichig/core/legacy';
import { projectFonts } from './helpers.js';

/** Symbols seen on Inner Mongolian and Chinese government pages, beside letters and hanzi. */
export const COMMON_SYMBOLS = [
  ...'«»‹›°′″‰№℃℉×÷±≤≥≠≈∞√∑∶～·•…‥—–‐―‘’“”„「」『』【】〔〕〖〗《》〈〉（）［］｛｝',
  ...'¥￥$€£¢%％§¶©®™★☆○●◎◇◆□■△▲▽▼※→←↑↓↔⇒√✓',
  ...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩',
  ...'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ',
  ...'㎡㎥㎏㎎㎞㎝㎜㏄㎖㎘㎗ℓ',
  ...'αβγδεμπΩ',
  ...'⁈⁉‼⁇',
];

/** Code points that draw nothing by design (spaces, format controls), which no font needs to cover. */
function invisible(codePoint: number): boolean {
  return (
    codePoint <= 0x20 ||
    codePoint === 0xa0 ||
    (codePoint >= 0x180b && codePoint <= 0x180f) ||
    (codePoint >= 0x2000 && codePoint <= 0x200f) ||
    codePoint === 0x202f ||
    codePoint === 0x2060 ||
    codePoint === 0xfeff
  );
}

function fixtureCharacters(): Set<number> {
  const chars = new Set<number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const c of value) chars.add(c.codePointAt(0)!);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const dir = new URL('../../packages/fixtures/xilingol/', import.meta.url);
  walk(JSON.parse(readFileSync(new URL('cluster.json', dir), 'utf8')));
  for (const file of readdirSync(new URL('sites/', dir)))
    if (file.endsWith('.json')) walk(JSON.parse(readFileSync(new URL(`sites/${file}`, dir), 'utf8')));
  return chars;
}

async function uncovered(codePoints: Iterable<number>): Promise<string[]> {
  const { stack } = await projectFonts();
  const missing: string[] = [];
  for (const cp of codePoints)
    if (!invisible(cp) && stack.fontIndexFor(cp) < 0)
      missing.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`);
  return missing;
}

test('every character of the fixture cluster is drawn by a font of the stack', async () => {
  const chars = fixtureCharacters();
  assert.ok(chars.size > 1000, `${chars.size} distinct characters`);
  assert.deepEqual(await uncovered(chars), []);
});

test('every common symbol of government pages is drawn by a font of the stack', async () => {
  assert.deepEqual(await uncovered(COMMON_SYMBOLS.map((c) => c.codePointAt(0)!)), []);
});

test('everything the Menksoft converter emits is drawn by a font of the stack', async () => {
  const emitted = new Set<number>();
  for (const glyph of MENKSOFT_GLYPHS.values()) for (const c of glyph.unicode) emitted.add(c.codePointAt(0)!);
  assert.deepEqual(await uncovered(emitted), []);
});
