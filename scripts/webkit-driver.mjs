// WebKitGTK for the browser tests, over the W3C WebDriver protocol (WebKitWebDriver speaks classic
// WebDriver only, no BiDi, and one session per driver process):
//   startDisplay()      → an Xvfb display when $DISPLAY is unset (WebKitGTK needs one)
//   startWebKit(opts)   → one driver process + session, wrapped as a small page object with the
//                         subset of Puppeteer's Page API that @web/test-runner-commands and this
//                         project's server commands call (goto, setViewport, keyboard, mouse,
//                         screenshot, evaluate). What WebDriver classic cannot do (media emulation,
//                         request interception) throws an error that names the missing capability.
//   WebKitLauncher      → a @web/test-runner BrowserLauncher with a pool of such pages.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEngine } from './ensure-engines.mjs';

/** Thrown where WebDriver classic (WebKitWebDriver) has no command for what a test asks. */
export class DriverCapabilityError extends Error {
  constructor(capability) {
    super(`WebKitWebDriver lacks ${capability} (WebDriver classic has no such command)`);
    this.name = 'DriverCapabilityError';
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let display;
/** Starts Xvfb on a free display (unless $DISPLAY is set) and returns the DISPLAY value. */
export async function startDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (display) return display.name;
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const name = await new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${err.slice(-500)}`)));
  });
  display = { name, child };
  // Xvfb lives as long as this process needs it: its pipes and the child itself must not keep
  // Node's event loop alive (a test file that used WebKit would never exit), and it goes with us.
  child.stderr.destroy();
  child.stdio[3].destroy();
  child.unref();
  process.once('exit', () => child.kill());
  return name;
}

export function stopDisplay() {
  display?.child.kill();
  display = undefined;
}

// Puppeteer key names → WebDriver key code points (https://w3c.github.io/webdriver/#keyboard-actions).
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Backspace: '\uE003',
  Delete: '\uE017',
  Escape: '\uE00C',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Insert: '\uE016',
  ContextMenu: '\uE03E',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};

// KeyboardEvent.code names (Playwright and Puppeteer accept them) → the US-layout key that has it.
const CODES = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
};

function keyValue(key) {
  if (key in KEYS) return KEYS[key];
  if (key in CODES) return CODES[key];
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(key);
  if (code) return (code[1] ?? code[2]).toLowerCase();
  if ([...key].length === 1) return key;
  throw new Error(`unknown key "${key}" for WebDriver`);
}

const BUTTONS = { left: 0, middle: 1, right: 2 };

class WebDriverPage {
  constructor(base, sessionId) {
    this.base = base;
    this.sessionId = sessionId;
    this.lastUrl = 'about:blank';
    /** WebKitGTK's version, from the session's capabilities. */
    this.version = '';
    /** Ends the session and its driver process (set by startWebKit). */
    this.stop = () => this.close();
    this.mouseAt = [0, 0];
    this.keyboard = {
      type: (text) =>
        this.#keys(
          [...text].flatMap((c) => [
            { type: 'keyDown', value: c },
            { type: 'keyUp', value: c },
          ]),
        ),
      press: (combo) => {
        const parts = combo.split('+').map(keyValue);
        return this.#keys([
          ...parts.map((value) => ({ type: 'keyDown', value })),
          ...parts.reverse().map((value) => ({ type: 'keyUp', value })),
        ]);
      },
      down: (key) => this.#keys([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => this.#keys([{ type: 'keyUp', value: keyValue(key) }]),
    };
    this.mouse = {
      move: (x, y) =>
        this.#pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }], [x, y]),
      click: (x, y, { button = 'left' } = {}) =>
        this.#pointer(
          [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
            { type: 'pointerDown', button: BUTTONS[button] },
            { type: 'pointerUp', button: BUTTONS[button] },
          ],
          [x, y],
        ),
      down: ({ button = 'left' } = {}) => this.#pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
      up: ({ button = 'left' } = {}) => this.#pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
      reset: () => this.command('DELETE', '/actions'),
    };
  }

  async command(method, path, body) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const response = await fetch(`${this.base}/session/${this.sessionId}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await response.json();
      if (response.ok) return json.value;
      // WebKit refuses new input while it still dispatches the last actions: retry until it is free.
      const busy = /previous interaction is still underway/.test(json.value?.message ?? '');
      if (!busy || Date.now() > deadline)
        throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  // Held keys and buttons stay down across commands (keyboard.down … keyboard.up), as in Puppeteer:
  // WebDriver keeps its input state until DELETE /actions.
  #keys(actions) {
    return this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async #pointer(actions, at) {
    await this.command('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
    if (at) this.mouseAt = at;
  }

  url() {
    return this.lastUrl;
  }

  async goto(url) {
    this.lastUrl = url;
    await this.command('POST', '/url', { url });
  }

  /**
   * Runs `fn(...args)` in the page (a function, serialised as in Puppeteer; or an expression's
   * source) and returns its JSON result, awaiting a promise.
   */
  evaluate(fn, ...args) {
    const call =
      typeof fn === 'string'
        ? `(${fn})`
        : `(${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1))`;
    return this.command('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => ${call})
          .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`,
      args,
    }).then((r) => {
      if (r && 'error' in r) throw new Error(r.error);
      return r?.ok;
    });
  }

  /** The page's layout viewport, [innerWidth, innerHeight]. */
  #innerSize() {
    return this.command('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
  }

  /**
   * Sets the layout viewport (innerWidth × innerHeight) by sizing the window around it.
   *
   * The window manager resizes asynchronously: right after POST /window/rect the page may still
   * report its old size (a CI run read 800×580 after asking for 800×600). So after each resize the
   * page waits for its own `resize` events until it has the asked size, and only when it does not
   * get there is the window's chrome measured again, from a window and a page that have settled.
   */
  async setViewport({ width, height }) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [iw, ih] = await this.#innerSize();
      if (iw === width && ih === height) return;
      if (Date.now() > deadline) throw new Error(`WebKit: viewport ${iw}×${ih} after asking for ${width}×${height}`);
      // The window's own size from the driver, and never a negative chrome: sized from the page's
      // outerWidth/outerHeight, a size WebKitWebDriver refused ("Invalid width value") came up now
      // and then, most likely from an outer size read smaller than the inner one.
      const rect = await this.command('GET', '/window/rect');
      await this.command('POST', '/window/rect', {
        width: width + Math.max(0, Math.round(rect.width) - iw),
        height: height + Math.max(0, Math.round(rect.height) - ih),
      });
      await this.evaluate(
        (w, h) =>
          new Promise((resolve) => {
            const done = () => {
              removeEventListener('resize', check);
              clearTimeout(limit);
              resolve(null);
            };
            const check = () => {
              if (innerWidth === w && innerHeight === h) done();
            };
            // A ceiling, not a wait: a size the window manager will not give fires no resize.
            const limit = setTimeout(done, 2000);
            addEventListener('resize', check);
            check();
          }),
        width,
        height,
      );
    }
  }

  emulateMediaFeatures() {
    throw new DriverCapabilityError('media feature emulation');
  }

  emulateMediaType() {
    throw new DriverCapabilityError('media type emulation');
  }

  setRequestInterception() {
    throw new DriverCapabilityError('request interception');
  }

  /** The viewport as PNG bytes, cut to `clip` (CSS px; device pixel ratio 1) in the page's own canvas. */
  async screenshot({ clip } = {}) {
    const full = await this.command('GET', '/screenshot');
    if (!clip) return Buffer.from(full, 'base64');
    const cropped = await this.evaluate(
      (png, x, y, w, h) =>
        new Promise((resolve, reject) => {
          const image = new Image();
          image.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = w;
            canvas.height = h;
            canvas.getContext('2d').drawImage(image, x, y, w, h, 0, 0, w, h);
            resolve(canvas.toDataURL('image/png').split(',')[1]);
          };
          image.onerror = () => reject(new Error('screenshot did not decode'));
          image.src = `data:image/png;base64,${png}`;
        }),
      full,
      clip.x,
      clip.y,
      clip.width,
      clip.height,
    );
    return Buffer.from(cropped, 'base64');
  }

  async close() {
    await fetch(`${this.base}/session/${this.sessionId}`, { method: 'DELETE' }).catch(() => {});
  }
}

let gtkConfig;
/**
 * A GTK configuration folder whose gtk.css shrinks MiniBrowser's header bar: its buttons and URL
 * entry otherwise keep the window at least 447 px wide, wider than a phone's 360 px viewport.
 * Web content is not styled by GTK, so the page renders as it would anyway.
 */
function miniBrowserConfig() {
  if (gtkConfig) return gtkConfig;
  gtkConfig = mkdtempSync(join(tmpdir(), 'bichig-webkit-'));
  mkdirSync(join(gtkConfig, 'gtk-3.0'));
  writeFileSync(
    join(gtkConfig, 'gtk-3.0', 'gtk.css'),
    'headerbar, headerbar *, toolbar, toolbar *, entry, button, box ' +
      '{ min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  return gtkConfig;
}

/** Starts one WebKitWebDriver and a session in it; resolves to its page object (`.stop()` ends both). */
export async function startWebKit() {
  const driverPath = findEngine('webkit');
  if (!driverPath) throw new Error('WebKitWebDriver not found: run node scripts/ensure-engines.mjs webkit');
  const DISPLAY = await startDisplay();
  const port = await freePort();
  const child = spawn(driverPath, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY, XDG_CONFIG_HOME: miniBrowserConfig() },
  });
  let log = '';
  child.stderr.on('data', (d) => (log = (log + d).slice(-2000)));
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`WebKitWebDriver exited with ${code}: ${log}`))),
  );
  exited.catch(() => {});
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`${base}/status`)
      .then((r) => r.json())
      .then((j) => j.value?.ready !== false)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}: ${log}`);
    await Promise.race([new Promise((r) => setTimeout(r, 100)), exited]);
  }
  const created = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: { pageLoadStrategy: 'normal' } } }),
  }).then((r) => r.json());
  if (!created.value?.sessionId) throw new Error(`WebKit session: ${JSON.stringify(created.value)}`);
  const page = new WebDriverPage(base, created.value.sessionId);
  page.version = created.value.capabilities.browserVersion;
  page.stop = async () => {
    await page.close();
    child.kill();
  };
  process.once('exit', () => child.kill());
  return page;
}

