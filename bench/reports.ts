// npm run bench:reports — each framework report "on screen" (the route's own showReport: query,
// Hide PII/masking, counts, sort, first page, audit) on
//   1. HUD's LSA sample (10,606 clients, 16,494 enrollments) imported into the embedded database;
//   2. a synthetic CoC of 100,000 enrollments (BENCH_ENROLLMENTS) on PostgreSQL
//      (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server; its own database).
// Target: ≤ 2 s each. Prints, after a warm-up, the better of two runs: wall time, and CPU time
// (Hearth's process plus, on PostgreSQL, the server backend the bench uses), which is what the
// wall time would be on an otherwise idle machine. Reports added to the catalog get a line by
// adding a case to `cases` below.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { connect, connectPostgres, type Database, morePool } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Deps } from '../src/server/deps.ts';
import { importHmisCsv } from '../src/server/hmis-csv/import/import-hmis-csv.ts';
import type { RequestContext } from '../src/server/http/context.ts';
import { reportById } from '../src/server/reports/catalog.ts';
import { showReport } from '../src/server/reports/framework/show-report.ts';
import { localFileStorage } from '../src/server/storage/file-storage.ts';

const TARGET_MS = 2000;
const serverUrl =
  process.env.BENCH_DATABASE_URL ||
  process.env.TEST_DATABASE_URL ||
  'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const enrollments = Number(process.env.BENCH_ENROLLMENTS || 100_000);

type Case = { name: string; report: string; query: Record<string, unknown> };

function cases(p: { start: string; end: string; pit: string; orgs: string[]; org: string }): Case[] {
  const period = { startDate: p.start, endDate: p.end, organizationIds: p.orgs };
  return [
    { name: 'BNL, active at any point, whole CoC', report: 'bnl', query: period },
    {
      name: 'BNL, Hide PII, heads of household',
      report: 'bnl',
      query: { ...period, hidePii: 'true', headsOfHouseholdOnly: 'true' },
    },
    { name: 'BNL, services and bed nights', report: 'bnl', query: { ...period, method: 'services' } },
    {
      name: 'BNL, PIT/HIC list',
      report: 'bnl',
      query: { ...period, startDate: p.pit, endDate: p.pit, reportType: 'active_on', pitHic: 'true' },
    },
    { name: 'BNL, sorted by last name, page 3', report: 'bnl', query: { ...period, sort: 'LastName', page: '3' } },
    { name: 'Clients in Programs, by program', report: 'clients-in-programs', query: period },
    {
      name: 'Clients in Programs, drill-down (all clients)',
      report: 'clients-in-programs',
      query: { ...period, count: 'clients' },
    },
    {
      name: 'Client Milestone Age Status',
      report: 'client-milestone-age',
      query: { from: p.start, to: p.end, organizationId: p.org },
    },
    {
      name: 'Annual Assessment Tool',
      report: 'annual-assessment-tool',
      query: { dueDate: p.end, organizationId: p.org },
    },
    { name: 'User Tracker', report: 'user-tracker', query: {} },
    { name: 'Duplicate Candidates', report: 'duplicate-candidates', query: {} },
  ];
}

/** CPU seconds used so far by this process and, on PostgreSQL, by the bench's one server backend. */
function cpuMs(backend: number | null): number {
  const own = process.cpuUsage();
  let server = 0;
  if (backend) {
    // /proc/<pid>/stat fields 14 and 15: user and system time in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    server = (Number(fields[11]) + Number(fields[12])) * 10;
  }
  return (own.user + own.system) / 1000 + server;
}

async function measure(deps: Deps, ctx: RequestContext, c: Case, backend: number | null) {
  const def = reportById(c.report);
  if (!def) throw new Error(`no report ${c.report}`);
  let rows = 0;
  let best = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 3; i++) {
    const c0 = cpuMs(backend);
    const t0 = performance.now();
    const r = await showReport(deps, ctx, def, c.query);
    const wall = performance.now() - t0;
    const cpu = cpuMs(backend) - c0;
    if (i > 0 && wall < best.wall) best = { wall, cpu };
    rows = r.total;
  }
  return { ...best, rows };
}

