// One factory for both engines: PGlite (embedded, default) or a PostgreSQL server (DATABASE_URL).
// Everything above this file sees the same drizzle API and the same `sql` helpers.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: use-cases accept both. */
export type DbOrTx = Db | Tx;
export type Engine = 'pglite' | 'postgresql';

/** Plain SQL access for code that is not drizzle (migrations, pg-boss, COPY-like streaming). */
export type RawSql = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<void>;
  /** Runs fn on one connection inside BEGIN/COMMIT; rolls back if fn throws. */
  transaction<T>(fn: (q: RawSql) => Promise<T>): Promise<T>;
};

export type Database = {
  engine: Engine;
  db: Db;
  raw: RawSql;
  /** The PGlite instance, when embedded (pg-boss and streaming use it directly). */
  pglite?: PGlite;
  /** The pool, when on a server. */
  pool?: pg.Pool;
  close(): Promise<void>;
};

// DATE and TIMESTAMP columns come back as HUD-formatted text, never as JS Dates shifted by a time zone.
const TEXT_TYPES = [1082, 1114];
for (const oid of TEXT_TYPES) pg.types.setTypeParser(oid, (v: string) => v);

export async function connectPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    extensions: { pg_trgm, fuzzystrmatch, unaccent, pgcrypto },
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { engine: 'pglite', db, pglite, raw: pgliteRaw(pglite), close: () => pglite.close() };
}

export async function connectPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server drops (restart, failover, admin) is only logged: the pool opens a
  // new one for the next query. Without a listener, node-postgres would crash the process.
  let closing = false;
  pool.on('error', (err: Error & { code?: string }) => {
    if (!closing)
      console.error(`PostgreSQL dropped an idle connection (${err.code ?? err.name}); reconnecting on demand`);
  });
  // Fail now, with the server's reason, rather than at the first request.
  const client = await pool.connect();
  client.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const close = () => {
    closing = true;
    return pool.end();
  };
  return { engine: 'postgresql', db, pool, raw: poolRaw(pool), close };
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'> & Partial<Pick<PGlite, 'transaction'>>;

function pgliteRaw(p: PgliteLike): RawSql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const r = await p.query<T>(text, params);
      return { rows: r.rows };
    },
    async exec(text: string) {
      await p.exec(text);
    },
    async transaction<T>(fn: (q: RawSql) => Promise<T>) {
      if (!p.transaction) return fn(this);
      return p.transaction((tx) => fn(pgliteRaw(tx)));
    },
  };
}

function clientRaw(c: pg.PoolClient): RawSql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const r = await c.query(text, params as unknown[]);
      return { rows: r.rows as T[] };
    },
    async exec(text: string) {
      await c.query(text);
    },
    transaction(fn) {
      return fn(this);
    },
  };
}

function poolRaw(pool: pg.Pool): RawSql {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const r = await pool.query(text, params as unknown[]);
      return { rows: r.rows as T[] };
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(fn: (q: RawSql) => Promise<T>) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(clientRaw(c));
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
  };
}

export function connect(opts: { databaseUrl?: string; dataDir?: string }): Promise<Database> {
  return opts.databaseUrl ? connectPostgres(opts.databaseUrl) : connectPglite(opts.dataDir);
}
