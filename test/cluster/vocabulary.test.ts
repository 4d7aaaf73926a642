import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AUDIENCE_LABELS,
  AudienceSchema,
  CATALOG_GENRE_LABELS,
  CATALOG_GENRES,
  CATALOG_TOPIC_LABELS,
  CATALOG_TOPICS,
  INTERPRETATION_FORM_LABELS,
  InterpretationFormSchema,
  VALIDITY_LABELS,
  ValiditySchema,
  VOCABULARIES,
  isMongolianScript,
  vocabularyLabel,
} from '@bichig/cluster';

/** Traditional Mongolian letters, MVS, NNBSP, Mongolian comma and spaces: nothing else. */
const MONGOLIAN_LABEL = /^[\u1820-\u18AA\u180E\u202F\u1802 ]+$/u;

describe('catalog vocabularies', () => {
  it('name every term of every vocabulary, and no other', () => {
    assert.deepEqual(Object.keys(CATALOG_TOPIC_LABELS), Object.keys(CATALOG_TOPICS));
    assert.deepEqual(Object.keys(CATALOG_GENRE_LABELS), Object.keys(CATALOG_GENRES));
    assert.deepEqual(Object.keys(AUDIENCE_LABELS), AudienceSchema.options);
    assert.deepEqual(Object.keys(VALIDITY_LABELS).sort(), [...ValiditySchema.options].sort());
    assert.deepEqual(Object.keys(INTERPRETATION_FORM_LABELS), InterpretationFormSchema.options);
  });

  it('keep the standard Chinese names of topics and genres', () => {
    for (const [key, name] of Object.entries(CATALOG_TOPICS))
      assert.equal(CATALOG_TOPIC_LABELS[key as keyof typeof CATALOG_TOPICS].zh, name);
    for (const [key, name] of Object.entries(CATALOG_GENRES))
      assert.equal(CATALOG_GENRE_LABELS[key as keyof typeof CATALOG_GENRES].zh, name);
  });

  it('give every term a Mongolian name in traditional script, suffixes after NNBSP, distinct within a vocabulary', () => {
    for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
      const labels = Object.values(vocabulary) as { zh: string; mn: string }[];
      for (const { zh, mn } of labels) {
        assert.ok(zh.length > 0, `${name}: empty Chinese name`);
        assert.ok(isMongolianScript(mn) && MONGOLIAN_LABEL.test(mn), `${name} ${zh}: ${JSON.stringify(mn)}`);
        assert.ok(
          !/ (ᠶᠢᠨ|ᠤᠨ|ᠦᠨ|ᠢ|ᠶᠢ|ᠳᠤ|ᠲᠤ|ᠠᠴᠠ|ᠲᠡᠢ)(?=[ ᠂]|$)/u.test(mn),
          `${name} ${zh}: a case suffix after a plain space in ${mn}`,
        );
        assert.ok(!/\u1828\u182D/u.test(mn), `${name} ${zh}: ᠨ+ᠭ written for ᠩ in ${mn}`);
      }
      assert.equal(new Set(labels.map((l) => l.mn)).size, labels.length, `${name}: two terms share a Mongolian name`);
    }
  });

  it('look up a term in either language, and show an unknown term as it is', () => {
    assert.equal(vocabularyLabel('genre', 'notice', 'zh'), '通知');
    assert.equal(vocabularyLabel('genre', 'notice', 'mn'), 'ᠮᠡᠳᠡᠭᠳᠡᠯ');
    assert.equal(vocabularyLabel('validity', 'valid', 'mn'), 'ᠬᠦᠴᠦᠨ\u202Fᠲᠡᠢ');
    assert.equal(vocabularyLabel('audience', 'herders', 'zh'), '农牧民');
    assert.equal(vocabularyLabel('topic', 'space-exploration' as never, 'mn'), 'space-exploration');
  });
});
