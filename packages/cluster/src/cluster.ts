// The loaded cluster: lookups across sites, and the content-sharing rules (aggregation, copy / quote /
// link references, revocation, at most once per column).
import { otherLanguage } from '@bichig/core/mongolian';
import { WorkCalendar } from './calendar.js';
import { DuplicateReferenceError, UnknownIdError } from './errors.js';
import type {
  Article,
  CatalogEntry,
  Column,
  ColumnType,
  Language,
  Localized,
  Mailbox,
  Org,
  Reference,
  Site,
  SiteLevel,
  WorkCalendarData,
} from './schema/index.js';

/** How an item came to be in a column. */
export type ItemVia =
  /** Published in this column of this site. */
  | 'own'
  /** A copy held by this site (the article's `origin` names the source). */
  | 'copy'
  /** The source article itself, shown live; follows edits and revocation. */
  | 'quote'
  /** A link to the source article on its own site. */
  | 'link'
  /** Gathered automatically from a sub-site by the column's aggregation rule. */
  | 'aggregated';

/** One entry of a column's resolved list. */
export interface ColumnItem {
  /** The article to show (for quotes and links: the live source article). */
  readonly article: Article;
  /** The site the shown article lives on; links and aggregated items point there. */
  readonly siteId: string;
  /** How it got here. */
  readonly via: ItemVia;
  /** The reference, for copies, quotes and links. */
  readonly reference?: Reference;
  /** The id of the original article (the source of a copy), which makes an item unique in a column. */
  readonly canonicalId: string;
  /**
   * Whether the item is pinned (置顶) in this column: the column's own articles and copies keep
   * their `pinned` flag; a quoted, linked or aggregated article pinned on its own site is not
   * pinned here, since pinning is the choice of the column that lists it.
   */
  readonly pinned: boolean;
}

/** Options for {@link Cluster.columnItems}. */
export interface ColumnItemsOptions {
  /** The moment to evaluate publication and offline dates at (ISO timestamp); defaults to now. */
  readonly now?: string;
  /** Return at most this many items. */
  readonly limit?: number;
}

/** Where an article is. */
export interface ArticleLocation {
  readonly site: Site;
  readonly article: Article;
}

/** A reference together with the site that holds it. */
export interface PlacedReference {
  readonly siteId: string;
  readonly reference: Reference;
}

/** Whether an article is visible to the public at `now`. */
export function isPublic(article: Article, now: string): boolean {
  const t = Date.parse(now);
  return (
    article.status === 'published' &&
    Date.parse(article.publishedAt) <= t &&
    (article.offlineAt === undefined || Date.parse(article.offlineAt) > t)
  );
}

/** Text in one language together with that language (a Mongolian page may fall back to Chinese text). */
export interface LocalizedText {
  readonly text: string;
  readonly language: Language;
}

/**
 * Picks the text of a localized value in the wanted language, falling back to the other one, and
 * says which language it got (so the text can carry its real `lang`).
 */
export function pickLocalized(value: Localized, language: Language): LocalizedText {
  const wanted = language === 'mn' ? value.mn : value.zh;
  if (wanted !== undefined) return { text: wanted, language };
  const other = language === 'mn' ? value.zh : value.mn;
  return { text: other ?? '', language: otherLanguage(language) };
}

/** Picks the text of a localized value in the wanted language, falling back to the other one. */
export function localized(value: Localized, language: Language): string {
  return pickLocalized(value, language).text;
}

const VIA_PRECEDENCE: Record<ItemVia, number> = { own: 0, copy: 1, quote: 2, link: 3, aggregated: 4 };

function byPinnedThenNewest(a: ColumnItem, b: ColumnItem): number {
  const pin = Number(b.pinned) - Number(a.pinned);
  if (pin) return pin;
  return (
    Date.parse(b.article.publishedAt) - Date.parse(a.article.publishedAt) || (a.article.id < b.article.id ? -1 : 1)
  );
}

