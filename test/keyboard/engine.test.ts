import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FVS1,
  FVS2,
  InvalidEditorStateError,
  MVS,
  NNBSP,
  UnknownKeyActionError,
  UnknownLayerError,
  actionForKeyEvent,
  applyKey,
  applyKeys,
  emptyEditorState,
  getLayer,
  standardLayout,
  touchLayout,
} from '@bichig/keyboard';
import type { EditorState, KeyAction } from '@bichig/keyboard';
import { codePoints, keyEvent, readStandardTable, sharedDir, typeKeys } from './helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const at = (value: string, start: number, end = start): EditorState => ({
  value,
  selectionStart: start,
  selectionEnd: end,
});
const insert = (text: string): KeyAction => ({ type: 'insert', text });

describe('applyKey: insertion and selection', () => {
  it('inserts at the caret and moves the caret after the text', () => {
    const next = applyKey(at('ᠮᠣᠯ', 2), insert('ᠩᠭᠣ'));
    assert.deepEqual(next, at('ᠮᠣᠩᠭᠣᠯ', 5));
  });

  it('replaces the selection', () => {
    const next = applyKey(at('ᠬᠦᠮᠦᠨ ᠪᠦᠷ', 0, 5), insert('ᠡᠷᠬᠡ'));
    assert.deepEqual(next, at('ᠡᠷᠬᠡ ᠪᠦᠷ', 4));
  });

  it('does not change the state it was given', () => {
    const state = at('ᠠ', 1);
    applyKey(state, insert('ᠪ'));
    assert.deepEqual(state, at('ᠠ', 1));
  });

  it('enter inserts a line break', () => {
    assert.deepEqual(applyKey(at('ᠠᠪ', 1), { type: 'enter' }), at('ᠠ\nᠪ', 2));
  });
});

describe('applyKey: deletion by code point', () => {
  it('backspace removes a free variation selector on its own, keeping its letter', () => {
    const word = 'ᠭ' + FVS1 + 'ᠠ';
    assert.deepEqual(applyKey(at(word, 2), { type: 'backspace' }), at('ᠭᠠ', 1));
  });

  it('backspace removes MVS alone from ᠨᠡᠷ᠎ᠡ', () => {
    assert.deepEqual(applyKey(at('ᠨᠡᠷ' + MVS + 'ᠡ', 4), { type: 'backspace' }), at('ᠨᠡᠷᠡ', 3));
  });

  it('delete removes the code point after the caret', () => {
    assert.deepEqual(applyKey(at('ᠮᠣᠩᠭᠣᠯ' + NNBSP + 'ᠤᠨ', 6), { type: 'delete' }), at('ᠮᠣᠩᠭᠣᠯᠤᠨ', 6));
  });

  it('removes a whole surrogate pair, never half of it', () => {
    const text = 'a😀b';
    assert.deepEqual(applyKey(at(text, 3), { type: 'backspace' }), at('ab', 1));
    assert.deepEqual(applyKey(at(text, 1), { type: 'delete' }), at('ab', 1));
  });

  it('backspace and delete remove the selection when there is one', () => {
    assert.deepEqual(applyKey(at('ᠡᠷᠬᠡ ᠲᠡᠢ', 4, 8), { type: 'backspace' }), at('ᠡᠷᠬᠡ', 4));
    assert.deepEqual(applyKey(at('ᠡᠷᠬᠡ ᠲᠡᠢ', 0, 5), { type: 'delete' }), at('ᠲᠡᠢ', 0));
  });

  it('does nothing at the edges', () => {
    assert.deepEqual(applyKey(at('ᠠ', 0), { type: 'backspace' }), at('ᠠ', 0));
    assert.deepEqual(applyKey(at('ᠠ', 1), { type: 'delete' }), at('ᠠ', 1));
  });
});

