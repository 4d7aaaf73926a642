// The files of a sharded search index (the idea of Pagefind's chunked index, on this folder's own
// tokenizer and ranking): a small manifest, term shards (the dictionary, with the postings of rare
// terms), document sets and score blocks (of the other terms), character shards (for single
// Chinese characters), position shards (for exact Chinese phrases) and one fragment per document.
// What only some queries need is kept apart, so the others do not fetch it: a term in more than a
// few documents (and any common one) has its documents in a document set (Rice-coded, sharded-codec.ts;
// terms with the same documents share one), which is all a term checked on candidates needs, and
// its scoring columns in score blocks ordered by its score alone, best first, so a query reads
// only the blocks that can still change its first page (sharded-rank.ts); the documents' groups
// (read only by filtered queries) are in group files.
// Documents are numbered in the order ranking breaks ties (newer first, then by id), so a posting
// list's document numbers alone decide ties. Every file is checked when it is read; anything else
// is a SearchIndexLoadError.
import { SearchIndexLoadError } from '../errors.js';
import type { Language, Localized } from '../schema/index.js';
import type { EncodedDocumentSet } from './sharded-codec.js';
import type { SearchDocument, SearchKind } from './types.js';

export const SHARDED_FORMAT = 'bichig-sharded-search';
export const SHARDED_VERSION = 3;

/** The manifest: all a page needs before its first query. */
export interface ShardedSearchManifest {
  readonly format: typeof SHARDED_FORMAT;
  readonly version: typeof SHARDED_VERSION;
  /** The moment that decided which articles were public. */
  readonly now: string;
  readonly documentCount: number;
  /** MiniSearch's average field lengths (in distinct terms) of title and text. */
  readonly averageFieldLength: readonly [title: number, text: number];
  /** Average title and text lengths in UTF-16 code units (for substring ranking). */
  readonly averageLength: readonly [title: number, text: number];
  /** The first term of each term shard (`terms/<i>.json`, `groups/<i>.json`, `positions/<i>.json`), sorted. */
  readonly termShards: readonly string[];
  /** The first character of each character shard (`chars/<i>.json`), sorted. */
  readonly charShards: readonly string[];
  /** Postings in a term's first score block (`scores/<scores>/0.json`); each next block holds twice as many as the one before. */
  readonly scoreBlock: number;
  /** Documents per fragment file (`docs/<floor(n / size)>.json`). */
  readonly fragmentSize: number;
  /** Facet vocabularies: the sites and kinds of the documents. */
  readonly sites: readonly string[];
  readonly kinds: readonly SearchKind[];
  readonly languages: readonly Language[];
  /** The sites' names and paths (for showing and linking hits), when built with the cluster. */
  readonly siteInfo?: Readonly<Record<string, ShardedSiteInfo>>;
  /** Document groups: `[site index, kind index, language index]`; postings name a document's group. */
  readonly groups: readonly (readonly [number, number, number])[];
}

/** What a search page shows of a site beside its hits. */
export interface ShardedSiteInfo {
  readonly name: Localized;
  readonly path: string;
}

/** A term's scoring columns, aligned with its documents: MiniSearch's term frequencies and field lengths. */
export type TermScoring = [titleTf: number[], textTf: number[], titleLength: number[], textLength: number[]];

/** The postings of a term in few documents (inline, in its term shard): `[df, docs (delta-coded), scoring]`. */
export type InlineTermEntry = [df: number, docs: number[], scoring: TermScoring];

/**
 * A term in more documents, or a common one (blocked): `[df, set, count, titleMatching, textMatching, scores, contains?]`.
 * Its documents (`count` of them) are the document set `sets/<set>.json`; `titleMatching` and
 * `textMatching` are how many of them hold it in their title and in their text (MiniSearch's
 * per-field document counts); its scoring columns are in the score blocks `scores/<scores>/<b>.json`,
 * which every term with the same postings (documents and term frequencies, hence scores) shares.
 * `contains`, only for common Latin/digit terms, is the document set of the documents whose
 * title or text contains the term as a substring (what a verified term is checked by), when
 * that differs from its postings.
 */
