// Some dependencies of @bichig/core (linebreak and unicode-properties import base64-js and
// unicode-trie, which `require` tiny-inflate) are CommonJS. Vite pre-bundles such packages;
// @web/dev-server does not, and @rollup/plugin-commonjs > 18 no longer works inside it
// (modernweb-dev/web#1700). This plugin turns a CommonJS file under node_modules into one ES
// module with esbuild (already installed with @web/dev-server-esbuild): its requires are bundled
// in and `module.exports` becomes the default export, which is how those packages are imported.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ESM_SYNTAX =
  /\bexport\s*(default\b|\{|\*|const\b|let\b|var\b|function\b|class\b|async\b)|\bimport\.meta\b|^\s*import\s*[\w{*'"]/m;
const CJS_SYNTAX = /\brequire\s*\(|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/;

export function commonjsToEsm({ rootDir = '.' } = {}) {
  const cache = new Map();
  return {
    name: 'bichig-commonjs-to-esm',
    async transform(context) {
      const path = decodeURIComponent(context.path);
      if (!path.includes('/node_modules/') || !/\.c?js$/.test(path) || path.startsWith('/__wds-outside-root__/'))
        return;
      const body = typeof context.body === 'string' ? context.body : undefined;
      if (!body || ESM_SYNTAX.test(body) || !CJS_SYNTAX.test(body)) return;
      const file = resolve(rootDir, `.${path}`);
      let code = cache.get(file);
      if (code === undefined) {
        const result = await build({
          entryPoints: [file],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        });
        code = result.outputFiles[0].text;
        cache.set(file, code);
      }
      return { body: code };
    },
  };
}
