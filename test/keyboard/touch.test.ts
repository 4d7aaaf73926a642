import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTROLS_LAYER_ID, INVISIBLE_CHARACTERS, applyKey, getLayer, touchLayout } from '@bichig/keyboard';
import type { EditorState, KeyboardLayer, ScreenKey } from '@bichig/keyboard';
import { WORD_FREQUENCIES } from '../../packages/keyboard/src/data/word-frequencies.js';
import { readStandardTable } from './helpers.js';

// The box model of the touch layout in <bichig-keyboard> (bichig-keyboard.styles.ts): 44 px
// keys, 2 px between keys, 2 px padding and a 1 px border around them. A 360 px phone, with a
// page margin of 16 px on each side (1rem, as the demo portal has), leaves 328 px.
const KEY_PX = 44;
const GAP_PX = 2;
const KEYBOARD_FRAME_PX = 2 * (2 + 1);
const PHONE_PX = 360;
const SAFE_MARGIN_PX = 16;

const HUDUM_LETTER = /^[\u1820-\u1842]$/u;

function insertedText(key: ScreenKey): string | undefined {
  return key.action.type === 'insert' ? key.action.text : undefined;
}

function lettersOn(layer: KeyboardLayer): string[] {
  return layer.rows.flat().flatMap((key) => {
    const text = insertedText(key);
    return text !== undefined && HUDUM_LETTER.test(text) ? [text] : [];
  });
}

/** How often each letter occurs in the built-in word list, weighted by the words' counts. */
function letterCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word, count] of WORD_FREQUENCIES) {
    for (const char of word) if (HUDUM_LETTER.test(char)) counts.set(char, (counts.get(char) ?? 0) + count);
  }
  return counts;
}

/** Presses the key with this id on the layer shown, as a tap does. */
function press(state: EditorState, id: string): EditorState {
  const key = getLayer(touchLayout, state.layer)
    .rows.flat()
    .find((candidate) => candidate.id === id);
  assert.ok(key, `no key ${id} on layer ${state.layer ?? touchLayout.defaultLayer}`);
  return applyKey(state, key.action, { layout: touchLayout });
}

/** The id of the key that types `text` on a layer, if there is one. */
function keyTyping(layerId: string, text: string): string | undefined {
  return getLayer(touchLayout, layerId)
    .rows.flat()
    .find((key) => insertedText(key) === text)?.id;
}

const start = (): EditorState => ({ value: '', selectionStart: 0, selectionEnd: 0, layer: touchLayout.defaultLayer });

describe('touch layout: fits a 360 px phone with 44 px keys', () => {
  for (const layer of touchLayout.layers) {
    it(`layer ${layer.id}: no row wider than seven 44 px keys and their gaps`, () => {
      for (const [index, row] of layer.rows.entries()) {
        const units = row.reduce((sum, key) => sum + (key.width ?? 1), 0);
        assert.ok(row.length <= 7, `row ${index} has ${row.length} keys`);
        assert.ok(units <= 7, `row ${index} is ${units} key units wide`);
        const px = units * KEY_PX + (row.length - 1) * GAP_PX + KEYBOARD_FRAME_PX;
        assert.ok(px <= PHONE_PX - 2 * SAFE_MARGIN_PX, `row ${index} needs ${px} px`);
      }
    });
  }
});