export type BlockedTermEntry = [
  df: number,
  set: number,
  count: number,
  titleMatching: number,
  textMatching: number,
  scores: number,
  contains?: number,
];

export type TermEntry = InlineTermEntry | BlockedTermEntry;

/**
 * One score block of a term: `[docs (delta-coded), titleTf, textTf, titleLength, textLength]`.
 * A term's postings are ranked by its score alone, best first (rounded as a hit's score is, then
 * by document number), and cut into blocks of {@link ShardedSearchManifest.scoreBlock}, twice as
 * many, four times as many… postings; each block lists its own postings by document number.
 */
export type ScoreColumns = [
  docs: number[],
  titleTf: number[],
  textTf: number[],
  titleLength: number[],
  textLength: number[],
];

/**
 * A character's summary: `[df, count, top, bound, boundDocument, set]`. `count` is how many documents hold it (by
 * substring), and `set` the document set of those documents; `top` lists its best documents for a query of it alone, five numbers each
 * (`n, in title, in text, title length, text length`, lengths in code units) best first, and
 * `bound` is the score of the best document left out and `boundDocument` its number (-1 when none
 * is; those left out with the same score have higher numbers). A query of the character alone, unfiltered, whose page
 * lies in `top` needs nothing more; a query checking it on candidates reads its document set, and
 * a query of characters only reads its postings (`charpostings/<code point>.json`).
 */
export type CharEntry = [df: number, count: number, top: number[], bound: number, boundDocument: number, set: number];

/** A character's postings: `[docs (delta-coded), in title, in text, title length, text length]`. */
export type CharPostings = [
  docs: number[],
  titleCount: number[],
  textCount: number[],
  titleLength: number[],
  textLength: number[],
];

/** A Chinese bigram's offsets, per document of its postings: `[title offsets, text offsets]`, delta-coded. */
export type PositionEntry = [title: number[], text: number[]][];

export interface TermShard {
  readonly terms: Readonly<Record<string, TermEntry>>;
  /**
   * For a Chinese bigram of the shard, the blocked bigrams beside it (sharing its first or last
   * character) that are in every document it is in: a query holding both needs the documents of
   * the first only.
   */
  readonly within?: Readonly<Record<string, readonly string[]>>;
}
/** A score block (`scores/<scores>/<b>.json`), keyed by the first term (in sorted order) with its postings. */
export interface ScoreBlockFile {
  readonly scores: Readonly<Record<string, ScoreColumns>>;
  /**
   * The highest sum of addends (unrounded: what the posting adds to a match's score for a term of
   * one list) of any posting in the term's later blocks, 0 after the last: with it a match not
   * read yet is bounded exactly, as float addition never decreases when an addend grows.
   */
  readonly next: number;
}
/** A document set (`sets/<set>.json`). */
export interface DocumentSetFile {
  readonly set: EncodedDocumentSet;
}
/**
 * The group (manifest `groups`) of each document of the postings of a term shard's inline terms
 * (`groups/<i>.json`, by term), of a document set (`groups/s<set>.json`, keyed by the set's
 * number) or of a character (`chargroups/<code point>.json`).
 */
export interface GroupShard {
  readonly groups: Readonly<Record<string, number[]>>;
}
export interface CharPostingsFile {
  readonly postings: CharPostings;
}
export interface CharShard {
  readonly chars: Readonly<Record<string, CharEntry>>;
}
/**
 * Bigram offsets: of a term shard's inline bigrams (`positions/<i>.json`), or of one blocked bigram
 * (`positions/b<code points>.json`), per document of its document set.
 */
export interface PositionShard {
  readonly positions: Readonly<Record<string, PositionEntry>>;
}
export interface FragmentFile {
  /** Documents `first … first + documents.length - 1`. */
  readonly first: number;
  readonly documents: readonly SearchDocument[];
}

