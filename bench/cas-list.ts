// npm run bench:cas-list [-- --households 20000 --runs 20] — the CAS prioritization list
// (GET /api/cas/prioritization-list) on a fresh database (embedded PostgreSQL, or the server
// TEST_DATABASE_URL names) holding N queued households, built as the paging test builds its 5,100
// (src/server/cas/prioritization-paging.test-support.ts). After two warm-up requests each, prints
// p50/p95 of `runs` requests for page 1 in the list's own order, page 1 sorted by a wide column
// (last contact), and, where the server offers them, sorted by Document Check and filtered by a rank;
// then the same N households as the access point's Agency CAS Active Cases (GET /api/cas/cases/agency).
// Target: the default-order page at 20,000 households ≤ 150 ms p95.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { PrioritizationStatus } from '../src/hud/codes.ts';
import { queueOfCopies } from '../src/server/cas/prioritization-paging.test-support.ts';
import { createTestApp } from '../test/support/test-app.ts';
import { closeTestServer } from '../test/support/test-db.ts';

const { values: args } = parseArgs({
  options: { households: { type: 'string', default: '20000' }, runs: { type: 'string', default: '20' } },
});
const households = Number(args.households);
const runs = Number(args.runs);

const t = await createTestApp();
try {
  const t0 = performance.now();
  // The original and N copies, less the one hidden at a victim service provider: N on the list.
  await queueOfCopies(t, await t.login('accesspoint'), households, 0);
  await t.database.raw.query('ANALYZE');
  console.log(`${households} queued households built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const casAdmin = await t.login('casadmin');
  const accessPoint = await t.login('accesspoint');
  const LIST = '/api/cas/prioritization-list';
  const AGENCY = '/api/cas/cases/agency';

  const request = (path: string, query: string) =>
    t.app.inject({
      method: 'GET',
      url: `${path}?${query}`,
      headers: { cookie: path === LIST ? casAdmin : accessPoint },
    });
  const pct = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

  for (const [what, path, query] of [
    ['page 1, list order', LIST, ''],
    ['page 1, sorted by last contact', LIST, 'sort=contact&desc=true'],
    ['page 1, sorted by Document Check', LIST, 'sort=docs'],
    ['filtered by rank 5', LIST, 'filter.rank=5'],
    ['agency cases, page 1 by name', AGENCY, ''],
    ['agency cases, page 1 sorted by last contact', AGENCY, 'sort=contact&desc=true'],
  ] as const) {
    const first = await request(path, query);
    if (first.statusCode !== 200) {
      console.log(`${what}: not offered (${first.statusCode})`);
      continue;
    }
    const body = first.json() as { total: number; items: { PrioritizationStatus: number | null }[] };
    if (
      path === LIST &&
      query === '' &&
      (body.total !== households || body.items[0]?.PrioritizationStatus !== PrioritizationStatus.Placed)
    )
      throw new Error(`expected ${households} households on the list, got ${body.total}`);
    await request(path, query);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const res = await request(path, query);
      times.push(performance.now() - s);
      if (res.statusCode !== 200) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${what}: p50 ${pct(times, 50)?.toFixed(0)} ms, p95 ${pct(times, 95)?.toFixed(0)} ms (${runs} runs, ${body.total} rows)`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
} finally {
  await t.close();
  await closeTestServer();
}
