import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FVS4,
  INVISIBLE_CHARACTERS,
  LAYOUTS,
  UnknownLayerError,
  UnknownLayoutError,
  actionForKeyEvent,
  getLayer,
  getLayout,
  mongolianScriptLayout,
  standardLayout,
} from '@bichig/keyboard';
import type { KeyAction, KeyboardLayout } from '@bichig/keyboard';
import { codePoints, keyEvent, readStandardTable, typeKeys } from './helpers.js';

const table = readStandardTable();

function typed(action: KeyAction | null): string | null {
  if (action === null) return 'pass-through';
  if (action.type === 'none') return null;
  if (action.type === 'insert') return action.text;
  return `action:${action.type}`;
}

describe('standard layout against shared/keyboards/KBDMONST.md', () => {
  it('the table parses into every key of the main block', () => {
    assert.equal(table.length, 48);
    assert.deepEqual(new Set(table.map((row) => row.code)).size, table.length);
  });

  for (const row of table) {
    it(`${row.code} types ${row.base === null ? 'nothing' : codePoints(row.base).join(' ')} / shift ${row.shift === null ? 'nothing' : codePoints(row.shift).join(' ')}`, () => {
      const base = typed(actionForKeyEvent(standardLayout, keyEvent(row.code)));
      const shift = typed(actionForKeyEvent(standardLayout, keyEvent(`S-${row.code}`)));
      assert.deepEqual(base === null ? null : codePoints(base), row.base === null ? null : codePoints(row.base));
      assert.deepEqual(shift === null ? null : codePoints(shift), row.shift === null ? null : codePoints(row.shift));
    });
  }

  it('has no physical key that the table does not list', () => {
    const codes = new Set(table.map((row) => row.code));
    assert.deepEqual(
      [...standardLayout.physicalKeys.keys()].filter((code) => !codes.has(code)),
      [],
    );
  });

  it('shows every table key on its on-screen base and shift layers', () => {
    for (const level of ['base', 'shift'] as const) {
      const shown = new Map(
        getLayer(standardLayout, level)
          .rows.flat()
          .filter((k) => k.code)
          .map((k) => [k.code, k]),
      );
      for (const row of table) {
        const key = shown.get(row.code);
        assert.ok(key, `${row.code} missing from the ${level} layer`);
        const expected = row[level];
        if (expected === null) assert.equal(key.action.type, 'none');
        else assert.deepEqual(key.action, { type: 'insert', text: expected });
      }
    }
  });
});

describe('Mongolian (Mongolian Script), KBDMONMO', () => {
  it('differs from the standard layout on Q, W and C', () => {
    const at = (spec: string) => typed(actionForKeyEvent(mongolianScriptLayout, keyEvent(spec)));
    assert.equal(at('KeyQ'), '\u1834');
    assert.equal(at('KeyW'), '\u1823');
    assert.equal(at('S-KeyW'), '\u1838');
    assert.equal(at('KeyC'), '\u183C');
    assert.equal(at('S-KeyC'), '\u1842');
    assert.equal(at('S-KeyQ'), null);
  });

  it('Caps Lock swaps the levels of SGCaps keys only', () => {
    const caps = (code: string) => typed(actionForKeyEvent(mongolianScriptLayout, keyEvent(code, { capsLock: true })));
    assert.equal(caps('KeyN'), '\u1829');
    assert.equal(caps('KeyA'), '\u1820');
    assert.equal(typed(actionForKeyEvent(mongolianScriptLayout, keyEvent('S-KeyN', { capsLock: true }))), '\u1828');
  });

  it('types ᠮᠣᠩᠭᠣᠯ and ᠴᠢᠯᠥᠭᠡ with its own key positions', () => {
    assert.equal(typeKeys(mongolianScriptLayout, 'KeyM KeyW S-KeyN KeyG KeyW KeyL').value, 'ᠮᠣᠩᠭᠣᠯ');
    assert.equal(typeKeys(mongolianScriptLayout, 'KeyQ KeyI KeyL KeyO KeyG KeyE').value, 'ᠴᠢᠯᠥᠭᠡ');
  });
});

describe('every layout', () => {
  for (const layout of LAYOUTS) {
    describe(layout.id, () => {
      it('can type FVS4 (U+180F) on screen', () => {
        const onScreen = layout.layers.some((layer) =>
          layer.rows.flat().some((key) => key.action.type === 'insert' && key.action.text === FVS4),
        );
        assert.ok(onScreen);
      });

      it('can type FVS4 with a hardware key', () => {
        const keys = [...layout.physicalKeys.keys()].flatMap((code) => [code, `S-${code}`, `A-${code}`]);
        assert.ok(keys.some((spec) => typed(actionForKeyEvent(layout, keyEvent(spec))) === FVS4));
      });

      it('names every invisible character on its key caps', () => {
        for (const layer of layout.layers) {
          for (const key of layer.rows.flat()) {
            if (key.action.type !== 'insert') continue;
            const text = key.action.text;
            const invisible = INVISIBLE_CHARACTERS.find((info) => info.char === text);
            if (!invisible) continue;
            assert.equal(key.cap, invisible.cap, `${layer.id}/${key.id}`);
            assert.ok(
              key.label?.['mn-Mong'] && key.label['zh-Hans'] && key.label.en,
              `${layer.id}/${key.id} has no label`,
            );
          }
        }
      });

      it('has every format control on its controls layer', () => {
        const controls = getLayer(layout, 'controls').rows.flat();
        for (const info of INVISIBLE_CHARACTERS) {
          assert.ok(
            controls.some((key) => key.action.type === 'insert' && key.action.text === info.char),
            info.cap,
          );
        }
      });

      it('has unique key ids per layer and layer switches that lead somewhere', () => {
        assertLayersConsistent(layout);
      });
    });
  }
});

function assertLayersConsistent(layout: KeyboardLayout): void {
  const layerIds = new Set(layout.layers.map((layer) => layer.id));
  assert.ok(layerIds.has(layout.defaultLayer));
  for (const layer of layout.layers) {
    const ids = layer.rows.flat().map((key) => key.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate key id on ${layer.id}`);
    for (const key of layer.rows.flat()) {
      if (key.action.type === 'layer')
        assert.ok(layerIds.has(key.action.layer), `${layer.id}/${key.id} → ${key.action.layer}`);
      if (key.action.type === 'insert') assert.notEqual(key.cap, '', `${layer.id}/${key.id} has a blank cap`);
    }
  }
}

describe('lookup', () => {
  it('finds layouts and layers by id and names the unknown ones', () => {
    assert.equal(getLayout('standard'), standardLayout);
    assert.throws(
      () => getLayout('dvorak'),
      (error: unknown) => error instanceof UnknownLayoutError && /dvorak/.test(error.message),
    );
    assert.throws(() => getLayer(standardLayout, 'emoji'), UnknownLayerError);
  });
});
