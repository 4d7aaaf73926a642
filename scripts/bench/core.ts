// `npm run bench -- core`: shape + layout of a 100,000-character Mongolian + Chinese document,
// cold (empty caches) and warm (a resize: the same document at another column height), in Node
// and in Chromium, as ratios to raw harfbuzzjs shaping of the same text measured in the same run.
// A layout builds glyph objects only when read, so each is timed three ways: layout alone, layout
// + the glyphs of the first screen (what an element needs to paint), layout + every glyph.
// Targets: cold ≥ 0.9×, warm ≥ 10×.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBench } from './core/lib.js';
import type { BenchFigure, BenchResult } from './core/lib.js';
import { runInChromium } from './core/chromium.js';

const root = new URL('../../', import.meta.url);
const input = {
  mongolianFont: new Uint8Array(readFileSync(new URL('fonts/NotoSansMongolian-Regular.ttf', root))),
  chineseFont: new Uint8Array(readFileSync(new URL('fonts/NotoSansSC-GB2312-Regular.ttf', root))),
  mongolianText: readFileSync(new URL('../shared/corpus/udhr-article1.mn-Mong.txt', root), 'utf8'),
  chineseText: readFileSync(new URL('../shared/corpus/udhr-article1.zh-Hans.txt', root), 'utf8'),
};

const gc = (globalThis as { gc?: () => void }).gc;
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const node = await runBench({ ...input, heapUsed: () => process.memoryUsage().heapUsed, gc, cpuSeconds });
const nodePeakRssMB = process.resourceUsage().maxRSS / 1024;
const chromium = await runInChromium(fileURLToPath(root), input);

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
    `${label}: ${r.characters} chars (${r.distinctWords} distinct words), ${r.glyphs} glyphs in ${r.columns} columns`,
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
console.log(report('Node ' + process.version, node, `; process peak RSS ${nodePeakRssMB.toFixed(0)} MB`));
console.log(
  report(
    'Chromium',
    chromium.result,
    chromium.peakHeapMB === undefined ? '' : `; page peak JS heap ${chromium.peakHeapMB.toFixed(0)} MB`,
  ),
);
mkdirSync(new URL('bench-results/', root), { recursive: true });
writeFileSync(
  new URL('bench-results/core.json', root),
  JSON.stringify({ node: { ...node, peakRssMB: nodePeakRssMB }, chromium }, null, 2) + '\n',
);
