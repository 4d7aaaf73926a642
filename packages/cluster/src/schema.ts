// Runtime schemas (valibot) and the types inferred from them. Every entity of the cluster model is
// defined once, here; the JSDoc on each entry is the field's documentation and flows into the
// inferred types, so an editor shows it on hover.
import * as v from 'valibot';
import { isMongolian } from '@bichig/core/mongolian';

// ───────────────────────────── primitives ─────────────────────────────

/** Latin or Cyrillic letters must never stand in for Mongolian script. */
const LATIN_OR_CYRILLIC = /[A-Za-z\u00C0-\u024F\u0400-\u04FF]/u;

/** A stable identifier: lowercase ASCII letters, digits and hyphens, starting with a letter or digit. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and hyphens'),
);

/** Whether text is written in traditional Mongolian script (and not in Latin or Cyrillic letters). */
export function isMongolianScript(text: string): boolean {
  return isMongolian(text) && !LATIN_OR_CYRILLIC.test(text);
}

/**
 * On a record whose `language` is `mn`, the named text fields (strings or arrays of strings) must be
 * in traditional Mongolian script; a problem is reported at the field's own path.
 */
function mongolianWhenMn<T extends { language: 'zh' | 'mn' }>(fields: readonly (keyof T & string)[]) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.language !== 'mn') return;
    const record = dataset.value as T & Record<string, unknown>;
    for (const field of fields) {
      const value = record[field];
      if (value === undefined) continue;
      const texts: unknown[] = Array.isArray(value) ? value : [value];
      const bad = texts.findIndex((t) => typeof t !== 'string' || !isMongolianScript(t));
      if (bad < 0) continue;
      addIssue({
        message: 'text in traditional Mongolian script (no Latin or Cyrillic), because the record\'s language is "mn"',
        received: JSON.stringify(texts[bad]),
        path: Array.isArray(value)
          ? [
              { type: 'object', origin: 'value', input: record, key: field, value },
              { type: 'array', origin: 'value', input: value, key: bad, value: texts[bad] },
            ]
          : [{ type: 'object', origin: 'value', input: record, key: field, value }],
      });
    }
  });
}

/** Non-empty trimmed text. */
export const TextSchema = v.pipe(v.string(), v.minLength(1, 'non-empty text'));

/**
 * Text in traditional Mongolian script: it contains Mongolian letters and no Latin or Cyrillic
 * letters (digits and punctuation are allowed).
 */
export const MongolianTextSchema = v.pipe(
  v.string(),
  v.check((s) => isMongolian(s), 'text in traditional Mongolian script (U+1820–U+18AA)'),
  v.check((s) => !LATIN_OR_CYRILLIC.test(s), 'Mongolian script without Latin or Cyrillic letters'),
);

/** A calendar date, `YYYY-MM-DD` (China Standard Time is implied). */
export const DateSchema = v.pipe(v.string(), v.isoDate('a date written YYYY-MM-DD'));

/** A moment, `YYYY-MM-DDTHH:mm:ss+08:00` (an ISO 8601 timestamp with its offset). */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp('a timestamp written YYYY-MM-DDTHH:mm:ss+08:00'));

/** A URL or a root-relative path (`/files/x.pdf`). */
export const LinkSchema = v.pipe(
  v.string(),
  v.regex(/^(https?:\/\/|\/)\S*$/, 'a URL (http/https) or a path starting with /'),
);

/** Content languages of the cluster: Chinese (zh-Hans) and Mongolian in traditional script (mn-Mong). */
export const LanguageSchema = v.picklist(['zh', 'mn'], 'a language: "zh" or "mn"');
/** `zh` = Simplified Chinese (BCP 47 `zh-Hans`); `mn` = Mongolian in traditional script (`mn-Mong`). */
export type Language = v.InferOutput<typeof LanguageSchema>;

/** Text given in one or both languages; at least one. The `mn` text must be traditional script. */
export const LocalizedSchema = v.pipe(
  v.object({
    /** Simplified Chinese. */
    zh: v.optional(TextSchema),
    /** Mongolian in traditional script (never Latin or Cyrillic). */
    mn: v.optional(MongolianTextSchema),
  }),
  v.check((t) => t.zh !== undefined || t.mn !== undefined, 'text in at least one language (zh or mn)'),
);
/** Text in Chinese and/or Mongolian. */
export type Localized = v.InferOutput<typeof LocalizedSchema>;

/** Code of an organisation as used in index numbers: uppercase letters, digits and hyphens. */
export const OrgCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[0-9A-Z][0-9A-Z-]{1,23}$/, 'an organisation code of 2–24 uppercase letters, digits or hyphens'),
);

