// Schemas of letters to the government: mailboxes (leader mailbox, public messages, petitions,
// hotlines) and their warning levels, letter statuses and purposes, a letter's history events,
// the published reply and the letter itself. The rules over a letter's life are in ../letters.ts.
import * as v from 'valibot';
import { mongolianWhenMn } from './script.js';
import { IdSchema, LanguageSchema, LocalizedSchema, OrgCodeSchema, TextSchema, TimestampSchema } from './primitives.js';

/** A warning level on letters nearing their deadline. */
export const WarningLevelSchema = v.object({
  /** Name of the level; `red` is the most urgent. */
  level: v.picklist(['yellow', 'orange', 'red'], 'a warning level: yellow, orange or red'),
  /** The level applies when this many working days or fewer remain before the deadline. */
  remainingWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type WarningLevel = v.InferOutput<typeof WarningLevelSchema>;

/** A mailbox: leader mailbox, public messages, petitions or a hotline. */
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const RateSchema = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100)));
/** One set of letter statistics (see `LetterStatistics` in letters.ts). */
const LetterStatisticsSchema = v.object({
  received: CountSchema,
  answered: CountSchema,
  answerRate: RateSchema,
  onTime: CountSchema,
  onTimeRate: RateSchema,
  satisfied: CountSchema,
  rated: CountSchema,
  satisfactionRate: RateSchema,
});

/**
 * A mailbox's statistics as the site published them at a moment: what the public may know of the
 * letters it received up to then (counts and rates, overall and per handling department), without
 * the letters, most of which are not public. Letters received after `at` count on top of them.
 */
const PublishedLetterStatisticsSchema = v.object({
  /** The moment the figures were taken: they count the letters submitted up to then. */
  at: TimestampSchema,
  overall: LetterStatisticsSchema,
  byDepartment: v.array(v.object({ orgCode: OrgCodeSchema, statistics: LetterStatisticsSchema })),
});

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
  /** The statistics published with a site that publishes its public replies only (see above). */
  publishedStatistics: v.optional(PublishedLetterStatisticsSchema),
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
  /** The language it was written in, when known (a Mongolian reply is in traditional script). */
  language: v.optional(LanguageSchema),
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
