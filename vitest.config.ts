import { defineConfig } from 'vitest/config';

// Unit, database and API tests, beside the code they test (src/**/*.test.ts), on the embedded
// PostgreSQL (one server and one migrated template per run: test/support/global-setup.ts), or on
// the server TEST_DATABASE_URL names (vitest.pg.config.ts, which CI runs on PostgreSQL 15).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