/** A file attached to an article or a catalog entry. */
export const AttachmentSchema = v.object({
  /** Title shown in the list of attachments. */
  title: TextSchema,
  /** Where to download it. */
  url: LinkSchema,
  /** Its media type, e.g. `application/pdf`. */
  mediaType: v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'a media type like application/pdf')),
  /** Its size in bytes, shown to readers on slow links. */
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

/**
 * Where an image lives: a URL (http/https), a root-relative path (`/img/x.png`), or a path relative
 * to the cluster's directory (`media/price-trend.svg`, no `..`), which the loaders resolve against
 * {@link LoadOptions.mediaBase} (`fetchCluster` uses the cluster's own URL).
 */
export const MediaLinkSchema = v.pipe(
  v.string(),
  v.regex(
    /^(https?:\/\/\S+|\/\S*|[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*(\/[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*)*)$/,
    'a URL (http/https), a path starting with /, or a path relative to the cluster like media/chart.svg',
  ),
);

/** Whether a media link is relative to the cluster's directory (and so needs resolving before use in a page). */
export function isClusterRelativeLink(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url);
}

/** An image in an article. Images are never rotated in vertical Mongolian layout. */
export const ImageSchema = v.object({
  /** Image source: a URL, a root-relative path, or a path relative to the cluster's directory (see {@link MediaLinkSchema}). */
  url: MediaLinkSchema,
  /** Alternative text, in the article's language. */
  alt: TextSchema,
  /** Caption shown below (or beside, in vertical layout) the image. */
  caption: v.optional(TextSchema),
  /** Intrinsic width in CSS pixels, so layouts reserve space before the image loads. */
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Intrinsic height in CSS pixels. */
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Image = v.InferOutput<typeof ImageSchema>;

// ───────────────────────────── orgs, sites, columns ─────────────────────────────

/** A leader of an organisation, as shown on "leadership" pages and on leader mailboxes. */
export const LeaderSchema = v.object({
  /** The leader's name. */
  name: LocalizedSchema,
  /** Title, e.g. 盟长 / ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠳᠠᠷᠤᠭ᠎ᠠ. */
  title: LocalizedSchema,
  /** Areas of work the leader is responsible for (分管工作). */
  duties: v.optional(LocalizedSchema),
});
export type Leader = v.InferOutput<typeof LeaderSchema>;

/** Kinds of organisation. */
export const OrgKindSchema = v.picklist(
  ['league-government', 'department', 'banner-government', 'sumu-government'],
  'an organisation kind: league-government, department, banner-government or sumu-government',
);

/** An organisation (government or department) that owns sites and columns and issues documents. */
export const OrgSchema = v.object({
  /** The code used in index numbers (`code/yyyy-NNNNN`), unique in the cluster; here the unified social credit code. */
  code: OrgCodeSchema,
  /** Full name, e.g. 锡林郭勒盟生态环境局. */
  name: LocalizedSchema,
  /** Short name used in document numbers and bylines, e.g. 锡盟生态环境局. */
  shortName: v.optional(LocalizedSchema),
  /** What kind of body this is. */
  kind: OrgKindSchema,
  /** The code of the organisation it reports to. */
  parentCode: v.optional(OrgCodeSchema),
  /** Its leaders, in protocol order. */
  leaders: v.array(LeaderSchema),
  /** Public telephone number. */
  phone: v.optional(v.pipe(v.string(), v.regex(/^[0-9-]{5,20}$/, 'a telephone number of digits and hyphens'))),
  /** Street address. */
  address: v.optional(LocalizedSchema),
});
export type Org = v.InferOutput<typeof OrgSchema>;

/** Levels of sites in the cluster, top to bottom. */
export const SiteLevelSchema = v.picklist(
  ['region', 'department', 'banner-county', 'sumu'],
  'a site level: region, department, banner-county or sumu',
);
export type SiteLevel = v.InferOutput<typeof SiteLevelSchema>;

/** The function areas a column belongs to, as government website standards group them. */
export const FunctionAreaSchema = v.picklist(
  ['information', 'interpretation', 'services', 'interaction'],
  'a function area: information, interpretation, services or interaction',
);
export type FunctionArea = v.InferOutput<typeof FunctionAreaSchema>;

/** The standard column types; a layout picks its view by type. */
export const COLUMN_TYPES = [
  'news',
  'notices',
  'policy-documents',
  'policy-interpretations',
  'disclosure-catalog',
  'service-hall',
  'mailbox',
  'public-messages',
  'interviews',
  'surveys',
  'topics',
  'herder-policy',
  'herder-technology',
  'herder-jobs',
  'livestock-prices',
  'supply-demand',
  'leaders',
  'sub-sites',
] as const;
export const ColumnTypeSchema = v.picklist(COLUMN_TYPES, `a column type: one of ${COLUMN_TYPES.join(', ')}`);
export type ColumnType = v.InferOutput<typeof ColumnTypeSchema>;

/** Where an aggregated column gathers its items from. */
export const AggregationSchema = v.object({
  /** Which sites: the direct children of this site, all its descendants, or the listed site ids. */
  from: v.union(
    [v.picklist(['children', 'descendants']), v.array(IdSchema)],
    'children, descendants or a list of site ids',
  ),
  /** Only sites at these levels (all levels when absent). */
  levels: v.optional(v.array(SiteLevelSchema)),
  /** Gather the items of the columns of these types on those sites. */
  columnTypes: v.pipe(v.array(ColumnTypeSchema), v.minLength(1, 'at least one column type')),
  /** Keep at most this many items, newest first. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type Aggregation = v.InferOutput<typeof AggregationSchema>;

/** A column (栏目) of a site. */
export const ColumnSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** Name shown in navigation. */
  name: LocalizedSchema,
  /** The function area it belongs to. */
  functionArea: FunctionAreaSchema,
  /** Its type, which decides what it holds and how it is shown. */
  type: ColumnTypeSchema,
  /** Codes of the departments that maintain it (at least one). */
  owners: v.pipe(v.array(OrgCodeSchema), v.minLength(1, 'at least one owning department')),
  /** Position in navigation, ascending. */
  order: v.pipe(v.number(), v.integer()),
  /** Hidden columns keep their content but are left out of navigation. */
  hidden: v.boolean(),
  /** The parent column, for sub-columns. */
  parentId: v.optional(IdSchema),
  /** When present, the column also gathers items from other sites automatically. */
  aggregate: v.optional(AggregationSchema),
});
export type Column = v.InferOutput<typeof ColumnSchema>;

// ───────────────────────────── content ─────────────────────────────

/** Life cycle of an article. Only `published` articles are shown to the public. */
export const ArticleStatusSchema = v.picklist(
  ['draft', 'pending-review', 'published', 'offline', 'revoked'],
  'an article status: draft, pending-review, published, offline or revoked',
);
export type ArticleStatus = v.InferOutput<typeof ArticleStatusSchema>;

/** Where a copied article came from. */
export const OriginSchema = v.object({
  /** The source site. */
  siteId: IdSchema,
  /** The source article. */
  articleId: IdSchema,
  /** When the copy was made. */
  copiedAt: TimestampSchema,
});
export type Origin = v.InferOutput<typeof OriginSchema>;

/** An article: news, notice, policy document, interpretation, herder information and so on. */
const ArticleObject = v.object({
  /** Id, unique in the whole cluster and stable across releases of the data. */
  id: IdSchema,
  /** Pairs the Chinese and Mongolian versions of the same content: both carry the same content id. */
  contentId: IdSchema,
  /** The column it is published in, on its own site. */
  columnId: IdSchema,
  /** The language of its text fields. */
  language: LanguageSchema,
  /** Headline. */
  title: TextSchema,
  /** A line above or below the headline (引题/副题). */
  subtitle: v.optional(TextSchema),
  /** Short summary for lists and search results. */
  summary: v.optional(TextSchema),
  /** The body, one string per paragraph. */
  body: v.array(TextSchema),
  /** Byline: author or editor. */
  author: v.optional(TextSchema),
  /** Source shown as 来源 (e.g. the originating newspaper or department). */
  source: v.optional(TextSchema),
  /** Downloadable attachments. */
  attachments: v.array(AttachmentSchema),
  /** Images. */
  images: v.array(ImageSchema),
  /** When it was (or will be) published. */
  publishedAt: TimestampSchema,
  /** When it is scheduled to go offline (withdrawn from public view). */
  offlineAt: v.optional(TimestampSchema),
  /** Its status. */
  status: ArticleStatusSchema,
  /** Pinned articles are listed first in their column. */
  pinned: v.optional(v.boolean()),
  /** Set when this article is a copy of another site's article. */
  origin: v.optional(OriginSchema),
});
/** An article (see the fields); Mongolian articles must be written in traditional script. */
export const ArticleSchema = v.pipe(
  ArticleObject,
  mongolianWhenMn<v.InferOutput<typeof ArticleObject>>(['title', 'subtitle', 'summary', 'body']),
);
export type Article = v.InferOutput<typeof ArticleSchema>;

/** How referenced content is shown on the target site. */
export const ReferenceModeSchema = v.picklist(['copy', 'quote', 'link'], 'a reference mode: copy, quote or link');
export type ReferenceMode = v.InferOutput<typeof ReferenceModeSchema>;

/**
 * A reference puts another site's article into a column of this site.
 * - `copy`: the target keeps its own copy (an article whose `origin` names the source, see `copyId`),
 *   which no longer follows the source.
 * - `quote`: the target shows the source article as it is now; edits follow, and revoking or
 *   withdrawing the source withdraws the quote.
 * - `link`: the target lists the title and links to the source site.
 */
export const ReferenceSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** Copy, quote or link. */
  mode: ReferenceModeSchema,
  /** Push: the source site sent it; pull: the target site took it. */
  delivery: v.picklist(['push', 'pull'], 'a delivery: push or pull'),
  /** Published at once (true) or after the target site's review (false). */
  autoPublish: v.boolean(),
  /** The source site. */
  sourceSiteId: IdSchema,
  /** The source article (cluster-wide id). */
  sourceArticleId: IdSchema,
  /** The column on this site that shows it. */
  targetColumnId: IdSchema,
  /** For copies: the id of the local article that holds the copy. */
  copyId: v.optional(IdSchema),
  /** When the reference was made. */
  createdAt: TimestampSchema,
  /** Whether the target site has approved it (always true when autoPublish is true). */
  approved: v.boolean(),
});
export type Reference = v.InferOutput<typeof ReferenceSchema>;

// ───────────────────────────── disclosure catalog ─────────────────────────────

/** Topic categories (主题分类) of the government information disclosure catalog. */
export const CATALOG_TOPICS = {
  'general-affairs': '综合政务',
  'economy-planning': '国民经济管理、国有资产监管',
  finance: '财政、金融、审计',
  'land-resources': '国土资源、能源',
  agriculture: '农业、林业、水利',
  industry: '工业、交通',
  commerce: '商贸、海关、旅游',
  'market-regulation': '市场监管、安全生产监管',
  'urban-rural': '城乡建设、环境保护',
  'science-education': '科技、教育',
  culture: '文化、广电、新闻出版',
  health: '卫生、体育',
  population: '人口与计划生育、妇女儿童工作',
  labour: '劳动、人事、监察',
  'public-security': '公安、安全、司法',
  'civil-affairs': '民政、扶贫、救灾',
  'ethnic-religious': '民族、宗教',
  other: '其他',
} as const;
export type CatalogTopic = keyof typeof CATALOG_TOPICS;
const topicKeys = Object.keys(CATALOG_TOPICS) as [CatalogTopic, ...CatalogTopic[]];
export const CatalogTopicSchema = v.picklist(topicKeys, `a catalog topic: one of ${topicKeys.join(', ')}`);

/** Genres (体裁分类) of official documents. */
export const CATALOG_GENRES = {
  order: '命令',
  decision: '决定',
  announcement: '公告',
  circular: '通告',
  opinion: '意见',
  notice: '通知',
  bulletin: '通报',
  report: '报告',
  reply: '批复',
  letter: '函',
  minutes: '纪要',
  plan: '规划',
  measures: '办法',
  other: '其他',
} as const;
export type CatalogGenre = keyof typeof CATALOG_GENRES;
const genreKeys = Object.keys(CATALOG_GENRES) as [CatalogGenre, ...CatalogGenre[]];
export const CatalogGenreSchema = v.picklist(genreKeys, `a catalog genre: one of ${genreKeys.join(', ')}`);

/** Audiences (服务对象) of a document. */
export const AudienceSchema = v.picklist(
  ['citizens', 'legal-persons', 'herders', 'enterprises', 'government', 'all'],
  'an audience: citizens, legal-persons, herders, enterprises, government or all',
);
export type Audience = v.InferOutput<typeof AudienceSchema>;

/** Validity (有效性) of a document. */
export const ValiditySchema = v.picklist(
  ['valid', 'amended', 'abolished', 'not-yet-effective'],
  'a validity: valid, amended, abolished or not-yet-effective',
);
export type Validity = v.InferOutput<typeof ValiditySchema>;

/** An index number `orgCode/yyyy-NNNNN` (索引号). */
export const INDEX_NUMBER_PATTERN = /^([0-9A-Z][0-9A-Z-]{1,23})\/(\d{4})-(\d{5})$/;
export const IndexNumberSchema = v.pipe(
  v.string(),
  v.regex(INDEX_NUMBER_PATTERN, 'an index number orgCode/yyyy-NNNNN'),
);

/** A document number (文号), e.g. 锡署发〔2025〕12号, split into its parts. */
export const DocumentNumberSchema = v.object({
  /** The issuing organ's code word, e.g. 锡署发 or 锡署办字. */
  organCode: TextSchema,
  /** The year in the brackets. */
  year: v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100)),
  /** The serial number. */
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type DocumentNumber = v.InferOutput<typeof DocumentNumberSchema>;

/** One entry of the government information disclosure catalog (政府信息公开目录). */
const CatalogEntryObject = v.object({
  /** The index number, `orgCode/yyyy-NNNNN`; unique in the cluster. */
  indexNumber: IndexNumberSchema,
  /** The document's title. */
  title: TextSchema,
  /** The article holding the full text, on the same site. */
  articleId: v.optional(IdSchema),
  /** The code of the organ that issued it (the first one for joint documents). */
  orgCode: OrgCodeSchema,
  /** The issuing organs' names as printed (联合发文 lists several). */
  issuingOrgans: v.pipe(v.array(TextSchema), v.minLength(1, 'at least one issuing organ')),
  /** The document number, when it has one. */
  documentNumber: v.optional(DocumentNumberSchema),
  /** Date written (成文日期). */
  writtenAt: DateSchema,
  /** Date published (发布日期). */
  publishedAt: DateSchema,
  /** Date it takes effect (实施日期). */
  effectiveAt: v.optional(DateSchema),
  /** Date it was abolished (废止日期). */
  abolishedAt: v.optional(DateSchema),
  /** Topic category. */
  topic: CatalogTopicSchema,
  /** Genre. */
  genre: CatalogGenreSchema,
  /** Audiences it is meant for. */
  audience: v.pipe(v.array(AudienceSchema), v.minLength(1, 'at least one audience')),
  /** Validity. */
  validity: ValiditySchema,
  /** Subject keywords (主题词). */
  keywords: v.array(TextSchema),
  /** The language of the title. */
  language: LanguageSchema,
  /**
   * Pairs the Chinese and Mongolian entries of the same document: both carry the content id of
   * the document's Chinese article (as articles pair by `contentId`).
   */
  contentId: v.optional(IdSchema),
});
/** A catalog entry (see the fields); a Mongolian entry's title, organs and keywords must be in traditional script. */
export const CatalogEntrySchema = v.pipe(
  CatalogEntryObject,
  mongolianWhenMn<v.InferOutput<typeof CatalogEntryObject>>(['title', 'issuingOrgans', 'keywords']),
  v.forward(
    v.check(
      (e) => (e.validity === 'abolished') === (e.abolishedAt !== undefined),
      'abolishedAt exactly when validity is "abolished"',
    ),
    ['abolishedAt'],
  ),
  v.forward(
    v.check(
      (e) =>
        Number(e.indexNumber.slice(e.indexNumber.indexOf('/') + 1, e.indexNumber.indexOf('/') + 5)) ===
        Number(e.publishedAt.slice(0, 4)),
      'the year of the index number to be the year published',
    ),
    ['indexNumber'],
  ),
  v.forward(
    v.check((e) => e.indexNumber.startsWith(`${e.orgCode}/`), 'the index number to start with the issuing orgCode'),
    ['indexNumber'],
  ),
);
export type CatalogEntry = v.InferOutput<typeof CatalogEntrySchema>;

/** The form a policy reading takes. */
export const InterpretationFormSchema = v.picklist(
  ['text', 'graphic', 'video', 'expert', 'official'],
  'an interpretation form: text, graphic, video, expert or official',
);

/** Links a reading (解读) to the policy it explains. */
export const InterpretationSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The article that is the reading. */
  articleId: IdSchema,
  /** The index number of the policy document it explains. */
  policyIndexNumber: IndexNumberSchema,
  /** Text, graphic (图解), video, expert or official (department) reading. */
  form: InterpretationFormSchema,
});
export type Interpretation = v.InferOutput<typeof InterpretationSchema>;

