// Runtime schemas (valibot) and the types inferred from them: the primitives every other schema
// is built from. Ids, text (any, and traditional Mongolian script), dates and timestamps, links,
// the two content languages and text localized into them, organisation codes, attachments, media
// links and images. The JSDoc on each entry is the field's documentation and flows into the
// inferred types, so an editor shows it on hover.
import * as v from 'valibot';
import { isMongolian } from '@bichig/core/mongolian';
import { LATIN_OR_CYRILLIC } from './script.js';

/** A stable identifier: lowercase ASCII letters, digits and hyphens, starting with a letter or digit. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and hyphens'),
);
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
