import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The same database and API tests against a PostgreSQL server (TEST_DATABASE_URL).
if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL must name a PostgreSQL server for this run');
export default mergeConfig(base, defineConfig({ test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } }));
