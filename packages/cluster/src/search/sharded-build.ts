// Building a sharded search index (sharded-format.ts) at site build time from a ClusterSearch: its
// own inverted index and statistics (so the sharded one ranks exactly alike), cut into term shards
// by sorted term, with character postings for single Chinese characters, bigram offsets for exact
// phrases and one fragment file per few documents for the hits a page shows.
import type { Cluster } from '../cluster.js';
import type { ClusterSearch } from './cluster-search.js';
import {
  SHARDED_FORMAT,
  SHARDED_VERSION,
  shardPaths,
  type CharEntry,
  type CharPostings,
  type FragmentFile,
  type PositionEntry,
  type ShardedSearchManifest,
  type ShardedSiteInfo,
  type TermEntry,
  type TermScoring,
} from './sharded-format.js';
import { COMMON_TERM_SHARE, TITLE_BOOST, better, bm25 } from './rank.js';
import { segments } from './tokenize.js';
import type { SearchDocument } from './types.js';

/** Options of {@link buildShardedSearch}. */
export interface ShardedSearchOptions {
  /** About how many bytes of JSON a term shard holds before the next one starts (a larger term gets a shard of its own); 12,000 by default. */
  readonly shardBytes?: number;
  /** Documents per fragment file; 1 by default (a page fetches only its hits). */
  readonly fragmentSize?: number;
  /** The cluster the index was built from: its sites' names and paths go into the manifest, for a page that shows hits without the cluster. */
  readonly cluster?: Cluster;
}

/** How many best documents a character's summary lists (enough for the first pages of a query of it alone). */
const CHARACTER_TOP = 50;

