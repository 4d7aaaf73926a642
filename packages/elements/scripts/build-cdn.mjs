#!/usr/bin/env node
// The no-bundler build: `dist/cdn/`, one ES module per public entry of @bichig/elements
// (`bichig-text.js`, `all.js`, `adapter.js`, `localize.js`, `index.js`, `config.js` when it exists)
// with every dependency bundled and CommonJS converted, so that a static page needs nothing but
//
//   <script type="module" src=".../@bichig/elements/dist/cdn/bichig-text.js"></script>
//
// It bundles the tsc output (`dist/*.js`, what npm consumers get), so run `npm run build:packages`
// first (`prepack` does). Bundler: Rolldown, Vite's own, pinned at the root: its `codeSplitting`
// groups put lit, @lit/localize and the elements' shared helpers in one chunk and @bichig/core
// (HarfBuzz, linebreak, unicode-properties) in another that only the shaped renderer's
// `import('@bichig/core')` fetches; core's own lazy `import('woff2-encoder/decompress')` stays a
// chunk of its own, fetched only for a WOFF2 font (the Chinese one: Mongolian is shaped from a .ttf.gz). The column elements share a third (base class, @bichig/cluster, valibot).
// esbuild splits by entry sets instead: 7 to 15 chunks per element here, and no way to group them.
//
// Assets written as `new URL('./file', import.meta.url)` (the fonts in @bichig/fonts, harfbuzz.wasm
// in harfbuzzjs) are copied beside the entries under their own names and the URL rewritten to
// point at the copy from whichever chunk holds it. The fonts' licence (OFL.txt) goes with them.
//
// Usage: node scripts/build-cdn.mjs   (from packages/elements, or `npm run build:cdn`)
import { rolldown } from 'rolldown';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageDir, 'dist', 'cdn');

/** A build input is missing or a module does something the browser bundle cannot carry. */
class CdnBuildError extends Error {
  name = 'CdnBuildError';
}

/** Every public entry of the package: its `exports` keys mapped to the files tsc wrote. */
function entries() {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const input = {};
  const missing = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    // Typings-only entries (./react, ./vue: an empty module beside a .d.ts) have no source of ours.
    if (typeof target !== 'object' || !target?.['@bichig/source']) continue;
    const file = target.default ?? target.import;
    if (typeof file !== 'string' || !file.endsWith('.js') || !file.startsWith('./dist/')) continue;
    const name = key === '.' ? 'index' : key.replace(/^\.\//, '').replace(/\.js$/, '');
    if (name.includes('/')) throw new CdnBuildError(`export ${key}: nested entry names are not supported`);
    const path = join(packageDir, file);
    if (!existsSync(path)) missing.push(file);
    input[name] = path;
  }
  if (missing.length)
    throw new CdnBuildError(
      `missing ${missing.join(', ')}: run \`npm run build:packages\` at the repository root first`,
    );
  if (!Object.keys(input).length) throw new CdnBuildError('package.json exports no ./dist/*.js entry');
  return input;
}

/**
 * Node built-ins. harfbuzzjs's Emscripten glue has `await import("module")` and @bichig/core's
 * readers `await import('node:fs/promises')`, each on a path only Node takes. In the bundle they
 * become a module that rejects with a clear message; a static import of one would break every page,
 * so that fails the build instead.
 */
function nodeBuiltinStub() {
  const PREFIX = '\0bichig-node-stub:';
  return {
    name: 'bichig-node-builtin-stub',
    resolveId(source, importer, options) {
      if (!/^node:|^(module|fs|fs\/promises|path|url|readline)$/.test(source)) return null;
      if (options?.kind !== 'dynamic-import')
        throw new CdnBuildError(`${importer} imports the Node built-in "${source}" statically`);
      return PREFIX + source;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = JSON.stringify(id.slice(PREFIX.length));
      return `throw new Error(${name} + ' is a Node module; this code path does not run in a browser');\n`;
    },
  };
}

/**
 * The workspace packages' tsc output with its source maps, the TypeScript inlined: the bundle's maps
 * then lead to `src/*.ts`, readable without the sources published beside them.
 */
