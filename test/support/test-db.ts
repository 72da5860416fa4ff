// A fresh, migrated database per test file: in-memory PGlite by default, or a new database
// on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectPglite, connectPostgres, type Database } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await connectPglite();
    await migrate(database);
    return database;
  }
  const name = `hearth_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await connectPostgres(dbUrl.toString(), 4);
  await migrate(database);
  const close = database.close;
  database.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
  return database;
}
