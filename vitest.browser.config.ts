import { defineConfig } from 'vitest/config';

// Browser tests against the built site (site/dist), in Debian's Chromium. Run after `pnpm build`.
export default defineConfig({
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
