/**
 * Which layout a keyboard shows, and the visitor's remembered choice: one per origin in
 * localStorage, shared by every keyboard of the site (and of its other tabs), with the device's
 * own choice (`touch` on a touch screen or a narrow viewport) as the last resort.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LAYOUT_ID, LAYOUTS, getLayout } from '@bichig/keyboard';
import type { KeyboardLayout } from '@bichig/keyboard';

/** Where the visitor's layout choice is kept (one per origin, shared by every keyboard of the site). */
export const LAYOUT_STORAGE_KEY = 'bichig-keyboard-layout';

/** The layout picked when neither the visitor nor the page chose one, on a phone. */
const PHONE_LAYOUT_ID = 'touch';

/**
 * The visitor's choice as last read or made in this page; `null` until storage is read. It is
 * also the only record where storage is unavailable (blocked cookies, sandboxed frames).
 */
let layoutChoice: string | undefined | null = null;

/** Every connected keyboard, so a choice made on one shows on all of them. */
const hosts = new Set<ReactiveControllerHost>();

/** Unknown `layout` values already warned about. */
const warnedLayouts = new Set<string>();

function storedLayoutChoice(): string | undefined {
  if (layoutChoice === null) {
    let stored: string | null | undefined;
    try {
      stored = globalThis.localStorage?.getItem(LAYOUT_STORAGE_KEY);
    } catch {
      stored = undefined;
    }
    // A value from an older version or typed by hand is ignored, not trusted.
    layoutChoice = LAYOUTS.some((layout) => layout.id === stored) ? (stored ?? undefined) : undefined;
  }
  return layoutChoice;
}

/**
 * Width in px of the default (standard) layout's widest row with 44 px keys and 4 px gaps, plus
 * the keyboard's padding and border: a narrower viewport would scroll it sideways, so the
 * keyboard picks the phone layout there.
 */
function defaultLayoutWidthPx(): number {
  const rows = getLayout(DEFAULT_LAYOUT_ID).layers.flatMap((layer) => layer.rows);
  const widths = rows.map((row) => row.reduce((sum, key) => sum + (key.width ?? 1) * 44, 0) + (row.length - 1) * 4);
  return Math.max(...widths) + 2 * (4 + 1);
}

/** Matches where the phone layout suits best: a touch screen, or a viewport too narrow for the standard rows. */
let phoneQuery: MediaQueryList | undefined;
function phoneMediaQuery(): MediaQueryList | undefined {
  if (typeof matchMedia !== 'function') return undefined;
  phoneQuery ??= matchMedia(`(pointer: coarse), (max-width: ${defaultLayoutWidthPx() - 1}px)`);
  return phoneQuery;
}

/** A layout id that names a built-in layout, else undefined. */
function knownLayout(id: string): KeyboardLayout | undefined {
  try {
    return getLayout(id);
  } catch {
    return undefined;
  }
}

/**
 * Forgets the visitor's layout choice (localStorage and this page): every keyboard goes back to
 * its `layout` attribute or the automatic choice.
 */
export function forgetLayoutChoice(): void {
  try {
    globalThis.localStorage?.removeItem(LAYOUT_STORAGE_KEY);
  } catch {
    // Nothing stored where storage is refused.
  }
  // Read storage afresh next time (another tab may choose meanwhile).
  layoutChoice = null;
  for (const host of hosts) host.requestUpdate();
}

/**
 * Resolves a keyboard's layout (the visitor's choice, else the page's `layout`, else the
 * device's) and redraws the keyboard when any of them changes: a choice on another keyboard or
 * in another tab, a phone turned, a window resized past the standard rows.
 */
export class LayoutMemoryController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #pageLayout: () => string;

  constructor(host: ReactiveControllerHost, pageLayout: () => string) {
    this.#host = host;
    this.#pageLayout = pageLayout;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    window.addEventListener('storage', this.#onStorage);
    phoneMediaQuery()?.addEventListener('change', this.#onDeviceChange);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    window.removeEventListener('storage', this.#onStorage);
    phoneMediaQuery()?.removeEventListener('change', this.#onDeviceChange);
  }

  /** The layout to show now (an unknown page `layout` falls back to the device's choice). */
  get current(): KeyboardLayout {
    const chosen = storedLayoutChoice() ?? this.#pageLayout();
    const layout = chosen ? knownLayout(chosen) : undefined;
    return layout ?? getLayout(phoneMediaQuery()?.matches ? PHONE_LAYOUT_ID : DEFAULT_LAYOUT_ID);
  }

  /** Says once in the console that the page's `layout` names no layout (called when it changes). */
  warnIfUnknown(): void {
    const id = this.#pageLayout();
    if (!id || warnedLayouts.has(id)) return;
    try {
      getLayout(id);
    } catch (error) {
      warnedLayouts.add(id);
      console.warn(`<bichig-keyboard>: ${(error as Error).message}; choosing one for the device`);
    }
  }

  /**
   * Keeps `id` as the visitor's choice (localStorage) and redraws every keyboard of the page.
   * @throws UnknownLayoutError for an id that is not a built-in layout.
   */
  remember(id: string): void {
    getLayout(id);
    layoutChoice = id;
    try {
      globalThis.localStorage?.setItem(LAYOUT_STORAGE_KEY, id);
    } catch {
      // Storage refused (quota, privacy mode): the choice holds for this page only.
    }
    for (const host of hosts) host.requestUpdate();
    this.#host.requestUpdate();
  }

  /** A choice made in another tab of the site shows here too. */
  #onStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== LAYOUT_STORAGE_KEY) return;
    layoutChoice = null;
    this.#host.requestUpdate();
  };

  #onDeviceChange = (): void => {
    this.#host.requestUpdate();
  };
}
