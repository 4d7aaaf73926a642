// The data files the portal publishes for its interactive columns, cut from the fixture's site
// files (raw JSON, as the loader reads them). Each one carries what its column needs and what the
// public may read, and nothing else:
//  - a mailbox/survey slice per site: that site's columns, mailboxes, public replies and surveys;
//  - the search data: every site with only what cluster search indexes and the public may see
//    (articles public at build time, notices not yet expired, public replies; price tables,
//    references and interpretations, which search does not read, stay out), indexed here and
//    published as a sharded search index (`searchIndexFiles`) that the search page fetches per query.
// No letter that is not a public reply is published, and of a public reply neither the writer's
// query code (replaced by an opaque code derived from the letter's id), nor the notes of its
// history, nor the writer's rating. privacy-scan.ts checks the built dist/ for all of these.
import { createHash } from 'node:crypto';
import {
  ClusterSearch,
  buildShardedSearch,
  chinaTimestamp,
  formatIssue,
  letterStatistics,
  loadCluster,
  type ClusterFiles,
  type Mailbox,
  type Site,
  type WorkCalendar,
} from '@bichig/cluster';

/** A site file of the cluster, as JSON. */
export type SiteFile = Record<string, unknown> & { id: string };

/** The fields of a letter this module reads. */
interface LetterRecord {
  id?: string;
  public?: boolean;
  reply?: unknown;
  history?: Array<{ status?: string; note?: unknown }>;
  queryCode?: string;
  satisfaction?: unknown;
}

/** The fields of an article and a supply/demand notice this module reads. */
interface ArticleRecord {
  status?: string;
  publishedAt?: string;
  offlineAt?: string;
}
interface NoticeRecord {
  expiresAt?: string;
}

/** A letter the public may read: published, and answered (what search and the replied list show). */
export function isPublicReply(letter: unknown): boolean {
  const { public: published, reply, history } = letter as LetterRecord;
  return published === true && reply !== undefined && history?.at(-1)?.status === 'replied';
}

function records(site: SiteFile, key: string): unknown[] {
  return Array.isArray(site[key]) ? (site[key] as unknown[]) : [];
}

/**
 * The code that stands for a public reply's query code in published data: the schema's format
 * (uppercase hex), derived from the site and letter ids, so it says nothing about the real one
 * and never lets anyone look the letter up with it.
 */
export function publishedQueryCode(siteId: string, letterId: string): string {
  return createHash('sha256').update(`${siteId}/${letterId}`).digest('hex').slice(0, 12).toUpperCase();
}

/** A public reply as published: without its query code, history notes or the writer's rating. */
export function publicLetter(siteId: string, letter: unknown): unknown {
  const { satisfaction: _rating, queryCode: _code, history, ...rest } = letter as LetterRecord;
  return {
    ...rest,
    queryCode: publishedQueryCode(siteId, String(rest.id)),
    history: (history ?? []).map(({ note: _note, ...event }) => event),
  };
}

function publicReplies(site: SiteFile): unknown[] {
  return records(site, 'letters')
    .filter(isPublicReply)
    .map((letter) => publicLetter(site.id, letter));
}

/** An article the public may read at `now` (as @bichig/cluster's isPublic decides). */
export function isPublicArticle(article: unknown, now: string): boolean {
  const { status, publishedAt, offlineAt } = article as ArticleRecord;
  const t = Date.parse(now);
  return (
    status === 'published' &&
    publishedAt !== undefined &&
    Date.parse(publishedAt) <= t &&
    (offlineAt === undefined || Date.parse(offlineAt) > t)
  );
}

/** A supply/demand notice still current on `now`'s date (its contact is published only until it expires). */
export function isCurrentNotice(notice: unknown, now: string): boolean {
  const { expiresAt } = notice as NoticeRecord;
  return expiresAt !== undefined && expiresAt >= now.slice(0, 10);
}

/** What a mailbox's figures are published as (the schema's `Mailbox.publishedStatistics`). */
export type PublishedStatistics = NonNullable<Mailbox['publishedStatistics']>;

/**
 * A mailbox's statistics as of `now`: every letter submitted up to then, private ones included,
 * counted by @bichig/cluster; only counts and rates leave the build. The prerendered page shows
 * these figures, and the slice carries them so the live element shows the same.
 */
export function publishedStatistics(
  site: Site,
  mailbox: Mailbox,
  calendar: WorkCalendar,
  now: string,
): PublishedStatistics {
  const at = Date.parse(now);
  const letters = site.letters.filter((l) => l.mailboxId === mailbox.id && Date.parse(l.submittedAt) <= at);
  const { overall, byDepartment } = letterStatistics(letters, {
    mailboxes: new Map([[mailbox.id, mailbox]]),
    calendar,
  });
  return {
    at: chinaTimestamp(new Date(at)),
    overall,
    byDepartment: [...byDepartment].map(([orgCode, statistics]) => ({ orgCode, statistics })),
  };
}

