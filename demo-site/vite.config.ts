import { defineConfig } from 'vite';
import { harfbuzzModuleStub } from '../scripts/wtr-harfbuzz-stub.mjs';

export default defineConfig({
  root: __dirname,
  // Workspace packages are consumed from their TypeScript sources (the `source` export condition).
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  plugins: [harfbuzzModuleStub()],
  optimizeDeps: { exclude: ['harfbuzzjs'] },
  server: { fs: { allow: ['..'] } },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  preview: { port: 4173 },
});
