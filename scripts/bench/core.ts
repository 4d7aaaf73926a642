// `npm run bench -- core`: shape + layout of a 100,000-character Mongolian + Chinese document,
// cold (empty word cache) and warm, in Node and in Chromium, as ratios to raw harfbuzzjs shaping
// of the same text measured in the same run. Targets: cold ≥ 0.9×, warm ≥ 10×.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBench } from './core/lib.js';
import type { BenchResult } from './core/lib.js';
import { runInChromium } from './core/chromium.js';

const root = new URL('../../', import.meta.url);
const input = {
  mongolianFont: new Uint8Array(readFileSync(new URL('fonts/NotoSansMongolian-Regular.ttf', root))),
  chineseFont: new Uint8Array(readFileSync(new URL('fonts/NotoSansSC-GB2312-Regular.ttf', root))),
  mongolianText: readFileSync(new URL('../shared/corpus/udhr-article1.mn-Mong.txt', root), 'utf8'),
  chineseText: readFileSync(new URL('../shared/corpus/udhr-article1.zh-Hans.txt', root), 'utf8'),
};

const gc = (globalThis as { gc?: () => void }).gc;
const node = await runBench({ ...input, heapUsed: () => process.memoryUsage().heapUsed, gc });
const nodePeakRssMB = process.resourceUsage().maxRSS / 1024;
const chromium = await runInChromium(fileURLToPath(root), input);

function report(label: string, r: BenchResult, extra = ''): string {
  const k = (n: number) => `${(n / 1000).toFixed(0)}k chars/s`;
  return [
    `${label}: ${r.characters} chars (${r.distinctWords} distinct words), ${r.glyphs} glyphs in ${r.columns} columns`,
    `  raw harfbuzzjs shaping  ${k(r.rawCharsPerSecond)}  (baseline 1.00×)`,
    `  shape+layout, cold      ${k(r.coldCharsPerSecond)}  ${r.coldRatio.toFixed(2)}× raw  (target ≥ 0.9×) ${r.coldRatio >= 0.9 ? 'met' : 'MISSED'}`,
    `  shape+layout, warm      ${k(r.warmCharsPerSecond)}  ${r.warmRatio.toFixed(2)}× raw  (target ≥ 10×) ${r.warmRatio >= 10 ? 'met' : 'MISSED'}`,
    `  memory: layout holds ${r.layoutHeapMB === undefined || r.layoutHeapMB <= 0.1 ? 'n/a (the heap counter did not move: not measurable here)' : r.layoutHeapMB.toFixed(1) + ' MB'} of JS heap${extra}`,
  ].join('\n');
}
console.log(report('Node ' + process.version, node, `; process peak RSS ${nodePeakRssMB.toFixed(0)} MB`));
console.log(report('Chromium', chromium.result, chromium.peakHeapMB === undefined ? '' : `; page peak JS heap ${chromium.peakHeapMB.toFixed(0)} MB`));
mkdirSync(new URL('bench-results/', root), { recursive: true });
writeFileSync(new URL('bench-results/core.json', root), JSON.stringify({ node: { ...node, peakRssMB: nodePeakRssMB }, chromium }, null, 2) + '\n');