async function benchAll(
  label: string,
  database: Database,
  range: { start: string; end: string; pit: string },
  backend: number | null = null,
) {
  const deps: Deps = { database, config: loadConfig({ demo: false }), storage: localFileStorage(tmpdir()) };
  const orgs = (
    await database.raw.query<{ id: string; n: number }>(
      `SELECT p.organization_id AS id, count(*)::int AS n FROM enrollment e JOIN project p ON p.project_id = e.project_id
       GROUP BY 1 ORDER BY 2 DESC`,
    )
  ).rows;
  const org = orgs[0]?.id ?? '';
  const ctx: RequestContext = {
    user: {
      id: 'BENCH-ADMIN',
      username: 'bench',
      firstName: 'Bench',
      lastName: 'Admin',
      roles: ['hmis_admin'],
      organizationIds: orgs.map((o) => o.id),
      currentOrganizationId: org,
      mustChangePassword: false,
    },
    sessionId: 'bench',
    ip: '127.0.0.1',
  };
  console.log(`\n${label}`);
  console.log(`  ${'report'.padEnd(48)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)} ${'rows'.padStart(7)}`);
  let worst = 0;
  for (const c of cases({ ...range, orgs: orgs.map((o) => o.id), org })) {
    const { wall, cpu, rows } = await measure(deps, ctx, c, backend);
    worst = Math.max(worst, cpu);
    console.log(
      `  ${c.name.padEnd(48)} ${`${Math.round(wall)} ms`.padStart(8)} ${`${Math.round(cpu)} ms`.padStart(8)} ${String(rows).padStart(7)}`,
    );
  }
  console.log(
    `  slowest by CPU ${Math.round(worst)} ms (target ≤ ${TARGET_MS} ms): ${worst <= TARGET_MS ? 'met' : 'NOT met'}`,
  );
}

