// The government information disclosure catalog: queries with facets, index numbers and document numbers.
import { pageWindow } from './paging.js';
import { IndexNumberError, InvalidDateError } from './errors.js';
import {
  INDEX_NUMBER_PATTERN,
  type CatalogEntry,
  type CatalogGenre,
  type CatalogTopic,
  type Validity,
} from './schema/index.js';

/** A catalog entry and the site that publishes it. */
export interface PlacedCatalogEntry {
  readonly siteId: string;
  readonly entry: CatalogEntry;
}

/** Fields the catalog can be sorted by. */
export type CatalogSortKey = 'publishedAt' | 'writtenAt' | 'indexNumber' | 'title';

/** A catalog query. Every filter is optional; list filters match any of their values. */
export interface CatalogQuery {
  /** Only these topic categories. */
  readonly topics?: readonly CatalogTopic[];
  /** Only these genres. */
  readonly genres?: readonly CatalogGenre[];
  /** Only documents issued by these organisation codes. */
  readonly orgCodes?: readonly string[];
  /** Only documents published in these years. */
  readonly years?: readonly number[];
  /** Only these validities. */
  readonly validities?: readonly Validity[];
  /** Only entries of these sites. */
  readonly siteIds?: readonly string[];
  /** Only entries whose title, document number or keywords contain this text. */
  readonly text?: string;
  /** Sort key; `publishedAt` by default. */
  readonly sort?: CatalogSortKey;
  /** Sort direction; newest / highest first (`desc`) by default. */
  readonly order?: 'asc' | 'desc';
  /** 1-based page; 1 by default. */
  readonly page?: number;
  /** Entries per page; 20 by default. */
  readonly pageSize?: number;
}

/** Counts per value of a facet, among the entries that match every other filter. */
export interface CatalogFacets {
  readonly topics: ReadonlyMap<CatalogTopic, number>;
  readonly genres: ReadonlyMap<CatalogGenre, number>;
  readonly orgCodes: ReadonlyMap<string, number>;
  readonly years: ReadonlyMap<number, number>;
  readonly validities: ReadonlyMap<Validity, number>;
}

/** One page of a catalog query. */
export interface CatalogPage {
  /** The entries on this page. */
  readonly items: readonly PlacedCatalogEntry[];
  /** Entries matching the filters, on all pages. */
  readonly total: number;
  /** This page (1-based, clamped to the pages there are). */
  readonly page: number;
  readonly pageSize: number;
  /** Number of pages (at least 1). */
  readonly pageCount: number;
  /** Facet counts for building filter menus. */
  readonly facets: CatalogFacets;
}

/** Formats a document number: `{ organCode: '锡署发', year: 2025, number: 12 }` → `锡署发〔2025〕12号`. */
export function formatDocumentNumber(dn: { organCode: string; year: number; number: number }): string {
  return `${dn.organCode}〔${dn.year}〕${dn.number}号`;
}

/** Parses `锡署发〔2025〕12号` (also with [] or () brackets); undefined when it is not a document number. */
export function parseDocumentNumber(text: string): { organCode: string; year: number; number: number } | undefined {
  const m = /^(.+?)[〔[(（](\d{4})[〕\])）]第?(\d+)号$/u.exec(text.trim());
  return m ? { organCode: m[1]!, year: Number(m[2]), number: Number(m[3]) } : undefined;
}

