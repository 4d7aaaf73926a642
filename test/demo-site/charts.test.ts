// The portal's Mongolian charts as the build publishes them: every Mongolian label is glyph
// outlines laid out by @bichig/core (WebKit sets vertical SVG text letter by letter, and an <img>
// cannot use the page's font), no font rides inside, and the text stays for readers.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFontStack, type FontStack } from '@bichig/core';
import { xilingolFixtureDirectory } from '@bichig/fixtures';
import {
  compactPath,
  outlineMongolianLabels,
  publishMedia,
  sanitizeSvg,
  UnsafeSvgError,
  type PublishedMedia,
} from '../../demo-site/src/build/media.js';

const repo = new URL('../../', import.meta.url);
const mediaDir = join(fileURLToPath(xilingolFixtureDirectory()), 'media');
const MONGOLIAN_LETTER = /[\u1820-\u18AA]/u;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The content of every <text> in `svg`. */
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]!));

let fonts: FontStack;
let published: PublishedMedia;
let outDir: string;
before(async () => {
  fonts = await loadFontStack([
    readFileSync(new URL('fonts/NotoSansMongolian-Regular.ttf', repo)),
    readFileSync(new URL('fonts/NotoSansSC-GB2312-Regular.ttf', repo)),
  ]);
  outDir = mkdtempSync(join(tmpdir(), 'bichig-charts-'));
  published = publishMedia(mediaDir, outDir, fonts);
  process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
});

describe('published Mongolian charts', () => {
  test('every chart that labels in Mongolian is outlined, and every other image is copied unchanged', () => {
    const sources = readdirSync(mediaDir).sort();
    assert.equal(published.files, sources.length);
    const mongolian = sources.filter(
      (name) =>
        name.endsWith('.svg') &&
        texts(readFileSync(join(mediaDir, name), 'utf8')).some((t) => MONGOLIAN_LETTER.test(t)),
    );
    assert.ok(mongolian.length >= 10, `the fixture has Mongolian charts (${mongolian.length})`);
    assert.deepEqual(
      published.outlined.map((o) => o.file),
      mongolian,
    );
    for (const name of sources.filter((n) => !mongolian.includes(n)))
      assert.ok(readFileSync(join(outDir, name)).equals(readFileSync(join(mediaDir, name))), `${name} copied as is`);
  });

  test('no Mongolian is left as <text>, no font is inside, and each label is outlines named by its exact text', () => {
    for (const { file, labels } of published.outlined) {
      const source = readFileSync(join(mediaDir, file), 'utf8');
      const svg = readFileSync(join(outDir, file), 'utf8');
      assert.deepEqual(
        texts(svg).filter((t) => MONGOLIAN_LETTER.test(t)),
        [],
        `${file}: no Mongolian <text>`,
      );
      assert.doesNotMatch(svg, /@font-face|font\/woff2|data:font/, `${file}: no embedded font`);
      // The labels, in order, are exactly the source's Mongolian <text> contents, and each is a group
      // of <use>s of outlines defined in the chart.
      const sourceLabels = texts(source).filter((t) => MONGOLIAN_LETTER.test(t));
      assert.deepEqual(labels, sourceLabels, `${file}: every label outlined`);
      const groups = [...svg.matchAll(/<g aria-label="([^"]*)"[^>]*>((?:<g [^>]*>(?:<use [^>]*\/>)+<\/g>)+)<\/g>/g)];
      assert.deepEqual(
        groups.map((g) => decode(g[1]!)),
        sourceLabels,
        `${file}: each label's group carries its text`,
      );
      const ids = new Set([...svg.matchAll(/<path id="([^"]+)" d="[^"]+"\/>/g)].map((m) => m[1]));
      for (const [, , body] of groups) {
        const hrefs = [...body!.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
        assert.ok(hrefs.length > 0);
        assert.deepEqual(
          hrefs.filter((id) => !ids.has(id)),
          [],
          `${file}: every glyph drawn is defined`,
        );
      }
      // What readers get is untouched: the accessible name and description, and the other labels.
      for (const part of [/<title\b[^>]*>[\s\S]*?<\/title>/, /<desc\b[^>]*>[\s\S]*?<\/desc>/, /<svg\b[^>]*>/])
        assert.equal(svg.match(part)?.[0], source.match(part)?.[0], `${file}: ${part} kept`);
      assert.deepEqual(
        texts(svg),
        texts(source).filter((t) => !MONGOLIAN_LETTER.test(t)),
        `${file}: other labels kept`,
      );
    }
  });

  test('a label is placed where SVG puts vertical text: centred on x, from y down (or ending at y)', async () => {
    const chart = (anchor: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 400"><style>text{fill:#123456}.m{fill:#abcdef}</style>` +
      `<text x="50" y="200" font-size="20" class="v m" text-anchor="${anchor}">ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ</text></svg>`;
    const placements = ['start', 'middle', 'end'].map((anchor) => {
      const { svg } = outlineMongolianLabels(chart(anchor), fonts);
      const group = /<g aria-label="ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ" fill="([^"]+)" transform="translate\(([-\d.]+) ([-\d.]+)\)">/.exec(
        svg,
      );
      assert.ok(group, svg.slice(0, 300));
      return { fill: group[1], x: Number(group[2]), y: Number(group[3]) };
    });
    // The class's fill wins over the text rule, as it did for the <text>.
    assert.deepEqual(
      placements.map((p) => p.fill),
      ['#abcdef', '#abcdef', '#abcdef'],
    );
    // A 20 px column is 30 px wide: its left edge is 15 px left of the centre line.
    assert.deepEqual(
      placements.map((p) => p.x),
      [35, 35, 35],
    );
    const [start, middle, end] = placements.map((p) => p.y);
    assert.equal(start, 200);
    assert.ok(end! < middle! && middle! < start!, 'middle and end anchors move the text up');
    assert.ok(Math.abs(start! - middle! - (middle! - end!)) < 0.02, 'middle is half of end');
    assert.ok(start! - end! > 100, `the two words are more than 100 px long at 20 px (${start! - end!})`);
  });

  test('a label no font covers, or set horizontally, is an error that names it', () => {
    assert.throws(
      () => outlineMongolianLabels('<svg><text x="1" y="1" class="v">ᠮᠣᠩᠭᠣᠯ \u{1E900}</text></svg>', fonts),
      /U\+1E900.*ᠮᠣᠩᠭᠣᠯ/,
    );
    assert.throws(
      () => outlineMongolianLabels('<svg><text x="1" y="1">ᠮᠣᠩᠭᠣᠯ</text></svg>', fonts),
      /not set vertically/,
    );
  });

  test('compactPath writes the same outline in relative, rounded numbers', () => {
    assert.equal(compactPath('M10,20L30,20L30,40Q35,45 40,40Z'), 'm10 20 20 0 0 20q5 5 10 0z');
    assert.equal(compactPath('M10,20L30,20Z', 2), 'm5 10 10 0z');
    // After a move, pairs are lines; a second contour starts relative to where the first one closed.
    assert.equal(compactPath('M10,10L20,10ZM15,15L5,5Z'), 'm10 10 10 0zm5 5-10-10z');
  });
});

