// An import stopped while its checks run (the server shutting down aborts its jobs) ends its
// check thread and writes nothing.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { clientTable } from '../../../db/schema/index.ts';
import { fixture } from '../test-support.ts';
import { importHmisCsv } from './import-hmis-csv.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('stops checking when the job is stopped, and loads nothing', async () => {
  const stop = new AbortController();
  const notes: string[] = [];
  const importing = importHmisCsv({
    database: t.database,
    data: new Blob([fixture('datalab-fy2026.zip')]),
    actor: { userId: null },
    signal: stop.signal,
    onProgress: async (_percent, note) => {
      notes.push(note);
      stop.abort(new Error('the server is stopping'));
    },
  });
  await expect(importing).rejects.toThrow('the server is stopping');
  expect(notes[0]).toBe('Checking files');
  expect(notes).not.toContain('Loading records');
  const [clients] = await t.database.db.select({ n: count() }).from(clientTable);
  expect(clients?.n).toBe(0);
});

it('checks the same kit to the end when nobody stops it, and loads it', async () => {
  const outcome = await importHmisCsv({
    database: t.database,
    data: new Blob([fixture('datalab-fy2026.zip')]),
    actor: { userId: null },
  });
  expect(outcome.loaded).toBe(true);
  const [clients] = await t.database.db.select({ n: count() }).from(clientTable);
  expect(clients?.n).toBeGreaterThan(0);
});
