// Malformed requests derived from the OpenAPI document, to every route, as an anonymous user and
// as each role: wrong types, NUL bytes, huge and negative integers, overlong strings, missing
// fields, bad JSON, wrong content types, malformed multipart, odd path parameters. No answer may
// be a 5xx, and the server must still work afterwards. The seed is fixed: a failure reproduces.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollFamily } from '../../src/server/enrollments/fixtures.test-support.ts';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app.ts';
import {
  deleteAt,
  type FieldPath,
  fieldPaths,
  type JsonSchema,
  kindOf,
  pick,
  type Rand,
  sampleValue,
  seededRandom,
  setAt,
} from './schema-values.ts';

const SEED = 20_260_509;
const TARGET = 10_000;
const ROLES = ['anonymous', 'casemanager', 'manager', 'dqo', 'admin'] as const;
type Role = (typeof ROLES)[number];

type Parameter = { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type Route = { method: string; path: string; op: Operation };
type Case = { kind: string; route: Route; inject: InjectOptions };

let t: TestApp;
const cookies = new Map<Role, string>();
/** Real IDs by field name (lower case), so some requests reach records and the SQL behind them. */
const realIds: Record<string, string> = {
  projectid: 'PRJ-RRH',
  organizationid: 'ORG-HHP',
  userid: 'USR-CM2',
  servicetypeid: 'SVC-001',
  stage: '1',
};
/** Real IDs for `{id}` by the route's first segment after /api. */
const idsByResource: Record<string, string> = {};

async function signIn(username: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
    remoteAddress: '10.20.0.1',
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'hearth_session');
  return `hearth_session=${c?.value}`;
}

async function firstId(table: string): Promise<string | undefined> {
  const { rows } = await t.database.raw.query<{ id: string }>(`SELECT id::text AS id FROM ${table} LIMIT 1`);
  return rows[0]?.id;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) if (role !== 'anonymous') cookies.set(role, await signIn(role));
  const cm = cookies.get('casemanager') as string;
  const household = await enrollFamily(t, cm, { EntryDate: '2025-09-10', size: 2 });
  const [member] = household.members;
  if (!member) throw new Error('no household member');
  Object.assign(realIds, {
    personalid: member.PersonalID,
    enrollmentid: member.EnrollmentID,
    date: '2025-09-10',
    a: member.PersonalID,
    b: household.ids[1],
  });
  const as = t.as(cm);
  await as.post('/api/case-assignments', { PersonalID: member.PersonalID, userId: 'USR-MANAGER' });
  await as.post('/api/workflows', { kind: 'intake', PersonalID: member.PersonalID });
  await as.post(`/api/clients/${member.PersonalID}/case-notes`, {
    noteDate: '2025-10-01',
    title: 'Housing plan',
    note: 'Reviewed the plan.',
    readOnly: false,
    EnrollmentID: member.EnrollmentID,
  });
  await as.post(`/api/clients/${member.PersonalID}/services`, {
    EnrollmentID: member.EnrollmentID,
    serviceTypeId: 'SVC-001',
    DateProvided: '2025-10-01',
    units: 1,
  });
  await as.post(`/api/clients/${member.PersonalID}/interested-others`, { name: 'Pat Doe', relationship: 'Sister' });
  const tables: Record<string, string> = {
    enrollments: 'enrollment',
    'case-assignments': 'case_assignment',
    workflows: 'workflow_draft',
    services: 'service',
    'case-notes': 'case_note',
    batches: 'service_batch',
    jobs: 'job_run',
    files: 'stored_file',
    'saved-report-settings': 'saved_report_setting',
    'interested-others': 'interested_other',
    'service-deletion-requests': 'service_deletion_request',
  };
  for (const [resource, table] of Object.entries(tables)) {
    const id = table === 'enrollment' ? member.EnrollmentID : await firstId(table);
    if (id) idsByResource[resource] = id;
  }
  const fileId = await firstId('client_file');
  if (fileId) realIds.fileid = fileId;
  const entryId = await firstId('service_batch_entry');
  if (entryId) realIds.entryid = entryId;
}, 180_000);
afterAll(() => t?.close());

