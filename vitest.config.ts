import { defineConfig } from 'vitest/config';

// Three suites: pure unit tests, database tests (PGlite by default, real PostGIS when
// DATABASE_URL is set) and end-to-end tests in headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{tiles,server,client,scripts,bench}/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['{server,scripts,tiles}/**/*.db.test.ts'],
          // One database per run is opened by globalSetup-free helpers; files run one at a time
          // so that PGlite's start-up and the shared PostGIS database are not fought over.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
