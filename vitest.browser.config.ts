import { defineConfig } from 'vitest/config';
import { FORMULIER, SOURCE_CONDITIONS } from './vitest.config.ts';

// Browser tests against the built site (site/dist), in Debian's Chromium. Run after `pnpm build`.
export default defineConfig({
  // The workspace packages from their sources, as in vitest.config.ts.
  resolve: { conditions: SOURCE_CONDITIONS, alias: FORMULIER },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globals: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time on a two-core machine.
    fileParallelism: false,
  },
});