// ───────────────────────────── interaction ─────────────────────────────

/** A warning level on letters nearing their deadline. */
export const WarningLevelSchema = v.object({
  /** Name of the level; `red` is the most urgent. */
  level: v.picklist(['yellow', 'orange', 'red'], 'a warning level: yellow, orange or red'),
  /** The level applies when this many working days or fewer remain before the deadline. */
  remainingWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type WarningLevel = v.InferOutput<typeof WarningLevelSchema>;

/** A mailbox: leader mailbox, public messages, petitions or a hotline. */
export const MailboxSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The column that shows it. */
  columnId: IdSchema,
  /** Name, e.g. 盟长信箱. */
  name: LocalizedSchema,
  /** What kind of channel it is. */
  kind: v.picklist(
    ['leader', 'public-messages', 'petition', 'hotline'],
    'a mailbox kind: leader, public-messages, petition or hotline',
  ),
  /** For leader mailboxes: the leader's organisation code. */
  leaderOrgCode: v.optional(OrgCodeSchema),
  /** A reply is due this many working days after a letter is accepted. */
  deadlineWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Warning levels, checked from the most urgent. */
  warnings: v.array(WarningLevelSchema),
  /** Guidance shown above the form (须知). */
  instructions: v.optional(LocalizedSchema),
});
export type Mailbox = v.InferOutput<typeof MailboxSchema>;

