// Applies src/db/migrations/*.sql in name order, each once, each in its own transaction.
// Feature migrations are numbered by feature range (0001-0099 foundation, 0100 clients, …).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './connect.ts';

const dir = new URL('./migrations/', import.meta.url).pathname;

export function migrationFiles(): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

export async function migrate(database: Database): Promise<string[]> {
  const { raw } = database;
  await raw.exec(
    'CREATE TABLE IF NOT EXISTS schema_migration (name varchar(200) PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Set(
    (await raw.query<{ name: string }>('SELECT name FROM schema_migration')).rows.map((r) => r.name),
  );
  const done: string[] = [];
  for (const file of migrationFiles()) {
    if (applied.has(file)) continue;
    const body = readFileSync(join(dir, file), 'utf8');
    const ran = await raw
      .transaction(async (q) => {
        // Serialise app servers starting at the same time.
        await q.query('SELECT pg_advisory_xact_lock(728341)');
        const again = await q.query('SELECT 1 FROM schema_migration WHERE name = $1', [file]);
        if (again.rows.length) return false;
        await q.exec(body);
        await q.query('INSERT INTO schema_migration (name) VALUES ($1)', [file]);
        return true;
      })
      .catch((e: Error) => {
        throw new Error(`migration ${file} failed: ${e.message}`);
      });
    if (ran) done.push(file);
  }
  return done;
}
