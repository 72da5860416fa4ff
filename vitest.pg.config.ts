import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The same database and API tests against a PostgreSQL server (TEST_DATABASE_URL), plus the
// server-only ones in test/postgresql/.
if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL must name a PostgreSQL server for this run');
export default defineConfig({
  test: { ...base.test, include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['**/node_modules/**'] },
});
