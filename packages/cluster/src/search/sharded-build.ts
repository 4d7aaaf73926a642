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
  type FragmentFile,
  type PositionEntry,
  type ShardedSearchManifest,
  type ShardedSiteInfo,
  type TermEntry,
} from './sharded-format.js';
import { COMMON_TERM_SHARE, better } from './rank.js';
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

/** Cuts sorted keys into shards of about `bytes` each; returns the shards' first keys and contents. */
function cut<E>(
  entries: ReadonlyMap<string, E>,
  bytes: number,
  size: (key: string, entry: E) => number,
): { starts: string[]; shards: Map<string, E>[] } {
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts: string[] = [];
  const shards: Map<string, E>[] = [];
  let current: Map<string, E> | undefined;
  let filled = 0;
  for (const key of keys) {
    const entry = entries.get(key)!;
    const n = size(key, entry);
    if (!current || filled + n > bytes) {
      current = new Map();
      shards.push(current);
      starts.push(key);
      filled = 0;
    }
    current.set(key, entry);
    filled += n;
  }
  if (shards.length === 0) {
    starts.push('');
    shards.push(new Map());
  }
  return { starts, shards };
}

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
 * The files of a sharded index of `search`, by path relative to the manifest (`manifest.json`,
 * `terms/<i>.json`, `positions/<i>.json`, `chars/<i>.json`, `docs/<i>.json`), each a JSON value
 * to write as it is. {@link ShardedClusterSearch} loads them through a fetcher and answers exactly
 * like `search`.
 */
export function buildShardedSearch(search: ClusterSearch, options: ShardedSearchOptions = {}): Map<string, unknown> {
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
  const fieldLength = new Map<number, number[]>();
  for (const [short, lengths] of Object.entries(index.fieldLength))
    fieldLength.set(shortToNumber.get(short)!, lengths as number[]);
  const title = String(index.fieldIds.title);
  const text = String(index.fieldIds.text);
  const commonAbove = Math.max(50, index.documentCount * COMMON_TERM_SHARE);

  const terms = new Map<string, TermEntry>();
  for (const [term, fields] of index.index) {
    const tf = new Map<number, [number, number]>();
    for (const [field, column] of [
      [title, 0],
      [text, 1],
    ] as const) {
      for (const [short, count] of Object.entries(fields[field] ?? {})) {
        const n = shortToNumber.get(short)!;
        let pair = tf.get(n);
        if (!pair) tf.set(n, (pair = [0, 0]));
        pair[column] = count;
      }
    }
    const docs = [...tf.keys()].sort((a, b) => a - b);
    const entry: TermEntry = [
      own(data.documentFrequency, term) ?? 0,
      deltas(docs),
      docs.map((n) => groupOf[n]!),
      docs.map((n) => tf.get(n)![0]),
      docs.map((n) => tf.get(n)![1]),
      docs.map((n) => fieldLength.get(n)![index.fieldIds.title!]!),
      docs.map((n) => fieldLength.get(n)![index.fieldIds.text!]!),
    ];
    // A common Latin/digit term is checked on candidates by substring, which also finds it inside
    // longer words: those documents are listed when they differ from the postings.
    if (entry[0] > commonAbove && isOtherKind(term)) {
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
    terms.set(term, entry);
  }

  // Single Chinese characters (matched by substring) and Chinese bigram offsets (for exact phrases).
  const characters = new Map<string, Map<number, [number, number]>>();
  const offsets = new Map<string, Map<number, [number[], number[]]>>();
  ordered.forEach((d, n) => {
    [d.title, d.text].forEach((field, f) => {
      for (const s of segments(field)) {
        if (s.kind !== 'han') continue;
        const chars = Array.from(s.text);
        let at = s.index;
        chars.forEach((c, i) => {
          let counts = characters.get(c);
          if (!counts) characters.set(c, (counts = new Map()));
          let pair = counts.get(n);
          if (!pair) counts.set(n, (pair = [0, 0]));
          pair[f]!++;
          if (i + 1 < chars.length) {
            const bigram = c + chars[i + 1]!;
            let byDoc = offsets.get(bigram);
            if (!byDoc) offsets.set(bigram, (byDoc = new Map()));
            let lists = byDoc.get(n);
            if (!lists) byDoc.set(n, (lists = [[], []]));
            lists[f]!.push(at);
          }
          at += c.length;
        });
      }
    });
  });
  const chars = new Map<string, CharEntry>();
  for (const [c, counts] of characters) {
    const docs = [...counts.keys()].sort((a, b) => a - b);
    chars.set(c, [
      own(data.documentFrequency, c) ?? 0,
      deltas(docs),
      docs.map((n) => groupOf[n]!),
      docs.map((n) => counts.get(n)![0]),
      docs.map((n) => counts.get(n)![1]),
      docs.map((n) => ordered[n]!.title.length),
      docs.map((n) => ordered[n]!.text.length),
    ]);
  }

  const files = new Map<string, unknown>();
  const termCut = cut(terms, shardBytes, (key, entry) => key.length + JSON.stringify(entry).length);
  termCut.shards.forEach((shard, i) => {
    files.set(shardPaths.terms(i), { terms: Object.fromEntries(shard) });
    const positions: Record<string, PositionEntry> = {};
    for (const term of shard.keys()) {
      if (!isHanKind(term) || Array.from(term).length !== 2) continue;
      const byDoc = offsets.get(term);
      if (!byDoc) continue;
      const docs = [...byDoc.keys()].sort((a, b) => a - b);
      positions[term] = docs.map((n) => {
        const [t, x] = byDoc.get(n)!;
        return [deltas(t), deltas(x)];
      });
    }
    files.set(shardPaths.positions(i), { positions });
  });
  const charCut = cut(chars, shardBytes, (key, entry) => key.length + JSON.stringify(entry).length);
  charCut.shards.forEach((shard, i) => files.set(shardPaths.chars(i), { chars: Object.fromEntries(shard) }));
  for (let first = 0, i = 0; first < ordered.length; first += fragmentSize, i++) {
    const fragment: FragmentFile = { first, documents: ordered.slice(first, first + fragmentSize) };
    files.set(shardPaths.fragments(i), fragment);
  }
  let titles = 0;
  let texts = 0;
  for (const d of ordered) {
    titles += d.title.length;
    texts += d.text.length;
  }
  const manifest: ShardedSearchManifest = {
    format: SHARDED_FORMAT,
    version: SHARDED_VERSION,
    now: data.now,
    documentCount: index.documentCount,
    averageFieldLength: [
      index.averageFieldLength[index.fieldIds.title!]!,
      index.averageFieldLength[index.fieldIds.text!]!,
    ],
    averageLength: [
      Math.max(1, titles / Math.max(1, ordered.length)),
      Math.max(1, texts / Math.max(1, ordered.length)),
    ],
    termShards: termCut.starts,
    charShards: charCut.starts,
    fragmentSize,
    sites,
    kinds,
    languages,
    ...(options.cluster ? { siteInfo: siteInfo(options.cluster, sites) } : {}),
    groups,
  };
  files.set(shardPaths.manifest, manifest);
  return files;
}