describe('published SVGs are sanitised', () => {
  test('a clean chart is published byte for byte, with its role and language', () => {
    for (const name of readdirSync(mediaDir).filter((n) => n.endsWith('.svg'))) {
      const svg = readFileSync(join(mediaDir, name), 'utf8');
      assert.equal(sanitizeSvg(svg, name), svg, `${name} changed by the sanitiser`);
    }
  });

  test('nothing that runs or loads survives: script, handlers, foreignObject, outside references', () => {
    const hostile = [
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" role="img" onload="window.__x=1">',
      '<script>window.__x=2</script>',
      '<rect width="10" height="10" onclick="window.__x=3" fill="red"/>',
      '<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__x=4"/></body></foreignObject>',
      '<a href="javascript:window.__x=5"><text x="0" y="9">link</text></a>',
      '<image href="https://tracker.example/p.png" width="1" height="1"/>',
      '<use xlink:href="https://elsewhere.example/s.svg#x"/>',
      '<style>@import url(https://elsewhere.example/a.css); rect { fill: url(https://elsewhere.example/f.svg#g) }</style>',
      '</svg>',
    ].join('');
    const clean = sanitizeSvg(hostile, 'hostile.svg');
    for (const bad of [
      /<script/i,
      /\son\w+=/i,
      /foreignObject/i,
      /javascript:/i,
      /<image/i,
      /<use/i,
      /\.example\//i,
      /url\(/i,
      /@import/i,
    ])
      assert.doesNotMatch(clean, bad);
    assert.match(clean, /<rect\b[^>]*width="10"/, 'what is drawn stays');
    assert.match(clean, /role="img"/);
  });

  test('a file with no <svg> left is an UnsafeSvgError that names it', () => {
    assert.throws(
      () => sanitizeSvg('<script>alert(1)</script>', 'not-an.svg'),
      (error: unknown) => {
        assert.ok(error instanceof UnsafeSvgError);
        assert.match(error.message, /not-an\.svg/);
        return true;
      },
    );
  });
});
