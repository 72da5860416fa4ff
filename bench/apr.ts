// npm run bench:apr — the HUD APR (universe query and every table, then the validation file):
//   1. on the embedded database with the Data Lab kit loaded (the demo data): the kit's largest
//      project, and all its projects together (APR and CAPER);
//   2. on a synthetic CoC of 100,000 enrollments (BENCH_ENROLLMENTS) across every project type on
//      PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server; its own
//      database, dropped afterwards): all 100 projects together, and its largest project.
// BENCH_KEEP_DATABASE=<name> keeps the synthetic CoC in that database and reuses it on the next
// run (it must then have been generated with the same BENCH_ENROLLMENTS).
// `-- kit` or `-- synthetic` runs one part (the peak RSS is then that part's alone). Prints, after
// a warm-up, the better of two runs: wall time and CPU time (this process plus, on PostgreSQL, the
// one server backend the bench uses: what the wall time would be on an otherwise idle machine).
// The synthetic part ends with one job's footprint: the APR of all projects and its validation file,
// each made once, in a fresh process (as a report job makes them), and that process's peak RSS; the
// runs above are back to back in one process, whose peak also holds the earlier runs' garbage.
// Targets (issue 11): synthetic CoC all projects ≤ 10 s, one project ≤ 2 s; the demo CoC on the
// embedded default ≤ 3 s; peak RSS ≤ 500 MB.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect, connectPostgres, type Database } from '../src/db/connect.ts';
import { loadDemoClients } from '../src/db/demo/load-demo-clients.ts';
import { seedDemo } from '../src/db/demo/seed-demo.ts';
import { migrate } from '../src/db/migrate.ts';
import { type AprParams, runApr } from '../src/server/reports/apr/run-apr.ts';
import { writeValidationZip } from '../src/server/reports/apr/validation/write-validation-zip.ts';
import { ALL_PROJECT_TYPES, cpuMs, seedSynthetic, withBenchDatabase } from './synthetic-coc.ts';

const enrollments = Number(process.env.BENCH_ENROLLMENTS || 100_000);
const scratchFile = join(tmpdir(), `hearth-bench-apr-validation-${process.pid}.zip`);

type Timing = { wall: number; cpu: number };

/** After a warm-up, the better (by wall time) of two runs, with that run's CPU time. */
async function best(fn: () => Promise<unknown>, backend: number | null = null): Promise<Timing> {
  await fn();
  let out = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 2; i++) {
    const c0 = cpuMs(backend);
    const t0 = performance.now();
    await fn();
    const wall = performance.now() - t0;
    if (wall < out.wall) out = { wall, cpu: cpuMs(backend) - c0 };
  }
  return out;
}

const ms = (t: Timing) => `${t.wall.toFixed(0)} ms wall / ${t.cpu.toFixed(0)} ms CPU`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
const rss = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
// The process's peak since `reset()`: the synthetic CoC is generated in this process, and maxRSS
// alone would report the generator's peak as the report's.
const peakTracker = () => {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  setInterval(sample, 20).unref();
  return {
    reset: () => {
      peak = process.memoryUsage().rss;
    },
    peak: () => {
      sample();
      return `${(peak / 1024 / 1024).toFixed(0)} MB`;
    },
  };
};
const phase = peakTracker();

/** The run's validation file streamed to a scratch file, as the job streams it to the file store. */
async function writeValidationFile(run: Awaited<ReturnType<typeof runApr>>): Promise<number> {
  const bytes = await writeValidationZip(run, 'Bench-Password-2026', async (zip) => {
    await pipeline(zip, createWriteStream(scratchFile));
    return statSync(scratchFile).size;
  });
  rmSync(scratchFile, { force: true });
  return bytes;
}
// The peak while the validation file alone is written (the report's run held, as the job holds it).
const validationPhase = peakTracker();

async function measure(database: Database, cases: [string, AprParams, number?][], backend: number | null) {
  for (const [name, params, target] of cases) {
    let clients = 0;
    const report = await best(async () => {
      clients = (await runApr(database.raw, params)).universe.rows.length;
    }, backend);
    const run = await runApr(database.raw, params);
    // After the run the validation file is written from: its peak is the report's, not the file's.
    const reportRss = phase.peak();
    validationPhase.reset();
    let bytes = 0;
    const validation = await best(async () => {
      bytes = await writeValidationFile(run);
    });
    const verdict = target ? ` (target ≤ ${target / 1000} s: ${report.cpu <= target ? 'met' : 'NOT met'} by CPU)` : '';
    console.log(
      `${name}: ${clients} clients, report ${ms(report)}${verdict}, validation file (AES-256, ${(bytes / 1e6).toFixed(1)} MB) ${ms(validation)}; peak RSS since the data was ready ${reportRss} after the report runs, ${phase.peak()} after the validation file (${validationPhase.peak()} while it was written; process lifetime ${rss()}); load average ${load()}`,
    );
  }
}