/** Delta-codes ascending numbers. */
function deltas(sorted: readonly number[]): number[] {
  const out = new Array<number>(sorted.length);
  let last = 0;
  for (let i = 0; i < sorted.length; i++) {
    out[i] = sorted[i]! - last;
    last = sorted[i]!;
  }
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const own = (record: Readonly<Record<string, number>>, key: string): number | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
const isHanKind = (term: string) => segments(term)[0]?.kind === 'han';
const isOtherKind = (term: string) => segments(term)[0]?.kind === 'other';

function siteInfo(cluster: Cluster, ids: readonly string[]): Record<string, ShardedSiteInfo> {
  const info: Record<string, ShardedSiteInfo> = {};
  for (const id of ids) {
    const site = cluster.sites.get(id);
    if (site) info[id] = { name: site.name, path: site.path };
  }
  return info;
}

/**
 * The files of a sharded index of `search`, one by one, as `[path, JSON value]` (paths relative to
 * the manifest: `manifest.json`, `terms/<i>.json`, `scores/<i>.json`, `groups/<i>.json`,
 * `positions/<i>.json`, `chars/<i>.json`, `charpostings/<c>.json`, `chargroups/<c>.json`,
 * `docs/<i>.json`): write each as it comes (a large cluster's index does not fit in memory at
 * once), or gather them with `new Map(buildShardedSearch(search))`. {@link ShardedClusterSearch}
 * loads them through a fetcher and answers exactly like `search`.
 */
export function* buildShardedSearch(
  search: ClusterSearch,
  options: ShardedSearchOptions = {},
): Generator<[path: string, value: unknown]> {
  const shardBytes = options.shardBytes ?? 12_000;
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

  /** The postings of one term of MiniSearch's index, and the groups of their documents. */
  const termEntry = (
    term: string,
    fields: Record<string, Record<string, number>>,
  ): [TermEntry, TermScoring, number[]] => {
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
    const df = own(data.documentFrequency, term) ?? 0;
    const scoring: TermScoring = [
      docs.map((n) => tf.get(n)![0]),
      docs.map((n) => tf.get(n)![1]),
      docs.map((n) => titleLengths[n]!),
      docs.map((n) => textLengths[n]!),
    ];
    // A common term's scoring columns go to the score shard: most queries only verify it.
    const entry: TermEntry = [df, deltas(docs), df > commonAbove ? 0 : scoring];
    // A common Latin/digit term is checked on candidates by substring, which also finds it inside
    // longer words: those documents are listed when they differ from the postings.
    if (df > commonAbove && isOtherKind(term)) {
      const cased = term !== term.toUpperCase();
      const containing: number[] = [];
      ordered.forEach((d, n) => {
        if (
          d.title.includes(term) ||
          d.text.includes(term) ||
          (cased && (d.title.toLowerCase().includes(term) || d.text.toLowerCase().includes(term)))
        )
          containing.push(n);
      });
      if (containing.length !== docs.length || containing.some((n, i) => n !== docs[i])) entry.push(deltas(containing));
    }
    return [entry, scoring, docs.map((n) => groupOf[n]!)];
  };

  /** Where a Chinese bigram starts in a text (each occurrence is one of its tokens). */
  const offsetsIn = (text: string, bigram: string): number[] => {
    const found: number[] = [];
    for (let i = text.indexOf(bigram); i >= 0; i = text.indexOf(bigram, i + 1)) found.push(i);
    return found;
  };

  // Term shards, in sorted order, each with the offsets of its Chinese bigrams.
  const byTerm = new Map(index.index);
  const terms = [...byTerm.keys()].sort(compare);
  const termStarts: string[] = [];
  let shard = new Map<string, [TermEntry, TermScoring, number[]]>();
  let filled = 0;
  function* flushTerms(): Generator<[string, unknown]> {
    if (shard.size === 0) return;
    const i = termStarts.length - 1;
    const positions: Record<string, PositionEntry> = {};
    const terms: Record<string, TermEntry> = {};
    const scores: Record<string, TermScoring> = {};
    const groups: Record<string, number[]> = {};
    for (const [term, [entry, scoring, groupColumn]] of shard) {
      terms[term] = entry;
      if (entry[2] === 0) scores[term] = scoring;
      groups[term] = groupColumn;
      if (!isHanKind(term) || Array.from(term).length !== 2) continue;
      let n = 0;
      positions[term] = entry[1].map((delta) => {
        n += delta;
        const d = ordered[n]!;
        return [deltas(offsetsIn(d.title, term)), deltas(offsetsIn(d.text, term))];
      });
    }
    yield [shardPaths.terms(i), { terms }];
    if (Object.keys(scores).length) yield [shardPaths.scores(i), { scores }];
    yield [shardPaths.groups(i), { groups }];
    yield [shardPaths.positions(i), { positions }];
  }
  for (const term of terms) {
    const entry = termEntry(term, byTerm.get(term) as unknown as Record<string, Record<string, number>>);
    const size = term.length + JSON.stringify(entry[0]).length;
    if (termStarts.length === 0 || filled + size > shardBytes) {
      yield* flushTerms();
      shard = new Map();
      termStarts.push(term);
      filled = 0;
    }
    shard.set(term, entry);
    filled += size;
  }
  yield* flushTerms();
  if (termStarts.length === 0) {
    termStarts.push('');
    yield [shardPaths.terms(0), { terms: {} }];
    yield [shardPaths.groups(0), { groups: {} }];
    yield [shardPaths.positions(0), { positions: {} }];
  }

  // Single Chinese characters (matched by substring): counts per document, gathered in document order.
  const characters = new Map<string, { docs: number[]; inTitle: number[]; inText: number[] }>();
  ordered.forEach((d, n) => {
    const counts = new Map<string, [number, number]>();
    [d.title, d.text].forEach((field, f) => {
      for (const s of segments(field)) {
        if (s.kind !== 'han') continue;
        for (const c of s.text) {
          let pair = counts.get(c);
          if (!pair) counts.set(c, (pair = [0, 0]));
          pair[f]!++;
        }
      }
    });
    for (const [c, [t, x]] of counts) {
      let lists = characters.get(c);
      if (!lists) characters.set(c, (lists = { docs: [], inTitle: [], inText: [] }));
      lists.docs.push(n);
      lists.inTitle.push(t);
      lists.inText.push(x);
    }
  });
  let titles = 0;
  let texts = 0;
  for (const d of ordered) {
    titles += d.title.length;
    texts += d.text.length;
  }
  const averageLength: [number, number] = [
    Math.max(1, titles / Math.max(1, ordered.length)),
    Math.max(1, texts / Math.max(1, ordered.length)),
  ];
  const charStarts: string[] = [];
  let chars = new Map<string, CharEntry>();
  let charsFilled = 0;
  const flushChars = (): [string, unknown] => [
    shardPaths.chars(charStarts.length - 1),
    { chars: Object.fromEntries(chars) },
  ];
  for (const c of [...characters.keys()].sort(compare)) {
    const lists = characters.get(c)!;
    characters.delete(c);
    const titleLength = lists.docs.map((n) => ordered[n]!.title.length);
    const textLength = lists.docs.map((n) => ordered[n]!.text.length);
    const postings: CharPostings = [deltas(lists.docs), lists.inTitle, lists.inText, titleLength, textLength];
    yield [shardPaths.charPostings(c), { postings }];
    yield [shardPaths.charGroups(c), { groups: { [c]: lists.docs.map((n) => groupOf[n]!) } }];
    // The best documents for the character alone, scored as a query of it alone scores them.
    const df = own(data.documentFrequency, c) ?? 0;
    const matching = Math.max(lists.docs.length, df);
    const inner = lists.docs.map((_, k) => {
      const inTitle = lists.inTitle[k]!;
      const inText = lists.inText[k]!;
      let score = 0;
      if (inTitle) score += TITLE_BOOST * bm25(inTitle, matching, ordered.length, titleLength[k]!, averageLength[0]);
      if (inText) score += bm25(inText, matching, ordered.length, textLength[k]!, averageLength[1]);
      return score;
    });
    const order = lists.docs.map((_, k) => k).sort((a, b) => inner[b]! - inner[a]! || a - b);
    const top = order
      .slice(0, CHARACTER_TOP)
      .flatMap((k) => [lists.docs[k]!, lists.inTitle[k]!, lists.inText[k]!, titleLength[k]!, textLength[k]!]);
    const left = order[CHARACTER_TOP];
    const entry: CharEntry = [
      df,
      lists.docs.length,
      top,
      left === undefined ? -1 : inner[left]!,
      left === undefined ? -1 : lists.docs[left]!,
    ];
    const size = c.length + JSON.stringify(entry).length;
    if (charStarts.length === 0 || charsFilled + size > shardBytes) {
      if (chars.size) yield flushChars();
      chars = new Map();
      charStarts.push(c);
      charsFilled = 0;
    }
    chars.set(c, entry);
    charsFilled += size;
  }
  if (charStarts.length === 0) charStarts.push('');
  yield flushChars();

  for (let first = 0, i = 0; first < ordered.length; first += fragmentSize, i++) {
    const fragment: FragmentFile = { first, documents: ordered.slice(first, first + fragmentSize) };
    yield [shardPaths.fragments(i), fragment];
  }
  const manifest: ShardedSearchManifest = {
    format: SHARDED_FORMAT,
    version: SHARDED_VERSION,
    now: data.now,
    documentCount: index.documentCount,
    averageFieldLength: [index.averageFieldLength[titleField]!, index.averageFieldLength[textField]!],
    averageLength,
    termShards: termStarts,
    charShards: charStarts,
    fragmentSize,
    sites,
    kinds,
    languages,
    ...(options.cluster ? { siteInfo: siteInfo(options.cluster, sites) } : {}),
    groups,
  };
  yield [shardPaths.manifest, manifest];
}
