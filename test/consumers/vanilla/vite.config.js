import { defineConfig } from 'vite';

// Two pages: the elements with their default fonts, and with setBasePath().
export default defineConfig({
  build: { rollupOptions: { input: ['index.html', 'elsewhere.html'] } },
});