/** Walks the document: every operation except the ones that end the caller's own session. */
function routesOf(doc: { paths: Record<string, Record<string, Operation>> }): Route[] {
  const out: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) out.push({ method: method.toUpperCase(), path, op });
  }
  return out;
}

const NUL = '\u0000';
// Half of a UTF-16 pair: JSON carries it, PostgreSQL's jsonb refuses it.
const LONE = '\ud800';
const HUGE_INTS = [2147483648, 2147483648, -2147483649, 9007199254740991, -9007199254740991, 1e308, 32768, -1, 0, 1.5];
const ODD_PATH = [
  encodeURIComponent(`${NUL}`),
  encodeURIComponent(`abc${NUL}def`),
  'x'.repeat(5000),
  '-1',
  '2147483648',
  '99999999999999999999999',
  '%ZZ',
  '%',
  '..%2F..%2Fetc%2Fpasswd',
  encodeURIComponent("' OR '1'='1"),
  encodeURIComponent('💥😀'),
  '%20',
  encodeURIComponent('a/b'),
  'null',
];
const WRONG_TYPES: unknown[] = [null, [], {}, true, 'text', 12, -3.7, [NUL], { a: NUL }];

function paramValue(r: Rand, route: Route, p: Parameter): string {
  const resource = route.path.split('/')[2] ?? '';
  const nested = route.path.split('/')[4];
  const real =
    p.name === 'id' ? (nested === 'interested-others' ? idsByResource[nested] : idsByResource[resource]) : undefined;
  const known = real ?? realIds[p.name.toLowerCase()];
  if (known && r() < 0.8) return known;
  return String(sampleValue(r, p.schema));
}

function withRealIds(r: Rand, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => withRealIds(r, v));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const known = realIds[k.toLowerCase()];
    out[k] = known && typeof v === 'string' && r() < 0.8 ? known : withRealIds(r, v);
  }
  return out;
}

