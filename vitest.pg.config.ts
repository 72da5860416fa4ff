import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The same tests against a PostgreSQL server (TEST_DATABASE_URL): CI runs them on PostgreSQL 15,
// so two major versions (the embedded 17 and 15) stay covered.
if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL must name a PostgreSQL server for this run');
export default defineConfig({ test: { ...base.test, include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } });
