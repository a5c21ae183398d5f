// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { CSP_DIRECTIVES } from './csp.ts';
import { formulierPlugin } from './vite/formulier.ts';
import { regelsetPlugin } from './vite/regelset.ts';
import { sourcePlugin } from './vite/source.ts';
import { temporalPlugin } from './vite/temporal.ts';
import { zonderRulesEnginePlugin } from './vite/zonder-rules-engine.ts';

// A static site: every page is rendered at build time, with the rules evaluated by the engine.
// Two pages carry a small React island (the simulator and the deadline calculator); they run the same
// engine in the browser. No cookies, no third-party requests.
/**
 * The headers the site needs from its web server; `pnpm start` (astro preview) sends them, and
 * site/HOSTING.md says how to set them elsewhere. `frame-ancestors` only works as a header, not in
 * the <meta> policy each page carries, so framing is refused here.
 */
export const HEADERS = {
  'Content-Security-Policy':
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  // The public address, for absolute hreflang links; set SITE_URL when the site lives elsewhere.
  site: process.env.SITE_URL ?? 'https://iza-regels.nl',
  output: 'static',
  server: { headers: HEADERS },
  base: '/',
  trailingSlash: 'ignore',
  integrations: [react()],
  build: {
    // One stylesheet file instead of inline <style>, so the Content-Security-Policy can stay
    // `style-src 'self'` without hashes.
    inlineStylesheets: 'never',
  },
  security: {
    // Astro writes the Content-Security-Policy <meta> itself: it knows the small inline scripts and the
    // inline style with which it boots an island, and adds their SHA-256 hashes to script-src and
    // style-src. Everything else is refused: no connections, no forms, no other origins.
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The simulator's rule set, checked here in Node and shipped as data (vite/regelset.ts).
    // In the browser, the browser's own Temporal when it has one (vite/temporal.ts).
    // The workspace packages from their sources (vite/source.ts).
    // What the forms need, as data, so they are HTML in the page (vite/formulier.ts).
    // No json-rules-engine in the browser: the engine evaluates compiled conditions
    // (vite/zonder-rules-engine.ts).
    plugins: [
      sourcePlugin(),
      regelsetPlugin(),
      formulierPlugin(),
      temporalPlugin(),
      zonderRulesEnginePlugin(),
    ],
    resolve: {
      // json-rules-engine imports jsonpath-plus for conditions with a `path`; the rule schemas
      // refuse those, so the browser gets a stand-in that throws (vite/geen-jsonpath.ts).
      alias: {
        'jsonpath-plus': fileURLToPath(new URL('./vite/geen-jsonpath.ts', import.meta.url)),
      },
    },
    build: {
      // Never inline a script or asset as a data: URL; the CSP allows files from this site only.
      assetsInlineLimit: 0,
      sourcemap: true,
    },
  },
  // Keep the whitespace as written: compressed HTML drops a line break between a word and an inline
  // element ("de\n<strong>…" became "de<strong>…"), which glues words together.
  compressHTML: false,
  devToolbar: { enabled: false },
});
