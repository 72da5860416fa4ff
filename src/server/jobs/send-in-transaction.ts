// Queues a pg-boss job inside the caller's transaction, so the job exists only if the change
// commits (pg-boss's `db` send option). The instance below is never started: it only builds the
// insert; the app's job runner (job-runner.ts) works the queue.
import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { DbOrTx } from '../../db/connect.ts';
import { queryRows } from '../../db/query-rows.ts';

const builder = new PgBoss({
  db: {
    executeSql: () => Promise.reject(new Error('send-in-transaction: pass a transaction')),
  },
  schedule: false,
  supervise: false,
  migrate: false,
});

/** pg-boss's executeSql(text with $1…$n, values) on a drizzle database or transaction. */
function executorOf(db: DbOrTx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const chunks: SQL[] = text
        .split(/\$(\d+)/)
        .map((part, i) => (i % 2 ? sql`${sql.param(values[Number(part) - 1])}` : sql.raw(part)));
      return { rows: await queryRows(db, sql.join(chunks)) };
    },
  };
}

/**
 * Sends a job to the queue `name` within `db` (a transaction). The queue must exist: it does once
 * the job runner has started with a system task of that name (defineSystemTask).
 */
export async function enqueueInTransaction(
  db: DbOrTx,
  name: string,
  data: object,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  return builder.send(name, data, { ...options, db: executorOf(db) });
}
