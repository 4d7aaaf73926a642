import { UnknownLayoutError } from '../errors.js';
import type { KeyboardLayer, KeyboardLayout } from '../types.js';
import { UnknownLayerError } from '../errors.js';
import { mongolianScriptLayout } from './mongolian-script.js';
import { phoneticLayout } from './phonetic.js';
import { standardLayout } from './standard.js';
import { touchLayout } from './touch.js';

/** Every built-in layout, the default (standard, GB/T 28038) first. */
export const LAYOUTS: readonly KeyboardLayout[] = [standardLayout, mongolianScriptLayout, phoneticLayout, touchLayout];

/** The id of the default layout: the standard layout. */
export const DEFAULT_LAYOUT_ID = standardLayout.id;

/** A built-in layout by id ('standard', 'mongolian-script', 'phonetic', 'touch'). @throws UnknownLayoutError */
export function getLayout(id: string): KeyboardLayout {
  const layout = LAYOUTS.find((candidate) => candidate.id === id);
  if (!layout)
    throw new UnknownLayoutError(
      id,
      LAYOUTS.map((l) => l.id),
    );
  return layout;
}

/** A layer of a layout by id (the default layer when id is undefined). @throws UnknownLayerError */
export function getLayer(layout: KeyboardLayout, id: string | undefined = layout.defaultLayer): KeyboardLayer {
  const layer = layout.layers.find((candidate) => candidate.id === id);
  if (!layer) throw new UnknownLayerError(layout.id, id);
  return layer;
}