/** Statuses of a letter. `replied`, `invalid` and `duplicate` are final. */
export const LETTER_STATUSES = ['received', 'accepted', 'in-progress', 'replied', 'invalid', 'duplicate'] as const;
export const LetterStatusSchema = v.picklist(LETTER_STATUSES, `a letter status: one of ${LETTER_STATUSES.join(', ')}`);
export type LetterStatus = v.InferOutput<typeof LetterStatusSchema>;

/** The purpose of a letter. */
export const LetterPurposeSchema = v.picklist(
  ['consult', 'suggest', 'complain', 'praise'],
  'a purpose: consult, suggest, complain or praise',
);
export type LetterPurpose = v.InferOutput<typeof LetterPurposeSchema>;

/** One step in a letter's history. */
export const LetterEventSchema = v.object({
  /** The status the letter entered. */
  status: LetterStatusSchema,
  /** When. */
  at: TimestampSchema,
  /** The organisation that acted. */
  orgCode: v.optional(OrgCodeSchema),
  /** A note for the record (e.g. why it was found invalid). */
  note: v.optional(TextSchema),
});
export type LetterEvent = v.InferOutput<typeof LetterEventSchema>;

/** The published reply to a letter. */
export const ReplySchema = v.object({
  /** The reply's text, one string per paragraph. */
  body: v.pipe(v.array(TextSchema), v.minLength(1, 'at least one paragraph')),
  /** The replying organisation. */
  orgCode: OrgCodeSchema,
  /** When it was replied. */
  at: TimestampSchema,
});
export type Reply = v.InferOutput<typeof ReplySchema>;

