// Two app servers on one database, both with the daily Document Check expiry check scheduled:
// when the schedule comes due it runs once, not once per server (pg-boss's cron lock and
// singleton slot). The schedule here is one minute of the hour, the next one, so the test need
// not wait for 06:00 and a slow machine cannot reach a second due time within the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { connectPostgres, type Database } from '../../db/connect.ts';
import { auditEventTable } from '../../db/schema/index.ts';
import '../document-check/check-document-expiry.ts';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import type { Deps } from '../deps.ts';
import { localFileStorage } from '../storage/file-storage.ts';
import { jobRunnerFor } from './job-runner.ts';

/** The minute of the hour one minute from now, in the server's time zone (as pg-boss reads cron). */
const nextMinute = () => Number(new Intl.DateTimeFormat('en-US', { minute: 'numeric' }).format(Date.now() + 60_000));

let first: Database;
let second: Database;
let dir: string;
const servers: Deps[] = [];

beforeAll(async () => {
  first = await createTestDatabase();
  second = await connectPostgres(first.connection, 4);
  dir = mkdtempSync(join(tmpdir(), 'hearth-cron-'));
  const config = loadConfig({ dataDir: dir, demo: false, documentExpiryCron: `${nextMinute()} * * * *` });
  for (const database of [first, second]) servers.push({ database, config, storage: localFileStorage(dir) });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => jobRunnerFor(s).stop()));
  await second.close();
  await first.close();
  rmSync(dir, { recursive: true, force: true });
});

const runs = async () => first.db.$count(auditEventTable, eq(auditEventTable.action, 'document_check.expiry_checked'));

describe('a scheduled system task with two app servers', () => {
  it('fires once per due time, not once per server', { timeout: 240_000 }, async () => {
    await Promise.all(servers.map((s) => jobRunnerFor(s).start()));
    await expect.poll(runs, { timeout: 180_000, interval: 1000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 8000));
    expect(await runs()).toBe(1);
  });
});