/**
 * @web/test-runner launcher: `concurrency` WebKit windows, one driver each. It presents itself as
 * type "puppeteer" so the stock commands (setViewport, sendKeys, sendMouse, emulateMedia) call the
 * page object's Puppeteer-shaped methods.
 */
export class WebKitLauncher {
  type = 'puppeteer';
  name = 'WebKit';

  constructor({ concurrency = 1 } = {}) {
    this.concurrency = concurrency;
    this.idle = [];
    this.all = [];
    this.active = new Map();
  }

  async initialize() {}

  async #page() {
    const idle = this.idle.pop();
    if (idle) return idle;
    const page = await startWebKit();
    this.all.push(page);
    return page;
  }

  async startSession(sessionId, url) {
    const page = await this.#page();
    this.active.set(sessionId, page);
    await page.setViewport({ width: 800, height: 600 });
    await page.goto(url);
  }

  isActive(sessionId) {
    return this.active.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.getPage(sessionId).url();
  }

  getPage(sessionId) {
    const page = this.active.get(sessionId);
    if (!page) throw new Error(`No WebKit page for session ${sessionId}`);
    return page;
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported in WebKit here: run the test in Chromium with --manual.');
  }

  async stopSession(sessionId) {
    const page = this.getPage(sessionId);
    this.active.delete(sessionId);
    // Stop the page's code (timers, reload loops) before the window serves the next test file.
    await page.goto('about:blank').catch(() => {});
    await page.mouse.reset().catch(() => {});
    this.idle.push(page);
    return {};
  }

  async stop() {
    await Promise.all(this.all.map((page) => page.stop()));
    this.all = [];
    this.idle = [];
    stopDisplay();
  }
}
