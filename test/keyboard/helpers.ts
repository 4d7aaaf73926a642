import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionForKeyEvent, applyKey, emptyEditorState } from '@bichig/keyboard';
import type { EditorState, KeyboardLayout, PhysicalKeyEvent } from '@bichig/keyboard';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (test/keyboard → ../..). */
export const repoRoot = join(here, '..', '..');
/** shared/ sits beside the repository. */
export const sharedDir = join(repoRoot, '..', 'shared');

export interface TableRow {
  code: string;
  base: string | null;
  shift: string | null;
}

/** Reads one cell of the KBDMONST.md table: "U+180D FVS3", "`~`", "—", "%". */
function parseCell(cell: string): string | null {
  const text = cell.trim();
  if (text === '—') return null;
  const codePoint = /^U\+([0-9A-F]{4,6})\b/.exec(text);
  if (codePoint?.[1]) return String.fromCodePoint(parseInt(codePoint[1], 16));
  const quoted = /^`(.+)`$/.exec(text);
  if (quoted?.[1]) return quoted[1];
  if ([...text].length === 1) return text;
  throw new Error(`Cannot read table cell "${cell}"`);
}

/** The key table of shared/keyboards/KBDMONST.md, parsed from the source document. */
export function readStandardTable(): TableRow[] {
  const markdown = readFileSync(join(sharedDir, 'keyboards', 'KBDMONST.md'), 'utf8');
  const rows: TableRow[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1);
    if (cells.length !== 4) continue;
    const [code = '', base = '', shift = ''] = cells.map((c) => c.trim());
    if (code === 'code' || code.startsWith('---')) continue;
    rows.push({ code, base: parseCell(base), shift: parseCell(shift) });
  }
  return rows;
}

/** A key press: 'KeyA', 'S-KeyN' (with Shift), 'A-Backquote' (with Alt). */
export function keyEvent(spec: string, extra: Partial<PhysicalKeyEvent> = {}): PhysicalKeyEvent {
  const shiftKey = spec.startsWith('S-');
  const altKey = spec.startsWith('A-');
  const code = shiftKey || altKey ? spec.slice(2) : spec;
  return { code, shiftKey, altKey, ctrlKey: false, metaKey: false, ...extra };
}

/** Types a space-separated sequence of key presses into a state, through the layout's physical mapping. */
export function typeKeys(layout: KeyboardLayout, keys: string, state: EditorState = emptyEditorState()): EditorState {
  let current = state;
  for (const spec of keys.split(/\s+/).filter(Boolean)) {
    const action = actionForKeyEvent(layout, keyEvent(spec));
    if (action === null) throw new Error(`${spec} passed through on ${layout.id}`);
    current = applyKey(current, action, { layout });
  }
  return current;
}

/** Code points of a string, for readable assertion failures. */
export function codePoints(text: string): string[] {
  return Array.from(text, (c) => 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'));
}
