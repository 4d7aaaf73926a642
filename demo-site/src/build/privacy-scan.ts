// The build's last check (issue #13): nothing private of the cluster leaves in dist/. Every value
// of a private field of @bichig/cluster's schema is looked for in every text file the build
// wrote, as written, HTML-escaped and JSON-escaped; one hit fails the build.
//
// Private fields (see packages/cluster/src/schema/: letter.ts, article.ts, market.ts):
//  - Letter.queryCode: every letter's (the writer's key to look it up);
//  - LetterEvent.note: internal notes in a letter's history;
//  - Letter.subject and Letter.body of every letter that is not a public reply;
//  - Article.title, subtitle and body of every article not public at build time (draft, pending
//    review, offline, revoked, scheduled);
//  - SupplyDemand.contactName and contactPhone of every expired notice.
// A value that also appears anywhere else in the cluster's data (a contact who is also a leader or
// an interview guest, two letters with the same subject) is public there and not looked for;
// values shorter than MIN_LENGTH are too common to look for (the phone of the same notice is).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { isCurrentNotice, isPublicArticle, isPublicReply, type SiteFile } from './published-data.js';

/** Shorter values are not looked for (a two-character name would be found everywhere). */
export const MIN_LENGTH = 4;
/** Files that hold text a reader or a script could read. */
const TEXT_FILES = new Set(['.html', '.json', '.js', '.mjs', '.css', '.svg', '.txt', '.xml', '.map', '.webmanifest']);

export interface PrivateValue {
  /** Which field, e.g. `xlgl letters[3].queryCode`. */
  readonly field: string;
  readonly value: string;
}

export interface PrivacyHit extends PrivateValue {
  /** The file it was found in, relative to the scanned directory. */
  readonly file: string;
}

type Rec = Record<string, unknown>;
const list = (site: SiteFile, key: string): Rec[] => (Array.isArray(site[key]) ? (site[key] as Rec[]) : []);
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : [];

/** How often each string occurs anywhere in `value` (a parsed JSON file). */
function countStrings(value: unknown, counts: Map<string, number>): void {
  if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
  else if (Array.isArray(value)) for (const item of value) countStrings(item, counts);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) countStrings(item, counts);
}

/**
 * Every value of a private field in the cluster's site files at `now`, less those that occur in
 * a public field too (in the sites or in `others`, e.g. the cluster manifest with its orgs).
 */
export function privateValues(sites: Iterable<SiteFile>, now: string, others: readonly unknown[] = []): PrivateValue[] {
  const all = new Map<string, number>();
  for (const other of others) countStrings(other, all);
  const found: PrivateValue[] = [];
  const publicText = new Set<string>();
  const add = (field: string, value: unknown) => {
    for (const text of strings(value)) found.push({ field, value: text });
  };
  for (const site of sites) {
    countStrings(site, all);
    list(site, 'letters').forEach((letter, i) => {
      const at = `${site.id} letters[${i}]`;
      add(`${at}.queryCode`, letter['queryCode']);
      (Array.isArray(letter['history']) ? (letter['history'] as Rec[]) : []).forEach((event, j) =>
        add(`${at}.history[${j}].note`, event['note']),
      );
      if (isPublicReply(letter)) {
        for (const text of strings([letter['subject'], letter['body']])) publicText.add(text);
      } else {
        add(`${at}.subject`, letter['subject']);
        add(`${at}.body`, letter['body']);
      }
    });
    list(site, 'articles').forEach((article, i) => {
      const texts = [article['title'], article['subtitle'], article['body']];
      if (isPublicArticle(article, now)) for (const text of strings(texts)) publicText.add(text);
      else
        for (const [k, key] of ['title', 'subtitle', 'body'].entries())
          add(`${site.id} articles[${i}].${key}`, texts[k]);
    });
    // Disclosure metadata is public even when its full text is not.
    for (const entry of list(site, 'catalog')) publicText.add(String(entry['title']));
    list(site, 'supplyDemand').forEach((notice, i) => {
      const texts = [notice['contactName'], notice['contactPhone']];
      if (isCurrentNotice(notice, now)) for (const text of strings(texts)) publicText.add(text);
      else {
        add(`${site.id} supplyDemand[${i}].contactName`, notice['contactName']);
        add(`${site.id} supplyDemand[${i}].contactPhone`, notice['contactPhone']);
      }
    });
  }
  const inPrivateFields = new Map<string, number>();
  for (const { value } of found) inPrivateFields.set(value, (inPrivateFields.get(value) ?? 0) + 1);
  return found.filter(
    (v) =>
      v.value.trim().length >= MIN_LENGTH &&
      !publicText.has(v.value) &&
      (all.get(v.value) ?? 0) <= inPrivateFields.get(v.value)!,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** The forms a value takes in a built file. */
function forms(value: string): string[] {
  return [...new Set([value, escapeHtml(value), JSON.stringify(value).slice(1, -1)])];
}

/**
 * Vite's code bundles (`assets/`) are built from the packages' source, not from the cluster's data;
 * they hold word lists (the keyboard's suggestions) where a herder's name is a common word.
 */
const CODE_DIRECTORY = 'assets';

function* textFiles(dir: string, top = true): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (top && name === CODE_DIRECTORY) continue;
    if (statSync(path).isDirectory()) yield* textFiles(path, false);
    else if (TEXT_FILES.has(extname(name))) yield path;
  }
}

/**
 * Every private value found in the text files under `dir`. Values are indexed by their first
 * PROBE characters, so each file is read once, whatever the number of values.
 */
export function scanForPrivateValues(dir: string, values: readonly PrivateValue[]): PrivacyHit[] {
  const PROBE = MIN_LENGTH;
  const byProbe = new Map<string, { form: string; value: PrivateValue }[]>();
  for (const value of values) {
    for (const form of forms(value.value)) {
      const probe = form.slice(0, PROBE);
      let bucket = byProbe.get(probe);
      if (!bucket) byProbe.set(probe, (bucket = []));
      bucket.push({ form, value });
    }
  }
  const hits: PrivacyHit[] = [];
  for (const path of textFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const seen = new Set<PrivateValue>();
    for (let i = 0; i + PROBE <= text.length; i++) {
      const bucket = byProbe.get(text.slice(i, i + PROBE));
      if (!bucket) continue;
      for (const { form, value } of bucket) {
        if (!seen.has(value) && text.startsWith(form, i)) {
          seen.add(value);
          hits.push({ ...value, file: relative(dir, path) });
        }
      }
    }
  }
  return hits;
}

/** Thrown by the build when dist/ holds a private value. */
export class PrivateDataPublishedError extends Error {
  constructor(readonly hits: readonly PrivacyHit[]) {
    super(
      `dist/ holds ${hits.length} private value(s) of the cluster, e.g.\n` +
        hits
          .slice(0, 10)
          .map((h) => `  ${h.field} in ${h.file}`)
          .join('\n'),
    );
    this.name = 'PrivateDataPublishedError';
  }
}

/** Scans `dir` and throws {@link PrivateDataPublishedError} on any hit. */
export function assertNothingPrivate(
  dir: string,
  sites: Iterable<SiteFile>,
  now: string,
  others: readonly unknown[] = [],
): { values: number } {
  const values = privateValues(sites, now, others);
  const hits = scanForPrivateValues(dir, values);
  if (hits.length) throw new PrivateDataPublishedError(hits);
  return { values: values.length };
}
