// Opens the database: the embedded PostgreSQL in HEARTH_DATA_DIR (default) or a server named by
// DATABASE_URL, both through one node-postgres pool behind drizzle. One engine, one code path.
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { prepareSpareWal, startEmbeddedPostgres } from './embedded-postgres.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: use-cases accept both. */
export type DbOrTx = Db | Tx;

/** Plain SQL access for code that is not drizzle (migrations, COPY-like streaming). */
export type RawSql = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<void>;
  /** Runs fn on one connection inside BEGIN/COMMIT; rolls back if fn throws. */
  transaction<T>(fn: (q: RawSql) => Promise<T>): Promise<T>;
};

export type Database = {
  db: Db;
  raw: RawSql;
  pool: pg.Pool;
  /** Where the pool connects: other pools (jobs, pg-boss) open their own connections with it. */
  connection: pg.ClientConfig;
  /** 'embedded' when this process runs the server itself. */
  kind: 'embedded' | 'server';
  close(): Promise<void>;
};

// DATE and TIMESTAMP columns come back as HUD-formatted text, never as JS Dates shifted by a time zone.
const TEXT_TYPES = [1082, 1114];
for (const oid of TEXT_TYPES) pg.types.setTypeParser(oid, (v: string) => v);

/** A pool on a PostgreSQL server (a URL or node-postgres settings), checked by one connection. */
export async function connectPostgres(
  connection: string | pg.ClientConfig,
  max = 10,
  kind: Database['kind'] = 'server',
  onConnect?: (client: pg.PoolClient) => void,
): Promise<Database> {
  const config: pg.ClientConfig = typeof connection === 'string' ? { connectionString: connection } : connection;
  // JIT off: PostgreSQL compiles a query once its estimated cost passes a threshold, and on report
  // queries (whose estimates run high) compiling took twice the CPU of running them (BNL: 6.2 s with
  // JIT, 2.2 s without). A connection string's own `options` still wins.
  const pool = new pg.Pool({ options: '-c jit=off', ...config, max });
  if (onConnect) pool.on('connect', onConnect);
  // An idle connection the server drops (restart, failover, admin) is only logged: the pool opens a
  // new one for the next query. Without a listener, node-postgres would crash the process.
  let closing = false;
  pool.on('error', (err: Error & { code?: string }) => {
    if (!closing)
      console.error(`PostgreSQL dropped an idle connection (${err.code ?? err.name}); reconnecting on demand`);
  });
  // Fail now, with the server's reason, rather than at the first request.
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  const db = drizzle(pool, { schema }) as unknown as Db;
  const close = async () => {
    if (closing) return;
    closing = true;
    await pool.end();
  };
  return { db, pool, raw: poolRaw(pool), connection: config, kind, close };
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

/** Another pool on the same database (jobs get their own, so they never take the requests'). */
export function morePool(database: Pick<Database, 'connection' | 'kind'>, max: number): Promise<Database> {
  return connectPostgres(database.connection, max, database.kind);
}

/** The nice value of a background job's server process: below the requests' 0, so users go first. */
export const BACKGROUND_NICE = 10;

/**
 * The jobs' pool. On the embedded server, which this process started and owns, each of the pool's
 * server processes runs at a lower CPU priority, so a long import or export takes the cores only
 * when no request wants them. A server given by DATABASE_URL is not ours to re-prioritize.
 */
export function backgroundPool(database: Pick<Database, 'connection' | 'kind'>, max: number): Promise<Database> {
  if (database.kind !== 'embedded') return morePool(database, max);
  return connectPostgres(database.connection, max, database.kind, (client) => {
    // The server sends its process id when a connection opens (node-postgres keeps it for cancel
    // requests; its types leave it out), so no query has to run before the job's own.
    const pid = (client as pg.PoolClient & { processID?: number | null }).processID;
    try {
      if (pid) setPriority(pid, BACKGROUND_NICE);
    } catch (e) {
      console.error(`could not lower a job connection's priority: ${e instanceof Error ? e.message : e}`);
    }
  });
}

/** HEARTH_DB_SETTINGS: extra embedded server settings, "name=value" separated by spaces. */
function serverSettings(): Record<string, string> {
  const raw = process.env.HEARTH_DB_SETTINGS?.trim();
  if (!raw) return {};
  return Object.fromEntries(
    raw.split(/\s+/).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`HEARTH_DB_SETTINGS: "${pair}" is not name=value`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

const WAL_SEGMENT_MB = 16;

/** HEARTH_SPARE_WAL_MB (256): WAL the embedded server keeps for reuse, in whole 16 MB segments. */
function spareWalSegments(): number {
  const raw = process.env.HEARTH_SPARE_WAL_MB?.trim();
  const mb = raw ? Number(raw) : 256;
  if (!Number.isInteger(mb) || mb < 0) throw new Error(`HEARTH_SPARE_WAL_MB: "${raw}" is not a whole number of MB`);
  const segments = Math.floor(mb / WAL_SEGMENT_MB);
  // min_wal_size cannot be under two segments.
  return segments < 2 ? 0 : segments;
}

/** Connections the request pool keeps (DATABASE_POOL_SIZE overrides). */
export const poolSize = () => Number(process.env.DATABASE_POOL_SIZE) || 10;

/** Opens DATABASE_URL's server, or starts the embedded PostgreSQL in dataDir/postgresql. */
export async function connect(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl, poolSize());
  if (existsSync(join(opts.dataDir, 'PG_VERSION'))) {
    throw new Error(
      `${opts.dataDir} holds the PGlite database of an earlier Hearth, which this version cannot open: ` +
        'set HEARTH_DATA_DIR to an empty directory (move the old one away).',
    );
  }
  const spare = spareWalSegments();
  const settings = { ...(spare ? { min_wal_size: `${spare * WAL_SEGMENT_MB}MB` } : {}), ...serverSettings() };
  const server = await startEmbeddedPostgres({ dir: join(opts.dataDir, 'postgresql'), settings });
  try {
    const database = await connectPostgres(server.connection, poolSize(), 'embedded');
    if (spare) await prepareSpareWal(database.pool, spare);
    const close = database.close;
    database.close = async () => {
      await close();
      await server.stop();
    };
    return database;
  } catch (e) {
    await server.stop();
    throw e;
  }
}
