// The server drops Hearth's idle connections (a restart, a failover, an admin): Hearth keeps
// answering instead of crashing, and the next request gets a new connection.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('PostgreSQL connection loss', () => {
  it('keeps serving after the server terminates every idle connection of the pool', async () => {
    const cm = await t.login('casemanager');
    expect((await t.as(cm).get('/api/auth/me')).statusCode).toBe(200);
    const pool = t.database.pool;
    if (!pool) throw new Error('this test needs the PostgreSQL engine');
    expect(pool.idleCount).toBeGreaterThan(0);

    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const admin = new pg.Client({ connectionString: pool.options.connectionString });
      await admin.connect();
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      // Every terminated connection was the pool's: each is noticed, logged and dropped.
      await expect.poll(() => errors.length, { timeout: 5000 }).toBe(rowCount);
    } finally {
      console.error = original;
    }
    expect(errors[0]).toContain('PostgreSQL dropped an idle connection (57P01)');
    expect((await t.as(cm).get('/api/auth/me')).statusCode).toBe(200);
  });
});
