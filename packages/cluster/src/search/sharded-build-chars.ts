// The character files of a sharded index being built (sharded-format.ts): per Chinese character
// (matched by substring) its counts in each document's title and text, gathered in document
// order, as postings (for queries of characters only), its document set (for a query checking it
// on candidates) and groups, and a summary in a character shard: how many documents hold it, and
// its best documents for a query of it alone.
import { shardPaths, type CharEntry, type CharPostings } from './sharded-format.js';
import type { DocumentSets } from './sharded-build-sets.js';
import { deltas } from './sharded-build-sets.js';
import { TITLE_BOOST, bm25 } from './rank.js';
import { segments } from './tokenize.js';
import type { SearchDocument } from './types.js';

/** How many best documents a character's summary lists (enough for the first pages of a query of it alone). */
const CHARACTER_TOP = 50;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Yields the character files of the documents `ordered` (numbered in that order); gives the first
 * character of each character shard and the documents' average title and text lengths.
 */
export function* buildCharacters(
  ordered: readonly SearchDocument[],
  groupOf: readonly number[],
  documentFrequency: Readonly<Record<string, number>>,
  sets: DocumentSets,
  shardBytes: number,
): Generator<[string, unknown], { charStarts: string[]; averageLength: [number, number] }> {
  const characters = new Map<string, { docs: number[]; inTitle: number[]; inText: number[] }>();
  ordered.forEach((d, n) => {
    const counts = new Map<string, [number, number]>();
    [d.title, d.text].forEach((field, f) => {
      for (const s of segments(field)) {
        if (s.kind !== 'han') continue;
        for (const c of s.text) {
          let pair = counts.get(c);
          if (!pair) counts.set(c, (pair = [0, 0]));
          pair[f]!++;
        }
      }
    });
    for (const [c, [t, x]] of counts) {
      let lists = characters.get(c);
      if (!lists) characters.set(c, (lists = { docs: [], inTitle: [], inText: [] }));
      lists.docs.push(n);
      lists.inTitle.push(t);
      lists.inText.push(x);
    }
  });
  let titles = 0;
  let texts = 0;
  for (const d of ordered) {
    titles += d.title.length;
    texts += d.text.length;
  }
  const averageLength: [number, number] = [
    Math.max(1, titles / Math.max(1, ordered.length)),
    Math.max(1, texts / Math.max(1, ordered.length)),
  ];
  const charStarts: string[] = [];
  let chars = new Map<string, CharEntry>();
  let charsFilled = 0;
  const flushChars = (): [string, unknown] => [
    shardPaths.chars(charStarts.length - 1),
    { chars: Object.fromEntries(chars) },
  ];
  for (const c of [...characters.keys()].sort(compare)) {
    const lists = characters.get(c)!;
    characters.delete(c);
    const titleLength = lists.docs.map((n) => ordered[n]!.title.length);
    const textLength = lists.docs.map((n) => ordered[n]!.text.length);
    const postings: CharPostings = [deltas(lists.docs), lists.inTitle, lists.inText, titleLength, textLength];
    yield [shardPaths.charPostings(c), { postings }];
    yield [shardPaths.charGroups(c), { groups: { [c]: lists.docs.map((n) => groupOf[n]!) } }];
    const set = yield* sets.add(lists.docs, false);
    // The best documents for the character alone, scored as a query of it alone scores them.
    const df = Object.hasOwn(documentFrequency, c) ? documentFrequency[c]! : 0;
    const matching = Math.max(lists.docs.length, df);
    const inner = lists.docs.map((_, k) => {
      const inTitle = lists.inTitle[k]!;
      const inText = lists.inText[k]!;
      let score = 0;
      if (inTitle) score += TITLE_BOOST * bm25(inTitle, matching, ordered.length, titleLength[k]!, averageLength[0]);
      if (inText) score += bm25(inText, matching, ordered.length, textLength[k]!, averageLength[1]);
      return score;
    });
    const order = lists.docs.map((_, k) => k).sort((a, b) => inner[b]! - inner[a]! || a - b);
    const top = order
      .slice(0, CHARACTER_TOP)
      .flatMap((k) => [lists.docs[k]!, lists.inTitle[k]!, lists.inText[k]!, titleLength[k]!, textLength[k]!]);
    const left = order[CHARACTER_TOP];
    const entry: CharEntry = [
      df,
      lists.docs.length,
      top,
      left === undefined ? -1 : inner[left]!,
      left === undefined ? -1 : lists.docs[left]!,
      set,
    ];
    const size = c.length + JSON.stringify(entry).length;
    if (charStarts.length === 0 || charsFilled + size > shardBytes) {
      if (chars.size) yield flushChars();
      chars = new Map();
      charStarts.push(c);
      charsFilled = 0;
    }
    chars.set(c, entry);
    charsFilled += size;
  }
  if (charStarts.length === 0) charStarts.push('');
  yield flushChars();
  return { charStarts, averageLength };
}
