import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, notificationTable, sessionTable } from '../../db/schema/index.ts';
import { clientBody, createClients } from '../services/test-fixtures.ts';
import { notifyReportReady } from './notify-report-ready.ts';
import { type NotifyInput, notifyUsers } from './notify-users.ts';

let t: TestApp;
let cm: string;
let cm2: string;
let admin: string;
let client: string;
let vspClient: string;
let keptClient: string;

const notify = (input: Partial<NotifyInput> = {}) =>
  t.database.db.transaction((tx) =>
    notifyUsers(tx, { userIds: ['USR-CM'], kind: 'cas_referral_result', title: 'Referral result recorded', ...input }),
  );
const list = async (cookie: string, query = '') => (await t.as(cookie).get(`/api/notifications${query}`)).json();
const unread = async (cookie: string) => (await t.as(cookie).get('/api/notifications/summary')).json().unread;

beforeAll(async () => {
  t = await createTestApp();
  [cm, cm2, admin] = (await Promise.all(['casemanager', 'casemanager2', 'admin'].map((u) => t.login(u)))) as [
    string,
    string,
    string,
  ];
  [client] = (await createClients(t, cm, [{ FirstName: 'Rosa', LastName: 'Notified' }])) as [string];
  expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
  [vspClient] = (await createClients(t, admin, [{ FirstName: 'Hidden', LastName: 'Survivor' }])) as [string];
  // A client Open Door Outreach keeps to itself (not a victim-service provider).
  const kept = await t
    .as(cm2)
    .post('/api/clients', { ...clientBody({ FirstName: 'Hidden', LastName: 'Keeper' }), restrictToOrganization: true });
  expect(kept.statusCode, kept.body).toBe(201);
  keptClient = kept.json().PersonalID;
});
afterAll(() => t.close());