/** A letter to a mailbox. */
const LetterObject = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The mailbox it was sent to. */
  mailboxId: IdSchema,
  /** The code the writer uses to look it up (查询码). */
  queryCode: v.pipe(v.string(), v.regex(/^[0-9A-Z]{8,12}$/, 'a query code of 8–12 uppercase letters or digits')),
  /** Consult, suggest, complain or praise. */
  purpose: LetterPurposeSchema,
  /** The language the letter was written in. */
  language: LanguageSchema,
  /** Subject line. */
  subject: TextSchema,
  /** The letter, one string per paragraph. */
  body: v.pipe(v.array(TextSchema), v.minLength(1, 'at least one paragraph')),
  /** Whether the writer agreed to publish it with its reply. */
  public: v.boolean(),
  /** When it was submitted; the first history entry is `received` at this moment. */
  submittedAt: TimestampSchema,
  /** Status history, oldest first; the last entry is the current status. */
  history: v.pipe(v.array(LetterEventSchema), v.minLength(1, 'at least the received event')),
  /** The department handling it. */
  handlingOrgCode: v.optional(OrgCodeSchema),
  /** The reply, once replied. */
  reply: v.optional(ReplySchema),
  /** The writer's rating of the reply. */
  satisfaction: v.optional(
    v.picklist(
      ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied'],
      'a rating: very-satisfied, satisfied, neutral or dissatisfied',
    ),
  ),
});
/** A letter (see the fields); Mongolian letters must be written in traditional script. */
export const LetterSchema = v.pipe(
  LetterObject,
  mongolianWhenMn<v.InferOutput<typeof LetterObject>>(['subject', 'body']),
);
export type Letter = v.InferOutput<typeof LetterSchema>;

