import { defineConfig } from 'vite';

// The pages of `npm run bench -- consumer`, built as a site that installed @bichig/elements would build them.
export default defineConfig({
  build: { rollupOptions: { input: ['native.html', 'auto.html', 'shaped.html', 'keyboard.html'] } },
});
