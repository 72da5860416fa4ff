// A client's access log ("Who has seen this record"): who may read it, what it lists, the PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { WALK_ORGS, walkUser, workAs } from '../access/walk-fixtures.test-support.ts';
import { clientBody, createClients, daysAgo, enroll } from '../services/test-fixtures.ts';

type Entry = { userName: string; organizationName: string | null; action: string; description: string; at: string };

let t: TestApp;
let cm: string;
let admin: string;
let manager: string;
let client: string;

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  admin = await t.login('admin');
  manager = await t.login('manager');
  [client = ''] = await createClients(t, cm, [{ FirstName: 'Lena', LastName: 'Accesslog' }]);
  await enroll(t, cm, [{ PersonalID: client, ProjectID: 'PRJ-RRH', EntryDate: daysAgo(20) }]);
  await t.as(cm).get(`/api/clients/${client}`);
}, 600_000);
afterAll(() => t?.close());

const log = (cookie: string, id = client, q = '') => t.as(cookie).get(`/api/clients/${id}/access-log${q}`);

describe('Who has seen this record', () => {
  it('lists every user, organization, action and time for an HMIS admin, newest first, a page at a time', async () => {
    const res = await log(admin);
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as { items: Entry[]; total: number };
    expect(total).toBe(items.length);
    const byCm = items.filter((e) => e.userName === 'Casey Manager');
    expect(byCm.map((e) => e.description)).toEqual(
      expect.arrayContaining(['Created the client record', 'Enrolled (intake)', 'Viewed: dashboard']),
    );
    expect(new Set(byCm.map((e) => e.organizationName))).toEqual(new Set(['Hearth Housing Partners']));
    const times = items.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const page = (await log(admin, client, '?limit=2&offset=1')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(total + 1);
  });

  it('says what each user did in the reader’s language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client}/access-log`,
      headers: { cookie: admin, 'accept-language': 'es-US,es;q=0.9' },
    });
    const byCm = (res.json().items as Entry[]).filter((e) => e.userName === 'Casey Manager');
    expect(byCm.map((e) => e.description)).toEqual(
      expect.arrayContaining(['Creó el registro del cliente', 'Inscribió (admisión)', 'Consultó: panel de inicio']),
    );
  });

  it('is open to program managers of the client’s organization only, and records its own reads', async () => {
    expect((await log(manager)).statusCode).toBe(200);
    expect((await log(cm)).statusCode).toBe(403);
    const other = await walkUser(t, admin, 'program_manager', [WALK_ORGS.another]);
    const refused = await log(other.cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/program managers of the client's organizations/);
    const items: Entry[] = (await log(admin)).json().items;
    expect(items.find((e) => e.userName === 'Morgan Manager')?.description).toBe('Read this access log');
  });

  it('answers 404 for a client the viewer may not see, like one that does not exist', async () => {
    await workAs(t, admin, WALK_ORGS.vsp);
    const survivor = (
      await t.as(admin).post('/api/clients', clientBody({ FirstName: 'Safe', LastName: 'Keep' }))
    ).json();
    await workAs(t, admin, WALK_ORGS.own);
    const hidden = await log(admin, survivor.PersonalID);
    const absent = await log(admin, '999999999');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(absent.json());
  });

  it('leaves out what users working as a victim-service provider did, except for those working as it', async () => {
    const advocate = await walkUser(t, admin, 'case_manager', [WALK_ORGS.vsp]);
    expect((await t.as(advocate.cookie).get(`/api/clients/${client}`)).statusCode).toBe(200);
    const seenBy = async () => ((await log(admin)).json().items as Entry[]).map((e) => e.organizationName);
    expect(await seenBy()).not.toContain('Safe Harbor Family Violence Services');
    await workAs(t, admin, WALK_ORGS.vsp);
    expect(await seenBy()).toContain('Safe Harbor Family Violence Services');
    await workAs(t, admin, WALK_ORGS.own);
  });

  it('counts the reads of a record merged into this one', async () => {
    const [a = '', b = ''] = await createClients(t, cm, [
      { FirstName: 'Mira', LastName: 'Mergekeep' },
      { FirstName: 'Mira', LastName: 'Mergegone' },
    ]);
    await t.as(cm).get(`/api/clients/${b}`);
    const version = async (id: string) => (await t.as(admin).get(`/api/clients/${id}`)).json().version;
    const merged = await t.as(admin).post('/api/clients/merges', {
      survivorId: a,
      mergedId: b,
      survivorVersion: await version(a),
      mergedVersion: await version(b),
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const items: Entry[] = (await log(admin, a)).json().items;
    expect(items.filter((e) => e.description === 'Created the client record')).toHaveLength(2);
  });

  it('prints the whole log as a PDF for the client', async () => {
    const res = await t.as(manager).get(`/api/clients/${client}/access-log.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const items: Entry[] = (await log(admin)).json().items;
    expect(items.some((e) => e.userName === 'Morgan Manager' && e.action === 'access_log.read')).toBe(true);
  });
});
