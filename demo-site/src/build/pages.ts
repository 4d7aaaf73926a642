// Every page of the portal, as data: URL, language, breadcrumb, counterpart and the prerendered
// main content. The shell (header, navigation, footer, fonts, scripts) is added by shell.ts.
//
// Chinese pages are plain horizontal HTML. Mongolian pages are the same semantic HTML under
// `<html lang="mn-Mong">`, which the portal stylesheet sets vertical-lr (columns top→bottom,
// advancing left→right) in the project font, subset to the page — so they read before any script
// runs, and on browsers where JavaScript or WebAssembly fails.
import {
  currentStatus,
  isPublic,
  localized,
  pickLocalized,
  type Article,
  type CatalogEntry,
  type Cluster,
  type Column,
  type ColumnItem,
  type Interview,
  type Language,
  type Localized,
  type Mailbox,
  type PriceReport,
  type ServiceItem,
  type Site,
  type SupplyDemand,
  type Survey,
  type Topic,
  vocabularyLabel,
} from '@bichig/cluster';
import { formatDate, formatNumber } from '@bichig/core/format';
import { safeUrl } from '@bichig/cluster/links';
import { markup, attr, type Html } from './html.js';
import { articleUrl, catalogSlug, columnOfType, columnUrl, itemUrl, langTag, SEARCH_PATH, siteUrl } from './routes.js';
import { t } from './strings.js';
import { languageOfTag } from '@bichig/core/mongolian';
import { isCurrentNotice, publishedStatistics } from './published-data.js';

/** What the client script of a page must start. */
export type Feature = 'mailbox' | 'survey' | 'search' | 'offline' | 'desk';

export interface Crumb {
  readonly label: string;
  readonly lang: 'zh-Hans' | 'mn-Mong';
  readonly href?: string;
}

export interface Page {
  readonly url: string;
  readonly language: Language;
  /** The page's own title (the document title adds the site name). */
  readonly title: string;
  readonly site: Site | undefined;
  /** The column the page belongs to, for `aria-current` in the navigation. */
  readonly columnId?: string;
  /** The same content in the other language, when the cluster has it. */
  readonly counterpart?: string;
  readonly crumbs: readonly Crumb[];
  readonly main: Html;
  /** Interactive parts the client script must start on this page. */
  readonly features: readonly Feature[];
  /** Page kind, for tests and the weight report: home, column, article, item, search, offline, desk. */
  readonly kind: 'home' | 'column' | 'article' | 'item' | 'search' | 'offline' | 'desk';
}

/** Everything the page builders share. */
export interface BuildContext {
  readonly cluster: Cluster;
  /** The moment that decides what is published (the fixture's "today"). */
  readonly now: string;
}

const PAGE_SIZE = 20;

// ───────────────────────────── text helpers ─────────────────────────────

function pick(value: Localized, language: Language): { text: string; lang: 'zh-Hans' | 'mn-Mong' } {
  const picked = pickLocalized(value, language);
  return { text: picked.text, lang: langTag(picked.language) };
}

/** Localized text in a span carrying its real language. */
export function loc(value: Localized, language: Language): Html {
  const { text, lang } = pick(value, language);
  return lang === langTag(language) ? markup`${text}` : markup`<span lang="${lang}">${text}</span>`;
}

/** Text of a record in its own language, marked when it differs from the page's. */
function inLang(text: string, textLanguage: Language, pageLanguage: Language): Html {
  return textLanguage === pageLanguage ? markup`${text}` : markup`<span lang="${langTag(textLanguage)}">${text}</span>`;
}

function date(value: string, language: Language): Html {
  return markup`<time datetime="${value.slice(0, 10)}">${formatDate(value, { locale: langTag(language), style: 'short' })}</time>`;
}

function num(value: number, language: Language): string {
  return formatNumber(value, { locale: langTag(language) });
}

function rate(value: number | null, language: Language): string {
  return value === null
    ? '—'
    : formatNumber(value / 100, { locale: langTag(language), style: 'percent', maximumFractionDigits: 2 });
}

function siteName(site: Site): string {
  return localized(site.name, site.language);
}

function columnName(column: Column, language: Language): string {
  return localized(column.name, language);
}

// ───────────────────────────── navigation helpers ─────────────────────────────

function siteCrumbs(context: BuildContext, site: Site): Crumb[] {
  return context.cluster.ancestry(site.id).map((s) => {
    const { text, lang } = pick(s.name, site.language);
    return { label: text, lang, href: siteUrl(s) };
  });
}

function columnCrumbs(context: BuildContext, site: Site, column: Column): Crumb[] {
  const crumbs = siteCrumbs(context, site);
  const parent = column.parentId ? site.columns.find((c) => c.id === column.parentId) : undefined;
  if (parent)
    crumbs.push({
      label: columnName(parent, site.language),
      lang: langTag(site.language),
      href: columnUrl(site, parent.id),
    });
  crumbs.push({
    label: columnName(column, site.language),
    lang: langTag(site.language),
    href: columnUrl(site, column.id),
  });
  return crumbs;
}