/**
 * The slice of one site that its mailbox and survey pages read. It stands alone: the site is its
 * root, so the parent and counterpart links are left out. Its letters are the public replies only:
 * a server answers look-ups by query code, and the demo's in-browser backend answers them for the
 * letters this browser sent (kept in IndexedDB). Given `statistics` (by mailbox id), each mailbox
 * carries its published figures (see {@link publishedStatistics}), which count the letters left out.
 */
export function mailboxSlice(site: SiteFile, statistics?: ReadonlyMap<string, PublishedStatistics>): SiteFile {
  const { parentId: _parent, counterpartId: _counterpart, ...own } = site;
  return {
    ...own,
    id: site.id,
    // Its statistics go with each mailbox: the slice holds only the public replies to count.
    mailboxes: records(site, 'mailboxes').map((mailbox) => {
      const figures = statistics?.get((mailbox as { id: string }).id);
      return figures ? { ...(mailbox as object), publishedStatistics: figures } : mailbox;
    }),
    articles: [],
    references: [],
    catalog: [],
    interpretations: [],
    services: [],
    interviews: [],
    topics: [],
    prices: [],
    supplyDemand: [],
    letters: publicReplies(site),
  };
}

/**
 * The organisations a site's slice names (anywhere in it: the site's own, its mailboxes' and
 * letters' departments, the published statistics), with the organisations above them: what its
 * mailbox and survey show of the cluster's organisations, instead of every one with its leaders.
 */
export function orgsNamedBy(orgs: readonly unknown[], slice: SiteFile): unknown[] {
  const named = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') named.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(slice);
  const byCode = new Map(orgs.map((org) => [(org as { code: string }).code, org as { parentCode?: string }]));
  const kept = new Set<string>();
  for (const code of named)
    for (let at: string | undefined = code; at !== undefined && byCode.has(at) && !kept.has(at);) {
      kept.add(at);
      at = byCode.get(at)!.parentCode;
    }
  return orgs.filter((org) => kept.has((org as { code: string }).code));
}

/**
 * One site as cluster search reads it at `now`: the content it indexes that the public may see
 * (public articles, current notices, public replies).
 */
export function searchSite(site: SiteFile, now: string): SiteFile {
  const articles = records(site, 'articles').filter((a) => isPublicArticle(a, now));
  const published = new Set(articles.map((a) => (a as { id: string }).id));
  return {
    ...site,
    articles,
    // A catalog entry stays (disclosure metadata is public); its link to an unpublished full text goes.
    catalog: records(site, 'catalog').map((entry) => {
      const { articleId, ...rest } = entry as { articleId?: string };
      return articleId === undefined || published.has(articleId) ? entry : rest;
    }),
    topics: records(site, 'topics').map((topic) => {
      const { sections, ...rest } = topic as { sections?: Array<{ articleIds?: string[] }> };
      if (!Array.isArray(sections)) return topic;
      return {
        ...rest,
        sections: sections.map((section) => ({
          ...section,
          articleIds: (section.articleIds ?? []).filter((id) => published.has(id)),
        })),
      };
    }),
    supplyDemand: records(site, 'supplyDemand').filter((n) => isCurrentNotice(n, now)),
    references: [],
    interpretations: [],
    prices: [],
    letters: publicReplies(site),
  };
}

/**
 * The sharded search index of the cluster as search may see it at `now` (every site cut by
 * {@link searchSite}): its files by path relative to the index's manifest, to publish under
 * /data/search/. The search page fetches the manifest, then per query only the shards of its terms
 * and the fragments of the hits it shows.
 */
export function searchIndexFiles(
  manifest: Record<string, unknown> & { siteFiles: readonly string[] },
  sites: ReadonlyMap<string, SiteFile>,
  now: string,
): Iterable<[path: string, value: unknown]> {
  const files: Record<string, unknown> = { 'cluster.json': manifest };
  for (const path of manifest.siteFiles) {
    const site = sites.get(path);
    if (!site) throw new Error(`search index: the cluster names ${path}, which was not given`);
    files[path] = searchSite(site, now);
  }
  const { cluster, errors } = loadCluster(files as ClusterFiles);
  if (errors.length)
    throw new Error(
      `search index: the published search data does not load: ${errors.slice(0, 3).map(formatIssue).join('; ')}`,
    );
  return buildShardedSearch(ClusterSearch.build(cluster, { now }), { cluster });
}
