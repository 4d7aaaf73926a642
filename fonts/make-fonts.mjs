#!/usr/bin/env node
// Regenerates the project's fonts from pinned npm packages, reproducibly.
//
//   npm run fonts            rebuild fonts/*.ttf, fonts/*.woff2, fonts/*.ttf.gz and the table in fonts/README.md
//   npm run fonts -- --check only verify that the committed files match fonts/README.md
//
// Sources are fetched on demand with `npm pack` into .cache/fonts (never by `npm install`:
// the Chinese source package is about 74 MB unpacked).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import decompress from 'woff2-encoder/decompress';
import { compress } from 'woff2-encoder';
import { loadSubsetter } from '@bichig/core';

const fontsDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(fontsDir);
const cache = join(root, '.cache', 'fonts');

export const SOURCES = {
  mongolian: {
    spec: '@fontsource/noto-sans-mongolian@5.3.0',
    file: 'files/noto-sans-mongolian-mongolian-400-normal.woff2',
  },
  chinese: { spec: '@expo-google-fonts/noto-sans-sc@0.4.3', file: '400Regular/NotoSansSC_400Regular.ttf' },
};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function fetchPackage({ spec }) {
  const dir = join(cache, spec.replace(/[@/]/g, '_'));
  if (!existsSync(join(dir, 'package', 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    console.log(`fetching ${spec} …`);
    const out = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--json'], { encoding: 'utf8' });
    const [{ filename }] = JSON.parse(out);
    execFileSync('tar', ['xzf', join(dir, filename.replace(/^@/, '').replace('/', '-')), '-C', dir]);
  }
  return join(dir, 'package');
}

/** The 6,763 hanzi of GB 2312 (rows 16–87), decoded from their EUC-CN byte pairs. */
export function gb2312Hanzi() {
  const decoder = new TextDecoder('gbk');
  const chars = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo >= 0xfa) continue; // row 55 has 89 characters
      chars.push(decoder.decode(new Uint8Array([hi, lo])));
    }
  }
  return chars;
}

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Everything the Chinese subset keeps besides the hanzi. */
export function chineseExtras() {
  return [
    ...range(0x20, 0x7e), // Basic Latin: Latin and digits fall back to this font
    // The symbols real government pages print beside Mongolian and Chinese (« » ° ′ ″ ① ㎡ № …);
    // test/core/font-coverage.test.ts lists them. Only what the source font draws is kept.
    ...range(0xa0, 0xff), // Latin-1 Supplement: « » ° ± § © ® ¥ £ × ÷
    ...range(0x370, 0x3ff), // Greek (units and formulas: μ Ω π)
    ...range(0x400, 0x45f), // Cyrillic, as Mongolia's Mongolian is written
    0x4ae,
    0x4af,
    0x4e8,
    0x4e9,
    ...range(0x2010, 0x205e), // General Punctuation: ‐ ― ‘ ’ “ ” • … ‰ ′ ″ ‹ › ※ ‼ ⁇ ⁈ ⁉
    ...range(0x20a0, 0x20bf), // currency: €
    ...range(0x2100, 0x214f), // letterlike: ℃ ℉ № ™ ℓ
    ...range(0x2150, 0x218f), // number forms: Ⅰ Ⅱ Ⅲ ⅰ ⅱ
    ...range(0x2190, 0x21ff), // arrows
    ...range(0x2200, 0x22ff), // mathematical operators: ≤ ≥ ≠ ≈ ∞ √ ∶
    ...range(0x2460, 0x24ff), // enclosed alphanumerics: ① ⑴ ⒈
    ...range(0x25a0, 0x25ff), // geometric shapes: ■ □ ▲ △ ○ ● ◎ ◆ ◇
    ...range(0x2600, 0x267f), // miscellaneous symbols: ★ ☆ ☎
    ...range(0x2700, 0x27bf), // dingbats: ✓ ✔ ✕ ✗
    ...range(0x3000, 0x303f), // CJK symbols and punctuation
    ...range(0xff01, 0xff5e), // fullwidth forms
    ...range(0xfe10, 0xfe19), // vertical forms
    ...range(0xfe30, 0xfe4f), // CJK compatibility forms (vertical brackets)
    ...range(0x3200, 0x32ff), // enclosed CJK letters and months: ㈠ ㈡
    ...range(0x3300, 0x33ff), // CJK compatibility: ㎡ ㎏ ㎞ ㏄
    ...range(0xffe0, 0xffee), // fullwidth currency: ￥ ￡
  ];
}

