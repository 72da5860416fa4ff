// Every route that returns client data writes an audit row naming each client it showed (reads)
// or changed (writes). The routes come from the OpenAPI document; each must be classified in
// client-data-routes.test-support.ts, so a new route that returns client data cannot slip by.
import { and, eq, gt, inArray, max } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable } from '../../db/schema/index.ts';
import { addYears } from '../../hud/rules/dates.ts';
import { casIntake } from '../cas/cas.test-support.ts';
import { upload } from '../clients/test-kit.ts';
import { adultEntryAnswers, childEntryAnswers } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { clientBody, createClients, daysAgo, enroll } from '../services/test-fixtures.ts';
import { type AuditFixtures, type Call, CLIENT_DATA_ROUTES } from './client-data-routes.test-support.ts';
import type { JsonSchema, OpenApi } from './openapi-routes.test-support.ts';

let t: TestApp;
let doc: OpenApi;
const cookies: Record<Call['as'], string> = {
  casemanager: '',
  admin: '',
  accesspoint: '',
  casadmin: '',
  cemanager: '',
};
const userIds: Record<Call['as'], string> = {
  casemanager: 'USR-CM',
  admin: 'USR-ADMIN',
  accesspoint: '',
  casadmin: '',
  cemanager: '',
};
let f: AuditFixtures;

async function ok(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body || '{}');
}

beforeAll(async () => {
  t = await createTestApp();
  cookies.casemanager = await t.login('casemanager');
  cookies.admin = await t.login('admin');
  for (const who of ['accesspoint', 'casadmin', 'cemanager'] as const) {
    cookies[who] = await t.login(who);
    userIds[who] = (await ok(await t.as(cookies[who]).get('/api/auth/me'), 'me')).id;
  }
  const cas = await casIntake(t, cookies.accesspoint, { EntryDate: daysAgo(20), lastName: 'AuditQueue' });
  const referredFamily = await casIntake(t, cookies.accesspoint, { EntryDate: daysAgo(20), lastName: 'AuditRef' });
  const referral = await ok(
    await t
      .as(cookies.casadmin)
      .post('/api/cas/referrals', { EnrollmentID: referredFamily.EnrollmentID, ProjectID: 'PRJ-PSH' }),
    'referral',
  );
  const cm = t.as(cookies.casemanager);
  const names = [
    ...['Client', 'Parent', 'Leaver', 'Unenrolled', 'FlagA', 'FlagB', 'MergeA', 'MergeB', 'KeepA', 'KeepB'],
    'CasNew',
  ];
  const [client, client2, exited, unenrolled, flagA, flagB, mergeA, mergeB, keepA, keepB, casNew] = await createClients(
    t,
    cookies.casemanager,
    names.map((n) => ({ FirstName: `Audit${n}`, LastName: 'Reads' })),
  );
  const teen = await ok(
    await cm.post('/api/clients', {
      ...clientBody({ FirstName: 'AuditTeen', LastName: 'Reads' }),
      DOB: addYears(daysAgo(-10), -18),
    }),
    'teen',
  );
  const [enrollment] = await enroll(t, cookies.casemanager, [
    { PersonalID: client ?? '', ProjectID: 'PRJ-RRH', EntryDate: daysAgo(380) },
  ]);
  const [exitedEnrollment] = await enroll(t, cookies.casemanager, [
    { PersonalID: exited ?? '', ProjectID: 'PRJ-ES', EntryDate: daysAgo(40) },
  ]);
  const household = await ok(
    await cm.post('/api/enrollments', {
      ProjectID: 'PRJ-ES',
      EntryDate: daysAgo(10),
      members: [
        { PersonalID: client2, RelationshipToHoH: 1, assessment: adultEntryAnswers() },
        { PersonalID: teen.PersonalID, RelationshipToHoH: 2, assessment: childEntryAnswers() },
      ],
    }),
    'teen household',
  );
  const service = await ok(
    await cm.post(`/api/clients/${client}/services`, {
      EnrollmentID: enrollment,
      serviceTypeId: 'SVC-002',
      DateProvided: hudToday(),
      units: 1,
    }),
    'service',
  );
  await ok(await cm.post(`/api/services/${service.id}/deletion-requests`, { reason: 'Twice' }), 'deletion request');
  await ok(await cm.post('/api/case-assignments', { PersonalID: client, userId: 'USR-CM' }), 'case manager');
  const note = await ok(
    await cm.post(`/api/clients/${client}/case-notes`, {
      noteDate: hudToday(),
      title: 'Visit',
      note: 'Met',
      readOnly: true,
    }),
    'case note',
  );
  const file = await ok(
    await upload(t, cookies.casemanager, `/api/clients/${client}/files`, [
      { name: 'file', filename: 'lease.txt', type: 'text/plain', data: Buffer.from('lease') },
    ]),
    'file',
  );
  const jpeg = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#369' } })
    .jpeg()
    .toBuffer();
  await ok(
    await upload(t, cookies.casemanager, `/api/clients/${client}/photo`, [
      { name: 'photo', filename: 'p.jpg', type: 'image/jpeg', data: jpeg },
    ]),
    'photo',
  );
  const draft = await ok(await cm.post('/api/workflows', { kind: 'exit', EnrollmentID: enrollment }), 'draft');
  const batch = await ok(
    await cm.post('/api/batches', {
      name: 'Audit batch',
      projectId: 'PRJ-RRH',
      serviceTypeId: 'SVC-003',
      DateProvided: hudToday(),
      units: 1,
    }),
    'batch',
  );
  await ok(await cm.post(`/api/batches/${batch.id}/entries`, { personalId: client }), 'batch entry');
  await ok(await cm.post('/api/clients/duplicate-flags', { personalIdA: flagA, personalIdB: flagB }), 'flag');
  const admin = t.as(cookies.admin);
  const version = async (id: string | undefined) => (await ok(await admin.get(`/api/clients/${id}`), 'read')).version;
  await ok(
    await admin.post('/api/clients/merges', {
      survivorId: mergeA,
      mergedId: mergeB,
      survivorVersion: await version(mergeA),
      mergedVersion: await version(mergeB),
    }),
    'merge',
  );
  const document = await ok(
    await upload(t, cookies.casemanager, `/api/clients/${client}/documents`, [
      { name: 'documentTypeId', value: 'DOC-DISABILITY' },
      { name: 'status', value: 'requested' },
    ]),
    'document',
  );
  const [notification = ''] = await t.database.db.transaction((tx) =>
    notifyUsers(tx, { userIds: [userIds.casemanager], kind: 'document_expiring', title: 'Expiring', clientId: client }),
  );
  doc = await ok(await admin.get('/api/openapi.json'), 'openapi');
  const teenMember = household.members.find((m: { PersonalID: string }) => m.PersonalID === teen.PersonalID);
  f = {
    client: client ?? '',
    client2: client2 ?? '',
    enrollment: enrollment ?? '',
    household: household.HouseholdID,
    teen: teen.PersonalID,
    teenEnrollment: teenMember.EnrollmentID,
    service: service.id,
    caseNote: note.id,
    clientFile: file.id,
    draft: draft.id,
    batch: batch.id,
    flagged: [flagA ?? '', flagB ?? ''],
    merged: [mergeA ?? '', mergeB ?? ''],
    mergeable: [keepA ?? '', keepB ?? ''],
    unenrolled: unenrolled ?? '',
    exited: exited ?? '',
    exitedEnrollment: exitedEnrollment ?? '',
    document: document.id,
    notification,
    notified: client ?? '',
    cas: { hoh: cas.hoh, EnrollmentID: cas.EnrollmentID },
    referred: { hoh: referredFamily.hoh, referralId: referral.id },
    casNew: casNew ?? '',
  };
}, 900_000);
afterAll(() => t?.close());

