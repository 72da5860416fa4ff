// The pool sends repeated parameterized statements as prepared statements, once per connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/test-db.ts';
import type { Database } from './connect.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('prepared statements', () => {
  it('parses a parameterized statement once per connection and reuses it', async () => {
    const client = await database.pool.connect();
    try {
      const text = 'SELECT $1::int + 1 AS n';
      for (const v of [1, 2, 3]) expect((await client.query(text, [v])).rows[0]).toEqual({ n: v + 1 });
      const prepared = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
        [text],
      );
      expect(prepared.rows[0]?.n).toBe(1);
      // Statements without parameters (BEGIN, COMMIT, DDL) are sent as they are.
      await client.query('SELECT 1');
      const unnamed = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = 'SELECT 1'",
        [],
      );
      expect(unnamed.rows[0]?.n).toBe(0);
    } finally {
      client.release();
    }
  });
});
