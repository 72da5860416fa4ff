// `npm run bench:load [-- --sessions 100 --seconds 60 --think-ms 0 --server embedded|postgresql|both]`
// Many signed-in users at once, against a real Hearth process started the way `npm start` starts it
// (demo CoC), on the embedded PostgreSQL and on a PostgreSQL server (BENCH_DATABASE_URL, else the
// local one at 127.0.0.1:5432; a scratch database is created and dropped).
// Each session loops over a mix: 40% Find Client, 30% client dashboard, 15% My Case Assignments,
// 15% record a service, with an optional think time between its requests. Prints throughput,
// p50/p95/p99 per request kind, errors, the slowest wait, Hearth's peak RSS (and the embedded
// server's), and the machine's load average. Targets (2 cores, 100 sessions, no think time):
// ≥ 500 requests/s, p95 ≤ 200 ms, 0 errors; with 2 s think time, p95 ≤ 50 ms.
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type RunningServer, startServer } from '../test/e2e/support/server.ts';
import { httpSend, type Sent } from '../test/support/http-send.ts';

const { values: args } = parseArgs({
  options: {
    sessions: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    'think-ms': { type: 'string', default: '0' },
    server: { type: 'string', default: 'both' },
    env: { type: 'string', multiple: true, default: [] },
    // Targets chosen on one run, reused by another (the demo CoC is the same on every start).
    'save-plan': { type: 'string' },
    plan: { type: 'string' },
    // Profiling: node flags for the Hearth process (e.g. --cpu-prof), and the top statements.
    'node-arg': { type: 'string', multiple: true, default: [] },
    'pg-stats': { type: 'boolean', default: false },
  },
});
const SESSIONS = Number(args.sessions);
const SECONDS = Number(args.seconds);
const THINK_MS = Number(args['think-ms']);
const PASSWORD = 'hearth-demo-2026';
const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
/**
 * Settings for the Hearth process: the sign-in throttle raised (every session signs in as the same
 * user from one address, which it exists to stop), plus --env ones, e.g. --env HEARTH_WORKERS=2.
 */
const extraEnv = {
  HEARTH_SIGNIN_LIMIT_PER_ADDRESS: String(SESSIONS * 10),
  HEARTH_SIGNIN_LIMIT_PER_USERNAME: String(SESSIONS * 10),
  ...Object.fromEntries((args.env ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])),
};

const agent = new http.Agent({ keepAlive: true, maxSockets: SESSIONS + 10 });

function send(base: string, method: string, path: string, cookie?: string, body?: unknown): Promise<Sent> {
  return httpSend(`${base}${path}`, { method, agent, cookie, body });
}

type Kind = 'find_client' | 'dashboard' | 'my_case_assignments' | 'record_service';
const MIX: [Kind, number][] = [
  ['find_client', 0.4],
  ['dashboard', 0.3],
  ['my_case_assignments', 0.15],
  ['record_service', 0.15],
];
type Target = { personalId: string; first: string; last: string };
type ServiceTarget = { personalId: string; enrollmentId: string; entryDate: string };
type Plan = { clients: Target[]; services: ServiceTarget[]; serviceTypeId: string };

let seed = 20261;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const today = new Date().toISOString().slice(0, 10);

function kindOf(r: number): Kind {
  let acc = 0;
  for (const [k, w] of MIX) {
    acc += w;
    if (r < acc) return k;
  }
  return 'find_client';
}

function request(kind: Kind, plan: Plan): { method: string; path: string; body?: unknown } {
  switch (kind) {
    case 'find_client': {
      const c = pick(plan.clients);
      // Find Client as people type it: first letters of both names, or a full name.
      const search = rand() < 0.5 ? `${c.first.slice(0, 3)} ${c.last.slice(0, 3)}` : `${c.first} ${c.last}`;
      return { method: 'GET', path: `/api/clients?search=${encodeURIComponent(search)}` };
    }
    case 'dashboard':
      return { method: 'GET', path: `/api/clients/${pick(plan.clients).personalId}` };
    case 'my_case_assignments':
      return { method: 'GET', path: '/api/case-assignments/mine' };
    case 'record_service': {
      const s = pick(plan.services);
      return {
        method: 'POST',
        path: `/api/clients/${s.personalId}/services`,
        body: {
          EnrollmentID: s.enrollmentId,
          serviceTypeId: plan.serviceTypeId,
          DateProvided: today,
          units: 1,
        },
      };
    }
  }
}