// ───────────────────────────── services, surveys, interviews, topics, herders ─────────────────────────────

/**
 * A service item's guide (办事指南) in the online service hall. Service items have no language of their
 * own (a Chinese and a Mongolian site list the same item): every text a reader sees is {@link Localized},
 * and a Mongolian site's items carry their Mongolian (see `mongolianSiteGaps`).
 */
export const ServiceItemSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The column that lists it. */
  columnId: IdSchema,
  /** The item's code in the service catalogue (事项编码). */
  code: v.pipe(
    v.string(),
    v.regex(/^[0-9A-Z-]{6,40}$/, 'a service item code of uppercase letters, digits and hyphens'),
  ),
  /** Name of the service. */
  name: LocalizedSchema,
  /** Kind of item, e.g. 行政许可, 公共服务, 行政给付. */
  kind: LocalizedSchema,
  /** The department that handles it. */
  orgCode: OrgCodeSchema,
  /** Who applies: individuals, enterprises or both. */
  audience: v.pipe(v.array(v.picklist(['individual', 'enterprise'], 'individual or enterprise')), v.minLength(1)),
  /** Conditions to be met (受理条件). */
  conditions: v.array(LocalizedSchema),
  /** Materials to hand in (申请材料). */
  materials: v.array(
    v.object({
      /** Name of the material. */
      name: LocalizedSchema,
      /** Paper copies required (0 = electronic only). */
      copies: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** Whether the original must be shown. */
      original: v.boolean(),
      /** A blank form to download, when there is one. */
      formUrl: v.optional(LinkSchema),
      /** Remarks. */
      note: v.optional(LocalizedSchema),
    }),
  ),
  /** The steps (办理流程). */
  steps: v.pipe(
    v.array(v.object({ /** Step name. */ name: LocalizedSchema, /** What happens. */ description: LocalizedSchema })),
    v.minLength(1, 'at least one step'),
  ),
  /** The time limit set by law, in working days (法定办结时限). */
  legalTimeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The time limit promised by the department, in working days (承诺办结时限). */
  promisedTimeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Fees. */
  fee: v.object({
    /** Whether a fee is charged. */ charged: v.boolean(),
    /** The fee and its legal basis. */ description: v.optional(LocalizedSchema),
  }),
  /** The legal basis (设定依据): the laws and rules, each named in the reader's language. */
  basis: v.array(LocalizedSchema),
  /** Where to apply in person. */
  location: LocalizedSchema,
  /** Office hours. */
  hours: LocalizedSchema,
  /** Enquiry telephone. */
  phone: v.pipe(v.string(), v.regex(/^[0-9-]{5,20}$/, 'a telephone number of digits and hyphens')),
  /** Times the applicant must come in person (跑动次数). */
  visits: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Where to apply online, when possible. */
  onlineUrl: v.optional(LinkSchema),
});
export type ServiceItem = v.InferOutput<typeof ServiceItemSchema>;

