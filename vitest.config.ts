import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/browser/**'],
    environment: 'node',
    globals: false,
    // The CLI tests start Node processes that load and check the whole rule set; on a busy two-core
    // machine one can take longer than the default 5 s. This is a guard against hanging, not a speed test.
    testTimeout: 30_000,
  },
});