describe('applyKey: bad input', () => {
  it('rejects a selection outside the value, naming it', () => {
    assert.throws(
      () => applyKey(at('ᠠ', 0, 5), insert('ᠪ')),
      (error: unknown) =>
        error instanceof InvalidEditorStateError && /0–5/.test(error.message) && /within 0–1/.test(error.message),
    );
    assert.throws(() => applyKey(at('ᠠ', 1, 0), insert('ᠪ')), InvalidEditorStateError);
    assert.throws(() => applyKey(at('ᠠ', 0.5), insert('ᠪ')), InvalidEditorStateError);
  });

  it('rejects an unknown action type', () => {
    assert.throws(() => applyKey(at('', 0), { type: 'paste' } as unknown as KeyAction), UnknownKeyActionError);
  });

  it('rejects a layer the layout does not have', () => {
    assert.throws(
      () => applyKey(at('', 0), { type: 'layer', layer: 'emoji', mode: 'lock' }, { layout: touchLayout }),
      UnknownLayerError,
    );
  });
});

describe('applyKey: layers', () => {
  const layout = touchLayout;
  it('a once layer (shift) returns after one character', () => {
    let state: EditorState = { ...at('', 0), layer: 'letters' };
    state = applyKey(state, { type: 'layer', layer: 'shift', mode: 'once' }, { layout });
    assert.equal(state.layer, 'shift');
    const shiftedKey = getLayer(layout, 'shift').rows[0]?.[0];
    assert.ok(shiftedKey);
    state = applyKey(state, shiftedKey.action, { layout });
    assert.equal(state.value, '\u1827'); // ᠧ, the first letter of the touch layout's shift layer
    assert.equal(state.layer, 'letters');
    assert.equal(state.returnLayer, undefined);
  });

  it('a lock layer stays, and its key pressed again goes back', () => {
    let state: EditorState = { ...at('', 0), layer: 'letters' };
    state = applyKey(state, { type: 'layer', layer: 'symbols', mode: 'lock' }, { layout });
    state = applyKeys(state, [insert('1'), insert('2')], { layout });
    assert.equal(state.layer, 'symbols');
    state = applyKey(state, { type: 'layer', layer: 'symbols', mode: 'lock' }, { layout });
    assert.equal(state.layer, 'letters');
    assert.equal(state.value, '12');
  });

  it('shift then controls, both one-shot, go back to letters after one character', () => {
    let state: EditorState = { ...at('', 0), layer: 'letters' };
    state = applyKey(state, { type: 'layer', layer: 'shift', mode: 'once' }, { layout });
    state = applyKey(state, { type: 'layer', layer: 'controls', mode: 'once' }, { layout });
    state = applyKey(state, insert('\u180F'), { layout });
    assert.equal(state.layer, 'letters');
  });

  it('the controls layer types FVS2 then goes back to letters', () => {
    let state: EditorState = { ...at('ᠭ', 1), layer: 'letters' };
    state = applyKey(state, { type: 'layer', layer: 'controls', mode: 'once' }, { layout });
    const fvs2 = getLayer(layout, 'controls')
      .rows.flat()
      .find((key) => key.cap === 'FVS2');
    assert.ok(fvs2);
    state = applyKey(state, fvs2.action, { layout });
    assert.equal(state.value, 'ᠭ' + FVS2);
    assert.equal(state.layer, 'letters');
  });
});