/** A survey or a solicitation of opinions (意见征集). */
export const SurveySchema = v.pipe(
  v.object({
    /** Id, unique within its site. */
    id: IdSchema,
    /** The column that lists it. */
    columnId: IdSchema,
    /** Questionnaire (网上调查) or solicitation of opinions on a draft (意见征集). */
    kind: v.picklist(['questionnaire', 'solicitation'], 'questionnaire or solicitation'),
    /** Its language. */
    language: LanguageSchema,
    /** Title. */
    title: TextSchema,
    /** What it is about, one string per paragraph. */
    description: v.array(TextSchema),
    /** Opening date. */
    opensAt: DateSchema,
    /** Closing date (inclusive). */
    closesAt: DateSchema,
    /** The questions (for questionnaires). */
    questions: v.array(
      v.object({
        /** Id, unique within the survey. */
        id: IdSchema,
        /** The question. */
        text: TextSchema,
        /** Single choice, multiple choice or free text. */
        kind: v.picklist(['single', 'multiple', 'text'], 'single, multiple or text'),
        /** Options, for choice questions, with their vote counts once results are published. */
        options: v.array(
          v.object({
            /** Option id. */ id: IdSchema,
            /** Option text. */ text: TextSchema,
            /** Votes. */ votes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
          }),
        ),
      }),
    ),
    /** Number of responses received. */
    responses: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** Feedback on how opinions were adopted (征集结果反馈), once published. */
    feedback: v.optional(v.array(TextSchema)),
  }),
  mongolianWhenMn(['title', 'description']),
  v.forward(
    v.check((s) => s.opensAt <= s.closesAt, 'a closing date on or after the opening date'),
    ['closesAt'],
  ),
);
export type Survey = v.InferOutput<typeof SurveySchema>;

