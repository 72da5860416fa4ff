import { defineConfig } from 'vitest/config';

// Unit, database and API tests, beside the code they test (src/**/*.test.ts).
// test/postgresql/ holds tests of server-only behaviour; vitest.pg.config.ts runs them.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/postgresql/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
