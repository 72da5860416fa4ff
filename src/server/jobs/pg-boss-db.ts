// pg-boss talks to the database through this adapter, on the same PGlite instance or pool the
// app uses. PGlite runs several statements in one text only through `exec` (simple protocol).
import type { Database } from '../../db/connect.ts';

type Rows = { rows: unknown[] };

export function pgBossDb(database: Database): { executeSql(text: string, values?: unknown[]): Promise<Rows> } {
  const { pglite, pool } = database;
  if (pool) return { executeSql: (text, values) => pool.query(text, values as unknown[]) };
  if (!pglite) throw new Error('no database connection for pg-boss');
  return {
    async executeSql(text, values) {
      if (values?.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
