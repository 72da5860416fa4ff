// Hot queries run as named prepared statements: PostgreSQL parses them once per connection and,
// once a generic plan costs no more than a custom one, stops planning them (planning the service
// list's nine-table join took 10× its execution). The name is a hash of the SQL text, so one text
// is one statement on every connection, and a query whose text varies (IN lists) gets one per shape.
// Use it for queries a request runs often; one-off and report queries stay unnamed.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './connect.ts';

const dialect = new PgDialect();
const names = new Map<string, string>();

/** The statement name of a query text (cached: the same texts come back on every request). */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `h${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // Texts are a bounded set of shapes; the cap only guards against a caller building unbounded ones.
    if (names.size < 5000) names.set(text, name);
  }
  return name;
}

type Preparable<R> = { toSQL(): { sql: string }; prepare(name: string): { execute(): Promise<R> } };

/** Runs a drizzle query builder (select, insert, update…) as a named prepared statement. */
export function runPrepared<R>(query: Preparable<R>): Promise<R> {
  return query.prepare(statementName(query.toSQL().sql)).execute();
}

/** Runs raw SQL as a named prepared statement; the rows as PostgreSQL returns them. */
export async function preparedRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const q = dialect.sqlToQuery(query);
  const result = (await db._.session.prepareQuery(q, undefined, statementName(q.sql), false).execute()) as {
    rows: T[];
  };
  return result.rows;
}
