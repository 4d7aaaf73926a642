/**
 * Benchmark of @bichig/cluster on a scaled cluster: 800 banner-like portals × 100 articles (plus
 * the main portal, its Mongolian version, letters, services and shared content), generated on the
 * fly by the fixture generator and serialised to JSON text, as a browser or Node would receive it.
 *
 * Stages, each timed and measured (heap after a full GC):
 *   1. baseline: JSON.parse of every file — the least any loader must do;
 *   2. JSON.parse + loadCluster (validate every record, check every cross-reference, build lookups);
 *   3. resolve every column of every site (references, aggregation, at-most-once);
 *   4. build the cluster-wide search index;
 *   5. serialise the index (ClusterSearch#toJSON + JSON.stringify) and load it back
 *      (JSON.parse + ClusterSearch.fromJSON with the cluster, and with the documents included),
 *      against building it in the same run — what a phone saves by loading a prebuilt index;
 *   6. search latency over a mix of Chinese and Mongolian queries, p50/p95, overall and for the
 *      broad queries (single characters, very common terms) on their own;
 *   7. the sharded static index (buildShardedSearch, ShardedClusterSearch) a search page fetches
 *      per query: bytes gzipped of the manifest (before the first query) and per query (every
 *      file the query fetches, index files and the fragments of the first page of 10 hits, a fresh
 *      client per query), its latency with every file already fetched and parsed ("warm") and
 *      with parsing and decoding the files of the query ("cold", no network), and a check that it
 *      answers the query mix exactly like ClusterSearch; the bytes also for the Xilingol fixture
 *      (what the portal publishes);
 *   8. search by a server (@bichig/server's /api/search/, which answers with this same sharded
 *      index): bytes gzipped of its info (before the first query) and of each answer (page 1 of
 *      10 hits), against the static index's per-query bytes.
 *
 * Machines here are shared and noisy, so stage times are reported as ratios to the JSON.parse
 * baseline measured in the same run; absolute figures are printed too.
 *
 * Run: npm run bench -- cluster   (800 sites; directly, with options:
 *   node --conditions=@bichig/source --import tsx --expose-gc scripts/bench/cluster.ts --sites=800 --articles=100 --rounds=3)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ClusterSearch,
  ShardedClusterSearch,
  buildShardedSearch,
  loadCluster,
  searchServiceInfo,
  type ShardedSearchManifest,
  type Cluster,
  type SearchOptions,
} from '@bichig/cluster';
import { loadXilingolFixture } from '@bichig/fixtures';
import { generateCluster } from '../../packages/fixtures/scripts/fixture/generate.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SITES = arg('sites', 800);
const ARTICLES = arg('articles', 100);
const ROUNDS = arg('rounds', 3);
const NOW = '2026-11-21T09:00:00+08:00';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const gc = (globalThis as { gc?: () => void }).gc;
function heapMiB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
function ms(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

console.log(`generating ${SITES} sites × ${ARTICLES} articles …`);
let started = process.hrtime.bigint();
const texts: Record<string, string> = {};
{
  const { files } = generateCluster({ sites: SITES, articlesPerSite: ARTICLES });
  for (const [path, data] of Object.entries(files)) texts[path] = JSON.stringify(data);
}
const bytes = Object.values(texts).reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(
  `  ${Object.keys(texts).length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB of JSON (generated in ${(ms(started) / 1000).toFixed(1)} s)`,
);

function parseAll(): Record<string, unknown> {
  const parsed: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(texts)) parsed[path] = JSON.parse(text);
  return parsed;
}

// Warm up both paths once.
loadCluster(parseAll());

const parseTimes: number[] = [];
const loadTimes: number[] = [];
let parsedHeap = 0;
let loadedHeap = 0;
let cluster: Cluster | undefined;
let problems = 0;
for (let round = 0; round < ROUNDS; round++) {
  // Drop the previous round's cluster so each heap figure starts from the same state.
  // eslint-disable-next-line no-useless-assignment
  cluster = undefined;
  const before = heapMiB();
  started = process.hrtime.bigint();
  const parsed = parseAll();
  parseTimes.push(ms(started));
  parsedHeap = heapMiB() - before;
  if (Object.keys(parsed).length === 0) throw new Error('the scaled cluster has no files');

  const before2 = heapMiB();
  started = process.hrtime.bigint();
  const result = loadCluster(parseAll());
  loadTimes.push(ms(started));
  cluster = result.cluster;
  problems = result.errors.length;
  loadedHeap = heapMiB() - before2;
}
if (!cluster) throw new Error('no cluster loaded');
if (problems) throw new Error(`the scaled cluster should load cleanly, got ${problems} problems`);
const articleCount = [...cluster.sites.values()].reduce((n, s) => n + s.articles.length, 0);

const resolveTimes: number[] = [];
let items = 0;
for (let round = 0; round < ROUNDS; round++) {
  items = 0;
  started = process.hrtime.bigint();
  for (const site of cluster.sites.values())
    for (const column of site.columns) items += cluster.columnItems(site.id, column.id, { now: NOW }).length;
  resolveTimes.push(ms(started));
}

const indexTimes: number[] = [];
let search: ClusterSearch | undefined;
let indexHeap = 0;
for (let round = 0; round < ROUNDS; round++) {
  search = undefined; // drop the previous index before measuring the heap
  const before = heapMiB();
  started = process.hrtime.bigint();
  search = ClusterSearch.build(cluster, { now: NOW });
  indexTimes.push(ms(started));
  indexHeap = heapMiB() - before;
}
if (!search) throw new Error('no index built');

// A prebuilt index, as a site would write it at build time and a phone would load it.
started = process.hrtime.bigint();
let indexText = JSON.stringify(search);
const serialiseMs = ms(started);
let indexWithDocumentsText = JSON.stringify(search.toJSON({ documents: true }));
const indexBytes = Buffer.byteLength(indexText);
const indexWithDocumentsBytes = Buffer.byteLength(indexWithDocumentsText);
const indexLoadTimes: number[] = [];
const indexLoadWithDocumentsTimes: number[] = [];
let indexLoadHeap = 0;
let loaded: ClusterSearch | undefined;
for (let round = 0; round < ROUNDS; round++) {
  // eslint-disable-next-line no-useless-assignment -- drop the previous index before measuring the heap
  loaded = undefined;
  const before = heapMiB();
  started = process.hrtime.bigint();
  loaded = ClusterSearch.fromJSON(JSON.parse(indexText), cluster);
  indexLoadTimes.push(ms(started));
  indexLoadHeap = heapMiB() - before;
  started = process.hrtime.bigint();
  ClusterSearch.fromJSON(indexWithDocumentsText);
  indexLoadWithDocumentsTimes.push(ms(started));
}
if (!loaded || loaded.size !== search.size) throw new Error('the loaded index differs from the built one');

const NNBSP = '\u202F';
const QUERIES = [
  '草原生态保护',
  '那达慕大会',
  '接羔保育',
  '公益性岗位招聘',
  '草',
  '羊',
  '医疗保险缴费',
  '重点项目建设',
  '乌兰牧骑',
  '草原防灭火应急演练',
  '政务服务',
  '牧区供水',
  '老旧小区改造',
  '补奖资金',
  '布鲁氏菌病',
  '食品安全',
  '东乌珠穆沁旗',
  '2025年',
  '那达慕 草原',
  'PM2.5',
  'ᠪᠡᠯᠴᠢᠭᠡᠷ',
  `ᠪᠡᠯᠴᠢᠭᠡᠷ${NNBSP}ᠦᠨ`,
  'ᠠᠵᠢᠯ',
  `ᠠᠵᠢᠯ${NNBSP}ᠳᠤ`,
  'ᠬᠣᠰᠢᠭᠤ',
  'ᠨᠠᠭᠠᠳᠤᠮ',
  'ᠮᠠᠯᠴᠢᠳ',
  `ᠲᠤᠰᠠᠯᠠᠮᠵᠢ${NNBSP}ᠶᠢᠨ ᠪᠣᠳᠤᠯᠭ᠎ᠠ`,
];
/** Single characters and terms found in a large share of the documents. */
const BROAD = new Set(['草', '羊', '2025年', '政务服务', '东乌珠穆沁旗', '那达慕 草原']);
for (const q of QUERIES) search.search(q);
const latencies: number[] = [];
const broadLatencies: number[] = [];
let hits = 0;
for (let round = 0; round < 5; round++) {
  for (const q of QUERIES) {
    started = process.hrtime.bigint();
    hits += search.search(q, { limit: 20 }).total;
    const took = ms(started);
    latencies.push(took);
    if (BROAD.has(q)) broadLatencies.push(took);
  }
}
latencies.sort((a, b) => a - b);
broadLatencies.sort((a, b) => a - b);