/** The URL of the same column on the counterpart site, else the counterpart's home. */
function counterpartColumn(context: BuildContext, site: Site, columnId: string | undefined): string | undefined {
  const other = context.cluster.counterpart(site.id);
  if (!other) return undefined;
  if (columnId && other.columns.some((c) => c.id === columnId && !c.hidden)) return columnUrl(other, columnId);
  return siteUrl(other);
}

/** Where an item of a column list links: its own site's page (aggregated, quoted and linked items live elsewhere). */
function itemHref(context: BuildContext, item: ColumnItem): string {
  return articleUrl(context.cluster.site(item.siteId), item.article);
}

function pager(site: Site, columnId: string, page: number, pages: number): Html {
  if (pages <= 1) return markup``;
  const language = site.language;
  const status =
    language === 'mn' ? `${num(page, language)} / ${num(pages, language)}` : `第 ${page} 页，共 ${pages} 页`;
  return markup`<nav class="pager" aria-label="${t('pagination', language)}">
    ${page > 1 ? markup`<a rel="prev" href="${columnUrl(site, columnId, page - 1)}">${t('previousPage', language)}</a>` : ''}
    <span class="page-status">${status}</span>
    ${page < pages ? markup`<a rel="next" href="${columnUrl(site, columnId, page + 1)}">${t('nextPage', language)}</a>` : ''}
  </nav>`;
}

// ───────────────────────────── lists ─────────────────────────────

function articleList(
  context: BuildContext,
  site: Site,
  items: readonly ColumnItem[],
  options: { summary?: boolean } = {},
): Html {
  const language = site.language;
  if (!items.length) return markup`<p class="empty">${t('empty', language)}</p>`;
  return markup`<ul class="item-list">
    ${items.map((item) => {
      const from = item.siteId !== site.id ? context.cluster.site(item.siteId) : undefined;
      // Pinned is the listing column's choice (item.pinned): an article pinned on its banner's
      // site is not pinned where the league gathers it.
      return markup`<li${attr('class', item.pinned ? 'pinned' : undefined)}>
        ${item.pinned ? markup`<span class="badge">${t('pinned', language)}</span>` : ''}
        <a href="${itemHref(context, item)}">${inLang(item.article.title, item.article.language, language)}</a>
        <span class="meta">${date(item.article.publishedAt, language)}${from ? markup` · ${loc(from.name, language)}` : ''}</span>
        ${options.summary && item.article.summary ? markup`<p class="summary">${inLang(item.article.summary, item.article.language, language)}</p>` : ''}
      </li>`;
    })}
  </ul>`;
}

function linkList(entries: readonly { href: string; title: Html; meta?: Html }[], language: Language): Html {
  if (!entries.length) return markup`<p class="empty">${t('empty', language)}</p>`;
  return markup`<ul class="item-list">
    ${entries.map((e) => markup`<li><a href="${e.href}">${e.title}</a>${e.meta ? markup`<span class="meta">${e.meta}</span>` : ''}</li>`)}
  </ul>`;
}

// ───────────────────────────── home ─────────────────────────────

const HOME_BLOCK_TYPES: readonly Column['type'][] = [
  'news',
  'notices',
  'policy-documents',
  'policy-interpretations',
  'herder-policy',
  'herder-technology',
  'herder-jobs',
];

const PICTURE_SLIDES = 5;

/**
 * A picture's size as the custom properties the vertical pages' CSS sizes its box from before it
 * loads (portal.css: a box from the width and height attributes alone would be `auto` there).
 */
function imageSize(image: { width: number; height: number }): string {
  return `--image-width: ${image.width}; --image-height: ${image.height}`;
}

/**
 * Picture news (图片新闻) of a home page: the newest articles with an image in the site's news
 * columns (its own first, then those it gathers), at most five. Prerendered so it reads without a
 * script: the slides form a strip that scrolls sideways (snapping to each slide; the next one
 * peeks in), each slide a group named "slide n of m" in the carousel (WAI-ARIA APG), with the
 * picture and its alt text and the headline linking to the article. Nothing rotates by itself.
 */
function pictureNews(context: BuildContext, site: Site): Html {
  const { cluster, now } = context;
  const language = site.language;
  const newsColumns = cluster.columns(site.id).filter((c) => c.type === 'news');
  const seen = new Set<string>();
  const slides: { item: ColumnItem; column: Column }[] = [];
  for (const column of newsColumns) {
    for (const item of cluster.columnItems(site.id, column.id, { now })) {
      if (slides.length >= PICTURE_SLIDES) break;
      if (!item.article.images.length || seen.has(item.canonicalId)) continue;
      seen.add(item.canonicalId);
      slides.push({ item, column });
    }
  }
  if (!slides.length) return markup``;
  const headingId = `picture-news-${site.id}`;
  return markup`<section class="block picture-news" aria-roledescription="${t('carousel', language)}" aria-labelledby="${headingId}">
    <h2 id="${headingId}"><a href="${columnUrl(site, slides[0]!.column.id)}">${t('pictureNews', language)}</a></h2>
    <div class="slides">
      ${slides.map(({ item }, i) => {
        const image = item.article.images[0]!;
        const position =
          language === 'mn'
            ? `${num(i + 1, language)} / ${num(slides.length, language)}`
            : `第 ${i + 1} 张，共 ${slides.length} 张`;
        return markup`<div class="slide" role="group" aria-roledescription="${t('slide', language)}" aria-label="${position}">
          <img${attr('src', safeUrl(image.url))} alt="${image.alt}" width="${image.width}" height="${image.height}" style="${imageSize(image)}"${attr('loading', i === 0 ? undefined : 'lazy')} decoding="async"${attr('lang', item.article.language !== language ? langTag(item.article.language) : undefined)} />
          <a class="slide-title" href="${itemHref(context, item)}">${inLang(item.article.title, item.article.language, language)}</a>
        </div>`;
      })}
    </div>
  </section>`;
}