/**
 * A loaded, validated cluster. Create it with `loadCluster`. Sites, orgs and the calendar are
 * read-only views of the loaded data; {@link addReference} and {@link revokeArticle} change it.
 */
export class Cluster {
  /** Sites by id, in file order. */
  readonly sites: ReadonlyMap<string, Site>;
  /** Organisations by code. */
  readonly orgs: ReadonlyMap<string, Org>;
  /** The work calendar. */
  readonly calendar: WorkCalendar;
  private readonly articles = new Map<string, ArticleLocation>();
  private readonly ownByColumn = new Map<string, Map<string, Article[]>>();
  private readonly referencesBySource = new Map<string, PlacedReference[]>();
  private readonly childrenBySite = new Map<string, Site[]>();
  private readonly catalogByIndex = new Map<string, { siteId: string; entry: CatalogEntry }>();

  constructor(
    /** Id of the cluster. */
    readonly id: string,
    /** Its name. */
    readonly name: Localized,
    /** The main portal's site id. */
    readonly rootSiteId: string,
    orgs: readonly Org[],
    calendar: WorkCalendarData,
    sites: readonly Site[],
  ) {
    this.orgs = new Map(orgs.map((o) => [o.code, o]));
    this.calendar = new WorkCalendar(calendar);
    this.sites = new Map(sites.map((s) => [s.id, s]));
    for (const site of sites) {
      const columns = new Map<string, Article[]>();
      this.ownByColumn.set(site.id, columns);
      for (const article of site.articles) {
        this.articles.set(article.id, { site, article });
        let list = columns.get(article.columnId);
        if (!list) columns.set(article.columnId, (list = []));
        list.push(article);
      }
      for (const reference of site.references) this.indexReference(site.id, reference);
      for (const entry of site.catalog) this.catalogByIndex.set(entry.indexNumber, { siteId: site.id, entry });
      if (site.parentId) {
        let children = this.childrenBySite.get(site.parentId);
        if (!children) this.childrenBySite.set(site.parentId, (children = []));
        children.push(site);
      }
    }
  }

  private indexReference(siteId: string, reference: Reference): void {
    let list = this.referencesBySource.get(reference.sourceArticleId);
    if (!list) this.referencesBySource.set(reference.sourceArticleId, (list = []));
    list.push({ siteId, reference });
  }

  /** The main portal. */
  get root(): Site {
    return this.site(this.rootSiteId);
  }

  /** The site with this id; throws {@link UnknownIdError} when there is none. */
  site(id: string): Site {
    const site = this.sites.get(id);
    if (!site) throw new UnknownIdError('site', id);
    return site;
  }

  /** The organisation with this code; throws {@link UnknownIdError} when there is none. */
  org(code: string): Org {
    const org = this.orgs.get(code);
    if (!org) throw new UnknownIdError('organisation', code);
    return org;
  }

  /** Sites at a level, in file order. */
  sitesAt(level: SiteLevel): Site[] {
    return [...this.sites.values()].filter((s) => s.level === level);
  }

  /** The direct sub-sites of a site. */
  children(siteId: string): Site[] {
    return this.childrenBySite.get(siteId) ?? [];
  }

  /** All sites below a site, depth first. */
  descendants(siteId: string): Site[] {
    const out: Site[] = [];
    const walk = (id: string) => {
      for (const child of this.children(id)) {
        out.push(child);
        walk(child.id);
      }
    };
    walk(siteId);
    return out;
  }

  /** The chain of sites from the main portal down to this one (for breadcrumbs). */
  ancestry(siteId: string): Site[] {
    const chain: Site[] = [];
    for (
      let site: Site | undefined = this.site(siteId);
      site;
      site = site.parentId ? this.sites.get(site.parentId) : undefined
    ) {
      chain.unshift(site);
      if (chain.length > this.sites.size) break; // a parent cycle; the loader reports it
    }
    return chain;
  }

  /** The site in the other language, if there is one. */
  counterpart(siteId: string): Site | undefined {
    const id = this.site(siteId).counterpartId;
    return id ? this.sites.get(id) : undefined;
  }

