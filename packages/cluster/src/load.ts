// Loading a cluster from parsed JSON files: schema validation record by record, then the rules that
// span records (ids that must exist, ids that must be unique, letter histories, references).
// A bad record is dropped and reported; a site whose own fields are bad is dropped and reported;
// everything else still loads.
import * as v from 'valibot';
import { Cluster } from './cluster.js';
import { ClusterArgumentError, type ValidationIssue } from './errors.js';
import { describeValue } from './describe-value.js';
import { letterHistoryProblems } from './letters.js';
import { reviewLegacyText } from './legacy-text.js';
import { mongolianOrgGaps, mongolianSiteGaps } from './mongolian-site.js';
import {
  ArticleSchema,
  CatalogEntrySchema,
  ClusterManifestSchema,
  ColumnSchema,
  InterpretationSchema,
  InterviewSchema,
  LetterSchema,
  MailboxSchema,
  OrgSchema,
  PriceReportSchema,
  ReferenceSchema,
  ServiceItemSchema,
  SiteSchema,
  SupplyDemandSchema,
  SurveySchema,
  TopicSchema,
  isClusterRelativeLink,
  type Site,
} from './schema/index.js';

/**
 * The files of a cluster, already parsed: relative path → JSON value. `cluster.json` is the
 * manifest; it lists the site files. In a browser, fetch them (see `fetchClusterFiles`); in Node,
 * read them (see `readClusterDirectory`).
 */
export type ClusterFiles = Readonly<Record<string, unknown>>;

/** What {@link loadCluster} returns: the cluster built from every record that validated, and the problems found. */
export interface LoadResult {
  /** The loaded cluster. */
  readonly cluster: Cluster;
  /** Every problem, in file order. Empty when the data is clean. */
  readonly errors: readonly ValidationIssue[];
}

/** Options for {@link loadCluster}. */
export interface LoadOptions {
  /** The manifest's path among the files; `cluster.json` by default. */
  readonly manifest?: string;
  /**
   * Where the cluster's directory is published (`/data/xilingol/` or an absolute URL): image links
   * relative to the cluster (`media/chart.svg`) are resolved against it, so a page can use them
   * as they are. Without it they stay relative. `fetchCluster` passes the URL it fetched from.
   */
  readonly mediaBase?: string | URL;
  /**
   * Write case and plural suffixes typed after a plain space after NNBSP instead, as the standard
   * requires (`@bichig/core/legacy`'s normaliser). On by default; `false` keeps the text as stored.
   * Text in Menksoft's PUA encoding is reported either way (an issue that drops nothing).
   */
  readonly normaliseSuffixes?: boolean;
}

