// Building a sharded search index (sharded-format.ts) at site build time from a ClusterSearch: its
// own inverted index and statistics (so the sharded one ranks exactly alike), cut into term shards
// by sorted term (rare terms with their postings; the others with a document set and score blocks
// of their own), with character postings for single Chinese characters (sharded-build-chars.ts),
// bigram offsets for exact phrases and one fragment file per few documents for the hits a page shows.
import type { Cluster } from '../cluster.js';
import type { ClusterSearch } from './cluster-search.js';
import {
  SHARDED_FORMAT,
  SHARDED_VERSION,
  scoreBlockRange,
  shardPaths,
  type FragmentFile,
  type PositionEntry,
  type ScoreColumns,
  type ShardedSearchManifest,
  type ShardedSiteInfo,
  type TermEntry,
} from './sharded-format.js';
import { buildCharacters } from './sharded-build-chars.js';
import { DocumentSets, bigramsWithin, deltas } from './sharded-build-sets.js';
import { postingAddends, postingSum, type ScoringStatistics } from './sharded-scoring.js';
import { COMMON_TERM_SHARE, better, steadyScore } from './rank.js';
import { segments } from './tokenize.js';
import type { SearchDocument } from './types.js';

/** Options of {@link buildShardedSearch}. */
export interface ShardedSearchOptions {
  /** About how many bytes of JSON a term shard holds before the next one starts; 2,000 by default. */
  readonly shardBytes?: number;
  /**
   * A term in at most this many documents (and in no more than 5% of them, the share above which
   * search only checks a term on candidates) keeps its postings in its term shard; any other has a
   * document set and score blocks. 64 by default.
   */
  readonly inlinePostings?: number;
  /** Postings in a term's first score block (each next block holds twice as many); 32 by default. */
  readonly scoreBlock?: number;
  /** Documents per fragment file; 1 by default (a page fetches only its hits). */
  readonly fragmentSize?: number;
  /** The cluster the index was built from: its sites' names and paths go into the manifest, for a page that shows hits without the cluster. */
  readonly cluster?: Cluster;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const own = (record: Readonly<Record<string, number>>, key: string): number | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
const isHanKind = (term: string) => segments(term)[0]?.kind === 'han';
const isBigram = (term: string) => isHanKind(term) && Array.from(term).length === 2;
const isOtherKind = (term: string) => segments(term)[0]?.kind === 'other';

function siteInfo(cluster: Cluster, ids: readonly string[]): Record<string, ShardedSiteInfo> {
  const info: Record<string, ShardedSiteInfo> = {};
  for (const id of ids) {
    const site = cluster.sites.get(id);
    if (site) info[id] = { name: site.name, path: site.path };
  }
  return info;
}

/** Where a Chinese bigram starts in a text (each occurrence is one of its tokens), delta-coded. */
function offsetsIn(text: string, bigram: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(bigram); i >= 0; i = text.indexOf(bigram, i + 1)) found.push(i);
  return deltas(found);
}

/** A term's postings: ascending documents and, aligned, its term frequencies and the documents' field lengths. */
interface Postings {
  readonly docs: number[];
  readonly columns: [titleTf: number[], textTf: number[], titleLength: number[], textLength: number[]];
}

/**
 * The files of a sharded index of `search`, one by one, as `[path, JSON value]` (paths relative to
 * the manifest: `manifest.json`, `terms/<i>.json`, `groups/<i>.json`, `positions/<i>.json`,
 * `sets/<set>.json`, `groups/s<set>.json`, `scores/<n>/<b>.json`, `positions/b<code points>.json`,
 * `chars/<i>.json`, `charpostings/<c>.json`, `chargroups/<c>.json`, `docs/<i>.json`): write each
 * as it comes (a large cluster's index does not fit in memory at once), or gather them with
 * `new Map(buildShardedSearch(search))`. {@link ShardedClusterSearch} loads them through a fetcher
 * and answers exactly like `search`.
 */
