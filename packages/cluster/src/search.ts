// Cluster-wide search over every site, in Chinese and Mongolian, on MiniSearch (BM25 ranking).
// Chinese has no spaces, so it is indexed as overlapping character bigrams; Mongolian is indexed by
// word, with the case suffixes that follow a NARROW NO-BREAK SPACE (U+202F) folded away, so
// ᠠᠵᠢᠯ ᠢ, ᠠᠵᠢᠯ ᠳᠤ and ᠠᠵᠢᠯ ᠤᠨ all index and match as ᠠᠵᠢᠯ.
import MiniSearch from 'minisearch';
import { isPublic, type Cluster } from './cluster.js';
import { SearchQueryError } from './errors.js';
import { formatDocumentNumber } from './catalog.js';
import { currentStatus } from './letters.js';
import type { Language } from './schema.js';

/** What a search hit is. */
export type SearchKind = 'article' | 'catalog' | 'service' | 'letter' | 'interview' | 'survey' | 'topic' | 'supply-demand';

/** A document in the search index. */
export interface SearchDocument {
  /** `kind:siteId:itemId`. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The site the item lives on. */
  readonly siteId: string;
  /** The item's id within its kind (article id, index number, service id, …). */
  readonly itemId: string;
  readonly language: Language;
  readonly title: string;
  /** The searchable body text. */
  readonly text: string;
  /** Publication date (YYYY-MM-DD) for display and tie-breaking. */
  readonly date: string;
}

/** A half-open range `[start, end)` of UTF-16 code units to highlight. */
export type HighlightRange = readonly [start: number, end: number];

/** One search result. */
export interface SearchHit {
  readonly document: SearchDocument;
  /** Relevance (BM25, with a bonus for exact Chinese phrases); higher is better. */
  readonly score: number;
  /** Ranges of `document.title` to highlight. */
  readonly titleHighlights: readonly HighlightRange[];
  /** A passage of the text around the first match, and its ranges to highlight. */
  readonly snippet: { readonly text: string; readonly highlights: readonly HighlightRange[] };
}

/** A page of search results. */
export interface SearchResults {
  /** Hits on this page, best first. */
  readonly hits: readonly SearchHit[];
  /** All matching documents. */
  readonly total: number;
}

/** Options for {@link ClusterSearch.search}. */
export interface SearchOptions {
  /** Only items of these sites. */
  readonly siteIds?: readonly string[];
  /** Only items in these languages. */
  readonly languages?: readonly Language[];
  /** Only these kinds. */
  readonly kinds?: readonly SearchKind[];
  /** Hits per page; 20 by default. */
  readonly limit?: number;
  /** Hits to skip; 0 by default. */
  readonly offset?: number;
  /** Characters of context on each side of the first match in the snippet; 60 by default. */
  readonly snippetContext?: number;
}

const NNBSP = '\u202F';
const MONGOLIAN_CONTROLS = /[\u180B-\u180F\u200C\u200D]/g;
const OTHER_LETTER = /[\p{L}\p{N}\p{M}]/u;

const enum CharKind {
  Separator,
  Han,
  HanPair,
  Mongolian,
  Word,
}

/** Classifies the code unit at `i` (a high surrogate of CJK Extension B+ counts as the start of a Han pair). */
function kindAt(text: string, i: number): CharKind {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? CharKind.Word : CharKind.Separator;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return CharKind.Han;
  if ((c >= 0x1820 && c <= 0x18aa) || (c >= 0x180b && c <= 0x180f) || c === 0x200c || c === 0x200d) return CharKind.Mongolian;
  if (c >= 0xd840 && c <= 0xd87f) return CharKind.HanPair; // U+20000–U+2FFFF
  if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0x1800 && c <= 0x180a) || c === 0x202f || (c >= 0x2000 && c <= 0x206f)) return CharKind.Separator;
  if (c >= 0xd800 && c <= 0xdfff) return CharKind.Separator;
  return OTHER_LETTER.test(text[i]!) ? CharKind.Word : CharKind.Separator;
}

