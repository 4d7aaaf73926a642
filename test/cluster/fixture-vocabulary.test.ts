// Issue #17: the fixture's Mongolian is written out as prose (articles, letters, replies and
// guides), not a handful of templates — at least 5,000 distinct Mongolian words, suffixes after
// NNBSP, MVS only before a separated final a/e, and every word shaped by the project font with
// no .notdef.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shapeText } from '@bichig/core';
import { fixture } from './helpers.js';
import { projectFonts } from '../core/helpers.js';

/** Word boundaries: spaces, line breaks and punctuation. NNBSP, MVS and FVS are inside a word. */
const BOUNDARY = /[ \n\t\u1800-\u1805\u1808\u1809,.:;!?()«»"“”—–/]+/u;
const MONGOLIAN_LETTER = /[\u1820-\u18AA]/u;
/**
 * What is written after NNBSP: case endings, plural, reflexive possession (with vowel harmony), and
 * the particles the standard joins the same way (possessive ᠨᠢ, question ᠤᠤ/ᠦᠦ).
 */
const NNBSP_SUFFIXES = new Set(
  (
    'ᠤᠨ ᠦᠨ ᠤ ᠦ ᠶᠢᠨ ᠢ ᠶᠢ ᠳᠤ ᠳᠦ ᠲᠤ ᠲᠦ ᠠᠴᠠ ᠡᠴᠡ ᠪᠠᠷ ᠪᠡᠷ ᠢᠶᠠᠷ ᠢᠶᠡᠷ ᠲᠠᠢ ᠲᠡᠢ ᠪᠠᠨ ᠪᠡᠨ ᠢᠶᠠᠨ ᠢᠶᠡᠨ ' +
    'ᠨᠤᠭᠤᠳ ᠨᠦᠭᠦᠳ ᠨᠠᠷ ᠨᠡᠷ ᠳᠠᠭᠠᠨ ᠳᠡᠭᠡᠨ ᠳᠠᠬᠢ ᠳᠡᠬᠢ ᠲᠠᠬᠢ ᠲᠡᠬᠢ ᠳᠤᠨᠢ ᠳᠦᠨᠢ ᠴᠤᠳ ᠴᠦᠳ ᠨᠢ ᠤᠤ ᠦᠦ'
  ).split(' '),
);

async function mongolianTexts(): Promise<string[]> {
  const { cluster } = await fixture();
  const texts: string[] = [];
  for (const site of cluster.sites.values()) {
    if (site.language !== 'mn') continue;
    // The UDHR article is real text kept as published (with its spelling quirks), not the fixture's own prose.
    for (const a of site.articles)
      if (a.language === 'mn' && !a.id.endsWith('-udhr')) texts.push(a.title, a.summary ?? '', ...a.body);
    for (const l of site.letters) if (l.language === 'mn') texts.push(l.subject, ...l.body, ...(l.reply?.body ?? []));
    for (const s of site.services)
      for (const t of [s.kind, ...s.conditions, ...s.basis, s.location, s.hours, ...s.materials.map((m) => m.name)])
        texts.push(t.mn ?? '');
  }
  return texts;
}

test('the Mongolian sites hold at least 5,000 distinct Mongolian words, well formed', async () => {
  const tokens = (await mongolianTexts())
    .join('\n')
    .split(BOUNDARY)
    .filter((t) => MONGOLIAN_LETTER.test(t));
  const distinct = new Set(tokens);
  const stems = new Set(tokens.map((t) => t.split('\u202F')[0]!));
  console.log(
    `Mongolian tokens: ${tokens.length}; distinct words: ${distinct.size}; distinct words before any NNBSP suffix: ${stems.size}`,
  );
  assert.ok(distinct.size >= 5000, `${distinct.size} distinct Mongolian words`);
  const badSuffix = [...distinct].filter((w) =>
    w
      .split('\u202F')
      .slice(1)
      .some((s) => !NNBSP_SUFFIXES.has(s)),
  );
  assert.deepEqual(badSuffix.slice(0, 10), [], 'every NNBSP is followed by a case, plural or possessive suffix');
  const badMvs = [...distinct].filter((w) => /\u180E(?![ᠠᠡ](?:$|\u202F))/u.test(w));
  assert.deepEqual(badMvs.slice(0, 10), [], 'MVS only before a final ᠠ/ᠡ');
  const latin = [...distinct].filter((w) => /[A-Za-z\u0400-\u04FF]/u.test(w));
  assert.deepEqual(latin, []);
});

test('every distinct Mongolian word of the fixture shapes without .notdef in the project font', async () => {
  const { mongolian } = await projectFonts();
  const words = new Set(
    (await mongolianTexts())
      .join('\n')
      .split(BOUNDARY)
      .filter((t) => MONGOLIAN_LETTER.test(t)),
  );
  const missing = [...words].filter((word) =>
    shapeText(mongolian, word.replace(/[0-9]/g, ''), { direction: 'ltr', script: 'Mong' })
      .glyphs()
      .some((g) => g.id === 0),
  );
  assert.deepEqual(missing.slice(0, 10), [], `${missing.length} of ${words.size} words draw a .notdef`);
});