export function* buildShardedSearch(
  search: ClusterSearch,
  options: ShardedSearchOptions = {},
): Generator<[path: string, value: unknown]> {
  const shardBytes = options.shardBytes ?? 2_000;
  const inlinePostings = options.inlinePostings ?? 64;
  const scoreBlock = Math.max(1, Math.floor(options.scoreBlock ?? 32));
  const fragmentSize = Math.max(1, Math.floor(options.fragmentSize ?? 1));
  const data = search.toJSON({ documents: true });
  const documents = data.documents!;
  // Number the documents in the order ranking breaks ties: newer first, then by id.
  const ordered = [...documents].sort((a, b) => better({ document: a, score: 0 }, { document: b, score: 0 }));
  const numberOf = new Map<string, number>();
  ordered.forEach((d, n) => numberOf.set(d.id, n));
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const sites = sorted(ordered.map((d) => d.siteId));
  const kinds = sorted(ordered.map((d) => d.kind)) as SearchDocument['kind'][];
  const languages = sorted(ordered.map((d) => d.language)) as SearchDocument['language'][];
  const groupKeys = new Map<string, number>();
  const groups: [number, number, number][] = [];
  const groupOf = ordered.map((d) => {
    const g: [number, number, number] = [sites.indexOf(d.siteId), kinds.indexOf(d.kind), languages.indexOf(d.language)];
    const key = g.join(',');
    let i = groupKeys.get(key);
    if (i === undefined) {
      groupKeys.set(key, (i = groups.length));
      groups.push(g);
    }
    return i;
  });

  const index = data.index;
  const shortToNumber = new Map<string, number>();
  for (const [short, id] of Object.entries(index.documentIds)) shortToNumber.set(short, numberOf.get(id as string)!);
  const titleField = index.fieldIds.title!;
  const textField = index.fieldIds.text!;
  const titleLengths = new Int32Array(ordered.length);
  const textLengths = new Int32Array(ordered.length);
  for (const [short, lengths] of Object.entries(index.fieldLength)) {
    const n = shortToNumber.get(short)!;
    titleLengths[n] = (lengths as number[])[titleField]!;
    textLengths[n] = (lengths as number[])[textField]!;
  }
  const commonAbove = Math.max(50, index.documentCount * COMMON_TERM_SHARE);
  const statistics: ScoringStatistics = {
    documentCount: index.documentCount,
    averageFieldLength: [index.averageFieldLength[titleField]!, index.averageFieldLength[textField]!],
  };
  const sets = new DocumentSets(groupOf);

  /** The postings of one term of MiniSearch's index. */
  const postingsOf = (fields: Record<string, Record<string, number>>): Postings => {
    const tf = new Map<number, [number, number]>();
    for (const [field, column] of [
      [String(titleField), 0],
      [String(textField), 1],
    ] as const) {
      for (const [short, count] of Object.entries(fields[field] ?? {})) {
        const n = shortToNumber.get(short)!;
        let pair = tf.get(n);
        if (!pair) tf.set(n, (pair = [0, 0]));
        pair[column] = count;
      }
    }
    const docs = [...tf.keys()].sort((a, b) => a - b);
    return {
      docs,
      columns: [
        docs.map((n) => tf.get(n)![0]),
        docs.map((n) => tf.get(n)![1]),
        docs.map((n) => titleLengths[n]!),
        docs.map((n) => textLengths[n]!),
      ],
    };
  };

  /** The documents whose title or text contains a Latin/digit term (what checks a common one on candidates). */
  const containing = (term: string): number[] => {
    const cased = term !== term.toUpperCase();
    const found: number[] = [];
    ordered.forEach((d, n) => {
      if (
        d.title.includes(term) ||
        d.text.includes(term) ||
        (cased && (d.title.toLowerCase().includes(term) || d.text.toLowerCase().includes(term)))
      )
        found.push(n);
    });
    return found;
  };

  /** The number of the score blocks of each distinct postings (set and term frequencies) written. */
  const scoreBlocks = new Map<string, number>();
  /** A term in many documents: its document set, its score blocks (ranked by its score alone) and its offsets. */
  function* blockedEntry(
    term: string,
    df: number,
    { docs, columns }: Postings,
  ): Generator<[string, unknown], TermEntry> {
    const set = yield* sets.add(docs, true);
    const [titleTf, textTf] = columns;
    const matching = [titleTf.filter((f) => f > 0).length, textTf.filter((f) => f > 0).length] as const;
    // The same documents and term frequencies score alike (field lengths are the documents'): one set of blocks.
    const key = `${set} ${titleTf.join(',')} ${textTf.join(',')}`;
    let id = scoreBlocks.get(key);
    if (id === undefined) {
      scoreBlocks.set(key, (id = scoreBlocks.size));
      yield* writeScoreBlocks(id, term, matching, docs, columns);
    }
    if (isBigram(term)) {
      const positions = docs.map((n): [number[], number[]] => [
        offsetsIn(ordered[n]!.title, term),
        offsetsIn(ordered[n]!.text, term),
      ]);
      yield [shardPaths.termPositions(term), { positions: { [term]: positions } }];
    }
    const entry: TermEntry = [df, set, docs.length, matching[0], matching[1], id];
    // A common Latin/digit term is checked on candidates by substring, which also finds it inside
    // longer words: those documents are listed when they differ from the postings.
    if (df > commonAbove && isOtherKind(term)) {
      const found = containing(term);
      if (found.length !== docs.length || found.some((n, i) => n !== docs[i]))
        entry.push(yield* sets.add(found, false));
    }
    return entry;
  }

  /** Score blocks `id`: the postings ranked by the term's score alone (then by number), cut 32, 64, 128… at a time. */
  function* writeScoreBlocks(
    id: number,
    term: string,
    matching: readonly [number, number],
    docs: readonly number[],
    columns: Postings['columns'],
  ): Generator<[string, unknown]> {
    const [titleTf, textTf, titleLength, textLength] = columns;
    const sums = docs.map((_, i) =>
      postingSum(postingAddends(statistics, matching, 1, titleTf[i]!, textTf[i]!, titleLength[i]!, textLength[i]!)),
    );
    const scores = sums.map((sum) => steadyScore(sum * 1));
    const order = docs.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!);
    // The highest sum from each rank on (a rank's score bounds those after it only once rounded).
    const rest = new Float64Array(docs.length + 1);
    for (let k = docs.length - 1; k >= 0; k--) rest[k] = Math.max(rest[k + 1]!, sums[order[k]!]!);
    for (let block = 0, start = 0; start < docs.length; block++) {
      const [, end] = scoreBlockRange(scoreBlock, block, docs.length);
      const postings = order.slice(start, end).sort((a, b) => docs[a]! - docs[b]!);
      const block_ = [
        deltas(postings.map((i) => docs[i]!)),
        ...columns.map((c) => postings.map((i) => c[i]!)),
      ] as ScoreColumns;
      yield [shardPaths.scoreBlock(id, block), { scores: { [term]: block_ }, next: rest[end]! }];
      start = end;
    }
  }

  // Term shards, in sorted order, each with the groups and offsets of its inline terms.
  const byTerm = new Map(index.index);
  const terms = [...byTerm.keys()].sort(compare);
  const isInline = (count: number, df: number) => count <= inlinePostings && df <= commonAbove;
  const bigrams = new Map<string, Int32Array>();
  const blockedBigrams = new Set<string>();
  for (const term of terms) {
    if (!isBigram(term)) continue;
    const docs = new Set<number>();
    for (const field of Object.values(byTerm.get(term) as unknown as Record<string, Record<string, number>>))
      for (const short of Object.keys(field)) docs.add(shortToNumber.get(short)!);
    bigrams.set(term, Int32Array.from(docs).sort());
    if (!isInline(docs.size, own(data.documentFrequency, term) ?? 0)) blockedBigrams.add(term);
  }
  const within = bigramsWithin(bigrams, blockedBigrams);
  bigrams.clear();
  const termStarts: string[] = [];
  let shard = new Map<string, [TermEntry, number[] | undefined]>();
  let filled = 0;
  function* flushTerms(): Generator<[string, unknown]> {
    const i = termStarts.length - 1;
    const positions: Record<string, PositionEntry> = {};
    const terms: Record<string, TermEntry> = {};
    const groups: Record<string, number[]> = {};
    const inside: Record<string, string[]> = {};
    for (const [term, [entry, docs]] of shard) {
      terms[term] = entry;
      const around = within.get(term);
      if (around) inside[term] = around;
      if (!docs) continue;
      groups[term] = docs.map((n) => groupOf[n]!);
      if (isBigram(term))
        positions[term] = docs.map((n) => [offsetsIn(ordered[n]!.title, term), offsetsIn(ordered[n]!.text, term)]);
    }
    yield [shardPaths.terms(i), Object.keys(inside).length ? { terms, within: inside } : { terms }];
    yield [shardPaths.groups(i), { groups }];
    yield [shardPaths.positions(i), { positions }];
  }
  for (const term of terms) {
    const postings = postingsOf(byTerm.get(term) as unknown as Record<string, Record<string, number>>);
    const df = own(data.documentFrequency, term) ?? 0;
    const inline = isInline(postings.docs.length, df);
    const entry: TermEntry = inline
      ? [df, deltas(postings.docs), postings.columns]
      : yield* blockedEntry(term, df, postings);
    const size = term.length + JSON.stringify(entry).length + JSON.stringify(within.get(term) ?? '').length;
    if (termStarts.length === 0 || filled + size > shardBytes) {
      if (termStarts.length) yield* flushTerms();
      shard = new Map();
      termStarts.push(term);
      filled = 0;
    }
    shard.set(term, [entry, inline ? postings.docs : undefined]);
    filled += size;
  }
  if (termStarts.length === 0) termStarts.push('');
  yield* flushTerms();

  const { charStarts, averageLength } = yield* buildCharacters(
    ordered,
    groupOf,
    data.documentFrequency,
    sets,
    shardBytes,
  );

  for (let first = 0, i = 0; first < ordered.length; first += fragmentSize, i++) {
    const fragment: FragmentFile = { first, documents: ordered.slice(first, first + fragmentSize) };
    yield [shardPaths.fragments(i), fragment];
  }
  const manifest: ShardedSearchManifest = {
    format: SHARDED_FORMAT,
    version: SHARDED_VERSION,
    now: data.now,
    documentCount: index.documentCount,
    averageFieldLength: statistics.averageFieldLength,
    averageLength,
    termShards: termStarts,
    charShards: charStarts,
    scoreBlock,
    fragmentSize,
    sites,
    kinds,
    languages,
    ...(options.cluster ? { siteInfo: siteInfo(options.cluster, sites) } : {}),
    groups,
  };
  yield [shardPaths.manifest, manifest];
}