const CLIENT_FIELD = /^(PersonalID|personalId|FirstName|LastName|DOB|SSN)$/;
function holdsClientFields(s: JsonSchema | undefined, depth = 0): boolean {
  if (!s || depth > 30) return false;
  const nested = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? []), ...(s.items ? [s.items] : [])];
  if (nested.some((n) => holdsClientFields(n, depth + 1))) return true;
  return Object.entries(s.properties ?? {}).some(([k, p]) => CLIENT_FIELD.test(k) || holdsClientFields(p, depth + 1));
}

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }> };
/** Every GET route, and every route whose successful answer holds client fields. */
function routesToClassify(): string[] {
  const out: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops as Record<string, Operation>)) {
      const answers = Object.entries(op.responses ?? {}).filter(([code]) => code.startsWith('2'));
      const client = answers.some(([, r]) => holdsClientFields(r.content?.['application/json']?.schema));
      if (method === 'get' || client) out.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return out;
}

async function auditedClients(as: Call['as'], after: number, clients: string[]): Promise<Set<string>> {
  const rows = await t.database.db
    .select({ clientId: auditEventTable.clientId })
    .from(auditEventTable)
    .where(
      and(
        gt(auditEventTable.id, after),
        eq(auditEventTable.userId, userIds[as]),
        inArray(auditEventTable.clientId, clients),
      ),
    );
  return new Set(rows.map((r) => r.clientId ?? ''));
}

describe('every client read is audited', () => {
  it('has every route that may return client data classified', () => {
    const routes = routesToClassify();
    const missing = routes.filter((r) => !(r in CLIENT_DATA_ROUTES));
    expect(missing, 'classify these routes in src/server/access/client-data-routes.test-support.ts').toEqual([]);
    const all = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const stale = Object.keys(CLIENT_DATA_ROUTES).filter((r) => !all.has(r));
    expect(stale, 'these classified routes are not in the OpenAPI document any more').toEqual([]);
  });

  it('writes an audit row naming each client a route showed or changed', async () => {
    const unaudited: string[] = [];
    let checked = 0;
    const read = async (url: string) => ok(await t.as(cookies.casemanager).get(url), `read ${url}`);
    for (const [route, c] of Object.entries(CLIENT_DATA_ROUTES)) {
      if ('none' in c) continue;
      const call = 'read' in c ? c.read(f) : await c.write(f, read);
      const [{ last } = { last: 0 }] = await t.database.db
        .select({ last: max(auditEventTable.id) })
        .from(auditEventTable);
      const res = call.form
        ? await upload(t, cookies[call.as], call.url, call.form)
        : await t.app.inject({
            method: call.method ?? 'GET',
            url: call.url,
            headers: { cookie: cookies[call.as] },
            ...(call.body ? { payload: call.body } : {}),
          });
      if (res.statusCode >= 300) {
        unaudited.push(`${route}: answered ${res.statusCode} ${res.body.slice(0, 200)}`);
        continue;
      }
      const answer = res.headers['content-type']?.toString().includes('json') ? res.json() : {};
      const clients = typeof call.clients === 'function' ? call.clients(answer) : call.clients;
      expect(clients.length, route).toBeGreaterThan(0);
      const named = await auditedClients(call.as, last ?? 0, clients);
      const notNamed = clients.filter((id) => !named.has(id));
      if (notNamed.length) unaudited.push(`${route}: no audit row names client ${notNamed.join(', ')}`);
      checked++;
    }
    const total = routesToClassify().length;
    console.log(
      `Client-data audit: ${checked - unaudited.length} of ${checked} client-data routes audited (${total} routes classified)`,
    );
    expect(unaudited).toEqual([]);
  }, 900_000);
});
