// The files of a sharded search index (the idea of Pagefind's chunked index, on this folder's own
// tokenizer and ranking): a small manifest, term shards (postings), character shards (for single
// Chinese characters), position shards (for exact Chinese phrases) and one fragment per document.
// What only some queries need is kept apart, so the others do not fetch it: the scoring columns of
// common terms (which are mostly only verified on candidates) in score shards, and the documents'
// groups (read only by filtered queries) in group shards.
// Documents are numbered in the order ranking breaks ties (newer first, then by id), so a posting
// list's document numbers alone decide ties. Every file is checked when it is read; anything else
// is a SearchIndexLoadError.
import { SearchIndexLoadError } from '../errors.js';
import type { Language, Localized } from '../schema/index.js';
import type { SearchDocument, SearchKind } from './types.js';

export const SHARDED_FORMAT = 'bichig-sharded-search';
export const SHARDED_VERSION = 2;

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
  /** The first term of each term shard (`terms/<i>.json`, `scores/<i>.json`, `groups/<i>.json`, `positions/<i>.json`), sorted. */
  readonly termShards: readonly string[];
  /** The first character of each character shard (`chars/<i>.json`), sorted. */
  readonly charShards: readonly string[];
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

/**
 * A term's postings: `[df, docs (delta-coded numbers), scoring, contains?]`. `scoring` is 0 for a
 * common term (in more than COMMON_TERM_SHARE of the documents), whose scoring columns are in the
 * score shard of the same number: a common term is mostly only checked on candidates. `contains`
 * (delta-coded), only for common Latin/digit terms, lists the documents whose title or text
 * contains the term as a substring (what a verified term is checked by).
 */
export type TermEntry = [df: number, docs: number[], scoring: TermScoring | 0, contains?: number[]];

/**
 * A character's summary: `[df, count, top, bound, boundDocument]`. `count` is how many documents hold it (by
 * substring); `top` lists its best documents for a query of it alone, five numbers each
 * (`n, in title, in text, title length, text length`, lengths in code units) best first, and
 * `bound` is the score of the best document left out and `boundDocument` its number (-1 when none
 * is; those left out with the same score have higher numbers). A query of the character alone, unfiltered, whose page
 * lies in `top` needs nothing more; any other reads its postings (`charpostings/<code point>.json`).
 */
export type CharEntry = [df: number, count: number, top: number[], bound: number, boundDocument: number];

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
}
export interface ScoreShard {
  readonly scores: Readonly<Record<string, TermScoring>>;
}
/** The group (manifest `groups`) of each document of a term's or character's postings. */
export interface GroupShard {
  readonly groups: Readonly<Record<string, number[]>>;
}
export interface CharPostingsFile {
  readonly postings: CharPostings;
}
export interface CharShard {
  readonly chars: Readonly<Record<string, CharEntry>>;
}
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
  scores: (i: number) => `scores/${i}.json`,
  groups: (i: number) => `groups/${i}.json`,
  positions: (i: number) => `positions/${i}.json`,
  charPostings: (c: string) => `charpostings/${c.codePointAt(0)!.toString(16)}.json`,
  charGroups: (c: string) => `chargroups/${c.codePointAt(0)!.toString(16)}.json`,
  chars: (i: number) => `chars/${i}.json`,
  fragments: (i: number) => `docs/${i}.json`,
};

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
  if (typeof data.fragmentSize !== 'number' || data.fragmentSize < 1)
    fail(path, '"fragmentSize" must be a positive number.');
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

export function checkTermShard(data: unknown, path: string): TermShard {
  for (const [name, entry] of entries(data, path, 'terms'))
    if (
      !Array.isArray(entry) ||
      entry.length < 3 ||
      entry.length > 4 ||
      typeof entry[0] !== 'number' ||
      !isNumberArray(entry[1]) ||
      !(entry[2] === 0 || columns(entry[2], 4, entry[1].length)) ||
      (entry.length === 4 && !isNumberArray(entry[3]))
    )
      fail(path, `the entry of ${JSON.stringify(name)} is malformed.`);
  return data as TermShard;
}

export function checkScoreShard(data: unknown, path: string): ScoreShard {
  for (const [name, entry] of entries(data, path, 'scores'))
    if (!Array.isArray(entry) || !columns(entry, 4, (entry[0] as unknown[] | undefined)?.length ?? -1))
      fail(path, `the scores of ${JSON.stringify(name)} are malformed.`);
  return data as ScoreShard;
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
      entry.length !== 5 ||
      typeof entry[0] !== 'number' ||
      typeof entry[1] !== 'number' ||
      !isNumberArray(entry[2]) ||
      entry[2].length % 5 !== 0 ||
      typeof entry[3] !== 'number' ||
      typeof entry[4] !== 'number'
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
