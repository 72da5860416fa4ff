// Jobs whose app server stopped while they ran: with several servers, a job is left alone while
// its server keeps confirming it (heartbeat) and marked interrupted once that server falls silent.
import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { morePool } from '../../db/connect.ts';
import { jobRunTable } from '../../db/schema/index.ts';

let t: TestApp | undefined;
afterAll(() => t?.close());

describe('jobs of a stopped app server', () => {
  it('marks a running job interrupted when its server went silent, and leaves one a live server runs', async () => {
    t = await createTestApp();
    const { db } = t.database;
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db.insert(jobRunTable).values([
      {
        id: 'a'.repeat(32),
        kind: 'hmis_csv_export',
        title: 'Export',
        ownerId: 'USR-ADMIN',
        status: 'running',
        runner: 'gone:1',
        heartbeatAt: minutesAgo(5),
      },
      {
        id: 'b'.repeat(32),
        kind: 'hmis_csv_export',
        title: 'Export',
        ownerId: 'USR-ADMIN',
        status: 'running',
        runner: 'alive:2',
        heartbeatAt: minutesAgo(0.2),
      },
    ]);
    // Another app server starting on the same database looks for jobs left behind.
    const second = await morePool(t.database, 2);
    const app = await t.anotherServer({ database: second });
    await app.close();
    await second.close();
    const rows = await db
      .select({ id: jobRunTable.id, status: jobRunTable.status, error: jobRunTable.error })
      .from(jobRunTable)
      .where(inArray(jobRunTable.id, ['a'.repeat(32), 'b'.repeat(32)]))
      .orderBy(jobRunTable.id);
    expect(rows).toEqual([
      { id: 'a'.repeat(32), status: 'failed', error: expect.stringContaining('interrupted because Hearth stopped') },
      { id: 'b'.repeat(32), status: 'running', error: null },
    ]);
  });
});
