// Schemas of the files a cluster is stored in: a site (one JSON file, with everything published on
// it), the work calendar of holidays and make-up working days (调休), and the cluster manifest
// (`cluster.json`), the root file that lists the organisations and the site files.
import * as v from 'valibot';
import { DateSchema, IdSchema, LanguageSchema, LocalizedSchema, OrgCodeSchema, TextSchema } from './primitives.js';
import { ColumnSchema, OrgSchema, SiteLevelSchema } from './org.js';
import { ArticleSchema, ReferenceSchema, TopicSchema } from './article.js';
import { CatalogEntrySchema, InterpretationSchema } from './catalog.js';
import { LetterSchema, MailboxSchema } from './letter.js';
import { ServiceItemSchema } from './service.js';
import { InterviewSchema, SurveySchema } from './participation.js';
import { PriceReportSchema, SupplyDemandSchema } from './market.js';

/** The offline pack budget a site gets when its file sets none: 2048 KB (2 MiB). */
export const DEFAULT_OFFLINE_BUDGET_KB = 2048;

/**
 * How much of a site a reader's browser keeps for reading offline after the first visit: the
 * site's home and the latest articles of its news columns, newest first, with every file they
 * need (the page, its fonts, styles, scripts and images, counted uncompressed as stored), up to
 * `budgetKB` kilobytes (1 KB = 1024 bytes). `0` keeps no pack. Absent: {@link DEFAULT_OFFLINE_BUDGET_KB}.
 */
export const SiteOfflineSchema = v.object({
  /** The most the pack may hold, in KB (0 to 1 048 576, i.e. 1 GiB). */
  budgetKB: v.pipe(
    v.number(),
    v.integer('a whole number of KB'),
    v.minValue(0, 'at least 0 KB'),
    v.maxValue(1_048_576, 'at most 1 048 576 KB (1 GiB)'),
  ),
});
export type SiteOffline = v.InferOutput<typeof SiteOfflineSchema>;

/** A site of the cluster, with everything published on it. One site is one JSON file. */
export const SiteSchema = v.object({
  /** Id, unique in the cluster. */
  id: IdSchema,
  /** Site name, e.g. 锡林郭勒盟行政公署 / ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ... */
  name: LocalizedSchema,
  /** Where it sits in the cluster. */
  level: SiteLevelSchema,
  /** The language of its content and interface. */
  language: LanguageSchema,
  /** The site in the other language with the same content, when there is one. */
  counterpartId: v.optional(IdSchema),
  /** The site above it (the main portal has none). */
  parentId: v.optional(IdSchema),
  /** The organisation that runs it. */
  orgCode: OrgCodeSchema,
  /** The site's path in the portal, e.g. `/dwzmqq/`. */
  path: v.pipe(
    v.string(),
    v.regex(/^\/([a-z0-9-]+\/)*$/, 'a path like /name/ of lowercase letters, digits and hyphens'),
  ),
  /** Columns, in any order (see `order`). */
  columns: v.pipe(v.array(ColumnSchema), v.minLength(1, 'at least one column')),
  /** Articles. */
  articles: v.array(ArticleSchema),
  /** References to other sites' articles. */
  references: v.array(ReferenceSchema),
  /** Disclosure catalog entries. */
  catalog: v.array(CatalogEntrySchema),
  /** Policy readings. */
  interpretations: v.array(InterpretationSchema),
  /** Mailboxes. */
  mailboxes: v.array(MailboxSchema),
  /** Letters to its mailboxes. */
  letters: v.array(LetterSchema),
  /** Service guides. */
  services: v.array(ServiceItemSchema),
  /** Surveys and solicitations. */
  surveys: v.array(SurveySchema),
  /** Online interviews. */
  interviews: v.array(InterviewSchema),
  /** Special topics. */
  topics: v.array(TopicSchema),
  /** Livestock and produce price reports. */
  prices: v.array(PriceReportSchema),
  /** Supply and demand notices. */
  supplyDemand: v.array(SupplyDemandSchema),
  /** What readers' browsers keep for reading offline (default: {@link DEFAULT_OFFLINE_BUDGET_KB}). */
  offline: v.optional(SiteOfflineSchema),
});
export type Site = v.InferOutput<typeof SiteSchema>;

/** Holidays and make-up working days (调休) for working-day arithmetic. */
export const WorkCalendarSchema = v.object({
  /** Time zone the dates are in; the cluster uses Asia/Shanghai (UTC+8). */
  timeZone: v.literal('Asia/Shanghai', 'the time zone "Asia/Shanghai"'),
  /** First date the calendar is authoritative for. */
  validFrom: DateSchema,
  /** Last date the calendar is authoritative for. */
  validTo: DateSchema,
  /** Public holidays: days off, including the weekend days in a holiday stretch. */
  holidays: v.array(
    v.object({ /** The day. */ date: DateSchema, /** The holiday's name, e.g. 春节. */ name: LocalizedSchema }),
  ),
  /** Weekend days that are working days (调休上班). */
  workdays: v.array(
    v.object({ /** The day. */ date: DateSchema, /** The holiday it makes up for. */ name: LocalizedSchema }),
  ),
});
export type WorkCalendarData = v.InferOutput<typeof WorkCalendarSchema>;

/** The root file of a cluster (`cluster.json`). */
export const ClusterManifestSchema = v.object({
  /** Id of the cluster. */
  id: IdSchema,
  /** The cluster's name. */
  name: LocalizedSchema,
  /** The main portal's site id. */
  rootSiteId: IdSchema,
  /** Every organisation in the cluster. */
  orgs: v.pipe(v.array(OrgSchema), v.minLength(1, 'at least one organisation')),
  /** The work calendar used for letter deadlines and service time limits. */
  calendar: WorkCalendarSchema,
  /** Paths of the site files, relative to this file. */
  siteFiles: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^[a-z0-9/_.-]+\.json$/, 'a relative path to a .json file'))),
    v.minLength(1),
  ),
  /** Where the data came from and what it may be used for. */
  attribution: v.optional(v.array(TextSchema)),
});
export type ClusterManifest = v.InferOutput<typeof ClusterManifestSchema>;
