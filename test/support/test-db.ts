// A fresh, migrated database per test file: a clone of the run's template database on the
// embedded PostgreSQL (or TEST_DATABASE_URL's server), dropped again on close.
// Outside vitest (bench scripts) the first call starts a server of its own for the process.
import { randomBytes } from 'node:crypto';
import { connectPostgres, type Database } from '../../src/db/connect.ts';
import { admin, startTestServer, type TestServer, withDatabase } from './test-server.ts';

let standalone: Promise<TestServer> | undefined;

async function testServer(): Promise<TestServer> {
  if (process.env.VITEST) {
    const { inject } = await import('vitest');
    return inject('testServer');
  }
  standalone ??= startTestServer().then((server) => {
    stopStandalone = server.stop;
    return server;
  });
  return standalone;
}

let stopStandalone: (() => Promise<void>) | undefined;

/** Outside vitest: stops the server the first createTestDatabase started (a bench's last step). */
export async function closeTestServer(): Promise<void> {
  await stopStandalone?.();
  standalone = undefined;
  stopStandalone = undefined;
}

export async function createTestDatabase(): Promise<Database> {
  const { connection, template } = await testServer();
  const name = `hearth_test_${randomBytes(6).toString('hex')}`;
  await admin(connection, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const database = await connectPostgres(withDatabase(connection, name), 4);
  const close = database.close;
  database.close = async () => {
    await close();
    await admin(connection, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  return database;
}
