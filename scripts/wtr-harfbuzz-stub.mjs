// harfbuzzjs's Emscripten glue contains `await import("module")` on a Node-only path. Browsers
// never take it, but dev servers still try to resolve the bare specifier and fail. This plugin
// (for @web/dev-server and Vite alike) serves a stub module in its place.
const STUB_ID = '/__bichig_stub__/node-module.js';
const STUB = `export function createRequire() { throw new Error('node:module is not available in browsers'); }\nexport default { createRequire };\n`;

export function harfbuzzModuleStub() {
  return {
    name: 'bichig-harfbuzz-module-stub',
    enforce: 'pre',
    // @web/dev-server
    resolveImport({ source }) {
      if (source === 'module' || source === 'node:module') return STUB_ID;
    },
    serve(context) {
      if (context.path === STUB_ID) return { body: STUB, type: 'js' };
    },
    // Vite / Rollup
    resolveId(source) {
      if (source === 'module' || source === 'node:module') return STUB_ID;
    },
    load(id) {
      if (id === STUB_ID) return STUB;
    },
  };
}