/** The database the Hearth process uses, for choosing realistic targets. */
function databaseOf(server: RunningServer, url: string | undefined): pg.ClientConfig | undefined {
  if (url) return { connectionString: url };
  const socket = /socket (\S+?)[;)]/.exec(server.output())?.[1];
  return socket ? { host: socket, port: 5432, user: 'postgres', database: 'hearth' } : undefined;
}

async function login(base: string) {
  const r = await send(base, 'POST', '/api/auth/login', undefined, { username: 'casemanager', password: PASSWORD });
  if (r.status !== 200 || !r.cookie) throw new Error(`sign-in: ${r.status} ${r.body}`);
  return r.cookie;
}

type SavedPlan = Plan & { organizationId: string };

async function prepare(base: string, db: pg.ClientConfig | undefined): Promise<{ plan: Plan; cookies: string[] }> {
  const first = await login(base);
  const saved = args.plan ? (JSON.parse(readFileSync(args.plan, 'utf8')) as SavedPlan) : await choose(base, first, db);
  if (args['save-plan']) writeFileSync(args['save-plan'], JSON.stringify(saved));
  const sw = await send(base, 'PUT', '/api/auth/organization', first, { organizationId: saved.organizationId });
  if (sw.status !== 200) throw new Error(`switch organization: ${sw.status} ${sw.body}`);
  const cookies = [first];
  while (cookies.length < SESSIONS) cookies.push(await login(base));
  return { plan: saved, cookies };
}