/** The paths of a sharded index, relative to its manifest. */
export const shardPaths = {
  manifest: 'manifest.json',
  terms: (i: number) => `terms/${i}.json`,
  groups: (i: number) => `groups/${i}.json`,
  positions: (i: number) => `positions/${i}.json`,
  sets: (set: number) => `sets/${set}.json`,
  setGroups: (set: number) => `groups/s${set}.json`,
  scoreBlock: (scores: number, block: number) => `scores/${scores}/${block}.json`,
  termPositions: (bigram: string) =>
    `positions/b${Array.from(bigram, (c) => c.codePointAt(0)!.toString(16)).join('-')}.json`,
  charPostings: (c: string) => `charpostings/${c.codePointAt(0)!.toString(16)}.json`,
  charGroups: (c: string) => `chargroups/${c.codePointAt(0)!.toString(16)}.json`,
  chars: (i: number) => `chars/${i}.json`,
  fragments: (i: number) => `docs/${i}.json`,
};

/** The postings (in ranking order of the term alone) that score block `block` holds: `[start, end)`, cut at `count`. */
export function scoreBlockRange(first: number, block: number, count: number): [start: number, end: number] {
  return [Math.min(count, first * (2 ** block - 1)), Math.min(count, first * (2 ** (block + 1) - 1))];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function fail(path: string, reason: string): never {
  throw new SearchIndexLoadError(`${path}: ${reason}`);
}

export function checkManifest(data: unknown, path: string): ShardedSearchManifest {
  if (!isObject(data)) fail(path, 'the manifest is not an object.');
  if (data.format !== SHARDED_FORMAT)
    fail(path, `expected format "${SHARDED_FORMAT}", got ${JSON.stringify(data.format)}.`);
  if (data.version !== SHARDED_VERSION)
    fail(path, `expected format version ${SHARDED_VERSION}, got ${JSON.stringify(data.version)}; rebuild the index.`);
  if (typeof data.now !== 'string') fail(path, '"now" must be an ISO timestamp.');
  if (typeof data.documentCount !== 'number') fail(path, '"documentCount" must be a number.');
  for (const key of ['averageFieldLength', 'averageLength'] as const)
    if (!isNumberArray(data[key]) || data[key].length !== 2) fail(path, `"${key}" must be two numbers.`);
  for (const key of ['termShards', 'charShards', 'sites', 'kinds', 'languages'] as const)
    if (!isStringArray(data[key])) fail(path, `"${key}" must be an array of strings.`);
  for (const key of ['fragmentSize', 'scoreBlock'] as const)
    if (typeof data[key] !== 'number' || !Number.isInteger(data[key]) || data[key] < 1)
      fail(path, `"${key}" must be a positive whole number.`);
  if (data.siteInfo !== undefined && !isObject(data.siteInfo)) fail(path, '"siteInfo" must be an object by site id.');
  if (!Array.isArray(data.groups) || !data.groups.every((g) => isNumberArray(g) && g.length === 3))
    fail(path, '"groups" must be an array of [site, kind, language] indices.');
  return data as unknown as ShardedSearchManifest;
}

function entries(data: unknown, path: string, key: string): [string, unknown][] {
  if (!isObject(data) || !isObject(data[key])) fail(path, `expected an object with "${key}".`);
  return Object.entries(data[key]);
}

/** Number arrays as long as `length`. */
const columns = (v: unknown, count: number, length: number): boolean =>
  Array.isArray(v) && v.length === count && v.every((c) => isNumberArray(c) && c.length === length);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isTermEntry(entry: unknown): entry is TermEntry {
  if (!Array.isArray(entry) || typeof entry[0] !== 'number') return false;
  if (Array.isArray(entry[1]))
    return entry.length === 3 && isNumberArray(entry[1]) && columns(entry[2], 4, entry[1].length);
  return (entry.length === 6 || entry.length === 7) && entry.slice(1).every(isCount);
}

export function checkTermShard(data: unknown, path: string): TermShard {
  for (const [name, entry] of entries(data, path, 'terms'))
    if (!isTermEntry(entry)) fail(path, `the entry of ${JSON.stringify(name)} is malformed.`);
  if ((data as { within?: unknown }).within !== undefined)
    for (const [name, terms] of entries(data, path, 'within'))
      if (!isStringArray(terms)) fail(path, `the terms ${JSON.stringify(name)} is within are malformed.`);
  return data as TermShard;
}

export function checkScoreBlock(data: unknown, path: string): ScoreBlockFile {
  for (const [name, entry] of entries(data, path, 'scores'))
    if (!Array.isArray(entry) || !columns(entry, 5, (entry[0] as unknown[] | undefined)?.length ?? -1))
      fail(path, `the scores of ${JSON.stringify(name)} are malformed.`);
  if (typeof (data as { next?: unknown }).next !== 'number') fail(path, '"next" must be a number.');
  return data as ScoreBlockFile;
}

export function checkDocumentSet(data: unknown, path: string): DocumentSetFile {
  const set = isObject(data) ? data.set : undefined;
  if (!Array.isArray(set) || set.length !== 3 || !isCount(set[0]) || !isCount(set[1]) || typeof set[2] !== 'string')
    fail(path, 'expected an object with "set": [count, k, bits].');
  return data as unknown as DocumentSetFile;
}

export function checkGroupShard(data: unknown, path: string): GroupShard {
  for (const [name, entry] of entries(data, path, 'groups'))
    if (!isNumberArray(entry)) fail(path, `the groups of ${JSON.stringify(name)} are malformed.`);
  return data as GroupShard;
}

export function checkCharShard(data: unknown, path: string): CharShard {
  for (const [name, entry] of entries(data, path, 'chars'))
    if (
      !Array.isArray(entry) ||
      entry.length !== 6 ||
      typeof entry[0] !== 'number' ||
      typeof entry[1] !== 'number' ||
      !isNumberArray(entry[2]) ||
      entry[2].length % 5 !== 0 ||
      typeof entry[3] !== 'number' ||
      typeof entry[4] !== 'number' ||
      !isCount(entry[5])
    )
      fail(path, `the entry of ${JSON.stringify(name)} is malformed.`);
  return data as CharShard;
}

export function checkCharPostings(data: unknown, path: string): CharPostingsFile {
  if (
    !isObject(data) ||
    !Array.isArray(data.postings) ||
    !columns(data.postings, 5, (data.postings[0] as unknown[] | undefined)?.length ?? -1)
  )
    fail(path, 'expected an object with "postings", five columns of numbers.');
  return data as unknown as CharPostingsFile;
}

export function checkPositionShard(data: unknown, path: string): PositionShard {
  if (!isObject(data) || !isObject(data.positions)) fail(path, 'expected an object with "positions".');
  for (const [name, entry] of Object.entries(data.positions))
    if (!Array.isArray(entry) || !entry.every((d) => Array.isArray(d) && d.length === 2 && d.every(isNumberArray)))
      fail(path, `the positions of ${JSON.stringify(name)} are malformed.`);
  return data as unknown as PositionShard;
}

export function checkFragments(data: unknown, path: string): FragmentFile {
  if (!isObject(data) || typeof data.first !== 'number' || !Array.isArray(data.documents))
    fail(path, 'expected an object with "first" and "documents".');
  for (const d of data.documents)
    if (
      !isObject(d) ||
      !['id', 'kind', 'siteId', 'itemId', 'language', 'title', 'text', 'date'].every((k) => typeof d[k] === 'string')
    )
      fail(path, 'a document is malformed.');
  return data as unknown as FragmentFile;
}

/** The index of the shard whose range holds `key` (the last shard starting at or before it). */
export function shardOf(starts: readonly string[], key: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
