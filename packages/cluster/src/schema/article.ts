// Schemas of content: articles (status, origin of a copied article, the article itself),
// references that place one site's article on another site (copy, quote or link), and special
// topics (专题), which group articles into sections.
import * as v from 'valibot';
import { mongolianWhenMn } from './script.js';
import {
  AttachmentSchema,
  DateSchema,
  IdSchema,
  ImageSchema,
  LanguageSchema,
  TextSchema,
  TimestampSchema,
} from './primitives.js';

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