async function kit() {
  const PERIOD = { startDate: '2021-10-01', endDate: '2022-09-30' };
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
    const all = rows.map((r) => r.project_id);
    console.log('Data Lab kit, embedded PostgreSQL (CPU: this process only; the server is not counted)');
    await measure(
      database,
      [
        [
          `APR, largest kit project (${largest.project_name}, ${largest.n} enrollments)`,
          { reportType: 'APR', ...PERIOD, projectIds: [largest.project_id] },
          2000,
        ],
        [`APR, the whole kit (${rows.length} projects)`, { reportType: 'APR', ...PERIOD, projectIds: all }, 3000],
        [`CAPER, the whole kit (${rows.length} projects)`, { reportType: 'CAPER', ...PERIOD, projectIds: all }, 3000],
      ],
      null,
    );
    console.log(`peak RSS so far ${rss()} (target ≤ 500 MB)`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function synthetic() {
  const PERIOD = { startDate: '2024-10-01', endDate: '2025-09-30' };
  await withBenchDatabase('hearth_bench_apr', process.env.BENCH_KEEP_DATABASE, async (url, fresh) => {
    // One connection, kept while idle (the pool would close it after 10 s, while the tables are
    // computed), so the backend whose CPU time is read serves every query.
    const config: pg.PoolConfig = { connectionString: url, idleTimeoutMillis: 0 };
    const database = await connectPostgres(config, 1);
    try {
      await migrate(database);
      if (fresh) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const t0 = Date.now();
        await seedSynthetic(client, enrollments, ALL_PROJECT_TYPES);
        await client.end();
        console.log(
          `\nSynthetic CoC of ${enrollments} enrollments (every project type) generated on PostgreSQL in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
        );
      } else console.log(`\nSynthetic CoC reused from ${process.env.BENCH_KEEP_DATABASE}`);
      global.gc?.();
      phase.reset();
      const backend =
        (await database.raw.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? null;
      // The project with the most enrollments active in the period.
      const { rows } = await database.raw.query<{ project_id: string; project_type: number; n: number }>(
        `SELECT p.project_id, p.project_type, count(e.*)::int AS n FROM project p
         JOIN enrollment e ON e.project_id = p.project_id AND e.entry_date <= $2
         LEFT JOIN exit x ON x.enrollment_id = e.enrollment_id
         WHERE x.exit_date IS NULL OR x.exit_date >= $1
         GROUP BY 1, 2 ORDER BY n DESC, 1`,
        [PERIOD.startDate, PERIOD.endDate],
      );
      const largest = rows[0];
      if (!largest) throw new Error('the synthetic CoC has no enrollments');
      const all = (
        await database.raw.query<{ project_id: string }>('SELECT project_id FROM project ORDER BY 1')
      ).rows.map((r) => r.project_id);
      console.log(`FY ${PERIOD.startDate} – ${PERIOD.endDate}, PostgreSQL (CPU: this process plus its server backend)`);
      await measure(
        database,
        [
          [
            `APR, all ${all.length} projects (${rows.length} with enrollments in the period)`,
            { reportType: 'APR', ...PERIOD, projectIds: all },
            10_000,
          ],
          [
            `APR, largest project (${largest.project_id}, type ${largest.project_type}, ${largest.n} enrollments active in the period)`,
            { reportType: 'APR', ...PERIOD, projectIds: [largest.project_id] },
            2000,
          ],
        ],
        backend,
      );
      console.log(`peak RSS so far ${rss()} (target ≤ 500 MB)`);
      const job = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'once'], {
        env: {
          ...process.env,
          BENCH_APR_ONCE: JSON.stringify({ url, params: { reportType: 'APR', ...PERIOD, projectIds: all } }),
        },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (job.status !== 0) throw new Error(`the one-job run failed (exit ${job.status})`);
      console.log(job.stdout.trim());
    } finally {
      await database.close();
    }
  });
}

/** One APR and its validation file in this fresh process: its figures and peak RSS. */
async function once() {
  const { url, params } = JSON.parse(process.env.BENCH_APR_ONCE ?? '') as { url: string; params: AprParams };
  const config: pg.PoolConfig = { connectionString: url, idleTimeoutMillis: 0 };
  const database = await connectPostgres(config, 1);
  try {
    const backend = (await database.raw.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? null;
    const c0 = cpuMs(backend);
    const t0 = performance.now();
    const run = await runApr(database.raw, params);
    const report = { wall: performance.now() - t0, cpu: cpuMs(backend) - c0 };
    const reportPeak = rss();
    await writeValidationFile(run);
    console.log(
      `One job, in a fresh process: APR of all projects ${ms(report)} (first run, cold), peak RSS ${reportPeak} after the report, ${rss()} with its validation file (target ≤ 500 MB); load average ${load()}`,
    );
  } finally {
    await database.close();
  }
}

const only = process.argv[2];
if (only === 'once') await once();
else {
  if (only !== 'synthetic') await kit();
  if (only !== 'kit') await synthetic();
}