describe('notifyUsers', () => {
  it('writes one row per active recipient in the caller’s transaction, and nothing when it rolls back', async () => {
    const before = await t.database.db.$count(notificationTable);
    const ids = await notify({ userIds: ['USR-CM', 'USR-CM2', 'USR-CM'], clientId: client });
    expect(ids).toHaveLength(2);
    await expect(
      t.database.db.transaction(async (tx) => {
        await notifyUsers(tx, { userIds: ['USR-CM'], kind: 'cas_referral', title: 'Never committed' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.database.db.$count(notificationTable)).toBe(before + 2);
    expect((await list(cm)).items.some((n: { title: string }) => n.title === 'Never committed')).toBe(false);
  });

  it('notifies once per dedupe key, and refuses links outside Hearth', async () => {
    expect(await notify({ dedupeKey: 'once:1', title: 'Only once' })).toHaveLength(1);
    expect(await notify({ dedupeKey: 'once:1', title: 'Only once' })).toHaveLength(0);
    await expect(notify({ link: 'https://evil.example/' })).rejects.toThrow('path inside Hearth');
  });
});

describe('report ready', () => {
  it('tells the owner once, with a link to the report’s page on Files on Server', async () => {
    const send = () =>
      t.database.db.transaction((tx) =>
        notifyReportReady(tx, { ownerId: 'USR-CM2', jobId: 'job123', reportTitle: 'APR 2026' }),
      );
    expect(await send()).toHaveLength(1);
    expect(await send()).toHaveLength(0);
    const [n] = (await list(cm2, '?kind=report_ready')).items;
    expect(n).toMatchObject({
      title: 'Report ready: APR 2026',
      link: '/reports/files/job123',
      kindLabel: 'Report ready',
    });
  });
});

describe('the bell, the list and the states', () => {
  it('counts new ones; snooze hides one until its time, then it is new again', async () => {
    const [id] = (await notify({ title: 'Snooze me', link: `/clients/${client}` })) as [string];
    const count = await unread(cm);
    const item = (await list(cm, '?state=new')).items.find((n: { id: string }) => n.id === id);
    expect(item).toMatchObject({ title: 'Snooze me', state: 'new', kindLabel: 'CAS: referral result' });

    const past = await t.as(cm).patch(`/api/notifications/${id}`, {
      state: 'snoozed',
      snoozedUntil: new Date(Date.now() - 60_000).toISOString(),
      version: item.version,
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.snoozedUntil).toContain('future');

    const until = new Date(Date.now() + 3600_000).toISOString();
    const snoozed = await t.as(cm).patch(`/api/notifications/${id}`, {
      state: 'snoozed',
      snoozedUntil: until,
      version: item.version,
    });
    expect(snoozed.json()).toMatchObject({ state: 'snoozed', snoozedUntil: until });
    expect(await unread(cm)).toBe(count - 1);
    expect((await list(cm, '?state=snoozed')).items.map((n: { id: string }) => n.id)).toContain(id);

    const stale = await t.as(cm).patch(`/api/notifications/${id}`, { state: 'dismissed', version: item.version });
    expect(stale.statusCode).toBe(409);

    await t.database.db
      .update(notificationTable)
      .set({ snoozedUntil: new Date(Date.now() - 1000) })
      .where(eq(notificationTable.id, id));
    expect(await unread(cm)).toBe(count);
    expect((await list(cm, '?state=new')).items.map((n: { id: string }) => n.id)).toContain(id);
  });

  it('dismisses and marks done; the list filters by each state', async () => {
    const [a, b] = [(await notify({ title: 'Dismiss me' }))[0], (await notify({ title: 'Done with me' }))[0]];
    const items = (await list(cm)).items as { id: string; version: number }[];
    const va = items.find((n) => n.id === a)?.version;
    const vb = items.find((n) => n.id === b)?.version;
    expect((await t.as(cm).patch(`/api/notifications/${a}`, { state: 'dismissed', version: va })).statusCode).toBe(200);
    expect((await t.as(cm).patch(`/api/notifications/${b}`, { state: 'done', version: vb })).statusCode).toBe(200);
    const ids = async (state: string) => (await list(cm, `?state=${state}`)).items.map((n: { id: string }) => n.id);
    expect(await ids('dismissed')).toContain(a);
    expect(await ids('done')).toContain(b);
    expect(await ids('new')).not.toContain(a);
    expect(await ids('new')).not.toContain(b);
  });

  it('dismiss all dismisses only what the pop-up showed, when told which', async () => {
    const [shown] = (await notify({ title: 'Shown in the pop-up' })) as [string];
    const res = await t.as(cm).post('/api/notifications/dismiss-all', { ids: [shown] });
    expect(res.json().dismissed).toBe(1);
    expect(await unread(cm)).toBeGreaterThan(0);
    await t.as(cm).post('/api/notifications/dismiss-all', {});
    expect(await unread(cm)).toBe(0);
  });

  it('shows the calendar by due date, else the day it arrived', async () => {
    await notify({ title: 'Due in June', dueAt: new Date('2031-06-15T15:00:00Z') });
    const june = await list(cm, '?from=2031-06-01&to=2031-06-30');
    expect(june.items.map((n: { title: string }) => n.title)).toEqual(['Due in June']);
    const none = await list(cm, '?from=2031-07-01&to=2031-07-31');
    expect(none.total).toBe(0);
  });

  it('another user’s notification answers 404, like one that does not exist', async () => {
    const [id] = (await notify({ title: 'Mine' })) as [string];
    const other = await t.as(cm2).get(`/api/notifications/${id}`);
    const missing = await t.as(cm2).get('/api/notifications/nosuchnotification');
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
    expect((await t.as(cm2).patch(`/api/notifications/${id}`, { state: 'done', version: 1 })).statusCode).toBe(404);
  });

  it('never reveals a client the recipient may not see', async () => {
    // Kept to another organization: the notice shows its kind and dates only.
    const [id] = (await notify({
      title: 'Hidden Keeper was referred',
      body: 'Hidden Keeper, DOB 1980-05-01',
      clientId: keptClient,
      link: `/clients/${keptClient}`,
    })) as [string];
    const view = (await t.as(cm).get(`/api/notifications/${id}`)).json();
    expect(view).toMatchObject({ clientHidden: true, clientId: null, link: null, body: null });
    expect(JSON.stringify(view)).not.toContain('Keeper');
    expect(JSON.stringify(await list(cm))).not.toContain('Keeper');
    // A victim-service provider's client: not even the notice shows outside it.
    const [vspNotice] = (await notify({
      title: 'Hidden Survivor was referred',
      body: 'Hidden Survivor, DOB 1980-05-01',
      clientId: vspClient,
      link: `/clients/${vspClient}`,
    })) as [string];
    const missing = await t.as(cm).get('/api/notifications/nosuchnotification');
    const vspView = await t.as(cm).get(`/api/notifications/${vspNotice}`);
    expect(vspView.statusCode).toBe(404);
    expect(vspView.json()).toEqual(missing.json());
    const all = await list(cm);
    expect(JSON.stringify(all)).not.toContain('Survivor');
    expect(all.items.map((n: { id: string }) => n.id)).not.toContain(vspNotice);

    const [visible] = (await notify({ title: 'Rosa Notified', clientId: client })) as [string];
    expect((await t.as(cm).get(`/api/notifications/${visible}`)).json()).toMatchObject({
      clientId: client,
      clientHidden: false,
    });
    const reads = await t.database.db.select().from(auditEventTable).where(eq(auditEventTable.action, 'client.read'));
    expect(reads.some((r) => r.clientId === client && (r.detail as { view: string }).view === 'notification')).toBe(
      true,
    );
    expect(reads.some((r) => r.clientId === vspClient && r.userId === 'USR-CM')).toBe(false);
    expect(reads.some((r) => r.clientId === keptClient && r.userId === 'USR-CM')).toBe(false);
  });

  it("shows an HMIS admin who is a victim-service provider's member its client's notice only working as it", async () => {
    const [id] = (await notify({
      userIds: ['USR-ADMIN'],
      title: 'Safe Survivor was placed on the queue',
      clientId: vspClient,
    })) as [string];
    const working = async (organizationId: string) =>
      expect((await t.as(admin).put('/api/auth/organization', { organizationId })).statusCode).toBe(200);
    await working('ORG-SH');
    expect((await t.as(admin).get(`/api/notifications/${id}`)).json()).toMatchObject({
      title: 'Safe Survivor was placed on the queue',
      clientId: vspClient,
    });
    const countAsVsp = await unread(admin);
    await working('ORG-HHP');
    expect((await t.as(admin).get(`/api/notifications/${id}`)).statusCode).toBe(404);
    expect(JSON.stringify(await list(admin))).not.toContain('Survivor');
    expect(await unread(admin)).toBe(countAsVsp - 1);
    await working('ORG-SH');
  });

  it('polling the count does not keep an idle session alive', async () => {
    const before = await t.database.db.select({ at: sessionTable.lastSeenAt }).from(sessionTable);
    await new Promise((r) => setTimeout(r, 20));
    await unread(cm);
    const after = await t.database.db.select({ at: sessionTable.lastSeenAt }).from(sessionTable);
    expect(after.map((s) => s.at.getTime()).sort()).toEqual(before.map((s) => s.at.getTime()).sort());
  });
});

describe('email preferences', () => {
  it('turns email off per kind and back on', async () => {
    const res = await t.as(cm).put('/api/notifications/email-preferences', {
      kinds: [{ kind: 'report_ready', email: false }],
    });
    expect(res.statusCode).toBe(200);
    const kinds = res.json().kinds as { kind: string; email: boolean }[];
    expect(kinds.find((k) => k.kind === 'report_ready')?.email).toBe(false);
    expect(kinds.find((k) => k.kind === 'document_expiring')?.email).toBe(true);
    const bad = await t.as(cm).put('/api/notifications/email-preferences', { kinds: [{ kind: 'nope', email: true }] });
    expect(bad.statusCode).toBe(400);
    await t.as(cm).put('/api/notifications/email-preferences', { kinds: [{ kind: 'report_ready', email: true }] });
    const again = (await t.as(cm).get('/api/notifications/email-preferences')).json();
    expect(again.kinds.every((k: { email: boolean }) => k.email)).toBe(true);
  });
});
