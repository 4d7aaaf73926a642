// Schemas of public participation: surveys and solicitations of opinions (意见征集) with their
// questions and results, and online interviews (在线访谈) with their guests and transcript.
import * as v from 'valibot';
import { mongolianWhenMn } from './script.js';
import { DateSchema, IdSchema, LanguageSchema, LinkSchema, TextSchema, TimestampSchema } from './primitives.js';

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