/** Resolves a cluster-relative link against `base` (an absolute URL, or a root-relative path like `/data/x/`). */
export function resolveMediaLink(url: string, base: string | URL): string {
  if (!isClusterRelativeLink(url)) return url;
  const text = String(base);
  const directory = text.endsWith('/') ? text : `${text}/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(directory)) return new URL(url, directory).href;
  // A root-relative base stays root-relative: resolve on a placeholder origin and drop it again.
  const resolved = new URL(url, new URL(directory, 'http://cluster.invalid'));
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

function resolveSiteMedia(site: Site, base: string | URL): void {
  for (const article of site.articles)
    for (const image of article.images) image.url = resolveMediaLink(image.url, base);
  for (const topic of site.topics) if (topic.banner) topic.banner.url = resolveMediaLink(topic.banner.url, base);
}

/** The record arrays of a site, each validated record by record. */
const RECORD_SCHEMAS = {
  columns: ColumnSchema,
  articles: ArticleSchema,
  references: ReferenceSchema,
  catalog: CatalogEntrySchema,
  interpretations: InterpretationSchema,
  mailboxes: MailboxSchema,
  letters: LetterSchema,
  services: ServiceItemSchema,
  surveys: SurveySchema,
  interviews: InterviewSchema,
  topics: TopicSchema,
  prices: PriceReportSchema,
  supplyDemand: SupplyDemandSchema,
} as const;
type RecordKey = keyof typeof RECORD_SCHEMAS;
const RECORD_KEYS = Object.keys(RECORD_SCHEMAS) as RecordKey[];

const UnknownArray = v.array(v.unknown(), 'an array');
const SiteHeaderSchema = v.object({
  ...SiteSchema.entries,
  ...(Object.fromEntries(RECORD_KEYS.map((k) => [k, UnknownArray])) as Record<RecordKey, typeof UnknownArray>),
});
const ManifestHeaderSchema = v.object({ ...ClusterManifestSchema.entries, orgs: UnknownArray });

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders a valibot issue path as a JSON path: `$.articles[3].title`. */
function jsonPath(prefix: string, issue: v.BaseIssue<unknown>): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string') path += IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The deepest, most specific description of what was expected. */
function expectedOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation') return issue.message;
  if (issue.type === 'object' && issue.input === undefined && issue.expected)
    return `a value for the required key ${issue.expected}`;
  if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'union') return issue.message;
  return issue.expected ?? issue.message;
}

class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  add(
    file: string,
    path: string,
    expected: string,
    received: string,
    dropped: ValidationIssue['dropped'],
    code?: ValidationIssue['code'],
  ): void {
    this.issues.push({ file, path, expected, received: shorten(received), dropped, ...(code ? { code } : {}) });
  }
  fromValibot(
    file: string,
    prefix: string,
    issues: readonly v.BaseIssue<unknown>[],
    dropped: ValidationIssue['dropped'],
  ): void {
    for (const issue of issues) this.add(file, jsonPath(prefix, issue), expectedOf(issue), issue.received, dropped);
  }
}

/**
 * Loads and validates a cluster. Never throws for bad data: each problem is returned in `errors`
 * (file, JSON path, what was expected, what was found), the bad record or site is left out, and
 * everything else loads. A missing or unusable manifest yields an empty cluster and its errors.
 */
export function loadCluster(files: ClusterFiles, options: LoadOptions = {}): LoadResult {
  checkLoadArguments('loadCluster', files, options);
  const manifestFile = options.manifest ?? 'cluster.json';
  const issues = new IssueCollector();
  const empty = (): LoadResult => ({
    cluster: new Cluster(
      'empty',
      { zh: '（空）' },
      '',
      [],
      { timeZone: 'Asia/Shanghai', validFrom: '2000-01-01', validTo: '2000-01-01', holidays: [], workdays: [] },
      [],
    ),
    errors: issues.issues,
  });

  if (!(manifestFile in files)) {
    issues.add(manifestFile, '$', 'the cluster manifest file', 'no such file', 'file');
    return empty();
  }
  const header = v.safeParse(ManifestHeaderSchema, files[manifestFile]);
  if (!header.success) {
    issues.fromValibot(manifestFile, '$', header.issues, 'file');
    return empty();
  }
  const manifest = header.output;
  const orgs = validateRecords(issues, manifestFile, '$.orgs', manifest.orgs, OrgSchema);
  const orgCodes = new Set<string>();
  const uniqueOrgs = orgs.filter(({ record, index }) => {
    if (orgCodes.has(record.code)) {
      issues.add(
        manifestFile,
        `$.orgs[${index}].code`,
        'an organisation code not used before',
        JSON.stringify(record.code),
        'record',
      );
      return false;
    }
    orgCodes.add(record.code);
    return true;
  });

  // Pass 1: each site file on its own.
  const sites: { site: Site; file: string }[] = [];
  const siteIds = new Set<string>();
  for (const file of manifest.siteFiles) {
    if (!(file in files)) {
      issues.add(file, '$', 'a site file listed in the manifest', 'no such file', 'file');
      continue;
    }
    const site = validateSite(issues, file, files[file]);
    if (!site) continue;
    if (siteIds.has(site.id)) {
      issues.add(file, '$.id', 'a site id not used by another site file', JSON.stringify(site.id), 'file');
      continue;
    }
    siteIds.add(site.id);
    reviewLegacyText(file, site, options.normaliseSuffixes ?? true, (issue) => issues.issues.push(issue));
    sites.push({ site, file });
  }

  // Pass 2: cluster-wide uniqueness of article ids and index numbers.
  const articleSite = new Map<string, string>();
  const indexNumbers = new Set<string>();
  for (const { site, file } of sites) {
    site.articles = site.articles.filter((article, i) => {
      if (articleSite.has(article.id)) {
        issues.add(
          file,
          `$.articles[${i}].id`,
          'an article id unique in the cluster',
          JSON.stringify(article.id),
          'record',
        );
        return false;
      }
      articleSite.set(article.id, site.id);
      return true;
    });
    site.catalog = site.catalog.filter((entry, i) => {
      if (indexNumbers.has(entry.indexNumber)) {
        issues.add(
          file,
          `$.catalog[${i}].indexNumber`,
          'an index number unique in the cluster',
          JSON.stringify(entry.indexNumber),
          'record',
        );
        return false;
      }
      indexNumbers.add(entry.indexNumber);
      return true;
    });
  }

  // Pass 3: references between records.
  const byId = new Map(sites.map(({ site }) => [site.id, site]));
  const articleById = new Map(sites.flatMap(({ site }) => site.articles.map((a) => [a.id, a] as const)));
  if (!byId.has(manifest.rootSiteId))
    issues.add(manifestFile, '$.rootSiteId', 'the id of a loaded site', JSON.stringify(manifest.rootSiteId), 'nothing');
  for (const { site, file } of sites)
    checkSite(issues, file, site, { byId, orgCodes, articleSite, articleById, indexNumbers });

  // Pass 4: a Mongolian site shows every text in Mongolian (gaps are reported, nothing is dropped).
  const MISSING_MONGOLIAN = 'Mongolian text (mn), because a Mongolian-language site shows it';
  for (const { site, file } of sites)
    for (const gap of mongolianSiteGaps(site))
      issues.add(file, gap.path, MISSING_MONGOLIAN, gap.received, 'nothing', 'missing-mongolian');
  const mongolianOrgs = new Set(sites.filter(({ site }) => site.language === 'mn').map(({ site }) => site.orgCode));
  for (const { record, index } of uniqueOrgs)
    if (mongolianOrgs.has(record.code))
      for (const gap of mongolianOrgGaps(record))
        issues.add(
          manifestFile,
          `$.orgs[${index}]${gap.path.slice(1)}`,
          MISSING_MONGOLIAN,
          gap.received,
          'nothing',
          'missing-mongolian',
        );

  if (options.mediaBase !== undefined) for (const { site } of sites) resolveSiteMedia(site, options.mediaBase);
  const cluster = new Cluster(
    manifest.id,
    manifest.name,
    manifest.rootSiteId,
    uniqueOrgs.map((o) => o.record),
    manifest.calendar,
    sites.map((s) => s.site),
  );
  return { cluster, errors: issues.issues };
}

function validateRecords<T extends v.GenericSchema>(
  issues: IssueCollector,
  file: string,
  prefix: string,
  records: readonly unknown[],
  schema: T,
): { record: v.InferOutput<T>; index: number }[] {
  const out: { record: v.InferOutput<T>; index: number }[] = [];
  records.forEach((record, index) => {
    const result = v.safeParse(schema, record);
    if (result.success) out.push({ record: result.output, index });
    else issues.fromValibot(file, `${prefix}[${index}]`, result.issues, 'record');
  });
  return out;
}

function validateSite(issues: IssueCollector, file: string, data: unknown): Site | undefined {
  const header = v.safeParse(SiteHeaderSchema, data);
  if (!header.success) {
    issues.fromValibot(file, '$', header.issues, 'file');
    return undefined;
  }
  const site = { ...header.output } as Record<string, unknown>;
  for (const key of RECORD_KEYS) {
    site[key] = validateRecords(issues, file, `$.${key}`, header.output[key], RECORD_SCHEMAS[key]).map((r) => r.record);
  }
  const typed = site as unknown as Site;
  if (typed.columns.length === 0) {
    issues.add(file, '$.columns', 'at least one valid column', 'none', 'file');
    return undefined;
  }
  return typed;
}

interface ClusterIndex {
  readonly byId: ReadonlyMap<string, Site>;
  readonly orgCodes: ReadonlySet<string>;
  readonly articleSite: ReadonlyMap<string, string>;
  readonly articleById: ReadonlyMap<string, import('./schema/index.js').Article>;
  readonly indexNumbers: ReadonlySet<string>;
}

/** Checks one site's records against the rest of the cluster, dropping records that point nowhere. */
function checkSite(issues: IssueCollector, file: string, site: Site, index: ClusterIndex): void {
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

/**
 * Refuses arguments of the wrong kind with a {@link ClusterArgumentError} saying what to pass:
 * bad data is reported in `errors`, but a call that cannot mean anything is a programming mistake.
 */
function checkLoadArguments(name: string, files: unknown, options: unknown): void {
  if (typeof files !== 'object' || files === null || Array.isArray(files) || files instanceof URL)
    throw new ClusterArgumentError(
      `${name}(files)`,
      "the parsed cluster files, keyed by path ({ 'cluster.json': …, 'sites/x.json': … })",
      describeValue(files),
      typeof files === 'string' || files instanceof URL
        ? 'To read a directory use loadClusterFromDirectory(path); to fetch one, fetchCluster(url).'
        : '',
    );
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new ClusterArgumentError(`${name}(files, options)`, 'an options object', describeValue(options));
  const { manifest, mediaBase } = options as LoadOptions;
  if (manifest !== undefined && typeof manifest !== 'string')
    throw new ClusterArgumentError(`${name} options.manifest`, 'a path (string)', describeValue(manifest));
  if (mediaBase !== undefined && typeof mediaBase !== 'string' && !(mediaBase instanceof URL))
    throw new ClusterArgumentError(`${name} options.mediaBase`, 'a URL or a path', describeValue(mediaBase));
}