  /** A site's columns in navigation order; hidden ones only when asked. */
  columns(siteId: string, options: { includeHidden?: boolean } = {}): Column[] {
    return this.site(siteId)
      .columns.filter((c) => options.includeHidden || !c.hidden)
      .sort((a, b) => a.order - b.order);
  }

  /** A column of a site; throws {@link UnknownIdError} when there is none. */
  column(siteId: string, columnId: string): Column {
    const column = this.site(siteId).columns.find((c) => c.id === columnId);
    if (!column) throw new UnknownIdError(`column of site ${siteId}`, columnId);
    return column;
  }

  /** The first visible column of a type on a site. */
  columnOfType(siteId: string, type: ColumnType): Column | undefined {
    return this.columns(siteId).find((c) => c.type === type);
  }

  /** Finds an article anywhere in the cluster. */
  findArticle(id: string): ArticleLocation | undefined {
    return this.articles.get(id);
  }

  /** The article with this id; throws {@link UnknownIdError} when there is none. */
  article(id: string): ArticleLocation {
    const found = this.articles.get(id);
    if (!found) throw new UnknownIdError('article', id);
    return found;
  }

  /** The same content in the other language (same `contentId`, on the counterpart site). */
  translationOf(articleId: string): ArticleLocation | undefined {
    const { site, article } = this.article(articleId);
    const other = site.counterpartId ? this.sites.get(site.counterpartId) : undefined;
    const match = other?.articles.find((a) => a.contentId === article.contentId);
    return other && match ? { site: other, article: match } : undefined;
  }

  /** Every reference, on any site, whose source is this article. */
  referencesTo(articleId: string): PlacedReference[] {
    return this.referencesBySource.get(articleId) ?? [];
  }

  /** A catalog entry by index number. */
  catalogEntry(indexNumber: string): { siteId: string; entry: CatalogEntry } | undefined {
    return this.catalogByIndex.get(indexNumber);
  }

  /** Every catalog entry, with its site. */
  *catalogEntries(): Generator<{ siteId: string; entry: CatalogEntry }> {
    yield* this.catalogByIndex.values();
  }

  /** A site's mailboxes by id. */
  mailboxes(siteId: string): Map<string, Mailbox> {
    return new Map(this.site(siteId).mailboxes.map((m) => [m.id, m]));
  }

  /**
   * The resolved list of a column: its own public articles, the copies, quotes and links its
   * references bring in, and for aggregated columns the public articles of the matching columns of
   * the sub-sites. Every original article appears at most once (own content wins over a copy, a
   * copy over a quote, a quote over a link, and any of them over an aggregated item). Quotes and
   * links disappear when their source is revoked, withdrawn or offline. Pinned first, then newest.
   */
  columnItems(siteId: string, columnId: string, options: ColumnItemsOptions = {}): ColumnItem[] {
    const now = options.now ?? new Date().toISOString();
    const site = this.site(siteId);
    const column = this.column(siteId, columnId);
    const items = new Map<string, ColumnItem>();
    const offer = (item: ColumnItem) => {
      const existing = items.get(item.canonicalId);
      if (!existing || VIA_PRECEDENCE[item.via] < VIA_PRECEDENCE[existing.via]) items.set(item.canonicalId, item);
    };
    const copyIds = new Set<string>();
    for (const reference of site.references)
      if (reference.mode === 'copy' && reference.copyId) copyIds.add(reference.copyId);

    for (const article of this.ownByColumn.get(siteId)?.get(columnId) ?? []) {
      if (!isPublic(article, now)) continue;
      const isCopy = article.origin !== undefined;
      offer({
        article,
        siteId,
        via: isCopy ? 'copy' : 'own',
        canonicalId: article.origin?.articleId ?? article.id,
        pinned: article.pinned === true,
      });
    }
    for (const reference of site.references) {
      if (reference.targetColumnId !== columnId || !reference.approved || reference.mode === 'copy') continue;
      const source = this.articles.get(reference.sourceArticleId);
      if (!source || !isPublic(source.article, now)) continue;
      offer({
        article: source.article,
        siteId: source.site.id,
        via: reference.mode,
        reference,
        canonicalId: source.article.origin?.articleId ?? source.article.id,
        pinned: false,
      });
    }
    if (column.aggregate) {
      const rule = column.aggregate;
      const from =
        rule.from === 'children'
          ? this.children(siteId)
          : rule.from === 'descendants'
            ? this.descendants(siteId)
            : rule.from.map((id) => this.site(id));
      const gathered: ColumnItem[] = [];
      for (const source of from) {
        if (source.language !== site.language || (rule.levels && !rule.levels.includes(source.level))) continue;
        const byColumn = this.ownByColumn.get(source.id);
        for (const sourceColumn of source.columns) {
          if (!rule.columnTypes.includes(sourceColumn.type)) continue;
          for (const article of byColumn?.get(sourceColumn.id) ?? []) {
            if (isPublic(article, now))
              gathered.push({
                article,
                siteId: source.id,
                via: 'aggregated',
                canonicalId: article.origin?.articleId ?? article.id,
                pinned: false,
              });
          }
        }
      }
      gathered.sort(byPinnedThenNewest);
      for (const item of rule.limit ? gathered.slice(0, rule.limit) : gathered) offer(item);
    }
    const list = [...items.values()].sort(byPinnedThenNewest);
    return options.limit ? list.slice(0, options.limit) : list;
  }

