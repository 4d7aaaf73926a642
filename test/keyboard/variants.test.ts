import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  FVS1,
  FVS2,
  FVS_VARIANT_TABLE,
  HUDUM_LETTERS,
  applyFvsChoice,
  fvsChoicesBeforeCaret,
  letterPositionAt,
  letterVariantChoices,
  letterVariants,
} from '@bichig/keyboard';
import { repoRoot } from './helpers.js';

const caret = (value: string, at = value.length) => ({ value, selectionStart: at, selectionEnd: at });

describe('FVS variant table (generated from the project font)', () => {
  it('covers every Hudum letter in all four positions, with the font glyph names of that letter', () => {
    assert.equal(HUDUM_LETTERS.length, 35);
    for (const letter of HUDUM_LETTERS) {
      const hex = (letter.codePointAt(0) ?? 0).toString(16).toUpperCase();
      for (const position of ['isol', 'init', 'medi', 'fina'] as const) {
        const entry = FVS_VARIANT_TABLE[letter]?.[position];
        assert.ok(entry, `${hex} ${position}`);
        assert.ok(entry.plain.length > 0);
        for (const [fvs, glyphs] of Object.entries(entry.variants)) {
          assert.match(fvs, /^[1-4]$/);
          assert.ok(glyphs.length > 0);
          // A variant is drawn with glyphs of its own letter, or a ligature that includes it.
          assert.ok(
            glyphs.includes(`uni${hex}`) || !glyphs.startsWith('uni'),
            `${hex} ${position} FVS${fvs}: ${glyphs}`,
          );
        }
        for (const fvs of entry.sameAsPlain) assert.equal(entry.variants[fvs], entry.plain);
      }
    }
  });

  it('has the variants UTN #57 is known for', () => {
    // ᠭ in medial position: FVS1–4 all defined (masculine dotted, feminine, masculine, feminine dotted).
    assert.deepEqual(Object.keys(FVS_VARIANT_TABLE['\u182D']?.medi?.variants ?? {}), ['1', '2', '3', '4']);
    // ᠨ has its dotted and undotted forms.
    assert.ok(FVS_VARIANT_TABLE['\u1828']?.init?.variants[1]);
    // ᠤ final FVS1 is the o-like final.
    assert.equal(FVS_VARIANT_TABLE['\u1824']?.fina?.variants[1], 'uni1824.O.fina');
    // ᠧ has no free variants.
    for (const position of ['isol', 'init', 'medi', 'fina'] as const) {
      assert.deepEqual(FVS_VARIANT_TABLE['\u1827']?.[position]?.variants, {});
    }
  });

  it('no FVS4 on letters the standard gives none (ᠠ, ᠡ)', () => {
    for (const letter of ['\u1820', '\u1821']) {
      for (const choice of ['isol', 'init', 'medi', 'fina'].flatMap((p) => letterVariants(letter, p as 'isol'))) {
        assert.notEqual(choice.fvs, 4);
      }
    }
  });
});

describe('positions', () => {
  it('finds positions by joining', () => {
    const word = 'ᠮᠣᠩᠭᠣᠯ';
    assert.equal(letterPositionAt(word, 0), 'init');
    assert.equal(letterPositionAt(word, 3), 'medi');
    assert.equal(letterPositionAt(word, 5), 'fina');
    assert.equal(letterPositionAt('ᠠ', 0), 'isol');
    assert.equal(letterPositionAt('ᠨᠡᠷ\u180Eᠡ', 2), 'fina');
    assert.equal(letterPositionAt('ᠨᠡᠷ\u180Eᠡ', 4), 'isol');
    assert.equal(letterPositionAt('ᠭ' + FVS1 + 'ᠠ', 0), 'init');
    assert.equal(letterPositionAt('ᠠ' + FVS1 + 'ᠭ', 2), 'fina');
  });
});

describe('FVS choices for the letter before the caret', () => {
  it('offers the medial variants of ᠭ in ᠮᠣᠩᠭ|ᠣᠯ', () => {
    const choices = fvsChoicesBeforeCaret(caret('ᠮᠣᠩᠭᠣᠯ', 4));
    assert.ok(choices);
    assert.equal(choices.letter, '\u182D');
    assert.equal(choices.position, 'medi');
    assert.equal(choices.current, 0);
    assert.deepEqual(
      choices.choices.map((c) => c.fvs),
      [0, 1, 2, 3, 4],
    );
    assert.equal(choices.choices.find((c) => c.fvs === 2)?.sameAsPlain, true);
  });

  it('sees through an FVS already typed, and replaces it', () => {
    const state = caret('ᠭ' + FVS1);
    const choices = fvsChoicesBeforeCaret(state);
    assert.equal(choices?.current, 1);
    assert.equal(choices?.position, 'isol');
    assert.deepEqual(applyFvsChoice(state, 2), caret('ᠭ' + FVS2));
    assert.deepEqual(applyFvsChoice(state, 0), caret('ᠭ'));
  });

  it('adds an FVS in the middle of a word and keeps the caret after it', () => {
    assert.deepEqual(applyFvsChoice(caret('ᠮᠣᠩᠭᠣᠯ', 4), 1), caret('ᠮᠣᠩᠭ' + FVS1 + 'ᠣᠯ', 5));
  });

  it('offers nothing after a non-letter or with a selection', () => {
    assert.equal(fvsChoicesBeforeCaret(caret('ᠠ ')), null);
    assert.equal(fvsChoicesBeforeCaret(caret('')), null);
    assert.equal(fvsChoicesBeforeCaret({ value: 'ᠠᠪ', selectionStart: 0, selectionEnd: 2 }), null);
    assert.deepEqual(applyFvsChoice(caret('abc'), 1), caret('abc'));
  });

  it('long-press choices follow the position the letter would take at the caret', () => {
    assert.equal(letterVariantChoices(caret(''), '\u1828')[0]?.position, 'isol');
    assert.equal(letterVariantChoices(caret('ᠠ'), '\u1828')[0]?.position, 'fina');
    assert.equal(letterVariantChoices(caret('ᠠᠠ', 1), '\u1828')[0]?.position, 'medi');
    const initial = letterVariantChoices(caret('ᠠ', 0), '\u1828');
    assert.equal(initial[0]?.position, 'init');
    assert.deepEqual(
      initial.map((c) => c.text),
      ['\u1828', '\u1828' + FVS1],
    );
    assert.deepEqual(letterVariantChoices(caret(''), 'x'), []);
  });
});

describe('the committed table is what the font gives', () => {
  it('regenerating it from fonts/NotoSansMongolian-Regular.ttf with HarfBuzz changes nothing', () => {
    const script = join(repoRoot, 'packages', 'keyboard', 'scripts', 'generate-fvs-variants.ts');
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /matches the font: \d+ variants/);
  });
});