async function choose(base: string, first: string, db: pg.ClientConfig | undefined): Promise<SavedPlan> {
  if (!db) throw new Error('no database to choose targets from: pass --plan');
  const client = new pg.Client(db);
  await client.connect();
  // The casemanager's organization with the most open enrollments becomes the one they work as.
  const org = (
    await client.query<{ id: string }>(
      `SELECT p.organization_id AS id FROM enrollment e JOIN project p ON p.project_id = e.project_id
       JOIN user_organization uo ON uo.organization_id = p.organization_id AND uo.user_id = 'USR-CM'
       WHERE NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id)
       GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows[0]?.id;
  if (!org) throw new Error('the casemanager has no organization with open enrollments');
  const sw = await send(base, 'PUT', '/api/auth/organization', first, { organizationId: org });
  if (sw.status !== 200) throw new Error(`switch organization: ${sw.status} ${sw.body}`);
  const candidates = (
    await client.query<Target & ServiceTarget>(
      `SELECT c.personal_id AS "personalId", c.first_name AS first, c.last_name AS last,
         e.enrollment_id AS "enrollmentId", e.entry_date::text AS "entryDate"
       FROM client c JOIN enrollment e ON e.personal_id = c.personal_id JOIN project p ON p.project_id = e.project_id
       WHERE p.organization_id = $1 AND c.first_name ~ '^[A-Za-z]{3}' AND c.last_name ~ '^[A-Za-z]{3}'
         AND e.entry_date <= current_date AND NOT EXISTS (SELECT 1 FROM exit x WHERE x.enrollment_id = e.enrollment_id)
       ORDER BY c.personal_id LIMIT 400`,
      [org],
    )
  ).rows;
  const types = JSON.parse((await send(base, 'GET', '/api/service-types', first)).body) as {
    items: { id: string; recordType: number | null }[];
  };
  await client.end();
  const plan: SavedPlan = { clients: [], services: [], serviceTypeId: '', organizationId: org };
  for (const t of types.items.filter((x) => x.recordType === null)) {
    const c = candidates[0];
    if (!c) break;
    plan.serviceTypeId = t.id;
    const trial = request('record_service', { ...plan, services: [c] });
    const r = await send(base, 'POST', trial.path, first, trial.body);
    if (r.status === 201) break;
    plan.serviceTypeId = '';
  }
  if (!plan.serviceTypeId) throw new Error('no service type could be recorded on the chosen enrollments');
  for (const c of candidates) {
    const r = await send(base, 'GET', `/api/clients/${c.personalId}`, first);
    if (r.status !== 200) continue;
    plan.clients.push(c);
    plan.services.push(c);
  }
  if (plan.clients.length < 20) throw new Error(`only ${plan.clients.length} visible clients to work with`);
  return plan;
}

type Sample = { kind: Kind; ms: number; ok: boolean; at: number };

const quantile = (sorted: number[], q: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) : 0;

/** Resident memory in MB: Hearth's own RSS, and the proportional share of its child processes. */
function memoryOf(pid: number): { hearth: number; children: number } {
  const kb = (file: string, field: string) => {
    try {
      const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(file, 'utf8'));
      return Number(m?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  // Workers (HEARTH_WORKERS) count as Hearth; the rest of the children are its PostgreSQL.
  const kids = descendants(pid);
  const workers = kids.filter(isNode).reduce((n, k) => n + kb(`/proc/${k}/status`, 'VmRSS'), 0);
  const children = kids.filter((k) => !isNode(k)).reduce((n, k) => n + kb(`/proc/${k}/smaps_rollup`, 'Pss'), 0);
  return { hearth: (kb(`/proc/${pid}/status`, 'VmRSS') + workers) / 1024, children: children / 1024 };
}

const TICK_MS = 10; // Linux clock ticks (USER_HZ = 100)
/** CPU ticks (user + system) of each process. */
function ticks(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      out.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // gone
    }
  }
  return out;
}

/** Hearth's own processes (with HEARTH_WORKERS, its workers) as opposed to PostgreSQL's. */
function isNode(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'node';
  } catch {
    return false;
  }
}

function descendants(pid: number): number[] {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return kids.flatMap((k) => [k, ...descendants(k)]);
  } catch {
    return [];
  }
}

/**
 * The processes that serve the requests: Hearth, its children (the embedded PostgreSQL), and on
 * a server the backends connected to Hearth's database.
 */
async function servingPids(server: RunningServer, db: pg.ClientConfig | undefined, external: boolean) {
  const pids = [server.pid, ...descendants(server.pid)];
  if (external && db) {
    const c = new pg.Client(db);
    await c.connect();
    const r = await c.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await c.end();
    pids.push(...r.rows.map((x) => x.pid));
  }
  return pids;
}

/** pg_stat_statements: cleared before the run, its top statements printed after. */
async function statements(db: pg.ClientConfig, what: 'reset' | 'print') {
  const c = new pg.Client(db);
  await c.connect();
  try {
    if (what === 'reset') {
      await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await c.query('SELECT pg_stat_statements_reset()');
      return;
    }
    const r = await c.query<{ calls: string; plans: string; plan: number; exec: number; query: string }>(
      `SELECT calls, plans, total_plan_time / greatest(calls, 1) AS plan, total_exec_time / greatest(calls, 1) AS exec, query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       ORDER BY total_plan_time + total_exec_time DESC LIMIT 15`,
    );
    console.log('statements by total time (times planned, plan + execution ms per call):');
    for (const x of r.rows) {
      console.log(
        `  ${String(x.calls).padStart(7)} × (${String(x.plans).padStart(6)} planned; ${x.plan.toFixed(2)} + ${x.exec.toFixed(2)}) ${x.query.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
    }
  } finally {
    await c.end();
  }
}

async function drive(label: string, server: RunningServer, db: pg.ClientConfig | undefined) {
  const { plan, cookies } = await prepare(server.url, db);
  const samples: Sample[] = [];
  let peak = { hearth: 0, children: 0 };
  const sampler = setInterval(() => {
    const m = memoryOf(server.pid);
    peak = { hearth: Math.max(peak.hearth, m.hearth), children: Math.max(peak.children, m.children) };
  }, 500);
  const external = label !== 'embedded PostgreSQL';
  if (args['pg-stats'] && db) await statements(db, 'reset');
  const cpu0 = ticks(await servingPids(server, db, external));
  const own0 = process.cpuUsage();
  const load0 = loadavg()[0] ?? 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  const errors = new Map<string, number>();
  await Promise.all(
    cookies.map(async (cookie, i) => {
      // Think-time sessions start spread out, as people do.
      if (THINK_MS) await new Promise((r) => setTimeout(r, (i / cookies.length) * THINK_MS));
      while (performance.now() < until) {
        const kind = kindOf(rand());
        const r = request(kind, plan);
        const t0 = performance.now();
        let ok = false;
        try {
          const res = await send(server.url, r.method, r.path, cookie, r.body);
          ok = res.status < 400;
          if (!ok) {
            const key = `${kind} ${res.status} ${res.body.slice(0, 120)}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
        } catch (e) {
          const key = `${kind} ${(e as Error).message}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
        const t1 = performance.now();
        samples.push({ kind, ms: t1 - t0, ok, at: t1 });
        if (THINK_MS) await new Promise((res) => setTimeout(res, THINK_MS));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (args['pg-stats'] && db) await statements(db, 'print');
  clearInterval(sampler);
  const cpu1 = ticks(await servingPids(server, db, external));
  let cpuMs = 0;
  let nodeMs = 0;
  for (const [pid, t] of cpu1) {
    const ms = (t - (cpu0.get(pid) ?? 0)) * TICK_MS;
    cpuMs += ms;
    if (pid === server.pid || isNode(pid)) nodeMs += ms;
  }
  const own = process.cpuUsage(own0);
  const ownMs = (own.user + own.system) / 1000;
  const load1 = loadavg()[0] ?? 0;
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => !s.ok).length;
  const rps = samples.length / elapsed;
  console.log(
    `\n${label}: ${SESSIONS} sessions, ${THINK_MS ? `${THINK_MS} ms think time` : 'no think time'}, ${elapsed.toFixed(0)} s` +
      ` (load average ${load0.toFixed(1)} → ${load1.toFixed(1)}, ${process.env.BENCH_NOTE ?? ''})`,
  );
  console.log('kind                  count     p50     p95     p99     max');
  for (const [kind] of MIX) {
    const xs = samples
      .filter((s) => s.kind === kind)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    const f = (q: number) => `${quantile(xs, q).toFixed(0).padStart(5)} ms`;
    console.log(`${kind.padEnd(20)} ${String(xs.length).padStart(6)} ${f(0.5)} ${f(0.95)} ${f(0.99)} ${f(1)}`);
  }
  const f = (q: number) => `${quantile(all, q).toFixed(0).padStart(5)} ms`;
  console.log(`${'all'.padEnd(20)} ${String(all.length).padStart(6)} ${f(0.5)} ${f(0.95)} ${f(0.99)} ${f(1)}`);
  for (const [k, n] of errors) console.log(`  error ×${n}: ${k}`);
  // CPU per request does not depend on what else the machine runs: it says how many requests
  // per second two cores could serve if Hearth and its database had them to themselves.
  const perRequest = cpuMs / Math.max(1, samples.length);
  console.log(
    `${label}: CPU ${perRequest.toFixed(2)} ms per request (Hearth ${(nodeMs / Math.max(1, samples.length)).toFixed(2)}` +
      ` + PostgreSQL ${((cpuMs - nodeMs) / Math.max(1, samples.length)).toFixed(2)}; the load generator used ` +
      `${(ownMs / Math.max(1, samples.length)).toFixed(2)} ms more) = ${(2000 / perRequest).toFixed(0)} requests/s on 2 free cores`,
  );
  const p95 = quantile(all, 0.95);
  const targetP95 = THINK_MS ? 50 : 200;
  const met = failed === 0 && p95 <= targetP95 && (THINK_MS > 0 || rps >= 500);
  console.log(
    `${label}: ${rps.toFixed(0)} requests/s, p95 ${p95.toFixed(0)} ms, ${failed} errors, slowest ${quantile(all, 1).toFixed(0)} ms, ` +
      `peak RSS Hearth ${peak.hearth.toFixed(0)} MB` +
      (peak.children > 1 ? ` + its PostgreSQL ${peak.children.toFixed(0)} MB (PSS)` : '') +
      ` — target ${THINK_MS ? '' : '≥ 500 requests/s, '}p95 ≤ ${targetP95} ms, 0 errors: ${met ? 'met' : 'MISSED'}`,
  );
  return met;
}

async function onEmbedded() {
  const server = await startServer(
    {
      ...extraEnv,
      ...(args['pg-stats']
        ? { HEARTH_DB_SETTINGS: 'shared_preload_libraries=pg_stat_statements pg_stat_statements.track_planning=on' }
        : {}),
    },
    args['node-arg'],
  );
  try {
    return await drive('embedded PostgreSQL', server, databaseOf(server, undefined));
  } finally {
    await server.stop();
  }
}

async function onServer() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `hearth_load_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const server = await startServer(
      { ...extraEnv, DATABASE_URL: url.toString(), HEARTH_DEMO: 'true' },
      args['node-arg'],
    );
    try {
      return await drive('PostgreSQL server', server, databaseOf(server, url.toString()));
    } finally {
      await server.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const results: boolean[] = [];
if (args.server === 'embedded' || args.server === 'both') results.push(await onEmbedded());
if (args.server === 'postgresql' || args.server === 'both') results.push(await onServer());
agent.destroy();
process.exit(results.every(Boolean) ? 0 : 1);