/** An online interview (在线访谈). */
export const InterviewSchema = v.pipe(
  v.object({
    /** Id, unique within its site. */
    id: IdSchema,
    /** The column that lists it. */
    columnId: IdSchema,
    /** Its language. */
    language: LanguageSchema,
    /** Title. */
    title: TextSchema,
    /** Guests, with their titles. */
    guests: v.pipe(
      v.array(v.object({ /** Name. */ name: TextSchema, /** Title and organisation. */ title: TextSchema })),
      v.minLength(1, 'at least one guest'),
    ),
    /** When it starts. */
    scheduledAt: TimestampSchema,
    /** Preview (announced), live (on air) or replay (over, with transcript). */
    state: v.picklist(['preview', 'live', 'replay'], 'an interview state: preview, live or replay'),
    /** What it is about. */
    summary: TextSchema,
    /** The video, when there is one. */
    videoUrl: v.optional(LinkSchema),
    /** Transcript, in order; present for live and replay. */
    transcript: v.array(
      v.object({
        /** Who speaks (host, a guest or a member of the public). */ speaker: TextSchema,
        /** What they said. */ text: TextSchema,
        /** When. */ at: v.optional(TimestampSchema),
      }),
    ),
  }),
  mongolianWhenMn(['title', 'summary']),
  v.forward(
    v.check((i) => i.state !== 'replay' || i.transcript.length > 0, 'a transcript for an interview in replay'),
    ['transcript'],
  ),
);
export type Interview = v.InferOutput<typeof InterviewSchema>;

/** A special topic (专题): a page grouping articles into sections. */
const TopicObject = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The column that lists it. */
  columnId: IdSchema,
  /** Its language. */
  language: LanguageSchema,
  /** Title. */
  title: TextSchema,
  /** What it is about. */
  summary: TextSchema,
  /** Banner image. */
  banner: v.optional(ImageSchema),
  /** Start date. */
  startsAt: DateSchema,
  /** End date, for campaigns that end. */
  endsAt: v.optional(DateSchema),
  /** Sections, each listing article ids of this site. */
  sections: v.array(
    v.object({
      /** Section id. */ id: IdSchema,
      /** Section name. */ name: TextSchema,
      /** Articles in order. */ articleIds: v.array(IdSchema),
    }),
  ),
});
/** A special topic (see the fields); Mongolian topics must be written in traditional script. */
export const TopicSchema = v.pipe(
  TopicObject,
  mongolianWhenMn<v.InferOutput<typeof TopicObject>>(['title', 'summary']),
);
export type Topic = v.InferOutput<typeof TopicSchema>;

/** One product's price in a price report. */
export const PriceSchema = v.object({
  /** Product key, stable across reports (e.g. `lamb-carcass`). */
  product: IdSchema,
  /** Product name. */
  name: LocalizedSchema,
  /** Unit, e.g. 元/公斤. */
  unit: LocalizedSchema,
  /** Price in yuan per unit. */
  price: v.pipe(v.number(), v.minValue(0)),
  /** Change against the previous report, in percent. */
  changePercent: v.optional(v.number()),
});
export type Price = v.InferOutput<typeof PriceSchema>;

/** A livestock and produce price report (农畜产品行情) from one market on one day. */
export const PriceReportSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The column that lists it. */
  columnId: IdSchema,
  /** The market or monitoring point. */
  market: LocalizedSchema,
  /** Date of the prices. */
  date: DateSchema,
  /** Prices. */
  prices: v.pipe(v.array(PriceSchema), v.minLength(1, 'at least one price')),
});
export type PriceReport = v.InferOutput<typeof PriceReportSchema>;

/** A supply or demand notice (供求信息) posted for herders. */
export const SupplyDemandSchema = v.pipe(
  v.object({
    /** Id, unique within its site. */
    id: IdSchema,
    /** The column that lists it. */
    columnId: IdSchema,
    /** Offering (supply) or seeking (demand). */
    kind: v.picklist(['supply', 'demand'], 'supply or demand'),
    /** Its language. */
    language: LanguageSchema,
    /** Title. */
    title: TextSchema,
    /** Product, e.g. 乌珠穆沁羊. */
    product: TextSchema,
    /** Quantity. */
    quantity: v.pipe(v.number(), v.minValue(0)),
    /** Unit of the quantity. */
    unit: TextSchema,
    /** Asking or offered price, as written. */
    price: v.optional(TextSchema),
    /** Where (gacha, sumu). */
    location: TextSchema,
    /** Contact person. */
    contactName: TextSchema,
    /** Contact telephone. */
    contactPhone: v.pipe(v.string(), v.regex(/^[0-9-]{5,20}$/, 'a telephone number of digits and hyphens')),
    /** When it was posted. */
    postedAt: TimestampSchema,
    /** When it expires. */
    expiresAt: DateSchema,
  }),
  mongolianWhenMn(['title']),
  v.forward(
    v.check((s) => s.postedAt.slice(0, 10) <= s.expiresAt, 'an expiry on or after the posting date'),
    ['expiresAt'],
  ),
);
export type SupplyDemand = v.InferOutput<typeof SupplyDemandSchema>;

// ───────────────────────────── sites, calendar, cluster ─────────────────────────────

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