  /**
   * Adds a reference (share an article into a column of another site). Throws
   * {@link DuplicateReferenceError} when the article is already in that column — as its own
   * article, a copy or another reference — and {@link UnknownIdError} for unknown ids.
   * A copy reference must name the local copy (`copyId`), whose `origin` names the source.
   */
  addReference(siteId: string, reference: Reference): void {
    const site = this.site(siteId);
    this.column(siteId, reference.targetColumnId);
    const source = this.article(reference.sourceArticleId);
    if (source.site.id !== reference.sourceSiteId)
      throw new UnknownIdError(`article of site ${reference.sourceSiteId}`, reference.sourceArticleId);
    if (site.references.some((r) => r.id === reference.id))
      throw new DuplicateReferenceError(reference.sourceArticleId, siteId, reference.targetColumnId);
    const canonical = source.article.origin?.articleId ?? source.article.id;
    const canonicalOf = (id: string) => {
      const found = this.articles.get(id);
      return found?.article.origin?.articleId ?? id;
    };
    // The copy itself already sits in the target column; every other article there must be a different original.
    const inColumn = (this.ownByColumn.get(siteId)?.get(reference.targetColumnId) ?? []).some(
      (a) => !(reference.mode === 'copy' && a.id === reference.copyId) && (a.origin?.articleId ?? a.id) === canonical,
    );
    const referenced = site.references.some(
      (r) => r.targetColumnId === reference.targetColumnId && canonicalOf(r.sourceArticleId) === canonical,
    );
    if (inColumn || referenced)
      throw new DuplicateReferenceError(reference.sourceArticleId, siteId, reference.targetColumnId);
    if (reference.mode === 'copy') {
      const copy = reference.copyId ? this.articles.get(reference.copyId) : undefined;
      if (!copy || copy.site.id !== siteId || copy.article.origin?.articleId !== reference.sourceArticleId) {
        throw new UnknownIdError(
          `copy of article ${reference.sourceArticleId} on site ${siteId}`,
          reference.copyId ?? '(no copyId)',
        );
      }
    }
    site.references.push(reference);
    this.indexReference(siteId, reference);
  }

  /**
   * Revokes an article: it leaves its own column, and every quote and link of it leaves the
   * columns that show it, at once (they are resolved live). Copies are independent and stay.
   * Returns the references that were withdrawn with it.
   */
  revokeArticle(articleId: string): PlacedReference[] {
    const { article } = this.article(articleId);
    article.status = 'revoked';
    return this.referencesTo(articleId).filter((r) => r.reference.mode !== 'copy');
  }
}
