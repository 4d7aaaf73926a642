// Schemas of the government information disclosure catalog (政府信息公开目录): its vocabularies
// (topics, genres, audiences, validity), index numbers (索引号) and document numbers (文号), the
// catalog entry, and interpretations (解读) that link a reading to the policy it explains.
import * as v from 'valibot';
import { mongolianWhenMn } from './script.js';
import { DateSchema, IdSchema, LanguageSchema, OrgCodeSchema, TextSchema } from './primitives.js';

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
