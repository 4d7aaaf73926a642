// The rules of one site that span records, checked once every site file has validated: its
// organisation, parent and counterpart sites, unique column ids and column rules, records that must
// sit in one of its columns, copies and references (at most once per column, pointing at a loaded
// article), catalog entries and interpretations, letters in its mailboxes (and their histories),
// services and topics. A record that points nowhere is dropped and reported.
import { letterHistoryProblems } from '../letters.js';
import type { Article, Site } from '../schema/index.js';
import type { IssueCollector } from './issues.js';

/** What {@link checkSite} needs of the whole cluster: its loaded sites, organisation codes, articles and index numbers. */
interface ClusterIndex {
  readonly byId: ReadonlyMap<string, Site>;
  readonly orgCodes: ReadonlySet<string>;
  readonly articleSite: ReadonlyMap<string, string>;
  readonly articleById: ReadonlyMap<string, Article>;
  readonly indexNumbers: ReadonlySet<string>;
}

/** Checks one site's records against the rest of the cluster, dropping records that point nowhere. */
export function checkSite(issues: IssueCollector, file: string, site: Site, index: ClusterIndex): void {
  const { byId, orgCodes, articleSite, articleById, indexNumbers } = index;
  const quote = JSON.stringify;
  if (!orgCodes.has(site.orgCode))
    issues.add(file, '$.orgCode', 'the code of an organisation in cluster.json', quote(site.orgCode), 'nothing');
  if (site.parentId !== undefined && !byId.has(site.parentId))
    issues.add(file, '$.parentId', 'the id of a loaded site', quote(site.parentId), 'nothing');
  if (site.counterpartId !== undefined) {
    const other = byId.get(site.counterpartId);
    if (!other) issues.add(file, '$.counterpartId', 'the id of a loaded site', quote(site.counterpartId), 'nothing');
    else if (other.language === site.language)
      issues.add(
        file,
        '$.counterpartId',
        'a site in the other language',
        `${quote(other.id)} (also ${other.language})`,
        'nothing',
      );
    else if (other.counterpartId !== site.id)
      issues.add(
        file,
        '$.counterpartId',
        `a site whose counterpartId is ${quote(site.id)}`,
        quote(other.id),
        'nothing',
      );
  }

  const columnIds = new Set<string>();
  site.columns = site.columns.filter((column, i) => {
    if (columnIds.has(column.id)) {
      issues.add(file, `$.columns[${i}].id`, 'a column id unique in its site', quote(column.id), 'record');
      return false;
    }
    columnIds.add(column.id);
    return true;
  });
  site.columns.forEach((column, i) => {
    column.owners.forEach((owner, j) => {
      if (!orgCodes.has(owner))
        issues.add(
          file,
          `$.columns[${i}].owners[${j}]`,
          'the code of an organisation in cluster.json',
          quote(owner),
          'nothing',
        );
    });
    if (column.parentId !== undefined && !columnIds.has(column.parentId))
      issues.add(
        file,
        `$.columns[${i}].parentId`,
        'the id of a column of this site',
        quote(column.parentId),
        'nothing',
      );
    const from = column.aggregate?.from;
    if (Array.isArray(from))
      from.forEach((id, j) => {
        if (!byId.has(id))
          issues.add(file, `$.columns[${i}].aggregate.from[${j}]`, 'the id of a loaded site', quote(id), 'nothing');
      });
  });

  /** Keeps records whose column exists on this site. */
  const inColumns = <T extends { columnId: string }>(key: string, records: T[]): T[] =>
    records.filter((record, i) => {
      if (columnIds.has(record.columnId)) return true;
      issues.add(file, `$.${key}[${i}].columnId`, 'the id of a column of this site', quote(record.columnId), 'record');
      return false;
    });

  site.articles = inColumns('articles', site.articles);
  site.articles.forEach((article, i) => {
    if (article.language !== site.language)
      issues.add(
        file,
        `$.articles[${i}].language`,
        `the site's language "${site.language}"`,
        quote(article.language),
        'nothing',
      );
    if (article.origin && articleSite.get(article.origin.articleId) !== article.origin.siteId) {
      issues.add(
        file,
        `$.articles[${i}].origin.articleId`,
        `an article of site ${quote(article.origin.siteId)}`,
        quote(article.origin.articleId),
        'nothing',
      );
    }
  });
  const localIds = new Set(site.articles.map((a) => a.id));
  // "At most once per column": the original of each own article, copy and reference, per column.
  const seen = new Set<string>();
  for (const article of site.articles) seen.add(`${article.columnId}\u0000${article.origin?.articleId ?? article.id}`);
  const copies = new Set<string>();
  site.references = site.references.filter((reference, i) => {
    const at = `$.references[${i}]`;
    if (!columnIds.has(reference.targetColumnId)) {
      issues.add(
        file,
        `${at}.targetColumnId`,
        'the id of a column of this site',
        quote(reference.targetColumnId),
        'record',
      );
      return false;
    }
    if (articleSite.get(reference.sourceArticleId) !== reference.sourceSiteId) {
      issues.add(
        file,
        `${at}.sourceArticleId`,
        `an article of site ${quote(reference.sourceSiteId)}`,
        quote(reference.sourceArticleId),
        'record',
      );
      return false;
    }
    if (reference.sourceSiteId === site.id) {
      issues.add(
        file,
        `${at}.sourceSiteId`,
        'another site (a site does not reference itself)',
        quote(reference.sourceSiteId),
        'record',
      );
      return false;
    }
    const source = articleById.get(reference.sourceArticleId);
    const original = source?.origin?.articleId ?? reference.sourceArticleId;
    if (reference.mode === 'copy') {
      const copy = reference.copyId ? articleById.get(reference.copyId) : undefined;
      if (
        !copy ||
        !localIds.has(copy.id) ||
        copy.origin?.articleId !== reference.sourceArticleId ||
        copy.columnId !== reference.targetColumnId ||
        copies.has(copy.id)
      ) {
        issues.add(
          file,
          `${at}.copyId`,
          'the id of an article of this site, in the target column, whose origin is the source article',
          quote(reference.copyId ?? null),
          'record',
        );
        return false;
      }
      copies.add(copy.id);
      return true; // the copy itself was counted among the site's articles
    }
    const key = `${reference.targetColumnId}\u0000${original}`;
    if (seen.has(key)) {
      issues.add(
        file,
        `${at}.sourceArticleId`,
        `an article not already in column ${quote(reference.targetColumnId)} (at most once per column)`,
        quote(reference.sourceArticleId),
        'record',
      );
      return false;
    }
    seen.add(key);
    if (reference.autoPublish && !reference.approved)
      issues.add(file, `${at}.approved`, 'true when autoPublish is true', 'false', 'nothing');
    return true;
  });

  site.catalog.forEach((entry, i) => {
    if (!orgCodes.has(entry.orgCode))
      issues.add(
        file,
        `$.catalog[${i}].orgCode`,
        'the code of an organisation in cluster.json',
        quote(entry.orgCode),
        'nothing',
      );
    if (entry.articleId !== undefined && !localIds.has(entry.articleId))
      issues.add(
        file,
        `$.catalog[${i}].articleId`,
        'the id of an article of this site',
        quote(entry.articleId),
        'nothing',
      );
  });
  site.interpretations = site.interpretations.filter((reading, i) => {
    if (!localIds.has(reading.articleId)) {
      issues.add(
        file,
        `$.interpretations[${i}].articleId`,
        'the id of an article of this site',
        quote(reading.articleId),
        'record',
      );
      return false;
    }
    if (!indexNumbers.has(reading.policyIndexNumber)) {
      issues.add(
        file,
        `$.interpretations[${i}].policyIndexNumber`,
        'the index number of a catalog entry in the cluster',
        quote(reading.policyIndexNumber),
        'record',
      );
      return false;
    }
    return true;
  });

  site.mailboxes = inColumns('mailboxes', site.mailboxes);
  const mailboxIds = new Set(site.mailboxes.map((m) => m.id));
  site.letters = site.letters.filter((letter, i) => {
    const at = `$.letters[${i}]`;
    if (!mailboxIds.has(letter.mailboxId)) {
      issues.add(file, `${at}.mailboxId`, 'the id of a mailbox of this site', quote(letter.mailboxId), 'record');
      return false;
    }
    const problems = letterHistoryProblems(letter);
    for (const p of problems) issues.add(file, at + p.path, p.expected, p.received, 'record');
    if (letter.handlingOrgCode !== undefined && !orgCodes.has(letter.handlingOrgCode)) {
      issues.add(
        file,
        `${at}.handlingOrgCode`,
        'the code of an organisation in cluster.json',
        quote(letter.handlingOrgCode),
        'nothing',
      );
    }
    return problems.length === 0;
  });
  site.services = inColumns('services', site.services);
  site.services.forEach((s, i) => {
    if (!orgCodes.has(s.orgCode))
      issues.add(
        file,
        `$.services[${i}].orgCode`,
        'the code of an organisation in cluster.json',
        quote(s.orgCode),
        'nothing',
      );
  });
  site.surveys = inColumns('surveys', site.surveys);
  site.interviews = inColumns('interviews', site.interviews);
  site.topics = inColumns('topics', site.topics);
  site.topics.forEach((topic, i) =>
    topic.sections.forEach((section, j) =>
      section.articleIds.forEach((id, k) => {
        if (!localIds.has(id))
          issues.add(
            file,
            `$.topics[${i}].sections[${j}].articleIds[${k}]`,
            'the id of an article of this site',
            quote(id),
            'nothing',
          );
      }),
    ),
  );
  site.prices = inColumns('prices', site.prices);
  site.supplyDemand = inColumns('supplyDemand', site.supplyDemand);
}