// The sharded static index, as the portal's build writes it and its search page fetches it.
// Drop the serialised indexes first: the sharded files of a large cluster take room of their own.
/* eslint-disable no-useless-assignment -- dropped so the collector can free them */
loaded = undefined;
indexText = '';
indexWithDocumentsText = '';
/* eslint-enable no-useless-assignment */
started = process.hrtime.bigint();
const shardedTexts = new Map<string, string>();
let shardedBytes = 0;
for (const [path, value] of buildShardedSearch(search, { cluster })) {
  const text = JSON.stringify(value);
  shardedTexts.set(path, text);
  shardedBytes += Buffer.byteLength(text);
}
const shardedBuildMs = ms(started);
const gzipped = new Map<string, number>();
const gzipBytes = (path: string) => {
  let size = gzipped.get(path);
  if (size === undefined) gzipped.set(path, (size = gzipSync(shardedTexts.get(path)!).length));
  return size;
};
const fetchText = (log?: string[]) => async (path: string) => {
  log?.push(path);
  const text = shardedTexts.get(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  return JSON.parse(text) as unknown;
};
const PAGE: SearchOptions = { limit: 10 };
const manifestGzip = gzipBytes('manifest.json');
const perQueryBytes: number[] = [];
const perQueryFiles: number[] = [];
const coldLatencies: number[] = [];
const byQuery: Record<string, number> = {};
for (const q of QUERIES) {
  const log: string[] = [];
  const fresh = await ShardedClusterSearch.load(fetchText(log));
  const expected = JSON.stringify(search.search(q, PAGE));
  if (JSON.stringify(await fresh.search(q, PAGE)) !== expected)
    throw new Error(`the sharded index answers ${q} otherwise than ClusterSearch`);
  const files = log.slice(1);
  const size = files.reduce((n, p) => n + gzipBytes(p), 0);
  perQueryBytes.push(size);
  perQueryFiles.push(files.length);
  byQuery[q] = size;
}
for (let round = 0; round < 3; round++) {
  for (const q of QUERIES) {
    const fresh = await ShardedClusterSearch.load(fetchText());
    started = process.hrtime.bigint();
    await fresh.search(q, PAGE);
    coldLatencies.push(ms(started));
  }
}
const warm = await ShardedClusterSearch.load(fetchText());
for (const q of QUERIES) await warm.search(q, PAGE);
const warmLatencies: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of QUERIES) {
    started = process.hrtime.bigint();
    await warm.search(q, PAGE);
    warmLatencies.push(ms(started));
  }
}
for (const list of [perQueryBytes, perQueryFiles, coldLatencies, warmLatencies]) list.sort((a, b) => a - b);
const shardCounts = {
  terms: 0,
  sets: 0,
  scores: 0,
  groups: 0,
  positions: 0,
  chars: 0,
  charpostings: 0,
  chargroups: 0,
  docs: 0,
};
for (const path of shardedTexts.keys()) {
  const kind = path.split('/')[0] as keyof typeof shardCounts;
  if (kind in shardCounts) shardCounts[kind]++;
}

