// The modules an interactive page imports as it starts (and the entry's own imports), listed in its <head> as
// <link rel="modulepreload">. Without them the entry script finds out what the page needs only when
// it runs, and Vite's preload helper then inserts one link per chunk from script: on the
// Mongolian mailbox that was about forty links, inserted in the task after first paint, a main-thread
// cost Lighthouse counted as blocking time (4× CPU). Listed in the HTML, they are fetched from the
// start, by the browser's preload scanner, and the helper finds them there and adds none.
import type { Language } from '@bichig/cluster';
import type { Feature } from './pages.js';
import type { ViteManifest } from './offline.js';

/**
 * The manifest keys a feature's page imports while it starts (never the ones it loads later on a
 * reader's action, such as the keyboard on first focus or search's query code on the first query).
 */
const STARTING_MODULES: Readonly<Record<Feature, { all: readonly string[]; mn?: readonly string[] }>> = {
  // The Mongolian form writes with the vertical fields, which mailbox.ts fetches beside the data.
  mailbox: {
    all: ['src/client/mailbox.ts', 'src/client/data.ts'],
    mn: ['packages/elements/src/input/bichig-input.ts', 'packages/elements/src/input/bichig-textarea.ts'],
  },
  survey: { all: ['src/client/survey.ts', 'src/client/data.ts'] },
  search: { all: ['src/client/search.ts'] },
  offline: { all: ['src/client/offline-list.ts'] },
  desk: {
    all: [
      'src/client/desk.ts',
      'packages/elements/src/desk/adapter/index.ts',
      'packages/elements/src/desk/bichig-letter-desk.ts',
    ],
  },
};
/** Every interactive page but the offline list sets the elements' locale: in Mongolian, its catalog. */
const MONGOLIAN_CATALOG = 'packages/elements/src/generated/locales/mn-Mong.ts';

/** The manifest's key for a source path, which Vite writes relative to the portal's root (`../packages/…`). */
function keyOf(manifest: ViteManifest, path: string): string {
  const key = Object.keys(manifest).find((k) => k === path || k.endsWith(`/${path}`));
  if (!key) throw new Error(`The Vite manifest has no chunk for ${path}: the portal's preload list is out of date`);
  return key;
}

/** A chunk's file and every file it imports statically, root-relative. */
function staticClosure(manifest: ViteManifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(`/${chunk.file}`)) return into;
  into.add(`/${chunk.file}`);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/**
 * What a page with these features should preload: the starting modules' static closures, and the
 * chunks the entry imports (Vite's helper lists those among a dynamic import's dependencies too, and
 * would insert a link for each one the head does not list). Not the entry itself: its <script> loads it.
 */
export function modulePreloads(
  manifest: ViteManifest,
  features: readonly Feature[],
  language: Language,
  entryKey = 'src/client/main.ts',
): string[] {
  if (!features.length) return [];
  const entryKeyInManifest = keyOf(manifest, entryKey);
  const wanted = staticClosure(manifest, entryKeyInManifest);
  wanted.delete(`/${manifest[entryKeyInManifest]!.file}`);
  const paths = features.flatMap((f) => [
    ...STARTING_MODULES[f].all,
    ...(language === 'mn' ? (STARTING_MODULES[f].mn ?? []) : []),
  ]);
  if (language === 'mn' && features.some((f) => f !== 'offline')) paths.push(MONGOLIAN_CATALOG);
  for (const path of paths) staticClosure(manifest, keyOf(manifest, path), wanted);
  return [...wanted];
}
