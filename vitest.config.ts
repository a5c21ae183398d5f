import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export const SOURCE_CONDITIONS = ['@iza-regels/source', 'module', 'node', 'development|production'];

/** What the site's forms read, made in Node for the tests of the site's modules (site/vite/formulier.ts). */
export const FORMULIER = {
  'virtual:iza-regels/formulier': fileURLToPath(
    new URL('./site/vite/formulier-in-node.ts', import.meta.url),
  ),
};

export default defineConfig({
  // Import the workspace packages from their sources (the exports' "@iza-regels/source" condition);
  // Node processes the tests start get it from NODE_OPTIONS (.npmrc).
  // The rest is Vite's default for Node (vitest does not re-export `defaultServerConditions`).
  resolve: { conditions: SOURCE_CONDITIONS, alias: FORMULIER },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/browser/**'],
    environment: 'node',
    globals: false,
    // The CLI tests start Node processes that load and check the whole rule set; on a busy two-core
    // machine one can take longer than the default 5 s. This is a guard against hanging, not a speed test.
    testTimeout: 30_000,
    // Test files share their worker's module cache instead of starting a fresh one each (some 15 s of
    // 106 on this machine): the engine's caches hold only immutable, per-rule-set values, and no test
    // changes global state it does not restore.
    isolate: false,
    // Some 50 tests start Node processes (the CLI, the time-zone runs) that compile the same modules
    // again; Node's compile cache (in its own default folder) spares each about a third of its CPU time.
    env: {
      NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache'),
    },
  },
});