async function lsaSample() {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-reports-'));
  const database = await connect({ dataDir: dir });
  await migrate(database);
  const t0 = Date.now();
  const outcome = await importHmisCsv({
    database,
    data: new Blob([readFileSync(new URL('../test/fixtures/hmis-csv/lsa-sample-fy2026.zip', import.meta.url))]),
    actor: { userId: null },
  });
  if (!outcome.loaded) throw new Error('the LSA sample did not load');
  console.log(`LSA sample imported into the embedded PostgreSQL in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // One connection, so the backend whose CPU time is read serves every query.
  const single = await morePool(database, 1);
  const backend = (await single.raw.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? null;
  await benchAll(
    'LSA sample (embedded), FY2026 2025-10-01 – 2026-09-30, PIT night 2026-01-28',
    single,
    { start: '2025-10-01', end: '2026-09-30', pit: '2026-01-28' },
    backend,
  );
  await single.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

// A synthetic CoC generated by the database: 20 organizations, 100 projects of the main types,
// 70% as many clients as enrollments, families, exits, income, bed nights, contacts.
async function seedSynthetic(client: pg.Client, n: number) {
  const stamp = `'2024-01-01 00:00:00', '2024-01-01 00:00:00', 'bench'`;
  const clients = Math.round(n * 0.7);
  await client.query(`
    INSERT INTO organization (organization_id, organization_name, victim_service_provider, date_created, date_updated, user_id)
      SELECT 'O' || o, 'Organization ' || o, CASE WHEN o = 20 THEN 1 ELSE 0 END, ${stamp} FROM generate_series(1, 20) o;
    INSERT INTO project (project_id, organization_id, project_name, operating_start_date, continuum_project, project_type, date_created, date_updated, user_id)
      SELECT 'P' || p, 'O' || (1 + p % 20), 'Project ' || p, '2015-01-01', 1, (ARRAY[0,1,2,3,4,6,13,8])[1 + p % 8], ${stamp}
      FROM generate_series(1, 100) p;
    INSERT INTO project_coc (project_coc_id, project_id, coc_code, geocode, date_created, date_updated, user_id)
      SELECT 'PC' || p, 'P' || p, 'XX-501', '000000', ${stamp} FROM generate_series(1, 100) p;
    INSERT INTO client (personal_id, first_name, last_name, name_data_quality, ssn, ssn_data_quality, dob, dob_data_quality,
        am_ind_ak_native, asian, black_af_american, hispanic_latinao, mid_east_n_african, native_hi_pacific, white, veteran_status,
        date_created, date_updated, user_id)
      SELECT 'C' || i, 'First' || (i % 997), 'Last' || (i % 1999), 1, lpad((i::bigint * 7919 % 1000000000)::text, 9, '0'),
        CASE WHEN i % 11 = 0 THEN 99 ELSE 1 END, date '1950-01-01' + (i * 37 % 25000), 1, 0, 0, (i % 3 = 0)::int,
        (i % 5 = 0)::int, 0, 0, (i % 3 <> 0)::int, (i % 13 = 0)::int, ${stamp}
      FROM generate_series(1, ${clients}) i;
    INSERT INTO enrollment (enrollment_id, personal_id, project_id, entry_date, household_id, relationship_to_hoh, enrollment_coc,
        living_situation, length_of_stay, date_to_street_essh, times_homeless_past_three_years, months_homeless_past_three_years,
        disabling_condition, move_in_date, date_created, date_updated, user_id)
      SELECT 'E' || i, 'C' || (1 + i % ${clients}), 'P' || (1 + (CASE WHEN i % 10 = 1 THEN i - 1 ELSE i END) % 100),
        date '2023-10-01' + (i % 700), 'H' || CASE WHEN i % 10 = 1 THEN i - 1 ELSE i END,
        CASE WHEN i % 10 = 1 THEN 2 ELSE 1 END, 'XX-501', 116, 4, date '2023-01-01' + (i % 900), 4, 112, i % 2,
        CASE WHEN i % 3 = 0 THEN date '2023-10-01' + (i % 700) + 20 END, ${stamp}
      FROM generate_series(1, ${n}) i;
    INSERT INTO exit (exit_id, enrollment_id, personal_id, exit_date, destination, date_created, date_updated, user_id)
      SELECT 'X' || i, 'E' || i, 'C' || (1 + i % ${clients}), date '2023-10-01' + (i % 700) + 30 + i % 200,
        CASE WHEN i % 9 = 0 THEN 99 ELSE 410 END, ${stamp}
      FROM generate_series(1, ${n}) i WHERE i % 10 < 6;
    INSERT INTO income_benefits (income_benefits_id, enrollment_id, personal_id, information_date, income_from_any_source,
        data_collection_stage, date_created, date_updated, user_id)
      SELECT 'I' || i, 'E' || i, 'C' || (1 + i % ${clients}), date '2023-10-01' + (i % 700), 1, 1, ${stamp}
      FROM generate_series(1, ${n}) i WHERE i % 5 <> 0;
    INSERT INTO services (services_id, enrollment_id, personal_id, date_provided, record_type, type_provided, date_created, date_updated, user_id)
      SELECT 'S' || i || '-' || k, 'E' || i, 'C' || (1 + i % ${clients}), date '2023-10-01' + (i % 700) + k * 3, 200, 200, ${stamp}
      FROM generate_series(1, ${n}) i, generate_series(0, 2) k WHERE (1 + i % 100) % 8 = 1;
    INSERT INTO current_living_situation (current_living_sit_id, enrollment_id, personal_id, information_date, current_living_situation,
        date_created, date_updated, user_id)
      SELECT 'L' || i, 'E' || i, 'C' || (1 + i % ${clients}), date '2023-10-01' + (i % 700) + 5, 116, ${stamp}
      FROM generate_series(1, ${n}) i WHERE (1 + i % 100) % 8 = 4;
    ANALYZE;`);
}

async function synthetic() {
  const name = `hearth_bench_reports_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    // One connection, so the backend whose CPU time is read serves every query.
    const database = await connectPostgres(url.toString(), 1);
    await migrate(database);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const t0 = Date.now();
    await seedSynthetic(client, enrollments);
    await client.end();
    console.log(
      `\nSynthetic CoC of ${enrollments} enrollments generated on PostgreSQL in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const backend = (await database.raw.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? null;
    await benchAll(
      `Synthetic CoC (PostgreSQL), ${enrollments} enrollments, FY 2024-10-01 – 2025-09-30`,
      database,
      { start: '2024-10-01', end: '2025-09-30', pit: '2025-01-29' },
      backend,
    );
    await database.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const only = process.argv[2];
if (only !== 'synthetic') await lsaSample();
if (only !== 'lsa') await synthetic();
