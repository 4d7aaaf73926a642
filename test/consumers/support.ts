// Shared pieces of the consumer tests and the consumer benchmark: pack the publishable packages,
// install only those tarballs (plus public packages, pinned to the versions of this repository's
// lockfile) into one fresh install root, copy the app templates into it, build them, and serve
// the builds on loopback.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { serve, type StaticServer } from '../e2e/static-server.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES = fileURLToPath(new URL('./', import.meta.url));

/** The packages a consumer installs, in dependency order. */
export const PUBLISHED = ['@bichig/fonts', '@bichig/core', '@bichig/keyboard', '@bichig/cluster', '@bichig/elements'];

/** Public packages the apps use; their exact versions are read from this repository's install (its lockfile). */
export const PUBLIC = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'vue',
  'vue-tsc',
  'vite',
  '@vitejs/plugin-react',
  '@vitejs/plugin-vue',
  'typescript',
];

/** A command that failed: its command line, exit code and output. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly command: string,
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`\`${command}\` exited with ${code}:\n${output.slice(-6000)}`);
  }
}

/**
 * Runs a command, resolves with its combined output (or its standard output alone, with
 * `stdoutOnly`); rejects with {@link CommandError}, holding both, when it fails.
 */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  stdoutOnly = false,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(stdoutOnly ? stdout : output)
        : reject(new CommandError(`${command} ${args.join(' ')}`, code, output)),
    );
  });
}

function installedVersion(name: string): string {
  const file = join(REPO, 'node_modules', name, 'package.json');
  if (!existsSync(file)) throw new Error(`${name} is not installed in the repository: run npm ci`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export interface InstallRoot {
  /** The directory holding package.json, node_modules and the apps. */
  root: string;
  /** Tarball file names, by package name. */
  tarballs: Record<string, string>;
  /** Seconds spent packing and installing. */
  seconds: { pack: number; install: number };
  /** Deletes the temp folder (tarballs, install root), unless BICHIG_KEEP_CONSUMERS=1 asks to keep it. */
  remove(): void;
}

/**
 * Packs the publishable packages (their `prepack` builds them) and installs the tarballs with the
 * public packages into a fresh directory under the system's temp folder, then copies `apps` (folders
 * of test/consumers/) into it, each with the apps' own sample cluster in `public/data` (Vite) or `data`.
 */
export async function createInstallRoot(apps: string[]): Promise<InstallRoot> {
  const base = mkdtempSync(join(tmpdir(), 'bichig-consumers-'));
  const packs = join(base, 'packs');
  const root = join(base, 'app');
  mkdirSync(packs);
  mkdirSync(root);
  let started = Date.now();
  // npm prints the prepack scripts' banners on standard output too: the JSON is the last array.
  const stdout = await run(
    'npm',
    ['pack', '--json', '--pack-destination', packs, ...PUBLISHED.flatMap((p) => ['-w', p])],
    REPO,
    {},
    true,
  );
  const json = stdout.slice(stdout.lastIndexOf('\n[\n') + 1);
  const packed = JSON.parse(json) as Array<{ name: string; filename: string }>;
  const pack = (Date.now() - started) / 1000;
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, p.filename]));
  for (const name of PUBLISHED) if (!tarballs[name]) throw new Error(`npm pack did not pack ${name}`);
  const dependencies: Record<string, string> = {};
  for (const name of PUBLISHED) dependencies[name] = `file:../packs/${tarballs[name]}`;
  for (const name of PUBLIC) dependencies[name] = installedVersion(name);
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bichig-consumer-apps', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  started = Date.now();
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], root);
  const install = (Date.now() - started) / 1000;
  for (const app of apps) {
    cpSync(join(TEMPLATES, app), join(root, app), { recursive: true });
    const data = existsSync(join(TEMPLATES, app, 'vite.config.js'))
      ? join(root, app, 'public', 'data')
      : join(root, app, 'data');
    cpSync(join(TEMPLATES, 'data'), data, { recursive: true });
  }
  const remove = () => {
    if (process.env['BICHIG_KEEP_CONSUMERS'] !== '1') rmSync(base, { recursive: true, force: true });
  };
  return { root, tarballs, seconds: { pack, install }, remove };
}

/** Builds a Vite app of the install root; resolves with Vite's output (for its warnings). */
export function viteBuild(root: string, app: string): Promise<string> {
  return run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], join(root, app), {
    NO_COLOR: '1',
  });
}

/**
 * The path under node_modules that a placeholder CDN URL of the README means:
 * `https://cdn.example.org/npm/@bichig/elements@0.1.0/dist/cdn/x.js` → `@bichig/elements/dist/cdn/x.js`.
 */
export const CDN_ORIGIN = 'https://cdn.example.org/';
export function cdnPath(url: string): string | undefined {
  const match = /^https:\/\/cdn\.example\.org\/npm\/((?:@[^/]+\/)?[^/@]+)@[^/]+\/(.+)$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}