function homePage(context: BuildContext, site: Site): Page {
  const { cluster, now } = context;
  const language = site.language;
  const columns = cluster.columns(site.id);
  const blocks = columns
    .filter((c) => HOME_BLOCK_TYPES.includes(c.type))
    .map((column) => {
      const items = cluster.columnItems(site.id, column.id, { now, limit: 6 });
      return markup`<div class="block">
        <h2><a href="${columnUrl(site, column.id)}">${columnName(column, language)}</a></h2>
        ${articleList(context, site, items)}
        <p class="more"><a href="${columnUrl(site, column.id)}" aria-label="${t('more', language)}: ${columnName(column, language)}">${t('more', language)}</a></p>
      </div>`;
    });
  const services = columns.filter((c) =>
    [
      'service-hall',
      'mailbox',
      'public-messages',
      'surveys',
      'interviews',
      'topics',
      'livestock-prices',
      'supply-demand',
      'disclosure-catalog',
      'leaders',
    ].includes(c.type),
  );
  const children = cluster.children(site.id);
  return {
    url: siteUrl(site),
    language,
    title: siteName(site),
    site,
    kind: 'home',
    counterpart: counterpartColumn(context, site, undefined),
    crumbs: siteCrumbs(context, site),
    features: [],
    main: markup`<h1 class="visually-hidden">${siteName(site)}</h1>
      <div class="home">
        ${pictureNews(context, site)}
        ${blocks}
        <div class="block portals">
          <h2>${t('otherSites', language)}</h2>
          <ul class="tiles">
            ${services.map((c) => markup`<li><a href="${columnUrl(site, c.id)}">${columnName(c, language)}</a></li>`)}
          </ul>
        </div>
        ${
          children.length
            ? markup`<div class="block">
              <h2>${columnName(columnOfType(cluster, site, 'sub-sites') ?? columns[0]!, language)}</h2>
              <ul class="tiles">
                ${children.map((child) => markup`<li><a href="${siteUrl(child)}">${loc(child.name, language)}</a></li>`)}
              </ul>
            </div>`
            : ''
        }
      </div>`,
  };
}

// ───────────────────────────── columns ─────────────────────────────

function columnPages(context: BuildContext, site: Site, column: Column): Page[] {
  const { cluster, now } = context;
  const language = site.language;
  const base = {
    language,
    site,
    columnId: column.id,
    kind: 'column' as const,
    counterpart: counterpartColumn(context, site, column.id),
    crumbs: columnCrumbs(context, site, column),
    features: [] as Feature[],
  };
  const heading = markup`<h1>${columnName(column, language)}</h1>`;
  const single = (main: Html, features: Feature[] = []): Page[] => [
    {
      ...base,
      url: columnUrl(site, column.id),
      title: columnName(column, language),
      main: markup`${heading}${main}`,
      features,
    },
  ];

  switch (column.type) {
    case 'disclosure-catalog':
      return single(catalogColumn(context, site, column));
    case 'service-hall':
      return single(
        linkList(
          site.services
            .filter((s) => s.columnId === column.id)
            .map((s) => ({
              href: itemUrl(site, column.id, s.id),
              title: loc(s.name, language),
              meta: loc(s.kind, language),
            })),
          language,
        ),
      );
    case 'mailbox':
    case 'public-messages':
      return single(mailboxColumn(context, site, column), ['mailbox']);
    case 'interviews':
      return single(
        linkList(
          site.interviews
            .filter((i) => i.columnId === column.id)
            .map((i) => ({
              href: itemUrl(site, column.id, i.id),
              title: inLang(i.title, i.language, language),
              meta: date(i.scheduledAt, language),
            })),
          language,
        ),
      );
    case 'surveys':
      return single(
        linkList(
          site.surveys
            .filter((s) => s.columnId === column.id)
            .map((s) => ({
              href: itemUrl(site, column.id, s.id),
              title: inLang(s.title, s.language, language),
              meta: markup`${date(s.opensAt, language)} – ${date(s.closesAt, language)}`,
            })),
          language,
        ),
      );
    case 'topics':
      return single(
        linkList(
          site.topics
            .filter((s) => s.columnId === column.id)
            .map((s) => ({
              href: itemUrl(site, column.id, s.id),
              title: inLang(s.title, s.language, language),
              meta: date(s.startsAt, language),
            })),
          language,
        ),
      );
    case 'livestock-prices':
      return single(priceColumn(site, column));
    case 'supply-demand':
      return single(
        linkList(
          site.supplyDemand
            .filter((s) => s.columnId === column.id && isCurrentNotice(s, context.now))
            .sort((a, b) => (a.postedAt < b.postedAt ? 1 : -1))
            .map((s) => ({
              href: itemUrl(site, column.id, s.id),
              title: markup`[${t(s.kind, language)}] ${inLang(s.title, s.language, language)}`,
              meta: date(s.postedAt, language),
            })),
          language,
        ),
      );
    case 'leaders':
      return single(leadersColumn(context, site));
    case 'sub-sites':
      return single(
        linkList(
          cluster.children(site.id).map((child) => ({ href: siteUrl(child), title: loc(child.name, language) })),
          language,
        ),
      );
    default: {
      const items = cluster.columnItems(site.id, column.id, { now });
      const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
      return Array.from({ length: pages }, (_, i) => ({
        ...base,
        url: columnUrl(site, column.id, i + 1),
        title: columnName(column, language),
        main: markup`${heading}${articleList(context, site, items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), { summary: true })}${pager(site, column.id, i + 1, pages)}`,
      }));
    }
  }
}