function workspaceSourceMaps() {
  const workspaceDist = new RegExp(`${sep}packages${sep}[^\\\\/]+${sep}dist${sep}.*\\.js$`);
  return {
    name: 'bichig-workspace-source-maps',
    load(id) {
      if (!workspaceDist.test(id) || !existsSync(`${id}.map`)) return null;
      const map = JSON.parse(readFileSync(`${id}.map`, 'utf8'));
      const base = dirname(id);
      map.sourcesContent = map.sources.map((source) => {
        const path = resolve(base, map.sourceRoot ?? '', source);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      });
      const code = readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      return { code, map };
    },
  };
}

/** Licence files copied beside an asset from the same folder. */
const LICENCES = ['OFL.txt'];

/**
 * `new URL('<relative file>', import.meta.url)` in any bundled module: the file is emitted as an
 * asset under its own name and the expression rewritten to the asset's URL relative to the chunk.
 * Assets of code that tree-shaking dropped (e.g. a TTF for Node tools) are not written; a licence
 * file beside a written asset is.
 */
function importMetaUrlAssets() {
  const pattern = /new URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;
  const emitted = new Map(); // fileName -> source path
  return {
    name: 'bichig-import-meta-url-assets',
    transform(code, id) {
      if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
      let changed = false;
      const next = code.replace(pattern, (whole, _quote, spec) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) return whole; // absolute URL
        const file = resolve(dirname(id), spec);
        if (!existsSync(file) || !statSync(file).isFile()) {
          // A folder (`new URL('.', …)`) or a computed file is left alone; a named file must exist.
          if (/\.[a-z0-9]+$/i.test(spec))
            throw new CdnBuildError(`${id} refers to ${spec}, which does not exist (${file})`);
          return whole;
        }
        if (/\.(c|m)?[jt]s$/.test(file)) return whole; // a module, not an asset (workers etc.)
        const fileName = basename(file);
        const previous = emitted.get(fileName);
        if (previous && previous !== file)
          throw new CdnBuildError(`two assets are named ${fileName}: ${previous} and ${file}`);
        emitted.set(fileName, file);
        const ref = this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
        changed = true;
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return changed ? { code: next, map: null } : null;
    },
    // The URL object the source made, relative to the chunk that holds it, and pure: an unused
    // one (a Node-only TTF export) is tree-shaken, and its file then not written.
    resolveFileUrl({ relativePath }) {
      const path = relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
      return `/* @__PURE__ */ new URL(${JSON.stringify(path)}, import.meta.url)`;
    },
    generateBundle(_options, bundle) {
      const code = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => chunk.code)
        .join('\n');
      const folders = new Set();
      for (const [fileName, path] of emitted) {
        // The whole name as a URL's last segment: "X.ttf" must not be kept by a reference to "X.ttf.gz".
        const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`["'\`/]${escaped}["'\`]`).test(code)) folders.add(dirname(path));
        else delete bundle[fileName];
      }
      for (const folder of folders)
        for (const licence of LICENCES) {
          const path = join(folder, licence);
          if (!existsSync(path)) continue;
          if (bundle[licence]) throw new CdnBuildError(`two folders of assets have a ${licence}`);
          this.emitFile({ type: 'asset', fileName: licence, source: readFileSync(path) });
        }
    },
  };
}

const sep = String.raw`[\\/]`;
/**
 * @bichig/core (but its formatters, its Mongolian facts and its legacy-text converter, which the
 * fields use on paste) and what only it uses: fetched by the shaped renderer alone.
 */
const CORE = new RegExp(
  [
    `core${sep}dist${sep}(?!format${sep}|legacy${sep}|mongolian\\.js$)`,
    `node_modules${sep}(harfbuzzjs|linebreak|unicode-trie|unicode-properties|base64-js|tiny-inflate)${sep}`,
  ].join('|'),
);
/** What only the column elements use: their base class, its labels, the content model and its validator. */
const COLUMNS = new RegExp(
  [
    `elements${sep}dist${sep}columns${sep}(column-base|catalog-labels)\\.js$`,
    `cluster${sep}dist${sep}(?!links\\.js$)`,
    `node_modules${sep}valibot${sep}`,
  ].join('|'),
);
/**
 * lit, @lit/localize, the elements' shared helpers, <bichig-text> (nearly every element draws with
 * it), core's formatters and the cluster's link rule (the sanitiser's).
 */
