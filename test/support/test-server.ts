// The database server tests run on: the embedded PostgreSQL in a throw-away directory (default),
// or the server TEST_DATABASE_URL names. The schema is migrated once into a template database;
// each test file gets a clone of it (CREATE DATABASE … TEMPLATE), dropped when it closes.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectPostgres } from '../../src/db/connect.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { migrate } from '../../src/db/migrate.ts';

export type TestServer = {
  /** An administrative connection (the server's maintenance database). */
  connection: pg.ClientConfig;
  /** The migrated template database each test database is cloned from. */
  template: string;
};

// Durability is pointless for a cluster deleted after the run; these make it several times faster.
const THROWAWAY = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '200' };

export async function startTestServer(): Promise<TestServer & { stop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  let connection: pg.ClientConfig;
  let stopServer: () => Promise<void> = async () => undefined;
  if (url) {
    connection = { connectionString: url };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-test-pg-'));
    const server = await startEmbeddedPostgres({
      dir: join(dir, 'postgresql'),
      database: 'postgres',
      settings: THROWAWAY,
    });
    connection = server.connection;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `hearth_template_${randomBytes(6).toString('hex')}`;
  try {
    await admin(connection, `CREATE DATABASE ${template}`);
    const database = await connectPostgres(withDatabase(connection, template), 1);
    await migrate(database).finally(() => database.close());
  } catch (e) {
    await stopServer();
    throw e;
  }
  return {
    connection,
    template,
    async stop() {
      await admin(connection, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
      await stopServer();
    },
  };
}

export function withDatabase(connection: pg.ClientConfig, database: string): pg.ClientConfig {
  if (!connection.connectionString) return { ...connection, database };
  const url = new URL(connection.connectionString);
  url.pathname = `/${database}`;
  return { ...connection, connectionString: url.toString() };
}

export async function admin(connection: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A connection as a URL, for a Hearth process's DATABASE_URL (a socket directory goes in ?host=). */
export function databaseUrl(connection: pg.ClientConfig): string {
  if (connection.connectionString) return connection.connectionString;
  const url = new URL('postgres://localhost');
  url.username = connection.user ?? 'postgres';
  if (typeof connection.password === 'string') url.password = connection.password;
  url.pathname = `/${connection.database ?? 'postgres'}`;
  if (connection.port) url.port = String(connection.port);
  if (connection.host?.startsWith('/')) url.searchParams.set('host', connection.host);
  else if (connection.host) url.hostname = connection.host;
  return url.toString();
}
