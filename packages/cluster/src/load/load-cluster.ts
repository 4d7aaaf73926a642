// Loading a cluster from parsed JSON files: `loadCluster` validates the manifest and each site file
// record by record, then applies the rules that span records in passes (site ids, then article ids
// and index numbers unique in the cluster, then references between records, then the Mongolian
// text a Mongolian site must show) and builds the `Cluster`. A bad record is dropped and reported; a
// site whose own fields are bad is dropped and reported; everything else still loads. Arguments of
// the wrong kind are a programming mistake and throw.
import * as v from 'valibot';
import { Cluster } from '../cluster.js';
import { ClusterArgumentError, type ValidationIssue } from '../errors.js';
import { describeValue } from '../describe-value.js';
import { reviewLegacyText } from '../legacy-text.js';
import { mongolianOrgGaps, mongolianSiteGaps } from '../mongolian-site.js';
import { OrgSchema, type Site } from '../schema/index.js';
import { resolveSiteMedia } from './media.js';
import { ManifestHeaderSchema, validateRecords, validateSite } from './records.js';
import { IssueCollector } from './issues.js';
import { checkSite } from './check-site.js';

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