async function build() {
  mkdirSync(cache, { recursive: true });
  const mongolianPkg = fetchPackage(SOURCES.mongolian);
  const woff2 = readFileSync(join(mongolianPkg, SOURCES.mongolian.file));
  const ttf = await decompress(woff2);
  writeFileSync(join(fontsDir, 'NotoSansMongolian-Regular.ttf'), ttf);
  copyFileSync(join(mongolianPkg, SOURCES.mongolian.file), join(fontsDir, 'NotoSansMongolian-Regular.woff2'));
  writeFileSync(join(fontsDir, 'NotoSansMongolian-Regular.ttf.gz'), gzipFont(ttf));

  const chinesePkg = fetchPackage(SOURCES.chinese);
  const scSource = readFileSync(join(chinesePkg, SOURCES.chinese.file));
  const subsetter = await loadSubsetter();
  const codePoints = [...gb2312Hanzi().map((c) => c.codePointAt(0)), ...chineseExtras()];
  const sc = subsetter.subsetCodePoints(new Uint8Array(scSource), codePoints, {
    keepAllFeatures: true,
    fontName: 'Noto Sans SC',
  });
  writeFileSync(join(fontsDir, 'NotoSansSC-GB2312-Regular.ttf'), sc);
  writeFileSync(join(fontsDir, 'NotoSansSC-GB2312-Regular.woff2'), await compress(sc));
  writeManifest();
}

/**
 * The TTF gzip-wrapped for the shaped renderer, which hands it to the browser's native
 * DecompressionStream instead of a JS WOFF2 decoder. Deterministic: zlib level 9, no file name,
 * mtime 0 (Node's default), and the OS byte fixed to 255 ("unknown") so the platform that ran
 * this does not show in the bytes.
 */
export function gzipFont(bytes) {
  const gz = gzipSync(bytes, { level: 9 });
  gz[9] = 0xff;
  return gz;
}

const OUTPUTS = [
  ['NotoSansMongolian-Regular.ttf', 'mongolian', 'decoded from the WOFF2 with woff2-encoder; glyph names kept'],
  ['NotoSansMongolian-Regular.woff2', 'mongolian', 'copied unchanged'],
  ['NotoSansMongolian-Regular.ttf.gz', 'mongolian', 'the TTF gzip-wrapped with Node zlib (level 9, no timestamp)'],
  ['NotoSansSC-GB2312-Regular.ttf', 'chinese', 'subset with harfbuzz-subset (all layout features, vhea/vmtx kept)'],
  ['NotoSansSC-GB2312-Regular.woff2', 'chinese', 'the subset TTF compressed with woff2-encoder'],
];

function manifestRows() {
  return OUTPUTS.map(([file, source, how]) => {
    const bytes = readFileSync(join(fontsDir, file));
    return `| ${file} | ${SOURCES[source].spec} (${SOURCES[source].file}) | ${how} | ${bytes.length} | \`${sha256(bytes)}\` |`;
  });
}

const BEGIN = '<!-- files:begin -->';
const END = '<!-- files:end -->';
function writeManifest() {
  const readme = readFileSync(join(fontsDir, 'README.md'), 'utf8');
  const table = ['| file | source package | how | bytes | sha256 |', '|---|---|---|---|---|', ...manifestRows()].join(
    '\n',
  );
  const updated = readme.replace(new RegExp(`${BEGIN}[\\s\\S]*${END}`), `${BEGIN}\n${table}\n${END}`);
  writeFileSync(join(fontsDir, 'README.md'), updated);
  console.log(table);
}

function check() {
  const readme = readFileSync(join(fontsDir, 'README.md'), 'utf8');
  const missing = manifestRows().filter((row) => !readme.includes(row));
  if (missing.length) {
    console.error('fonts/README.md does not match the font files:\n' + missing.join('\n'));
    process.exit(1);
  }
  const ttf = readFileSync(join(fontsDir, 'NotoSansMongolian-Regular.ttf'));
  if (!gunzipSync(readFileSync(join(fontsDir, 'NotoSansMongolian-Regular.ttf.gz'))).equals(ttf)) {
    console.error('fonts/NotoSansMongolian-Regular.ttf.gz does not decompress to NotoSansMongolian-Regular.ttf');
    process.exit(1);
  }
  console.log('fonts match fonts/README.md');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) check();
  else await build();
}