function catalogColumn(context: BuildContext, site: Site, column: Column): Html {
  const language = site.language;
  const entries = [...site.catalog].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1));
  if (!entries.length) return markup`<p class="empty">${t('empty', language)}</p>`;
  // The table reads without JavaScript; <bichig-catalog> adds the topic, genre, organ and year filters.
  return markup`<div class="catalog" data-site="${site.id}" data-column="${column.id}">
    <table class="catalog-table">
      <thead><tr><th scope="col">${t('indexNumber', language)}</th><th scope="col">${t('documentNumber', language)}</th><th scope="col">${t('issuingOrgan', language)}</th><th scope="col">${t('topic', language)}</th><th scope="col">${t('published', language)}</th><th scope="col">${t('validity', language)}</th></tr></thead>
      <tbody>
        ${entries.map(
          (e) => markup`<tr>
            <td><a href="${itemUrl(site, column.id, catalogSlug(e))}">${e.indexNumber}</a><br /><span lang="${langTag(e.language)}">${e.title}</span></td>
            <td lang="zh-Hans">${e.documentNumber ? `${e.documentNumber.organCode}〔${e.documentNumber.year}〕${e.documentNumber.number}号` : '—'}</td>
            <td>${organs(e, language)}</td>
            <td>${vocabularyLabel('topic', e.topic, language)} · ${vocabularyLabel('genre', e.genre, language)}</td>
            <td>${date(e.publishedAt, language)}</td>
            <td>${vocabularyLabel('validity', e.validity, language)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function statistics(context: BuildContext, site: Site, mailbox: Mailbox): Html {
  const language = site.language;
  // The figures the mailbox's data slice publishes, so the live element shows the same.
  const { overall } = publishedStatistics(site, mailbox, context.cluster.calendar, context.now);
  return markup`<section class="statistics" aria-labelledby="stats-${mailbox.id}">
    <h3 id="stats-${mailbox.id}">${t('statistics', language)}</h3>
    <dl class="figures">
      <div><dt>${t('received', language)}</dt><dd>${num(overall.received, language)}</dd></div>
      <div><dt>${t('replied', language)}</dt><dd>${num(overall.answered, language)}</dd></div>
      <div><dt>${t('answerRate', language)}</dt><dd>${rate(overall.answerRate, language)}</dd></div>
      <div><dt>${t('onTimeRate', language)}</dt><dd>${rate(overall.onTimeRate, language)}</dd></div>
    </dl>
  </section>`;
}

function mailboxColumn(context: BuildContext, site: Site, column: Column): Html {
  const language = site.language;
  const mailboxes = site.mailboxes.filter((m) => m.columnId === column.id);
  if (!mailboxes.length) return markup`<p class="empty">${t('empty', language)}</p>`;
  // What reads without a script: the guidance, the statistics and the replied letters. The
  // client replaces the .interactive box with <bichig-mailbox>, which shows the same and more
  // (writing, look-up by query code) on the live data.
  return markup`${mailboxes.map((mailbox) => {
    const replied = site.letters
      .filter((l) => l.mailboxId === mailbox.id && l.public && currentStatus(l) === 'replied')
      .sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1))
      .slice(0, 10);
    return markup`<div class="mailbox">
      <h2>${loc(mailbox.name, language)}</h2>
      ${mailbox.instructions ? markup`<p class="instructions">${loc(mailbox.instructions, language)}</p>` : ''}
      <div class="interactive" data-mailbox="${mailbox.id}" data-site="${site.id}">
        <noscript><p class="note">${t('noJs', language)}</p></noscript>
        ${statistics(context, site, mailbox)}
        <section class="replied" aria-labelledby="replied-${mailbox.id}">
          <h3 id="replied-${mailbox.id}">${t('repliedLetters', language)}</h3>
          ${linkList(
            replied.map((l) => ({
              href: itemUrl(site, column.id, l.id),
              title: inLang(l.subject, l.language, language),
              meta: date(l.submittedAt, language),
            })),
            language,
          )}
        </section>
      </div>
    </div>`;
  })}`;
}

function priceColumn(site: Site, column: Column): Html {
  const language = site.language;
  const reports = site.prices.filter((p) => p.columnId === column.id).sort((a, b) => (a.date < b.date ? 1 : -1));
  if (!reports.length) return markup`<p class="empty">${t('empty', language)}</p>`;
  return markup`${reports.slice(0, 6).map((report) => priceTable(report, language))}`;
}

function priceTable(report: PriceReport, language: Language): Html {
  return markup`<table class="prices">
    <caption>${loc(report.market, language)} · ${date(report.date, language)}</caption>
    <thead><tr><th scope="col">${t('product', language)}</th><th scope="col">${t('price', language)}</th><th scope="col">${t('change', language)}</th></tr></thead>
    <tbody>
      ${report.prices.map(
        (p) => markup`<tr>
          <th scope="row">${loc(p.name, language)}</th>
          <td>${num(p.price, language)} ${loc(p.unit, language)}</td>
          <td>${p.changePercent === undefined ? '—' : `${p.changePercent > 0 ? '+' : ''}${num(p.changePercent, language)}%`}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function leadersColumn(context: BuildContext, site: Site): Html {
  const language = site.language;
  const org = context.cluster.orgs.get(site.orgCode);
  if (!org || !org.leaders.length) return markup`<p class="empty">${t('empty', language)}</p>`;
  return markup`<ul class="leaders">
    ${org.leaders.map(
      (leader) => markup`<li>
        <p class="leader-name">${loc(leader.name, language)}</p>
        <p class="leader-title">${loc(leader.title, language)}</p>
        ${leader.duties ? markup`<p class="duties">${t('duties', language)}: ${loc(leader.duties, language)}</p>` : ''}
      </li>`,
    )}
  </ul>`;
}

// ───────────────────────────── articles and items ─────────────────────────────

function articlePage(context: BuildContext, site: Site, article: Article): Page {
  const { cluster } = context;
  const language = site.language;
  const column = site.columns.find((c) => c.id === article.columnId);
  const translation = cluster.translationOf(article.id);
  const entry = site.catalog.find((e) => e.articleId === article.id);
  const readings = site.interpretations.filter((i) => entry && i.policyIndexNumber === entry.indexNumber);
  const crumbs = column ? columnCrumbs(context, site, column) : siteCrumbs(context, site);
  const lang = langTag(article.language);
  return {
    url: articleUrl(site, article),
    language,
    title: article.title,
    site,
    columnId: article.columnId,
    kind: 'article',
    counterpart: translation
      ? articleUrl(translation.site, translation.article)
      : counterpartColumn(context, site, article.columnId),
    crumbs: [...crumbs, { label: article.title, lang }],
    features: [],
    main: markup`<article class="article"${attr('lang', article.language !== language ? lang : undefined)}>
      <header class="article-head">
        ${article.subtitle ? markup`<p class="subtitle">${article.subtitle}</p>` : ''}
        <h1>${article.title}</h1>
        <p class="meta">
          <span>${t('published', language)}: ${date(article.publishedAt, language)}</span>
          ${article.source ? markup`<span>${t('source', language)}: ${article.source}</span>` : ''}
          ${article.author ? markup`<span>${t('author', language)}: ${article.author}</span>` : ''}
        </p>
      </header>
      ${entry ? catalogMeta(entry, language) : ''}
      <div class="body">
        ${article.body.map((p) => markup`<p>${p}</p>`)}
        ${article.images.map(
          (image) => markup`<figure class="picture">
            <img${attr('src', safeUrl(image.url))} alt="${image.alt}" width="${image.width}" height="${image.height}" style="${imageSize(image)}" loading="lazy" decoding="async" />
            ${image.caption ? markup`<figcaption>${image.caption}</figcaption>` : ''}
          </figure>`,
        )}
      </div>
      ${
        article.attachments.length
          ? markup`<section class="attachments" aria-label="${t('attachments', language)}">
            <h2>${t('attachments', language)}</h2>
            <ul>${article.attachments.map((a) => markup`<li><a${attr('href', safeUrl(a.url))} type="${a.mediaType}">${a.title}</a> (${num(Math.max(1, Math.round(a.bytes / 1024)), language)} KB)</li>`)}</ul>
          </section>`
          : ''
      }
      ${
        readings.length
          ? markup`<section class="readings"><h2>${columnName(columnOfType(cluster, site, 'policy-interpretations') ?? column!, language)}</h2>
            <ul>${readings.map((r) => {
              const reading = site.articles.find((a) => a.id === r.articleId);
              return reading ? markup`<li><a href="${articleUrl(site, reading)}">${reading.title}</a></li>` : '';
            })}</ul></section>`
          : ''
      }
    </article>`,
  };
}

/** The issuing organs of an entry, in the entry's language (a Mongolian entry names them in Mongolian). */
function organs(entry: CatalogEntry, language: Language): Html {
  return inLang(entry.issuingOrgans.join(entry.language === 'mn' ? '᠂ ' : '、'), entry.language, language);
}

function catalogMeta(entry: CatalogEntry, language: Language): Html {
  return markup`<dl class="disclosure" lang="${langTag(language)}">
    <div><dt>${t('indexNumber', language)}</dt><dd>${entry.indexNumber}</dd></div>
    <div><dt>${t('issuingOrgan', language)}</dt><dd>${organs(entry, language)}</dd></div>
    ${entry.documentNumber ? markup`<div><dt>${t('documentNumber', language)}</dt><dd lang="zh-Hans">${entry.documentNumber.organCode}〔${entry.documentNumber.year}〕${entry.documentNumber.number}号</dd></div>` : ''}
    <div><dt>${t('published', language)}</dt><dd>${date(entry.publishedAt, language)}</dd></div>
    <div><dt>${t('topic', language)}</dt><dd>${vocabularyLabel('topic', entry.topic, language)}</dd></div>
    <div><dt>${t('genre', language)}</dt><dd>${vocabularyLabel('genre', entry.genre, language)}</dd></div>
    <div><dt>${t('validity', language)}</dt><dd>${vocabularyLabel('validity', entry.validity, language)}</dd></div>
  </dl>`;
}

function itemPage(
  context: BuildContext,
  site: Site,
  columnId: string,
  id: string,
  title: string,
  titleLanguage: Language,
  body: Html,
  features: Feature[] = [],
): Page {
  const column = site.columns.find((c) => c.id === columnId);
  const crumbs = column ? columnCrumbs(context, site, column) : siteCrumbs(context, site);
  return {
    url: itemUrl(site, columnId, id),
    language: site.language,
    title,
    site,
    columnId,
    kind: 'item',
    counterpart: counterpartColumn(context, site, columnId),
    crumbs: [...crumbs, { label: title, lang: langTag(titleLanguage) }],
    features,
    main: markup`<article class="item"><h1${attr('lang', titleLanguage !== site.language ? langTag(titleLanguage) : undefined)}>${title}</h1>${body}</article>`,
  };
}

function servicePage(context: BuildContext, site: Site, service: ServiceItem): Page {
  const language = site.language;
  const { text, lang } = pick(service.name, language);
  const shown = (value: Localized) => loc(value, language);
  return itemPage(
    context,
    site,
    service.columnId,
    service.id,
    text,
    languageOfTag(lang) ?? 'zh',
    markup`<dl class="guide">
      <div><dt>${t('serviceKind', language)}</dt><dd>${shown(service.kind)}</dd></div>
      <div><dt>${t('conditions', language)}</dt><dd><ul>${service.conditions.map((c) => markup`<li>${shown(c)}</li>`)}</ul></dd></div>
      <div><dt>${t('materials', language)}</dt><dd><ul>${service.materials.map((m) => markup`<li>${shown(m.name)}${m.note ? markup` (${shown(m.note)})` : ''}${m.formUrl ? markup` <a${attr('href', safeUrl(m.formUrl))} aria-label="${t('download', language)}: ${localized(m.name, language)}">↓</a>` : ''}</li>`)}</ul></dd></div>
      <div><dt>${t('steps', language)}</dt><dd><ol>${service.steps.map((s) => markup`<li>${shown(s.name)}${language === 'mn' ? '᠄' : '：'} ${shown(s.description)}</li>`)}</ol></dd></div>
      <div><dt>${t('timeLimit', language)}</dt><dd>${num(service.promisedTimeLimitDays, language)} / ${num(service.legalTimeLimitDays, language)}</dd></div>
      <div><dt>${t('fee', language)}</dt><dd>${service.fee.description ? shown(service.fee.description) : service.fee.charged ? '✓' : '—'}</dd></div>
      <div><dt>${t('location', language)}</dt><dd>${shown(service.location)}</dd></div>
      <div><dt>${t('hours', language)}</dt><dd>${shown(service.hours)}</dd></div>
      ${service.basis.length ? markup`<div><dt>${t('basis', language)}</dt><dd><ul>${service.basis.map((b) => markup`<li>${shown(b)}</li>`)}</ul></dd></div>` : ''}
      <div><dt>${t('phone', language)}</dt><dd>${service.phone}</dd></div>
    </dl>`,
  );
}

function interviewPage(context: BuildContext, site: Site, interview: Interview): Page {
  const language = site.language;
  const own = (s: string) => inLang(s, interview.language, language);
  return itemPage(
    context,
    site,
    interview.columnId,
    interview.id,
    interview.title,
    interview.language,
    markup`<p class="meta">${date(interview.scheduledAt, language)}</p>
      <p>${own(interview.summary)}</p>
      <h2>${t('guests', language)}</h2>
      <ul>${interview.guests.map((g) => markup`<li>${own(g.name)} · ${own(g.title)}</li>`)}</ul>
      ${
        interview.transcript.length
          ? markup`<h2>${t('transcript', language)}</h2>
            <ol class="transcript">${interview.transcript.map((line) => markup`<li><strong>${own(line.speaker)}</strong>: ${own(line.text)}</li>`)}</ol>`
          : ''
      }`,
  );
}

function surveyPage(context: BuildContext, site: Site, survey: Survey): Page {
  const language = site.language;
  const own = (s: string) => inLang(s, survey.language, language);
  return itemPage(
    context,
    site,
    survey.columnId,
    survey.id,
    survey.title,
    survey.language,
    markup`<p class="meta">${t('opens', language)}: ${date(survey.opensAt, language)} – ${date(survey.closesAt, language)}</p>
      ${survey.description.map((p) => markup`<p>${own(p)}</p>`)}
      <div class="interactive" data-survey="${survey.id}" data-site="${site.id}">
        <noscript><p class="note">${t('noJs', language)}</p></noscript>
        <ol class="questions">
          ${survey.questions.map(
            (q) => markup`<li><p>${own(q.text)}</p>
              ${q.options.length ? markup`<ul>${q.options.map((o) => markup`<li>${own(o.text)}${o.votes !== undefined ? markup` — <span data-votes="${q.id}/${o.id}">${num(o.votes, language)}</span>` : ''}</li>`)}</ul>` : ''}
            </li>`,
          )}
        </ol>
        <p>${t('responses', language)}: <span data-responses>${num(survey.responses, language)}</span></p>
      </div>
      ${survey.feedback ? markup`${survey.feedback.map((p) => markup`<p>${own(p)}</p>`)}` : ''}`,
    ['survey'],
  );
}

function topicPage(context: BuildContext, site: Site, topic: Topic): Page {
  const language = site.language;
  return itemPage(
    context,
    site,
    topic.columnId,
    topic.id,
    topic.title,
    topic.language,
    markup`<p>${inLang(topic.summary, topic.language, language)}</p>
      ${topic.sections.map(
        (section) => markup`<section><h2>${inLang(section.name, topic.language, language)}</h2>
          ${linkList(
            section.articleIds.flatMap((id) => {
              const article = site.articles.find((a) => a.id === id && a.status === 'published');
              return article
                ? [
                    {
                      href: articleUrl(site, article),
                      title: inLang(article.title, article.language, language),
                      meta: date(article.publishedAt, language),
                    },
                  ]
                : [];
            }),
            language,
          )}</section>`,
      )}`,
  );
}

function supplyDemandPage(context: BuildContext, site: Site, notice: SupplyDemand): Page {
  const language = site.language;
  const own = (s: string) => inLang(s, notice.language, language);
  return itemPage(
    context,
    site,
    notice.columnId,
    notice.id,
    notice.title,
    notice.language,
    markup`<dl class="guide">
      <div><dt>${t(notice.kind, language)}</dt><dd>${own(notice.product)}</dd></div>
      <div><dt>${t('quantity', language)}</dt><dd>${num(notice.quantity, language)} ${own(notice.unit)}</dd></div>
      ${notice.price ? markup`<div><dt>${t('price', language)}</dt><dd>${own(notice.price)}</dd></div>` : ''}
      <div><dt>${t('location', language)}</dt><dd>${own(notice.location)}</dd></div>
      <div><dt>${t('contact', language)}</dt><dd>${own(notice.contactName)} ${notice.contactPhone}</dd></div>
      <div><dt>${t('published', language)}</dt><dd>${date(notice.postedAt, language)}</dd></div>
    </dl>`,
  );
}

function catalogEntryPage(context: BuildContext, site: Site, column: Column, entry: CatalogEntry): Page {
  const language = site.language;
  const article = entry.articleId ? site.articles.find((a) => a.id === entry.articleId) : undefined;
  return itemPage(
    context,
    site,
    column.id,
    catalogSlug(entry),
    entry.title,
    entry.language,
    markup`${catalogMeta(entry, language)}${article ? markup`<p><a href="${articleUrl(site, article)}">${inLang(article.title, article.language, language)}</a></p>` : ''}`,
  );
}

function letterPage(context: BuildContext, site: Site, columnId: string, letter: Site['letters'][number]): Page {
  const language = site.language;
  const own = (s: string) => inLang(s, letter.language, language);
  const replier = letter.reply ? context.cluster.orgs.get(letter.reply.orgCode) : undefined;
  return itemPage(
    context,
    site,
    columnId,
    letter.id,
    letter.subject,
    letter.language,
    markup`<p class="meta">${date(letter.submittedAt, language)}</p>
      ${letter.body.map((p) => markup`<p>${own(p)}</p>`)}
      ${
        letter.reply
          ? markup`<section class="reply"><h2>${t('reply', language)}${replier ? markup` · ${loc(replier.name, language)}` : ''}</h2>
            <p class="meta">${date(letter.reply.at, language)}</p>
            ${letter.reply.body.map((p) => markup`<p>${own(p)}</p>`)}</section>`
          : ''
      }`,
  );
}

// ───────────────────────────── search ─────────────────────────────

/**
 * A page of the whole cluster (search, offline) in `language`: it belongs to the language's root
 * site (the Mongolian one for mn) and has its counterpart at `paths` of the other language.
 */
function clusterPage(
  context: BuildContext,
  language: Language,
  paths: Record<Language, string>,
  title: string,
  kind: 'search' | 'offline' | 'desk',
  main: Html,
): Page {
  const root =
    language === 'mn'
      ? [...context.cluster.sites.values()].find((s) => s.language === 'mn' && !s.parentId)
      : context.cluster.root;
  const other: Language = language === 'mn' ? 'zh' : 'mn';
  return {
    url: paths[language],
    language,
    title,
    site: root,
    kind,
    counterpart: paths[other],
    crumbs: [...(root ? siteCrumbs(context, root) : []), { label: title, lang: langTag(language) }],
    features: [kind],
    main,
  };
}

function searchPage(context: BuildContext, language: Language): Page {
  return clusterPage(
    context,
    language,
    SEARCH_PATH,
    t('searchCluster', language),
    'search',
    markup`<h1>${t('searchCluster', language)}</h1>
      <div class="interactive" data-search>
        <form class="search-form" action="${SEARCH_PATH[language]}" method="get" role="search">
          <label for="search-q">${t('search', language)}</label>
          <input id="search-q" name="q" type="search" autocomplete="off" />
          <button type="submit"><span class="control-label">${t('search', language)}</span></button>
        </form>
        <noscript><p class="note">${t('noJs', language)}</p></noscript>
        <section class="results" aria-live="polite" aria-label="${t('resultsFor', language)}"></section>
      </div>`,
  );
}

// ───────────────────────────── offline ─────────────────────────────

/** Where the offline page of each language is: the service worker shows it for a page it does not have. */
export const OFFLINE_PATH: Record<Language, string> = { zh: '/offline/', mn: '/mn/offline/' };

/**
 * The page the service worker answers with when the reader is offline and the page asked for was
 * never saved. Without a script it says what happened; offline-list.ts fills in what is saved.
 */
function offlinePage(context: BuildContext, language: Language): Page {
  return clusterPage(
    context,
    language,
    OFFLINE_PATH,
    t('offlineTitle', language),
    'offline',
    markup`<h1>${t('offlineTitle', language)}</h1>
      <p>${t('offlineExplain', language)}</p>
      <section class="offline-saved" data-offline-list aria-labelledby="offline-saved-heading">
        <h2 id="offline-saved-heading">${t('offlineAvailable', language)}</h2>
        <p class="note" data-offline-status>${t('offlineNoScript', language)}</p>
        <p class="note" data-offline-none hidden>${t('offlineNone', language)}</p>
        <ul class="offline-pages"></ul>
      </section>`,
  );
}

// ───────────────────────────── the staff desk ─────────────────────────────

/** Where the staff desk is: it works where the portal is served with its server (@bichig/server). */
export const DESK_PATH: Record<Language, string> = { zh: '/desk/', mn: '/mn/desk/' };

/**
 * The staff desk (<bichig-letter-desk>), for the departments that answer the letters: started by
 * desk.ts when /portal-config.json names the desk's API; a static host has none, and the page says so.
 */
function deskPage(context: BuildContext, language: Language): Page {
  return clusterPage(
    context,
    language,
    DESK_PATH,
    t('deskTitle', language),
    'desk',
    markup`<h1>${t('deskTitle', language)}</h1>
      <p>${t('deskExplain', language)}</p>
      <div class="interactive" data-desk>
        <noscript><p class="note">${t('noJs', language)}</p></noscript>
        <p class="note" data-desk-none hidden>${t('deskNoServer', language)}</p>
      </div>`,
  );
}

// ───────────────────────────── all pages ─────────────────────────────

/** Every page of the portal. */
export function allPages(context: BuildContext): Page[] {
  const { cluster, now } = context;
  const pages: Page[] = [
    searchPage(context, 'zh'),
    searchPage(context, 'mn'),
    offlinePage(context, 'zh'),
    offlinePage(context, 'mn'),
    deskPage(context, 'zh'),
    deskPage(context, 'mn'),
  ];
  for (const site of cluster.sites.values()) {
    pages.push(homePage(context, site));
    for (const column of site.columns) pages.push(...columnPages(context, site, column));
    for (const article of site.articles) if (isPublic(article, now)) pages.push(articlePage(context, site, article));
    for (const service of site.services) pages.push(servicePage(context, site, service));
    for (const interview of site.interviews) pages.push(interviewPage(context, site, interview));
    for (const survey of site.surveys) pages.push(surveyPage(context, site, survey));
    for (const topic of site.topics) pages.push(topicPage(context, site, topic));
    // An expired notice is not published: its contact (a herder's name and phone) was for its term only.
    for (const notice of site.supplyDemand)
      if (isCurrentNotice(notice, now)) pages.push(supplyDemandPage(context, site, notice));
    const disclosure = columnOfType(cluster, site, 'disclosure-catalog');
    if (disclosure) for (const entry of site.catalog) pages.push(catalogEntryPage(context, site, disclosure, entry));
    for (const letter of site.letters) {
      const mailbox = site.mailboxes.find((m) => m.id === letter.mailboxId);
      if (mailbox && letter.public && currentStatus(letter) === 'replied')
        pages.push(letterPage(context, site, mailbox.columnId, letter));
    }
  }
  return pages;
}