describe('actionForKeyEvent', () => {
  it('lets Ctrl and Meta shortcuts pass through untouched', () => {
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { metaKey: true, shiftKey: true }]) {
      assert.equal(actionForKeyEvent(standardLayout, keyEvent('KeyC', modifier)), null);
    }
  });

  it('treats Ctrl+Alt as AltGr (Windows) and types the alt level', () => {
    assert.deepEqual(
      actionForKeyEvent(standardLayout, keyEvent('Backquote', { ctrlKey: true, altKey: true })),
      insert('\u180F'),
    );
  });

  it('passes through Alt combinations the layout does not define, and keys outside it', () => {
    assert.equal(actionForKeyEvent(standardLayout, keyEvent('A-KeyF')), null);
    for (const code of ['ArrowLeft', 'Tab', 'Escape', 'F5', 'IntlBackslash']) {
      assert.equal(actionForKeyEvent(standardLayout, keyEvent(code)), null, code);
    }
  });

  it('maps editing keys to engine actions', () => {
    assert.deepEqual(actionForKeyEvent(standardLayout, keyEvent('Backspace')), { type: 'backspace' });
    assert.deepEqual(actionForKeyEvent(standardLayout, keyEvent('Delete')), { type: 'delete' });
    assert.deepEqual(actionForKeyEvent(standardLayout, keyEvent('Enter')), { type: 'enter' });
  });

  it('swallows a key that types nothing on its level', () => {
    assert.deepEqual(actionForKeyEvent(standardLayout, keyEvent('S-KeyA')), { type: 'none' });
  });
});

describe('typing real words with physical keys (standard layout)', () => {
  const cases: [keys: string, expected: string][] = [
    ['KeyM KeyQ S-KeyN KeyG KeyQ KeyL', 'ᠮᠣᠩᠭᠣᠯ'],
    ['KeyH KeyU KeyM KeyU KeyN', 'ᠬᠦᠮᠦᠨ'],
    ['KeyE KeyR KeyH KeyE', 'ᠡᠷᠬᠡ'],
    ['KeyN KeyE KeyR S-Minus KeyE', 'ᠨᠡᠷ\u180Eᠡ'],
    ['KeyM KeyQ S-KeyN KeyG KeyQ KeyL Minus KeyV KeyN', 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ'],
    ['KeyB KeyI KeyC KeyI KeyG Quote', 'ᠪᠢᠴᠢᠭ\u180B'],
    ['KeyC KeyI KeyL KeyO KeyG KeyE Space KeyT KeyE KeyI Comma', 'ᠴᠢᠯᠥᠭᠡ ᠲᠡᠢ᠂'],
  ];
  for (const [keys, expected] of cases) {
    it(`${keys} → ${expected}`, () => {
      const state = typeKeys(standardLayout, keys);
      assert.deepEqual(codePoints(state.value), codePoints(expected));
      assert.equal(state.selectionStart, expected.length);
    });
  }

  it('types the whole UDHR article 1 from the corpus, keys found from the KBDMONST table', () => {
    const text = readFileSync(join(sharedDir, 'corpus', 'udhr-article1.mn-Mong.txt'), 'utf8').trim();
    // Invert the source table (not our data): the first key and level that gives each character.
    const keyFor = new Map<string, string>();
    for (const row of readStandardTable()) {
      if (row.base !== null && !keyFor.has(row.base)) keyFor.set(row.base, row.code);
      if (row.shift !== null && !keyFor.has(row.shift)) keyFor.set(row.shift, `S-${row.code}`);
    }
    const keys = Array.from(text, (char) => {
      const key = keyFor.get(char);
      assert.ok(key, `no key for ${codePoints(char).join('')}`);
      return key;
    });
    assert.equal(typeKeys(standardLayout, keys.join(' ')).value, text);
  });

  it('typing over a selection replaces it', () => {
    const state = typeKeys(standardLayout, 'KeyE KeyR KeyH KeyE', at('ᠬᠦᠮᠦᠨ ᠪᠦᠷ', 0, 5));
    assert.deepEqual(state, at('ᠡᠷᠬᠡ ᠪᠦᠷ', 4));
  });

  it('backspace by physical key removes an FVS, then the letter', () => {
    let state = typeKeys(standardLayout, 'KeyG Quote');
    state = typeKeys(standardLayout, 'Backspace', state);
    assert.equal(state.value, 'ᠭ');
    state = typeKeys(standardLayout, 'Backspace', state);
    assert.deepEqual(state, emptyEditorState());
  });
});
