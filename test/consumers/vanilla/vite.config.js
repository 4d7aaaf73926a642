import { defineConfig } from 'vite';

// Three pages: the elements with their default fonts, one auto text alone, and setBasePath().
export default defineConfig({
  build: { rollupOptions: { input: ['index.html', 'auto.html', 'elsewhere.html'] } },
});