/** The stem of a Mongolian word: the part before its first NNBSP suffix, without variation selectors, MVS or joiners. */
export function mongolianStem(word: string): string {
  const cut = word.indexOf(NNBSP);
  return (cut < 0 ? word : word.slice(0, cut)).replace(MONGOLIAN_CONTROLS, '');
}

/** A piece of a query or text, classified by script, with its UTF-16 offset. */
interface Segment {
  readonly kind: 'han' | 'mongolian' | 'other';
  readonly text: string;
  readonly index: number;
}

/**
 * Splits text into runs of Han characters, Mongolian words (a word keeps its NNBSP suffixes:
 * NNBSP joins when a Mongolian letter follows it) and other words (letters and digits).
 */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindAt(text, i);
    if (kind === CharKind.Separator) {
      i++;
      continue;
    }
    const start = i;
    if (kind === CharKind.Han || kind === CharKind.HanPair) {
      while (i < n) {
        const k = kindAt(text, i);
        if (k === CharKind.Han) i++;
        else if (k === CharKind.HanPair) i += 2;
        else break;
      }
      out.push({ kind: 'han', text: text.slice(start, i), index: start });
    } else if (kind === CharKind.Mongolian) {
      while (i < n) {
        if (kindAt(text, i) === CharKind.Mongolian) i++;
        else if (text.charCodeAt(i) === 0x202f && i + 1 < n && kindAt(text, i + 1) === CharKind.Mongolian) i++;
        else break;
      }
      out.push({ kind: 'mongolian', text: text.slice(start, i), index: start });
    } else {
      while (i < n && kindAt(text, i) === CharKind.Word) i++;
      out.push({ kind: 'other', text: text.slice(start, i), index: start });
    }
  }
  return out;
}

function hanBigrams(run: string): string[] {
  const chars = /[\uD800-\uDBFF]/.test(run) ? Array.from(run) : run.split('');
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Splits text into index terms: Chinese runs into character bigrams (a lone character stays a
 * unigram), Mongolian words into their stems, other words (Latin, digits) lowercased.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const s of segments(text)) {
    if (s.kind === 'han') {
      for (const bigram of hanBigrams(s.text)) terms.push(bigram);
    } else if (s.kind === 'mongolian') {
      const stem = mongolianStem(s.text);
      if (stem) terms.push(stem);
    } else terms.push(s.text.toLowerCase());
  }
  return terms;
}

/** Options for building the index. */
export interface SearchIndexOptions {
  /** The moment that decides which articles are public (ISO timestamp); now by default. */
  readonly now?: string;
}

const FIELDS = ['title', 'text'];
/** Terms in more than this share of documents are verified on candidates rather than queried. */
const COMMON_TERM_SHARE = 0.05;

/**
 * The search index of a whole cluster: public articles, catalog entries, service guides, public
 * replied letters, interviews, surveys, topics and supply-and-demand notices of every site.
 */
export class ClusterSearch {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly documents = new Map<string, SearchDocument>();
  /** In how many documents each term occurs, to query by the rare terms first. */
  private readonly documentFrequency = new Map<string, number>();

