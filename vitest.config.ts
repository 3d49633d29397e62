import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and browser tests against the built site (headless Debian
// Chromium driven by playwright-core). The e2e global setup builds the site once (root and
// sub-path) and serves it on loopback.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          // Node code gets the misspelling model from the data packages (loaded on first use).
          setupFiles: ['src/lint/spelling-node.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
