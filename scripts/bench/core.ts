// `npm run bench -- core`: shape + layout of a 100,000-character Mongolian + Chinese document,
// cold (empty caches) and warm (a resize: the same document at another column height), in Node
// and in Chromium, as ratios to raw harfbuzzjs shaping of the same text measured in the same run.
// A layout builds glyph objects only when read, so each is timed three ways: layout alone, layout
// + the glyphs of the first screen (what an element needs to paint), layout + every glyph.
// Targets: cold ≥ 0.9×, warm ≥ 10×.
// Two documents: real text with a real vocabulary (the fixture cluster's Mongolian and Chinese
// articles, thousands of distinct words, so a cold layout shapes most words anew) and the
// repetitive UDHR article of 178 distinct words (most "cold" words are word-cache hits), each with
// its own raw baseline.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeDocument, makeFixtureDocument, runBench } from './core/lib.js';
import type { BenchFigure, BenchResult } from './core/lib.js';
import { runInChromium } from './core/chromium.js';
import { fixtureParagraphs } from './lib/fixture-text.js';

const root = new URL('../../', import.meta.url);
const input = {
  mongolianFont: new Uint8Array(readFileSync(new URL('fonts/NotoSansMongolian-Regular.ttf', root))),
  chineseFont: new Uint8Array(readFileSync(new URL('fonts/NotoSansSC-GB2312-Regular.ttf', root))),
};
const fixture = await fixtureParagraphs();
const documents = [
  { name: 'real text (fixture articles)', document: makeFixtureDocument(fixture.mongolian, fixture.chinese) },
  {
    name: 'repetitive text (UDHR article 1)',
    document: makeDocument(
      readFileSync(new URL('../shared/corpus/udhr-article1.mn-Mong.txt', root), 'utf8'),
      readFileSync(new URL('../shared/corpus/udhr-article1.zh-Hans.txt', root), 'utf8'),
    ),
  },
];

const gc = (globalThis as { gc?: () => void }).gc;
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const node: BenchResult[] = [];
for (const { document } of documents)
  node.push(await runBench({ ...input, document, heapUsed: () => process.memoryUsage().heapUsed, gc, cpuSeconds }));
const nodePeakRssMB = process.resourceUsage().maxRSS / 1024;
const chromium = await runInChromium(
  fileURLToPath(root),
  input,
  documents.map(({ document }) => document),
);

function report(label: string, r: BenchResult, extra = ''): string {
  const k = (n: number) => `${(n / 1000).toFixed(0)}k chars/s`.padStart(17);
  const line = (name: string, f: BenchFigure, target: number) =>
    `  ${name.padEnd(34)}${k(f.charsPerSecond)}  ${f.ratio.toFixed(2).padStart(6)}× raw  (target ≥ ${target}×) ${f.ratio >= target ? 'met' : 'MISSED'}` +
    (f.cpuRatio === undefined
      ? ''
      : `   in CPU time ${f.cpuRatio.toFixed(2)}× ${f.cpuRatio >= target ? 'met' : 'MISSED'}`);
  const mb = (v: number | undefined) =>
    v === undefined || v <= 0.1 ? 'n/a (the heap counter did not move: not measurable here)' : `${v.toFixed(1)} MB`;
  const screen = `first screen (${r.firstScreenColumns} columns, ${r.firstScreenGlyphs} glyphs, ${r.screenWidth} px)`;
  return [
    `${label}: ${r.characters} chars (${r.distinctWords} distinct words, ${r.distinctHanzi} distinct hanzi), ${r.glyphs} glyphs in ${r.columns} columns`,
    `  raw harfbuzzjs shaping            ${k(r.rawCharsPerSecond)}    1.00× raw  (baseline)`,
    line('cold: layout', r.cold.layout, 0.9),
    line('cold: layout + glyphs of ' + 'screen', r.cold.firstScreen, 0.9),
    line('cold: layout + all glyphs', r.cold.allGlyphs, 0.9),
    line('warm: layout', r.warm.layout, 10),
    line('warm: layout + glyphs of screen', r.warm.firstScreen, 10),
    line('warm: layout + all glyphs', r.warm.allGlyphs, 10),
    `  "glyphs of screen": glyphs and clusters of the ${screen}; "all glyphs": every glyph and cluster`,
    `  memory: layout holds ${mb(r.layoutHeapMB)} of JS heap, ${mb(r.allGlyphsHeapMB)} once all glyphs are read${extra}`,
  ].join('\n');
}
documents.forEach(({ name }, i) => {
  console.log(`\n${name}`);
  console.log(report('Node ' + process.version, node[i]!, `; process peak RSS ${nodePeakRssMB.toFixed(0)} MB`));
  const inPage = chromium[i]!;
  console.log(
    report(
      'Chromium',
      inPage.result,
      inPage.peakHeapMB === undefined ? '' : `; page peak JS heap ${inPage.peakHeapMB.toFixed(0)} MB`,
    ),
  );
});
mkdirSync(new URL('bench-results/', root), { recursive: true });
writeFileSync(
  new URL('bench-results/core.json', root),
  JSON.stringify(
    documents.map(({ name }, i) => ({
      document: name,
      node: { ...node[i], peakRssMB: nodePeakRssMB },
      chromium: chromium[i],
    })),
    null,
    2,
  ) + '\n',
);