const multipartBodies = (boundary: string): string[] => [
  'not multipart at all',
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.zip"\r\n\r\nPK\u0003\u0004trunc`,
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a${NUL}.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n--${boundary}--\r\n`,
  `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nbad${NUL}name\r\n--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\r\n--${boundary}--\r\n`,
  `--${boundary}\r\nNo-Disposition: here\r\n\r\nx\r\n--${boundary}--\r\n`,
  `--${boundary}--\r\n`,
  `--wrong-boundary\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--wrong-boundary--\r\n`,
];

/** One malformed (or, for `baseline`, well-formed) request of the given kind. */
function buildCase(r: Rand, route: Route, kind: string, cookie: string | undefined): Case {
  const params = route.op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const bodySchema = route.op.requestBody?.content['application/json']?.schema;
  const pathValues = new Map(pathParams.map((p) => [p.name, encodeURIComponent(paramValue(r, route, p))]));
  const query = new URLSearchParams();
  for (const p of queryParams) {
    if (p.required || r() < 0.4) {
      const known = realIds[p.name.toLowerCase()];
      query.set(p.name, known && r() < 0.7 ? known : String(sampleValue(r, p.schema)));
    }
  }
  let body: unknown = bodySchema ? withRealIds(r, sampleValue(r, bodySchema)) : undefined;
  let raw: string | undefined;
  let contentType: string | undefined = body === undefined ? undefined : 'application/json';
  const fields: FieldPath[] = bodySchema ? fieldPaths(bodySchema) : [];
  const field = fields.length ? pick(r, fields) : undefined;
  const fieldOfKind = (kinds: string[]) => {
    const matching = fields.filter((f) => kinds.includes(kindOf(f.schema) ?? ''));
    return matching.length ? pick(r, matching) : field;
  };

  switch (kind) {
    case 'path-nul':
    case 'path-odd': {
      const p = pathParams.length ? pick(r, pathParams) : undefined;
      if (p) pathValues.set(p.name, kind === 'path-nul' ? `x${encodeURIComponent(NUL)}` : pick(r, ODD_PATH));
      else query.set('id', `q${NUL}`);
      break;
    }
    case 'query-nul': {
      const p = queryParams.length ? pick(r, queryParams) : undefined;
      query.set(p?.name ?? 'unexpected', `${NUL}${p ? String(sampleValue(r, p.schema)) : ''}`);
      break;
    }
    case 'query-int': {
      const ints = queryParams.filter((p) => ['integer', 'number'].includes(kindOf(p.schema) ?? ''));
      const p = ints.length ? pick(r, ints) : queryParams.length ? pick(r, queryParams) : undefined;
      query.set(p?.name ?? 'limit', String(pick(r, [...HUGE_INTS, 'NaN', '1e999', '-0', '0x10', '9'.repeat(400)])));
      break;
    }
    case 'query-odd': {
      const p = queryParams.length ? pick(r, queryParams) : undefined;
      const name = p?.name ?? 'search';
      const odd = pick(r, ['x'.repeat(20_000), '', ' ', '%', '💥', '[]', '{}', '2026-02-30', '0000-00-00']);
      query.set(name, odd);
      if (r() < 0.5) query.append(name, 'second');
      break;
    }
    case 'body-nul':
      if (field) body = setAt(body ?? {}, field.path, pick(r, [`${NUL}abc`, NUL, `half ${LONE} char`]));
      else body = { [`key${NUL}`]: `value${NUL}` };
      if (r() < 0.3) body = setAt(body, [pick(r, ['data', 'note', 'answers']), `k${LONE}`], LONE);
      if (r() < 0.3) body = setAt(body, [`extra${NUL}`], 1);
      contentType = 'application/json';
      break;
    case 'body-int': {
      const f = fieldOfKind(['integer', 'number']);
      body = setAt(body ?? {}, f?.path ?? ['version'], pick(r, HUGE_INTS));
      contentType = 'application/json';
      break;
    }
    case 'body-type': {
      body = setAt(body ?? {}, field?.path ?? ['x'], pick(r, WRONG_TYPES));
      contentType = 'application/json';
      break;
    }
    case 'body-long': {
      const f = fieldOfKind(['string', 'enum']);
      body = setAt(body ?? {}, f?.path ?? ['x'], pick(r, ['y'.repeat(100_000), 'é'.repeat(3000), '\ud800']));
      contentType = 'application/json';
      break;
    }
    case 'body-missing': {
      if (field && body && typeof body === 'object') deleteAt(body, field.path);
      else body = {};
      if (r() < 0.3) body = {};
      contentType = 'application/json';
      break;
    }
    case 'body-shape':
      body = pick(r, [[], 'text', 42, null, [body], { __proto__: { admin: true }, constructor: { prototype: {} } }]);
      contentType = 'application/json';
      break;
    case 'bad-json':
      raw = pick(r, ['{"a":', '{bad json}', `{"x":"${NUL}"`, '\u0000', '[1,2', '{"a":1}{"b":2}', '']);
      contentType = 'application/json';
      break;
    case 'wrong-ctype':
      raw = pick(r, ['a=1&b=2', 'plain text', JSON.stringify(body ?? {})]);
      contentType = pick(r, ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'image/png']);
      break;
    case 'multipart': {
      const boundary = 'fuzzBOUNDARY';
      raw = pick(r, multipartBodies(boundary));
      contentType = pick(r, [
        `multipart/form-data; boundary=${boundary}`,
        'multipart/form-data',
        `multipart/form-data; boundary="${boundary}"`,
        'multipart/mixed; boundary=x',
      ]);
      break;
    }
    case 'huge-array': {
      const arrays = fields.filter((f) => kindOf(f.schema) === 'array');
      const f = arrays.length ? pick(r, arrays) : undefined;
      body = setAt(
        body ?? {},
        f?.path ?? ['items'],
        Array.from({ length: 5000 }, () => 'x'),
      );
      contentType = 'application/json';
      break;
    }
    default:
      break;
  }

  let url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues.get(name) ?? 'x');
  const qs = query.toString();
  if (qs) url += `?${qs}`;
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (contentType) headers['content-type'] = contentType;
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  return { kind, route, inject: { method: route.method as InjectOptions['method'], url, headers, payload } };
}

const KINDS = [
  'baseline',
  'path-nul',
  'path-odd',
  'query-nul',
  'query-int',
  'query-odd',
  'body-nul',
  'body-int',
  'body-type',
  'body-long',
  'body-missing',
  'body-shape',
  'bad-json',
  'wrong-ctype',
  'multipart',
  'huge-array',
  'body-nul',
];

/** Every integer field gets 2^31 and every text field a NUL, one at a time, on a plausible request. */
function sweepCases(r: Rand, route: Route, cookie: string | undefined): Case[] {
  const out: Case[] = [];
  const base = () => buildCase(r, route, 'baseline', cookie);
  const bodySchema = route.op.requestBody?.content['application/json']?.schema;
  for (const f of bodySchema ? fieldPaths(bodySchema) : []) {
    const kind = kindOf(f.schema);
    const text = out.length % 2 ? `a${NUL}b` : `a${LONE}b`;
    const value = kind === 'integer' || kind === 'number' ? 2147483648 : kind === 'string' ? text : undefined;
    if (value === undefined) continue;
    const c = base();
    const body = typeof c.inject.payload === 'string' ? JSON.parse(c.inject.payload) : {};
    c.inject.payload = JSON.stringify(setAt(body, f.path, value));
    c.inject.headers = { ...(c.inject.headers as Record<string, string>), 'content-type': 'application/json' };
    out.push({ ...c, kind: `sweep ${f.path.join('.')}` });
  }
  for (const p of route.op.parameters ?? []) {
    const kind = kindOf(p.schema);
    const value = kind === 'integer' || kind === 'number' ? '2147483648' : `a${NUL}b`;
    const c = base();
    const url = new URL(String(c.inject.url), 'http://hearth.test');
    if (p.in === 'query') url.searchParams.set(p.name, value);
    else {
      const segment = route.path.split('/').indexOf(`{${p.name}}`);
      const parts = url.pathname.split('/');
      parts[segment] = encodeURIComponent(value);
      url.pathname = parts.join('/');
    }
    c.inject.url = url.pathname + url.search;
    out.push({ ...c, kind: `sweep ${p.in} ${p.name}` });
  }
  return out;
}

describe('schema-derived fuzzing', () => {
  it('answers at least 10,000 malformed requests without a 5xx and stays healthy', async () => {
    const docRes = await t.as(cookies.get('admin') as string).get('/api/openapi.json');
    expect(docRes.statusCode).toBe(200);
    const routes = routesOf(docRes.json());
    expect(routes.length).toBeGreaterThan(100);
    const r = seededRandom(SEED);
    const failures: string[] = [];
    let sent = 0;
    const send = async (role: Role, c: Case) => {
      // The session as it is now (a 401 below signs the role in again).
      const cookie = cookies.get(role);
      if (cookie) c.inject.headers = { ...(c.inject.headers as Record<string, string>), cookie };
      const res = await t.app.inject(c.inject);
      sent++;
      if (res.statusCode >= 500) {
        failures.push(`${res.statusCode} ${role} ${c.kind} ${c.inject.method} ${String(c.inject.url).slice(0, 160)}`);
      }
      if (role !== 'anonymous' && res.statusCode === 401) cookies.set(role, await signIn(role));
    };
    // Signing out would end the session the rest of the run uses.
    const fuzzed = routes.filter((route) => route.path !== '/api/auth/logout');
    const sweep = fuzzed.flatMap((route) => sweepCases(r, route, cookies.get('admin')));
    // Enough random cases per route and role to reach the target with the sweep.
    const perRouteAndRole = Math.ceil((TARGET - sweep.length) / (fuzzed.length * ROLES.length));
    for (const role of ROLES) {
      for (const [i, route] of fuzzed.entries()) {
        for (let k = 0; k < perRouteAndRole; k++) {
          await send(role, buildCase(r, route, KINDS[(i + k) % KINDS.length] as string, cookies.get(role)));
        }
      }
    }
    for (const c of sweep) await send('admin', c);
    console.log(`fuzz: ${sent} requests to ${routes.length} routes as ${ROLES.length} roles; ${failures.length} 5xx`);
    if (failures.length) console.log(failures.slice(0, 200).join('\n'));
    expect(sent).toBeGreaterThanOrEqual(TARGET);
    expect(failures).toEqual([]);

    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    const cm = await signIn('casemanager');
    const client = await t.as(cm).get(`/api/clients/${realIds.personalid}`);
    expect(client.statusCode).toBe(200);
    expect(client.json().PersonalID).toBe(realIds.personalid);
  }, 600_000);
});