const SHARED = new RegExp(
  [
    `node_modules${sep}(lit|lit-html|lit-element|@lit${sep}[^\\\\/]+)${sep}`,
    `elements${sep}dist${sep}(internal${sep}|localize\\.js$|text${sep}bichig-text${sep})`,
    `core${sep}dist${sep}(format${sep}|legacy${sep}|mongolian\\.js$)`,
    `cluster${sep}dist${sep}links\\.js$`,
  ].join('|'),
);

export async function buildCdn({ log = console.log } = {}) {
  const input = entries();
  rmSync(outDir, { recursive: true, force: true });
  const bundle = await rolldown({
    input,
    platform: 'browser',
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeBuiltinStub(), workspaceSourceMaps(), importMetaUrlAssets()],
    transform: { target: 'es2022' },
    onLog(level, entry, defaultHandler) {
      // A cycle inside a dependency is its own business; everything else is shown (and errors stop the build).
      if (entry.code === 'CIRCULAR_DEPENDENCY') return;
      defaultHandler(level, entry);
    },
  });
  try {
    const { output } = await bundle.write({
      dir: outDir,
      format: 'es',
      minify: true,
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      assetFileNames: '[name][extname]',
      codeSplitting: {
        groups: [
          // A group takes its modules' static imports along; the first group to claim a module keeps it.
          { name: 'shared', test: SHARED, priority: 3 },
          { name: 'core', test: CORE, priority: 2 },
          { name: 'columns', test: COLUMNS, priority: 1 },
        ],
      },
    });
    const chunks = output.filter((o) => o.type === 'chunk');
    const written = new Set(chunks.map((chunk) => chunk.fileName));
    for (const chunk of chunks) {
      // An import of anything but another chunk (a bare specifier left external) would need an
      // import map: the point of this build is none.
      const external = [...chunk.imports, ...chunk.dynamicImports].filter((s) => !written.has(s));
      if (external.length) throw new CdnBuildError(`${chunk.fileName} still imports ${external.join(', ')}`);
    }
    writeFileSync(join(outDir, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences(chunks));
    log(report());
    return output;
  } finally {
    await bundle.close();
  }
}

/**
 * The licences of the npm packages bundled into the chunks (the minifier keeps only `@license`
 * comments, and MIT asks that the notice travel with every copy), one after another.
 */
function thirdPartyLicences(chunks) {
  const roots = new Set();
  for (const chunk of chunks)
    for (const id of chunk.moduleIds) {
      const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
      if (match) roots.add(match[1]);
    }
  const sections = [...roots].sort().map((root) => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
    if (!file) throw new CdnBuildError(`${manifest.name} is bundled but ships no licence file`);
    const text = readFileSync(join(root, file), 'utf8').trim();
    return `${manifest.name}@${manifest.version} (${manifest.license})\n\n${text}\n`;
  });
  const rule = `\n${'-'.repeat(78)}\n\n`;
  return `Packages bundled into the chunks of @bichig/elements/dist/cdn, with their licences.\nThe fonts' licence is OFL.txt beside them.\n${rule}${sections.join(rule)}`;
}

/** Raw and gzipped size of every file written, for the build log. */
function report() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.map')) files.push(path);
    }
  };
  walk(outDir);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  const lines = files
    .map((path) => {
      const bytes = readFileSync(path);
      return { name: relative(outDir, path), raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gz - a.gz)
    .map((f) => `${kb(f.raw)} ${kb(f.gz)} gz  ${f.name}`);
  return `dist/cdn: ${files.length} files\n${lines.join('\n')}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCdn();
  } catch (error) {
    console.error(error instanceof CdnBuildError ? `build-cdn: ${error.message}` : error);
    process.exitCode = 1;
  }
}
