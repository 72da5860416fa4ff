// The embedded server keeps WAL segment files for reuse, so a bulk write (an HMIS CSV import)
// overwrites them instead of creating and zero-filling new ones while users commit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from './connect.ts';

const segments = async (database: Database) => {
  const { rows } = await database.raw.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'",
  );
  return rows[0]?.n ?? 0;
};

let dir: string;
let database: Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-wal-'));
  database = await connect({ dataDir: dir });
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('spare WAL on the embedded server', () => {
  it('holds 256 MB of segments from the first start, and writes 100 MB of WAL without making a new one', async () => {
    expect(await segments(database)).toBe(16);
    const { rows } = await database.raw.query<{ size: string }>("SELECT current_setting('min_wal_size') AS size");
    expect(rows[0]?.size).toBe('256MB');

    // 100 messages of 1 MB each: the WAL an import of about 200,000 rows writes.
    await database.raw.query(
      "SELECT pg_logical_emit_message(false, 'test', repeat('x', 1048576)) FROM generate_series(1, 100)",
    );
    expect(await segments(database)).toBe(16);
  });

  it('keeps them across a restart without preparing them again', async () => {
    await database.close();
    database = await connect({ dataDir: dir });
    expect(await segments(database)).toBe(16);
  });

  it('refuses a HEARTH_SPARE_WAL_MB that is not a whole number, naming it', async () => {
    process.env.HEARTH_SPARE_WAL_MB = 'lots';
    try {
      await expect(connect({ dataDir: join(dir, 'other') })).rejects.toThrow('HEARTH_SPARE_WAL_MB: "lots"');
    } finally {
      delete process.env.HEARTH_SPARE_WAL_MB;
    }
  });
});