const base = median(parseTimes);
const report = {
  sites: cluster.sites.size,
  articles: articleCount,
  searchDocuments: search.size,
  jsonMiB: bytes / 2 ** 20,
  rounds: ROUNDS,
  baselineJsonParseMs: base,
  loadAndValidateMs: median(loadTimes),
  loadAndValidateVsJsonParse: median(loadTimes) / base,
  resolveAllColumnsMs: median(resolveTimes),
  resolvedItems: items,
  resolveAllColumnsVsJsonParse: median(resolveTimes) / base,
  buildSearchIndexMs: median(indexTimes),
  buildSearchIndexVsJsonParse: median(indexTimes) / base,
  serialisedIndexMiB: indexBytes / 2 ** 20,
  serialisedIndexWithDocumentsMiB: indexWithDocumentsBytes / 2 ** 20,
  serialiseIndexMs: serialiseMs,
  loadIndexFromJsonMs: median(indexLoadTimes),
  loadIndexFromJsonVsBuild: median(indexLoadTimes) / median(indexTimes),
  loadIndexFromJsonVsJsonParse: median(indexLoadTimes) / base,
  loadIndexWithDocumentsMs: median(indexLoadWithDocumentsTimes),
  loadIndexWithDocumentsVsBuild: median(indexLoadWithDocumentsTimes) / median(indexTimes),
  heapMiB: {
    parsedJson: parsedHeap,
    loadedCluster: loadedHeap,
    searchIndex: indexHeap,
    loadedSearchIndex: indexLoadHeap,
  },
  searchMs: {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: latencies[latencies.length - 1]!,
    queries: latencies.length,
    hits,
  },
  searchP95VsJsonParse: percentile(latencies, 0.95) / base,
  broadSearchMs: {
    p50: percentile(broadLatencies, 0.5),
    p95: percentile(broadLatencies, 0.95),
    max: broadLatencies[broadLatencies.length - 1]!,
    queries: broadLatencies.length,
  },
  broadSearchP95VsJsonParse: percentile(broadLatencies, 0.95) / base,
  sharded: {
    buildMs: shardedBuildMs,
    files: shardedTexts.size,
    shards: shardCounts,
    totalMiB: shardedBytes / 2 ** 20,
    manifestGzipBytes: manifestGzip,
    perQueryGzipBytes: {
      p50: percentile(perQueryBytes, 0.5),
      p95: percentile(perQueryBytes, 0.95),
      max: perQueryBytes[perQueryBytes.length - 1]!,
      byQuery,
    },
    perQueryFiles: { p50: percentile(perQueryFiles, 0.5), max: perQueryFiles[perQueryFiles.length - 1]! },
    warmSearchMs: {
      p50: percentile(warmLatencies, 0.5),
      p95: percentile(warmLatencies, 0.95),
      max: warmLatencies[warmLatencies.length - 1]!,
    },
    warmSearchP95VsJsonParse: percentile(warmLatencies, 0.95) / base,
    coldSearchMs: {
      p50: percentile(coldLatencies, 0.5),
      p95: percentile(coldLatencies, 0.95),
      max: coldLatencies[coldLatencies.length - 1]!,
    },
    coldSearchP95VsJsonParse: percentile(coldLatencies, 0.95) / base,
  },
};
console.log(
  `${report.sites} sites, ${articleCount} articles, ${search.size} search documents, ${ROUNDS} rounds (medians)`,
);
console.log(`  baseline JSON.parse of every file:         ${base.toFixed(0)} ms, ${parsedHeap.toFixed(0)} MiB heap`);
console.log(
  `  JSON.parse + loadCluster (validate, refs): ${report.loadAndValidateVsJsonParse.toFixed(2)}× baseline (${report.loadAndValidateMs.toFixed(0)} ms), ${loadedHeap.toFixed(0)} MiB heap`,
);
console.log(
  `  resolve every column of every site:        ${report.resolveAllColumnsVsJsonParse.toFixed(2)}× baseline (${report.resolveAllColumnsMs.toFixed(0)} ms, ${items} items)`,
);
console.log(
  `  build the search index:                    ${report.buildSearchIndexVsJsonParse.toFixed(2)}× baseline (${report.buildSearchIndexMs.toFixed(0)} ms), +${indexHeap.toFixed(0)} MiB heap`,
);
console.log(
  `  load the prebuilt index (parse + fromJSON): ${report.loadIndexFromJsonVsBuild.toFixed(3)}× building it (${report.loadIndexFromJsonMs.toFixed(0)} ms for ${report.serialisedIndexMiB.toFixed(1)} MiB of JSON), +${indexLoadHeap.toFixed(0)} MiB heap`,
);
console.log(
  `    with its documents, without the cluster:  ${report.loadIndexWithDocumentsVsBuild.toFixed(3)}× building it (${report.loadIndexWithDocumentsMs.toFixed(0)} ms for ${report.serialisedIndexWithDocumentsMiB.toFixed(1)} MiB)`,
);
console.log(
  `  search, ${latencies.length} queries (zh + mn):          p50 ${report.searchMs.p50.toFixed(2)} ms, p95 ${report.searchMs.p95.toFixed(2)} ms (${report.searchP95VsJsonParse.toFixed(3)}× baseline), max ${report.searchMs.max.toFixed(2)} ms`,
);
console.log(
  `    broad queries only (${broadLatencies.length}):              p50 ${report.broadSearchMs.p50.toFixed(2)} ms, p95 ${report.broadSearchMs.p95.toFixed(2)} ms (${report.broadSearchP95VsJsonParse.toFixed(3)}× baseline)`,
);
// The same bytes for the fixture the portal is built from.
const fixtureBytes = await (async () => {
  const { cluster: xilingol } = await loadXilingolFixture();
  const fixtureSearch = ClusterSearch.build(xilingol, { now: NOW });
  const texts = new Map<string, string>();
  for (const [path, value] of buildShardedSearch(fixtureSearch, { cluster: xilingol }))
    texts.set(path, JSON.stringify(value));
  const gz = (path: string) => gzipSync(texts.get(path)!).length;
  const sizes: number[] = [];
  for (const q of QUERIES) {
    const log: string[] = [];
    const fresh = await ShardedClusterSearch.load(async (path) => {
      log.push(path);
      return JSON.parse(texts.get(path)!) as unknown;
    });
    if (JSON.stringify(await fresh.search(q, PAGE)) !== JSON.stringify(fixtureSearch.search(q, PAGE)))
      throw new Error(`the fixture's sharded index answers ${q} otherwise than ClusterSearch`);
    sizes.push(log.slice(1).reduce((n, p) => n + gz(p), 0));
  }
  sizes.sort((a, b) => a - b);
  const answers = QUERIES.map((q) => gzipSync(JSON.stringify(fixtureSearch.search(q, PAGE))).length).sort(
    (a, b) => a - b,
  );
  return {
    serverPerQueryGzipBytes: {
      p50: percentile(answers, 0.5),
      p95: percentile(answers, 0.95),
      max: answers[answers.length - 1]!,
    },
    documents: fixtureSearch.size,
    files: texts.size,
    manifestGzipBytes: gz('manifest.json'),
    perQueryGzipBytes: { p50: percentile(sizes, 0.5), p95: percentile(sizes, 0.95), max: sizes[sizes.length - 1]! },
  };
})();
(report.sharded as Record<string, unknown>)['fixture'] = fixtureBytes;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sh = report.sharded;
console.log(
  `  sharded index: ${sh.files} files (${sh.shards.terms} term shards, ${sh.shards.sets} document sets, ${sh.shards.scores} score blocks, ${sh.shards.groups} group and ${sh.shards.positions} position files, ${sh.shards.chars} character shards, ${sh.shards.charpostings} character postings and ${sh.shards.chargroups} groups, ${sh.shards.docs} fragments), ${sh.totalMiB.toFixed(1)} MiB, built in ${sh.buildMs.toFixed(0)} ms (${(sh.buildMs / base).toFixed(2)}× baseline)`,
);
console.log(`    manifest (before the first query):     ${kb(sh.manifestGzipBytes)} gzipped`);
console.log(
  `    per query (index files + page 1 frags): p50 ${kb(sh.perQueryGzipBytes.p50)}, p95 ${kb(sh.perQueryGzipBytes.p95)}, max ${kb(sh.perQueryGzipBytes.max)} gzipped (files p50 ${sh.perQueryFiles.p50}, max ${sh.perQueryFiles.max})`,
);
console.log(
  `    search, files fetched and parsed (warm): p50 ${sh.warmSearchMs.p50.toFixed(2)} ms, p95 ${sh.warmSearchMs.p95.toFixed(2)} ms (${sh.warmSearchP95VsJsonParse.toFixed(3)}× baseline), max ${sh.warmSearchMs.max.toFixed(2)} ms`,
);
console.log(
  `    search, parsing its files (cold):        p50 ${sh.coldSearchMs.p50.toFixed(2)} ms, p95 ${sh.coldSearchMs.p95.toFixed(2)} ms (${sh.coldSearchP95VsJsonParse.toFixed(3)}× baseline), max ${sh.coldSearchMs.max.toFixed(2)} ms`,
);
console.log(
  `    heaviest queries: ${Object.entries(sh.perQueryGzipBytes.byQuery)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([q, n]) => `${q} ${kb(n)}`)
    .join(', ')}`,
);
console.log(
  `  sharded index of the Xilingol fixture (${fixtureBytes.documents} documents, ${fixtureBytes.files} files): manifest ${kb(fixtureBytes.manifestGzipBytes)}, per query p50 ${kb(fixtureBytes.perQueryGzipBytes.p50)}, p95 ${kb(fixtureBytes.perQueryGzipBytes.p95)}, max ${kb(fixtureBytes.perQueryGzipBytes.max)} gzipped; by a server p50 ${kb(fixtureBytes.serverPerQueryGzipBytes.p50)}, max ${kb(fixtureBytes.serverPerQueryGzipBytes.max)}`,
);
// Search by a server: what travels is its answer (the same results), gzipped as the server sends it.
const answerSizes = QUERIES.map((q) => gzipSync(JSON.stringify(search.search(q, PAGE))).length).sort((a, b) => a - b);
const serverInfo = gzipSync(
  JSON.stringify(searchServiceInfo(JSON.parse(shardedTexts.get('manifest.json')!) as ShardedSearchManifest)),
).length;
const server = {
  infoGzipBytes: serverInfo,
  perQueryGzipBytes: {
    p50: percentile(answerSizes, 0.5),
    p95: percentile(answerSizes, 0.95),
    max: answerSizes[answerSizes.length - 1]!,
  },
};
(report as Record<string, unknown>)['server'] = server;
console.log(
  `  search by a server (same results): info ${kb(server.infoGzipBytes)} (${(server.infoGzipBytes / sh.manifestGzipBytes).toFixed(2)}× the manifest); per answer p50 ${kb(server.perQueryGzipBytes.p50)}, p95 ${kb(server.perQueryGzipBytes.p95)}, max ${kb(server.perQueryGzipBytes.max)} gzipped (max ${(server.perQueryGzipBytes.max / sh.perQueryGzipBytes.max).toFixed(2)}× the static index's max per query)`,
);
mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench-results', 'cluster.json'), JSON.stringify(report, null, 2) + '\n');
