// npm run bench:apr — the HUD APR (universe query and every table, then the validation file) on
// the embedded database with the Data Lab kit loaded (the demo data): the kit's largest project,
// and all its projects together. Prints the better of two runs after a warm-up, and the peak RSS.
// Targets (issue 11): one project ≤ 2 s, the demo CoC on the embedded default ≤ 3 s, RSS ≤ 500 MB.
// The synthetic 100,000-enrollment CoC on PostgreSQL is not measured here yet.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../src/db/connect.ts';
import { loadDemoClients } from '../src/db/demo/load-demo-clients.ts';
import { seedDemo } from '../src/db/demo/seed-demo.ts';
import { migrate } from '../src/db/migrate.ts';
import { type AprParams, runApr } from '../src/server/reports/apr/run-apr.ts';
import { writeValidationZip } from '../src/server/reports/apr/validation/write-validation-zip.ts';

const PERIOD = { startDate: '2021-10-01', endDate: '2022-09-30' };

async function best(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    await fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-apr-'));
const database = await connect({ dataDir: dir });
try {
  await migrate(database);
  await seedDemo(database, 'Bench-Demo-Password-2026');
  await loadDemoClients(database);
  const { rows } = await database.raw.query<{ project_id: string; project_name: string; n: number }>(
    `SELECT p.project_id, p.project_name, count(e.*)::int AS n FROM project p
     JOIN enrollment e ON e.project_id = p.project_id AND e.date_deleted IS NULL
     WHERE p.project_name LIKE 'DataLab%' GROUP BY 1, 2 ORDER BY n DESC`,
  );
  const largest = rows[0];
  if (!largest) throw new Error('the Data Lab kit did not load');
  const cases: [string, AprParams][] = [
    [
      `APR, largest kit project (${largest.project_name}, ${largest.n} enrollments)`,
      { reportType: 'APR', ...PERIOD, projectIds: [largest.project_id] },
    ],
    [
      `APR, the whole kit (${rows.length} projects)`,
      { reportType: 'APR', ...PERIOD, projectIds: rows.map((r) => r.project_id) },
    ],
    [
      `CAPER, the whole kit (${rows.length} projects)`,
      { reportType: 'CAPER', ...PERIOD, projectIds: rows.map((r) => r.project_id) },
    ],
  ];
  for (const [name, params] of cases) {
    let clients = 0;
    const report = await best(async () => {
      clients = (await runApr(database.raw, params)).universe.rows.length;
    });
    const run = await runApr(database.raw, params);
    const validation = await best(() => writeValidationZip(run, 'Bench-Password-2026'));
    console.log(
      `${name}: ${clients} clients, report ${report.toFixed(0)} ms, validation file (AES-256) ${validation.toFixed(0)} ms`,
    );
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