  private constructor(documents: readonly SearchDocument[]) {
    this.index = new MiniSearch<SearchDocument>({
      fields: FIELDS,
      idField: 'id',
      tokenize,
      processTerm: (term) => term,
      searchOptions: { boost: { title: 3 }, combineWith: 'AND' },
    });
    for (const d of documents) {
      this.documents.set(d.id, d);
      for (const term of new Set([...tokenize(d.title), ...tokenize(d.text)])) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  /** Builds the index in one go (blocks; use {@link buildAsync} on a phone's main thread). */
  static build(cluster: Cluster, options: SearchIndexOptions = {}): ClusterSearch {
    const docs = searchDocuments(cluster, options);
    const search = new ClusterSearch(docs);
    search.index.addAll(docs);
    return search;
  }

  /** Builds the index in chunks, yielding to the event loop between them. */
  static async buildAsync(cluster: Cluster, options: SearchIndexOptions & { chunkSize?: number } = {}): Promise<ClusterSearch> {
    const docs = searchDocuments(cluster, options);
    const search = new ClusterSearch(docs);
    await search.index.addAllAsync(docs, { chunkSize: options.chunkSize ?? 500 });
    return search;
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Searches the cluster. All query terms must match (Chinese bigrams of a phrase, Mongolian
   * stems, other words); Mongolian words and single Chinese characters also match as prefixes,
   * so ᠬᠣᠰᠢᠭᠤ finds ᠬᠣᠰᠢᠭᠤᠨ ᠤ. Documents that contain a Chinese phrase exactly rank above those
   * that only contain its bigrams apart. Throws {@link SearchQueryError} for a query with no
   * searchable terms.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    const terms = tokenize(query);
    if (terms.length === 0) throw new SearchQueryError(query, 'it has no searchable words (Chinese, Mongolian, letters or digits).');
    const querySegments = segments(query);
    const phrases = querySegments.filter((s) => s.kind === 'han' && Array.from(s.text).length > 2).map((s) => s.text);
    const prefixTerms = new Set(querySegments.flatMap((s) => (s.kind === 'mongolian' ? [mongolianStem(s.text)] : s.kind === 'han' && Array.from(s.text).length === 1 ? [s.text] : [])));
    const sites = options.siteIds?.length ? new Set(options.siteIds) : undefined;
    const languages = options.languages?.length ? new Set(options.languages) : undefined;
    const kinds = options.kinds?.length ? new Set(options.kinds) : undefined;
    // A term found in most documents costs the most (its whole posting list is scored) and
    // narrows least. Such Chinese bigrams and Latin/digit words are left out of the index query
    // and checked on the candidates instead, by substring; Mongolian stems and prefix terms are
    // always queried, because their written forms vary.
    const mongolianStems = new Set(querySegments.filter((s) => s.kind === 'mongolian').map((s) => mongolianStem(s.text)));
    const unique = [...new Set(terms)].sort((a, b) => (this.documentFrequency.get(a) ?? 0) - (this.documentFrequency.get(b) ?? 0));
    const commonAbove = Math.max(50, this.index.documentCount * COMMON_TERM_SHARE);
    const queried = unique.filter((t, i) => i === 0 || mongolianStems.has(t) || prefixTerms.has(t) || (this.documentFrequency.get(t) ?? 0) <= commonAbove);
    const verified = unique.filter((t) => !queried.includes(t));
    const raw = this.index.search(queried.join(' '), {
      prefix: (term) => prefixTerms.has(term),
      filter: (result) => {
        const d = this.documents.get(result.id as string);
        if (d === undefined || (sites && !sites.has(d.siteId)) || (languages && !languages.has(d.language)) || (kinds && !kinds.has(d.kind))) return false;
        return verified.every((t) => d.title.includes(t) || d.text.includes(t) || d.title.toLowerCase().includes(t) || d.text.toLowerCase().includes(t));
      },
    });
    const ranked = raw
      .map((r) => {
        const document = this.documents.get(r.id as string)!;
        const exact = phrases.length > 0 && phrases.every((p) => document.title.includes(p) || document.text.includes(p));
        return { document, score: exact ? r.score * 2 : r.score };
      })
      .sort((a, b) => b.score - a.score || (a.document.date < b.document.date ? 1 : a.document.date > b.document.date ? -1 : 0));
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(1, options.limit ?? 20);
    const context = options.snippetContext ?? 60;
    const hits = ranked.slice(offset, offset + limit).map(({ document, score }) => ({
      document,
      score,
      titleHighlights: highlightRanges(document.title, query),
      snippet: snippet(document.text, query, context),
    }));
    return { hits, total: ranked.length };
  }
}

/**
 * Ranges of `text` that match the query: exact Chinese runs (or, where a run does not occur as a
 * whole, its bigrams), whole Mongolian words (with their suffixes) whose stem starts with a query
 * stem, and other words case-insensitively. Sorted and merged.
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const ranges: [number, number][] = [];
  const mongolianStems: string[] = [];
  const lowered = text.toLowerCase();
  const addAll = (needle: string, haystack: string) => {
    if (!needle) return 0;
    let found = 0;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
      ranges.push([i, i + needle.length]);
      found++;
    }
    return found;
  };
  for (const s of segments(query)) {
    if (s.kind === 'han') {
      if (addAll(s.text, text) === 0) for (const bigram of hanBigrams(s.text)) addAll(bigram, text);
    } else if (s.kind === 'mongolian') mongolianStems.push(mongolianStem(s.text));
    else addAll(s.text.toLowerCase(), lowered);
  }
  if (mongolianStems.length) {
    for (const word of segments(text)) {
      if (word.kind !== 'mongolian') continue;
      const stem = mongolianStem(word.text);
      if (mongolianStems.some((q) => q && stem.startsWith(q))) ranges.push([word.index, word.index + word.text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A passage of `text` around the first match, with its highlight ranges shifted to the passage. */
export function snippet(text: string, query: string, context = 60): { text: string; highlights: HighlightRange[] } {
  const all = highlightRanges(text, query);
  const first = all[0];
  if (!first) return { text: text.slice(0, context * 2), highlights: [] };
  let start = Math.max(0, first[0] - context);
  let end = Math.min(text.length, first[1] + context);
  // Never cut a surrogate pair or a Mongolian word in half.
  while (start > 0 && /[\uDC00-\uDFFF\u1820-\u18AA\u180B-\u180F\u202F]/.test(text[start]!)) start--;
  while (end < text.length && /[\uDC00-\uDFFF\u1820-\u18AA\u180B-\u180F\u202F]/.test(text[end]!)) end++;
  const highlights = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  return { text: text.slice(start, end), highlights };
}

/** Every searchable document of the cluster. */
export function searchDocuments(cluster: Cluster, options: SearchIndexOptions = {}): SearchDocument[] {
  const now = options.now ?? new Date().toISOString();
  const docs: SearchDocument[] = [];
  const add = (kind: SearchKind, siteId: string, itemId: string, language: Language, title: string, text: string, date: string) =>
    docs.push({ id: `${kind}:${siteId}:${itemId}`, kind, siteId, itemId, language, title, text, date: date.slice(0, 10) });
  for (const site of cluster.sites.values()) {
    const lang = site.language;
    for (const a of site.articles) {
      if (!isPublic(a, now)) continue;
      add('article', site.id, a.id, a.language, a.title, [a.subtitle, a.summary, ...a.body].filter(Boolean).join('\n'), a.publishedAt);
    }
    for (const e of site.catalog) {
      const dn = e.documentNumber ? formatDocumentNumber(e.documentNumber) : '';
      add('catalog', site.id, e.indexNumber, e.language, e.title, [dn, e.issuingOrgans.join(' '), e.keywords.join(' '), e.indexNumber].join('\n'), e.publishedAt);
    }
    for (const s of site.services) {
      const name = lang === 'mn' ? (s.name.mn ?? s.name.zh ?? '') : (s.name.zh ?? s.name.mn ?? '');
      add('service', site.id, s.id, lang, name, [s.kind, ...s.conditions, ...s.materials.map((m) => m.name), ...s.steps.map((x) => `${x.name} ${x.description}`)].join('\n'), '');
    }
    for (const l of site.letters) {
      if (!l.public || currentStatus(l) !== 'replied' || !l.reply) continue;
      add('letter', site.id, l.id, l.language, l.subject, [...l.body, ...l.reply.body].join('\n'), l.reply.at);
    }
    for (const i of site.interviews) add('interview', site.id, i.id, i.language, i.title, [i.summary, ...i.guests.map((g) => `${g.name} ${g.title}`), ...i.transcript.map((t) => t.text)].join('\n'), i.scheduledAt);
    for (const s of site.surveys) add('survey', site.id, s.id, s.language, s.title, [...s.description, ...s.questions.map((q) => q.text), ...(s.feedback ?? [])].join('\n'), s.opensAt);
    for (const t of site.topics) add('topic', site.id, t.id, t.language, t.title, t.summary, t.startsAt);
    for (const n of site.supplyDemand) add('supply-demand', site.id, n.id, n.language, n.title, [n.product, n.location, n.price ?? ''].join('\n'), n.postedAt);
  }
  return docs;
}
