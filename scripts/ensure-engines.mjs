#!/usr/bin/env node
// Finds the three browser engines the browser tests run in, and installs Debian's packages for the
// ones missing (as root on Debian); anywhere else it says what to install.
//   chromium  $CHROME_PATH or /usr/bin/chromium                      (Debian: chromium)
//   firefox   $FIREFOX_PATH or /usr/bin/firefox-esr, driven over WebDriver BiDi by puppeteer-core
//                                                                     (Debian: firefox-esr)
//   webkit    $WEBKIT_DRIVER_PATH or /usr/bin/WebKitWebDriver (WebKitGTK's MiniBrowser), driven over
//             WebDriver; it needs a display: $DISPLAY, or Xvfb, started by the test run
//                                                                     (Debian: webkit2gtk-driver xvfb)
// `node scripts/ensure-engines.mjs firefox webkit` prints one path per engine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './ensure-chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const which = (name) => ['/usr/bin', '/usr/local/bin', '/bin'].map((d) => `${d}/${name}`).find(existsSync);

export function findEngine(engine) {
  if (engine === 'chromium') return findChromium();
  if (engine === 'firefox') {
    for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
      if (candidate && existsSync(candidate)) return candidate;
    return undefined;
  }
  if (engine === 'webkit') {
    const driver = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((c) => c && existsSync(c));
    // A display: the one we are given, or Xvfb to start one.
    if (driver && (process.env.DISPLAY || which('Xvfb'))) return driver;
    return undefined;
  }
  throw new Error(`unknown engine "${engine}" (one of ${ENGINES.join(', ')})`);
}

const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

const ELSEWHERE = {
  chromium: 'Set CHROME_PATH to a Chromium or Chrome binary (Debian/Ubuntu: apt-get install chromium).',
  firefox:
    'Set FIREFOX_PATH to a Firefox 129+ binary (Debian: apt-get install firefox-esr; Ubuntu: the firefox package from Mozilla, not the snap; macOS: Firefox.app/Contents/MacOS/firefox).',
  webkit:
    "Set WEBKIT_DRIVER_PATH to WebKitGTK's WebKitWebDriver (Debian/Ubuntu: apt-get install webkit2gtk-driver xvfb; Fedora: webkit2gtk4.1-devel + xorg-x11-server-Xvfb). Without $DISPLAY, Xvfb must be installed. Safari's safaridriver is not supported.",
};

let updated = false;
export function ensureEngine(engine) {
  const found = findEngine(engine);
  if (found) return found;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    const packages = DEBIAN_PACKAGES[engine];
    console.error(`${engine} not found: installing Debian's ${packages.join(', ')} with apt-get …`);
    if (!updated) execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'] });
    updated = true;
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findEngine(engine);
    if (installed) return installed;
  }
  console.error(`The browser tests in ${engine} need it and none was found.\n  ${ELSEWHERE[engine]}`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const engine of wanted.length ? wanted : ENGINES) console.log(ensureEngine(engine));
}
