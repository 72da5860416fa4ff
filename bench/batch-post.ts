// npm run bench:batch — posts a batch of 500 scanned clients and prints the time.
// Target: ≤ 1 s on the embedded PostgreSQL and on a server (runs there too when TEST_DATABASE_URL is set).

import { addClients, addEnrollments, daysAgo } from '../src/server/services/test-fixtures.ts';
import { createTestApp } from '../test/support/test-app.ts';
import { closeTestServer } from '../test/support/test-db.ts';

const CLIENTS = 500;
const TARGET_MS = 1000;

async function run(engine: 'embedded' | 'server'): Promise<number> {
  const t = await createTestApp();
  try {
    const ids = Array.from({ length: CLIENTS }, (_, i) => String(7_000_001 + i));
    await addClients(
      t.database.db,
      ids.map((PersonalID) => ({ PersonalID })),
    );
    await addEnrollments(
      t.database.db,
      ids.map((PersonalID) => ({ PersonalID, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(30) })),
    );
    const api = t.as(await t.login('casemanager2'));
    const batch = (
      await api.post('/api/batches', {
        name: 'Benchmark night',
        projectId: 'PRJ-NBN',
        serviceTypeId: 'SVC-001',
        DateProvided: daysAgo(1),
        units: 1,
        unitValue: 0,
      })
    ).json();
    const scanStart = performance.now();
    for (const personalId of ids) {
      const res = await api.post(`/api/batches/${batch.id}/entries`, { personalId });
      if (res.statusCode !== 201) throw new Error(`scan ${personalId}: ${res.statusCode} ${res.body}`);
    }
    const scanMs = performance.now() - scanStart;
    const review = (await api.get(`/api/batches/${batch.id}`)).json();
    const start = performance.now();
    const res = await api.post(`/api/batches/${batch.id}/post`, { version: review.batch.version });
    const postMs = performance.now() - start;
    const body = res.json();
    if (res.statusCode !== 200 || body.posted !== CLIENTS)
      throw new Error(`post failed: ${res.statusCode} ${res.body}`);
    console.log(
      `${engine.padEnd(10)} post ${CLIENTS} scanned clients: ${postMs.toFixed(0)} ms ` +
        `(target ≤ ${TARGET_MS} ms: ${postMs <= TARGET_MS ? 'met' : 'MISSED'}); ` +
        `scanning took ${(scanMs / CLIENTS).toFixed(1)} ms per card`,
    );
    return postMs;
  } finally {
    await t.close();
    await closeTestServer();
  }
}

const pgUrl = process.env.TEST_DATABASE_URL;
process.env.TEST_DATABASE_URL = '';
const results = [await run('embedded')];
if (pgUrl) {
  process.env.TEST_DATABASE_URL = pgUrl;
  results.push(await run('server'));
} else {
  console.log('PostgreSQL: not run (set TEST_DATABASE_URL=postgres://… to include it)');
}
process.exit(results.every((ms) => ms <= TARGET_MS) ? 0 : 1);