/** Splits an index number `orgCode/yyyy-NNNNN` into its parts; undefined when malformed. */
export function parseIndexNumber(indexNumber: string): { orgCode: string; year: number; serial: number } | undefined {
  const m = INDEX_NUMBER_PATTERN.exec(indexNumber);
  return m ? { orgCode: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : undefined;
}

/** Formats an index number from its parts. */
export function formatIndexNumber(orgCode: string, year: number, serial: number): string {
  const result = `${orgCode}/${String(year).padStart(4, '0')}-${String(serial).padStart(5, '0')}`;
  if (!INDEX_NUMBER_PATTERN.test(result) || serial < 1)
    throw new IndexNumberError(
      orgCode,
      year,
      `"${result}" is not of the form orgCode/yyyy-NNNNN with a serial from 00001.`,
    );
  return result;
}

/**
 * The next free index number for an organisation and year: one above the highest serial already
 * used by that organisation in that year. Throws {@link IndexNumberError} when the year's 99,999
 * serials are used up or the code is not valid.
 */
export function nextIndexNumber(existing: Iterable<string>, orgCode: string, year: number): string {
  let highest = 0;
  for (const indexNumber of existing) {
    const parts = parseIndexNumber(indexNumber);
    if (parts && parts.orgCode === orgCode && parts.year === year && parts.serial > highest) highest = parts.serial;
  }
  if (highest >= 99_999) throw new IndexNumberError(orgCode, year, 'all 99,999 serial numbers of the year are used.');
  return formatIndexNumber(orgCode, year, highest + 1);
}

/** Whether a document is in force on a day, from its dates (for when the stored validity must be checked). */
export function validityOn(entry: CatalogEntry, date: string): Validity {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InvalidDateError(date, 'a date written YYYY-MM-DD');
  if (entry.abolishedAt && entry.abolishedAt <= date) return 'abolished';
  if (entry.effectiveAt && entry.effectiveAt > date) return 'not-yet-effective';
  return entry.validity === 'amended' ? 'amended' : 'valid';
}

type Dimension = 'topics' | 'genres' | 'orgCodes' | 'years' | 'validities';
const DIMENSIONS: readonly Dimension[] = ['topics', 'genres', 'orgCodes', 'years', 'validities'];

function valueOf(entry: CatalogEntry, dimension: Dimension): string | number {
  switch (dimension) {
    case 'topics':
      return entry.topic;
    case 'genres':
      return entry.genre;
    case 'orgCodes':
      return entry.orgCode;
    case 'years':
      return Number(entry.publishedAt.slice(0, 4));
    case 'validities':
      return entry.validity;
  }
}

/**
 * Filters, sorts and paginates catalog entries, and counts facets. Facet counts for one dimension
 * ignore that dimension's own filter, so a menu shows what choosing another value would give.
 */
export function queryCatalog(entries: Iterable<PlacedCatalogEntry>, query: CatalogQuery = {}): CatalogPage {
  const sets = Object.fromEntries(
    DIMENSIONS.map((d) => [d, query[d]?.length ? new Set<string | number>(query[d]) : undefined]),
  ) as Record<Dimension, Set<string | number> | undefined>;
  const sites = query.siteIds?.length ? new Set(query.siteIds) : undefined;
  const needle = query.text?.trim();
  const counts = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string | number, number>()])) as Record<
    Dimension,
    Map<string | number, number>
  >;
  const matched: PlacedCatalogEntry[] = [];

  for (const placed of entries) {
    const { entry } = placed;
    if (sites && !sites.has(placed.siteId)) continue;
    if (needle && !matchesText(entry, needle)) continue;
    let failures = 0;
    let failedDimension: Dimension | undefined;
    for (const d of DIMENSIONS) {
      const set = sets[d];
      if (set && !set.has(valueOf(entry, d))) {
        failures++;
        failedDimension = d;
      }
    }
    if (failures === 0) {
      matched.push(placed);
      for (const d of DIMENSIONS) bump(counts[d], valueOf(entry, d));
    } else if (failures === 1 && failedDimension) {
      bump(counts[failedDimension], valueOf(entry, failedDimension));
    }
  }

  const key = query.sort ?? 'publishedAt';
  const sign = (query.order ?? 'desc') === 'desc' ? -1 : 1;
  matched.sort((a, b) => {
    const x = a.entry[key];
    const y = b.entry[key];
    const c = key === 'title' ? x.localeCompare(y, 'zh-Hans-CN') : x < y ? -1 : x > y ? 1 : 0;
    return sign * c || (a.entry.indexNumber < b.entry.indexNumber ? -1 : 1);
  });

  const { page, pageSize, pageCount, start, end } = pageWindow(matched.length, query.page, query.pageSize, 20);
  return {
    items: matched.slice(start, end),
    total: matched.length,
    page,
    pageSize,
    pageCount,
    facets: counts as unknown as CatalogFacets,
  };
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function matchesText(entry: CatalogEntry, needle: string): boolean {
  if (entry.title.includes(needle)) return true;
  if (entry.documentNumber && formatDocumentNumber(entry.documentNumber).includes(needle)) return true;
  return entry.keywords.some((k) => k.includes(needle)) || entry.indexNumber.includes(needle);
}
