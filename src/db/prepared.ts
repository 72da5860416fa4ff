// Hot queries run as named prepared statements: PostgreSQL parses them once per connection and,
// once a generic plan costs no more than a custom one, stops planning them (planning the service
// list's nine-table join took 10× its execution), and each is built once, with placeholders where
// values vary (drizzle walking a query's tree on every call was Hearth's largest own cost). A query
// whose text varies with its input keeps one built query per shape (Find Client, the service list).
// Use it for queries a request runs often; one-off and report queries stay unnamed.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './connect.ts';

const dialect = new PgDialect();
/** The statement name of a query text: a hash, so one text is one statement on every connection. */
const statementName = (text: string) => `h${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;

/** What drizzle's prepared query holds once built (not in its public types). */
type BuiltQuery = {
  queryString: string;
  params: unknown[];
  fields: SelectedFieldsOrdered | undefined;
  _isResponseInArrayMode: boolean;
  customResultMapper?: (rows: unknown[][]) => unknown;
  joinsNotNullableMap?: Record<string, boolean>;
};
type Executable<R> = { execute(values?: Record<string, unknown>): Promise<R> };
type Buildable<R> = { toSQL(): { sql: string }; prepare(name: string): Executable<R> };

/**
 * A drizzle query built once, with `sql.placeholder('name')` where values vary, then run as a named
 * prepared statement on whichever database or transaction a call passes. Drizzle building a query
 * (walking its tree into SQL text, twice in runPrepared) was Hearth's largest own cost per request.
 * `build` must give the same SQL whatever database it is given.
 */
export function buildOnce<R, V extends Record<string, unknown>>(
  build: (db: DbOrTx) => Buildable<R>,
): (db: DbOrTx, values: V) => Promise<R> {
  let built: { name: string; query: BuiltQuery } | undefined;
  // One executable per session: the pool's lasts the process, a transaction's lasts the transaction.
  const bySession = new WeakMap<object, Executable<R>>();
  return (db, values) => {
    const session = db._.session;
    let run = bySession.get(session);
    if (!run) {
      if (!built) {
        const q = build(db);
        const name = statementName(q.toSQL().sql);
        const first = q.prepare(name);
        built = { name, query: first as unknown as BuiltQuery };
        run = first;
      } else {
        const b = built.query;
        const prepared = session.prepareQuery(
          { sql: b.queryString, params: b.params },
          b.fields,
          built.name,
          b._isResponseInArrayMode,
          b.customResultMapper,
        );
        (prepared as unknown as BuiltQuery).joinsNotNullableMap = b.joinsNotNullableMap;
        run = prepared as unknown as Executable<R>;
      }
      bySession.set(session, run);
    }
    return run.execute(values);
  };
}

/**
 * Raw SQL built once (`sql.placeholder('name')` where values vary), run as a named prepared
 * statement; the rows as PostgreSQL returns them.
 */
export function sqlOnce<T, V extends Record<string, unknown>>(query: SQL): (db: DbOrTx, values: V) => Promise<T[]> {
  let built: { sql: string; params: unknown[]; name: string } | undefined;
  const bySession = new WeakMap<object, Executable<{ rows: T[] }>>();
  return async (db, values) => {
    const session = db._.session;
    let run = bySession.get(session);
    if (!run) {
      if (!built) {
        const q = dialect.sqlToQuery(query);
        built = { sql: q.sql, params: q.params, name: statementName(q.sql) };
      }
      run = session.prepareQuery({ sql: built.sql, params: built.params }, undefined, built.name, false) as Executable<{
        rows: T[];
      }>;
      bySession.set(session, run);
    }
    return (await run.execute(values)).rows;
  };
}
