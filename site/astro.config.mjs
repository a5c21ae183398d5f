// @ts-check
import { defineConfig } from 'astro/config';

// A static site: every page is rendered at build time, with the rules evaluated by the engine.
// No client-side JavaScript, no cookies, no third-party requests.
export default defineConfig({
  output: 'static',
  base: '/',
  trailingSlash: 'ignore',
  build: {
    // One stylesheet file instead of inline <style>, so the Content-Security-Policy can stay
    // `style-src 'self'` without hashes.
    inlineStylesheets: 'never',
  },
  // Keep the whitespace as written: compressed HTML drops a line break between a word and an inline
  // element ("de\n<strong>…" became "de<strong>…"), which glues words together.
  compressHTML: false,
  devToolbar: { enabled: false },
});
