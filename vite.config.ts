import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { litTemplatesVitePlugin } from './scripts/minify-lit-templates.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm start` serves the demo care portal (demo/); `npm run build:cdn` makes the one-file
 * CDN module with lit and d3-force inside. The npm build itself is plain `tsc` (one module per
 * source file, so `sideEffects` and tree-shaking work per element) followed by the same
 * template minifier over dist/ that the CDN build runs as a plugin.
 */
export default defineConfig({
  plugins: [litTemplatesVitePlugin()],
  root: here('./demo'),
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [here('.')] } },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: here('./dist/cdn'),
    emptyOutDir: true,
    target: 'es2021',
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'care-network-elements.js',
    },
    // Shared code stays in the main file (a lazy chunk imports it from there), so a page loads
    // one file up front and the lazy chunks only on first use.
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    sourcemap: true,
  },
});
