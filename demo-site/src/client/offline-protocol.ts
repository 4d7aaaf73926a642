// What the pages and the service worker say to each other, and the caches the worker keeps (the
// offline page's list reads them). Shared by src/sw/service-worker.ts and the client scripts.

/** The worker's runtime caches (the precache is Workbox's own). */
export const OFFLINE_CACHES = {
  /** Every page a reader opened (network first). */
  pages: 'portal-pages',
  /** Hashed scripts, styles and fonts (cache first). */
  assets: 'portal-assets',
  /** The interactive columns' data, images and the runtime config (network first). */
  data: 'portal-data',
  /** The sites' offline packs (every file of a pack, so a pack never depends on another cache). */
  packs: 'portal-packs',
  /** What the worker remembers of each site's pack (the pack as fetched and the files kept). */
  packIndex: 'portal-pack-index',
} as const;

/** A page asks the worker to keep a site's offline pack. */
export interface PackRequest {
  readonly type: 'cache-pack';
  readonly site: string;
}

/** A page opened before the worker controlled it (the first visit) asks it to keep the page and its files. */
export interface KeepOpenedRequest {
  readonly type: 'keep-opened';
  readonly page: string;
  readonly files: readonly string[];
}

/** The worker's answer: what it kept (bytes as stored, never above the budget), or why not. */
export type PackReply =
  | {
      readonly type: 'pack-cached';
      readonly site: string;
      readonly pages: number;
      readonly bytes: number;
      readonly budgetBytes: number;
    }
  | { readonly type: 'pack-failed'; readonly site: string; readonly message: string };
