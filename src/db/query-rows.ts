// The rows of a raw SQL query run through drizzle (`db.execute`), typed by the caller.
import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './connect.ts';

export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows: T[] } | T[];
  return Array.isArray(result) ? result : result.rows;
}
