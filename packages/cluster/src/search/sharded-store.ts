// The files of a sharded index (sharded-format.ts) as a client reads them: each fetched once,
// checked, decoded and kept (a failed fetch is not kept, so the next query tries again), and
// every inconsistency between files (a set of another size than its term says, a score block
// that does not fit its range) a SearchIndexLoadError naming the file.
import { SearchIndexLoadError } from '../errors.js';
import { decodeDocumentSet } from './sharded-codec.js';
import {
  checkCharPostings,
  checkCharShard,
  checkDocumentSet,
  checkFragments,
  checkGroupShard,
  checkPositionShard,
  checkScoreBlock,
  checkTermShard,
  scoreBlockRange,
  shardPaths,
  type CharEntry,
  type PositionEntry,
  type ShardedSearchManifest,
} from './sharded-format.js';
import {
  decodeChar,
  decodeTerm,
  scoringOf,
  undelta,
  type CharacterPostings,
  type Scoring,
  type TermPostings,
} from './sharded-scoring.js';
import type { SearchDocument } from './types.js';

/** Fetches one file of the index (a path relative to the manifest, e.g. `terms/3.json`) and gives its parsed JSON. */
export type ShardFetcher = (path: string) => Promise<unknown>;

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export async function fetchFile(fetcher: ShardFetcher, path: string): Promise<unknown> {
  try {
    return await fetcher(path);
  } catch (error) {
    if (error instanceof SearchIndexLoadError) throw error;
    throw new SearchIndexLoadError(
      `${path} could not be fetched (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** How many score blocks a term of `count` postings has. */
export function scoreBlocks(manifest: ShardedSearchManifest, count: number): number {
  let blocks = 0;
  while (scoreBlockRange(manifest.scoreBlock, blocks, count)[1] < count) blocks++;
  return count > 0 ? blocks + 1 : 0;
}

export class ShardStore {
  readonly #manifest: ShardedSearchManifest;
  readonly #fetcher: ShardFetcher;
  readonly #files = new Map<string, Promise<unknown>>();
  readonly #decoded = new Map<string, Promise<unknown>>();

  constructor(manifest: ShardedSearchManifest, fetcher: ShardFetcher) {
    this.#manifest = manifest;
    this.#fetcher = fetcher;
  }

  /** Paths fetched so far (each once). */
  get fetched(): readonly string[] {
    return [...this.#files.keys()];
  }

  #file<T>(path: string, check: (data: unknown, path: string) => T): Promise<T> {
    let file = this.#files.get(path);
    if (!file) {
      file = fetchFile(this.#fetcher, path).then((data) => check(data, path));
      this.#files.set(path, file);
      // A failed fetch is not kept: the next query tries again.
      file.catch(() => this.#files.delete(path));
    }
    return file as Promise<T>;
  }

  /** What is decoded from files, once per key. */
  #cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.#decoded.get(key);
    if (!value) {
      value = load();
      this.#decoded.set(key, value);
      value.catch(() => this.#decoded.delete(key));
    }
    return value as Promise<T>;
  }

  termShard(i: number): Promise<ReadonlyMap<string, TermPostings>> {
    return this.#cached(`terms ${i}`, async () => {
      const shard = await this.#file(shardPaths.terms(i), checkTermShard);
      const within = (term: string) => (shard.within ? own(shard.within, term) : undefined);
      return new Map(
        Object.entries(shard.terms).map(([term, entry]) => [term, decodeTerm(term, entry, i, within(term))]),
      );
    });
  }

  async charShard(i: number): Promise<Readonly<Record<string, CharEntry>>> {
    return (await this.#file(shardPaths.chars(i), checkCharShard)).chars;
  }

  /** The postings of a character (of the summary `entry`). */
  charPostings(c: string, entry: CharEntry): Promise<CharacterPostings> {
    return this.#cached(`charpostings ${c}`, async () => {
      const path = shardPaths.charPostings(c);
      const p = decodeChar((await this.#file(path, checkCharPostings)).postings, entry[0]);
      if (p.docs.length !== entry[1])
        throw new SearchIndexLoadError(`${path}: it lists ${p.docs.length} documents, not ${entry[1]}.`);
      return p;
    });
  }

  /** Sets the groups of the documents of a character's postings. */
  withCharacterGroups(c: string, p: CharacterPostings): Promise<void> {
    return this.#cached(`chargroups ${c}`, async () => {
      const path = shardPaths.charGroups(c);
      const groups = own((await this.#file(path, checkGroupShard)).groups, c);
      if (!groups || groups.length !== p.docs.length)
        throw new SearchIndexLoadError(`${path}: the groups of ${JSON.stringify(c)} are missing or do not fit.`);
      p.groups = groups;
    });
  }

  /** The documents of set `set`, which has `count` of them. */
  documentSet(set: number, count: number): Promise<Int32Array> {
    return this.#cached(`set ${set}`, async () => {
      const path = shardPaths.sets(set);
      const encoded = (await this.#file(path, checkDocumentSet)).set;
      if (encoded[0] !== count)
        throw new SearchIndexLoadError(`${path}: it holds ${encoded[0]} documents, not ${count}.`);
      return decodeDocumentSet(encoded, path);
    });
  }

  /** A term's documents. */
  members(t: TermPostings): Promise<Int32Array> {
    return t.inline ? Promise.resolve(t.inline.docs) : this.documentSet(t.set!, t.count);
  }

  /** The documents a term is checked by on candidates: those containing it, for a common Latin/digit term, else its own. */
  async containing(t: TermPostings): Promise<Int32Array> {
    if (t.contains === undefined) return this.members(t);
    const path = shardPaths.sets(t.contains);
    return this.#cached(`set ${t.contains}`, async () =>
      decodeDocumentSet((await this.#file(path, checkDocumentSet)).set, path),
    );
  }

  /** The group of each of a term's documents. */
  groupsOf(t: TermPostings): Promise<readonly number[]> {
    const [path, key] = t.inline ? [shardPaths.groups(t.shard), t.term] : [shardPaths.setGroups(t.set!), String(t.set)];
    return this.#cached(`${path} ${key}`, async () => {
      const groups = own((await this.#file(path, checkGroupShard)).groups, key);
      if (!groups || groups.length !== t.count)
        throw new SearchIndexLoadError(`${path}: the groups of ${JSON.stringify(key)} are missing or do not fit.`);
      return groups;
    });
  }

  /** Score block `block` of a blocked term: its postings, by document. */
  scoreBlock(t: TermPostings, block: number): Promise<{ docs: Int32Array; scoring: Scoring; next: number }> {
    const path = shardPaths.scoreBlock(t.scores!, block);
    return this.#cached(path, async () => {
      if (block >= scoreBlocks(this.#manifest, t.count))
        throw new SearchIndexLoadError(
          `${path}: ${JSON.stringify(t.term)} has no such score block; its files disagree.`,
        );
      const file = await this.#file(path, checkScoreBlock);
      // Terms with the same postings share the blocks, named after the first of them.
      const [columns, ...more] = Object.values(file.scores);
      const [start, end] = scoreBlockRange(this.#manifest.scoreBlock, block, t.count);
      if (!columns || more.length || columns[0].length !== end - start)
        throw new SearchIndexLoadError(`${path}: the scores of ${JSON.stringify(t.term)} are missing or do not fit.`);
      return { docs: undelta(columns[0]), scoring: scoringOf(columns.slice(1) as number[][]), next: file.next };
    });
  }

  /** The offsets of a Chinese bigram, aligned with its documents. */
  positionsOf(t: TermPostings): Promise<PositionEntry | undefined> {
    const path = t.inline ? shardPaths.positions(t.shard) : shardPaths.termPositions(t.term);
    return this.#cached(`${path} ${t.term}`, async () => {
      const entry = own((await this.#file(path, checkPositionShard)).positions, t.term);
      if (entry && entry.length !== t.count)
        throw new SearchIndexLoadError(`${path}: the positions of ${JSON.stringify(t.term)} do not fit.`);
      return entry;
    });
  }

  async document(n: number): Promise<SearchDocument> {
    const size = this.#manifest.fragmentSize;
    const i = Math.floor(n / size);
    const documents = await this.#cached(`docs ${i}`, async () => {
      const path = shardPaths.fragments(i);
      const file = await this.#file(path, checkFragments);
      if (file.first !== i * size)
        throw new SearchIndexLoadError(`${path}: it starts at document ${file.first}, not ${i * size}.`);
      return file.documents;
    });
    const document = documents[n % size];
    if (!document) throw new SearchIndexLoadError(`document ${n} is missing from its fragment file.`);
    return document;
  }
}