describe('touch layout: letters', () => {
  const table = readStandardTable();
  const standardLetters = new Set(
    table.flatMap((row) => [row.base, row.shift]).filter((c): c is string => c !== null && HUDUM_LETTER.test(c)),
  );
  const first = lettersOn(getLayer(touchLayout, 'letters'));
  const second = lettersOn(getLayer(touchLayout, 'shift'));

  it('has every Hudum letter of the standard layout on the letters or shift layer, each once', () => {
    assert.equal(standardLetters.size, 35);
    const both = new Set([...first, ...second]);
    assert.deepEqual(
      [...standardLetters].filter((letter) => !both.has(letter)),
      [],
    );
    assert.equal(new Set(first).size, first.length, 'a letter twice on the letters layer');
    assert.deepEqual(
      second.filter((letter) => first.includes(letter)),
      ['ᠩ'],
      'only ᠩ (on the row shared by both layers) is on both',
    );
  });

  it('types every letter from the letters layer: directly, or with a one-shot Shift', () => {
    for (const letter of standardLetters) {
      let state = start();
      const direct = keyTyping('letters', letter);
      if (!direct) {
        state = press(state, 'Shift');
        assert.equal(state.layer, 'shift');
      }
      const id = direct ?? keyTyping('shift', letter);
      assert.ok(id, `no key types ${letter}`);
      state = press(state, id);
      assert.equal(state.value, letter);
      assert.equal(state.layer, 'letters', `after ${letter} the letters layer is back`);
    }
  });

  it('puts the frequent letters of the word list on the first layer, by frequency rows', () => {
    const counts = letterCounts();
    const count = (letter: string) => counts.get(letter) ?? 0;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const onlyShift = second.filter((letter) => !first.includes(letter));
    // Each letter of the first layer is more frequent than every letter left to Shift.
    const rarestFirst = Math.min(...first.map(count));
    const commonestShifted = Math.max(...onlyShift.map(count));
    assert.ok(rarestFirst > commonestShifted, `${rarestFirst} vs ${commonestShifted}`);
    const coverage = first.reduce((sum, letter) => sum + count(letter), 0) / total;
    assert.ok(coverage > 0.999, `the first layer types ${(coverage * 100).toFixed(2)}% of letters`);
    // Row 2 holds the seven most frequent consonants, row 3 the next seven.
    const rows = getLayer(touchLayout, 'letters').rows.map((row) => row.flatMap((key) => insertedText(key) ?? []));
    const vowels = new Set('ᠠᠡᠢᠣᠤᠥᠦ');
    assert.deepEqual(new Set(rows[0]), vowels);
    const consonantsByCount = [...standardLetters]
      .filter((letter) => !vowels.has(letter))
      .sort((a, b) => count(b) - count(a));
    assert.deepEqual(new Set(rows[1]), new Set(consonantsByCount.slice(0, 7)));
    assert.deepEqual(new Set(rows[2]), new Set(consonantsByCount.slice(7, 14)));
    // Within a row, alphabet (code point) order.
    for (const row of rows.slice(0, 3)) assert.deepEqual(row, [...row].sort());
  });
});

describe('touch layout: format controls, digits, punctuation', () => {
  it('types FVS1–4, MVS, NNBSP, ZWJ and ZWNJ from named keys on the controls layer, then returns', () => {
    for (const info of INVISIBLE_CHARACTERS) {
      let state = press(start(), 'Controls');
      assert.equal(state.layer, CONTROLS_LAYER_ID);
      const key = getLayer(touchLayout, CONTROLS_LAYER_ID)
        .rows.flat()
        .find((candidate) => insertedText(candidate) === info.char);
      assert.ok(key, `no key for ${info.cap}`);
      assert.equal(key.cap, info.cap);
      assert.ok(key.label?.['zh-Hans'] && key.label['mn-Mong'] && key.label.en, `${info.cap} has names`);
      state = press(state, key.id);
      assert.equal(state.value, info.char);
      assert.equal(state.layer, 'letters');
    }
  });

  it('has NNBSP and MVS on the letters layer, the Mongolian comma and full stop too', () => {
    for (const text of ['\u202F', '\u180E', '\u1802', '\u1803']) assert.ok(keyTyping('letters', text), text);
  });

  it('types ASCII and Mongolian digits and stays on the symbols layers', () => {
    let state = press(start(), 'Symbols');
    for (const digit of '1234567890') state = press(state, keyTyping('symbols', digit) ?? `(${digit})`);
    state = press(state, 'MongolianDigits');
    assert.equal(state.layer, 'mongolian-digits');
    for (const digit of '᠑᠒᠓᠔᠕᠖᠗᠘᠙᠐') state = press(state, keyTyping('mongolian-digits', digit) ?? `(${digit})`);
    state = press(state, 'WesternDigits');
    assert.equal(state.layer, 'symbols');
    state = press(state, 'Letters');
    assert.equal(state.layer, 'letters');
    assert.equal(state.value, '1234567890᠑᠒᠓᠔᠕᠖᠗᠘᠙᠐');
  });

  it('has the Mongolian punctuation on the symbols layer', () => {
    for (const text of ['\u1802', '\u1803', '\u1804', '\u1801', '\uFE16', '\uFE15', '\u300A', '\u300B', '\u00B7'])
      assert.ok(keyTyping('symbols', text), `U+${text.codePointAt(0)!.toString(16)}`);
  });

  it('never shows an invisible character on a blank cap, and every function key has a name', () => {
    for (const layer of touchLayout.layers) {
      for (const key of layer.rows.flat()) {
        assert.notEqual(key.cap.trim(), '', `${layer.id}/${key.id}`);
        if (key.action.type !== 'insert') assert.ok(key.label?.['mn-Mong'], `${layer.id}/${key.id} has no name`);
      }
    }
  });
});
