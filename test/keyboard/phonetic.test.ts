import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionForKeyEvent, applyKey, emptyEditorState, phoneticLayout } from '@bichig/keyboard';
import type { EditorState } from '@bichig/keyboard';
import { codePoints, keyEvent } from './helpers.js';

/** The physical key a Latin character is typed with on a US keyboard. */
function keySpec(char: string): string {
  if (/^[a-z]$/.test(char)) return `Key${char.toUpperCase()}`;
  if (/^[A-Z]$/.test(char)) return `S-Key${char}`;
  const others: Record<string, string> = {
    ' ': 'Space',
    '-': 'Minus',
    _: 'S-Minus',
    '\\': 'Backslash',
    "'": 'Quote',
    ',': 'Comma',
    '.': 'Period',
  };
  const spec = others[char];
  if (!spec) throw new Error(`no key for ${char}`);
  return spec;
}

function typeLatin(latin: string, state: EditorState = emptyEditorState()): EditorState {
  let current = state;
  for (const char of latin) {
    const action = actionForKeyEvent(phoneticLayout, keyEvent(keySpec(char)));
    assert.ok(action, `${char} passed through`);
    current = applyKey(current, action, { layout: phoneticLayout });
  }
  return current;
}

describe('phonetic layout: real words', () => {
  const words: [latin: string, mongolian: string][] = [
    ['monggol', 'ᠮᠣᠩᠭᠣᠯ'],
    ['kuemuen', 'ᠬᠦᠮᠦᠨ'],
    ['kvmvn', 'ᠬᠦᠮᠦᠨ'],
    ['erke', 'ᠡᠷᠬᠡ'],
    ['chiloege', 'ᠴᠢᠯᠥᠭᠡ'],
    ['bichig', 'ᠪᠢᠴᠢᠭ'],
    ['shine', 'ᠱᠢᠨᠡ'],
    ['ulaghanbaghatur', 'ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ'],
    ['ner_e', 'ᠨᠡᠷ\u180Eᠡ'],
    ['sili-yin gool', 'ᠰᠢᠯᠢ\u202Fᠶᠢᠨ ᠭᠣᠣᠯ'],
    ['monggol-un', 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ'],
    ['kuemuen-ue', 'ᠬᠦᠮᠦᠨ\u202Fᠦ'],
    ['jasag', 'ᠵᠠᠰᠠᠭ'],
    ['Oger_e', 'ᠥᠭᠡᠷ\u180Eᠡ'],
    ["g'", 'ᠭ\u180B'],
  ];
  for (const [latin, mongolian] of words) {
    it(`${latin} → ${mongolian}`, () => {
      const state = typeLatin(latin);
      assert.deepEqual(codePoints(state.value), codePoints(mongolian));
      assert.equal(state.selectionStart, mongolian.length);
      assert.equal(state.selectionEnd, mongolian.length);
    });
  }
});

describe('phonetic layout: digraphs', () => {
  it('the separator key keeps n and g apart', () => {
    assert.equal(typeLatin('on\\g').value, 'ᠣᠨᠭ');
  });

  it('a digraph does not form once the caret has moved', () => {
    const afterN = typeLatin('on');
    assert.deepEqual(afterN.pendingLatin, { latin: 'n', text: 'ᠨ', end: 2 });
    const moved: EditorState = { ...afterN, selectionStart: 1, selectionEnd: 1 };
    assert.equal(typeLatin('g', moved).value, 'ᠣᠭᠨ');
  });

  it('a digraph does not form with a letter that was already there', () => {
    const state = typeLatin('g', { value: 'ᠣᠨ', selectionStart: 2, selectionEnd: 2 });
    assert.equal(state.value, 'ᠣᠨᠭ');
  });

  it('a digraph replaces only its first letter, inside a word', () => {
    const state = typeLatin('sh', { value: 'ᠠᠢ', selectionStart: 0, selectionEnd: 0 });
    assert.deepEqual(state, {
      value: 'ᠱᠠᠢ',
      selectionStart: 1,
      selectionEnd: 1,
      pendingLatin: { latin: 'sh', text: 'ᠱ', end: 1 },
    });
  });

  it('backspace after a digraph removes the whole letter it typed', () => {
    const state = applyKey(typeLatin('ang'), { type: 'backspace' }, { layout: phoneticLayout });
    assert.equal(state.value, 'ᠠ');
  });

  it('capital letters type loan letters, Shift+Backquote types FVS4', () => {
    assert.equal(typeLatin('K').value, '\u183A');
    assert.equal(typeLatin('H').value, '\u183E');
    const fvs4 = actionForKeyEvent(phoneticLayout, keyEvent('S-Backquote'));
    assert.deepEqual(fvs4, { type: 'insert', text: '\u180F' });
  });
});
