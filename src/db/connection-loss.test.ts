// The server drops Hearth's idle connections (a restart, a failover, an admin): Hearth keeps
// answering instead of crashing, and the next request gets a new connection.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

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
    expect(pool.idleCount).toBeGreaterThan(0);

    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const admin = new pg.Client(t.database.connection);
      await admin.connect();
      // The request pool's connections (jobs and pg-boss have pools of their own).
      const mine = await Promise.all(
        Array.from({ length: pool.idleCount }, async () => {
          const c = await pool.connect();
          const pid = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
          return { c, pid };
        }),
      );
      for (const { c } of mine) c.release();
      const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [
        mine.map((m) => m.pid),
      ]);
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
