import { defineConfig } from 'vite';
import { harfbuzzModuleStub } from '../scripts/wtr-harfbuzz-stub.mjs';
import { contentSecurityPolicyHeader } from './src/build/csp.js';

// Vite builds only the client script (one small entry; the interactive columns are split into
// chunks loaded on the pages that have them). The pages themselves are prerendered afterwards by
// src/build/prerender.ts, which reads .vite/manifest.json to link the built files.
export default defineConfig({
  root: __dirname,
  // Workspace packages are consumed from their TypeScript sources (the `source` export condition).
  resolve: { conditions: ['@bichig/source', 'browser', 'module', 'import', 'default'] },
  plugins: [harfbuzzModuleStub()],
  optimizeDeps: { exclude: ['harfbuzzjs'] },
  server: { fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    rollupOptions: { input: { main: 'src/client/main.ts' } },
  },
  // A multi-page site: unknown URLs are 404s, not the home page.
  appType: 'mpa',
  // The preview serves the portal with the policy its host would send (see src/build/csp.ts).
  preview: { port: 5173, headers: { 'Content-Security-Policy': contentSecurityPolicyHeader() } },
});
