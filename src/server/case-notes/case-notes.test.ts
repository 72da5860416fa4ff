import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, caseNoteTable, serviceTable } from '../../db/schema/index.ts';
import { addClients, daysAgo, enroll } from '../services/test-fixtures.ts';

let t: TestApp;
let cm: string;
let manager: string;
let cm2: string;
let admin: string;
let enrollment: string;
const today = daysAgo(0);

beforeAll(async () => {
  t = await createTestApp();
  [cm, manager, cm2, admin] = (await Promise.all(
    ['casemanager', 'manager', 'casemanager2', 'admin'].map((u) => t.login(u)),
  )) as [string, string, string, string];
  await addClients(t.database.db, [{ PersonalID: '6000001' }]);
  [enrollment] = (await enroll(t, cm, [{ PersonalID: '6000001', ProjectID: 'PRJ-TH', EntryDate: daysAgo(40) }])) as [
    string,
  ];
});
afterAll(() => t.close());

const note = (body: Record<string, unknown> = {}) => ({
  noteDate: today,
  title: 'Housing plan review',
  note: 'Met to review the housing plan. Next step: landlord outreach.',
  readOnly: false,
  EnrollmentID: enrollment,
  ...body,
});
const create = (cookie: string, body: Record<string, unknown> = {}) =>
  t.as(cookie).post('/api/clients/6000001/case-notes', note(body));

describe('case notes', () => {
  it('saves a note with services on the default enrollment in one save', async () => {
    const res = await create(cm, {
      services: [
        { serviceTypeId: 'SVC-002', units: 1 },
        { serviceTypeId: 'SVC-005', units: 2, unitValue: 2.5, DateProvided: daysAgo(1) },
      ],
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      title: 'Housing plan review',
      ProjectName: 'Hearth Transitional Housing',
      author: { name: 'Casey Manager' },
      serviceCount: 2,
      canEdit: true,
    });
    expect(
      body.services.map((s: { serviceName: string; EnrollmentID: string }) => [s.serviceName, s.EnrollmentID]),
    ).toEqual([
      ['Case Management Session', enrollment],
      ['Bus Pass', enrollment],
    ]);
    const services = await t.as(cm).get('/api/clients/6000001/services');
    expect(services.json().items.every((s: { caseNoteId: string }) => s.caseNoteId === body.id)).toBe(true);
  });

  it('writes nothing when one service is bad, and names the row', async () => {
    const notes = await t.database.db.$count(caseNoteTable);
    const services = await t.database.db.$count(serviceTable);
    const res = await create(cm, {
      title: 'Half a save',
      services: [
        { serviceTypeId: 'SVC-002', units: 1 },
        { serviceTypeId: 'SVC-002', units: 1, DateProvided: daysAgo(50) },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['services.1.DateProvided']).toContain('outside the enrollment');
    const noEnrollment = await create(cm, { EnrollmentID: null, services: [{ serviceTypeId: 'SVC-002', units: 1 }] });
    expect(noEnrollment.json().error.fields['services.0.EnrollmentID']).toContain('Choose the enrollment');
    expect(await t.database.db.$count(caseNoteTable)).toBe(notes);
    expect(await t.database.db.$count(serviceTable)).toBe(services);
  });

  it('keeps notes inside the organization that wrote them', async () => {
    const own = await t.as(manager).get('/api/clients/6000001/case-notes');
    expect(own.json().items.map((n: { title: string }) => n.title)).toEqual(['Housing plan review']);
    const other = await t.as(cm2).get('/api/clients/6000001/case-notes');
    expect(other.json().items).toEqual([]);
    const id = own.json().items[0].id;
    expect((await t.as(cm2).get(`/api/case-notes/${id}`)).statusCode).toBe(404);
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-ODO' })).statusCode).toBe(200);
    expect((await t.as(admin).get(`/api/case-notes/${id}`)).statusCode).toBe(404);
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-HHP' })).statusCode).toBe(200);
    expect((await t.as(admin).get(`/api/case-notes/${id}`)).statusCode).toBe(200);
  });

  it('refuses every edit and delete of a read-only note until the author unchecks Read Only', async () => {
    const created = (await create(cm, { title: 'Signed agreement', readOnly: true })).json();
    expect(created).toMatchObject({ readOnly: true, canEdit: false, canUnlock: true, canDelete: false });
    const edit = await t.as(cm).put(`/api/case-notes/${created.id}`, note({ ...created, title: 'Changed' }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({ code: 'read_only' });
    expect(edit.json().error.message).toContain('uncheck Read Only');
    const del = await t.as(cm).delete(`/api/case-notes/${created.id}?version=${created.version}`);
    expect(del.statusCode).toBe(409);

    const byOther = await t.as(manager).put(`/api/case-notes/${created.id}`, note({ ...created, readOnly: false }));
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().error.message).toContain('Only the author');

    const unlocked = await t
      .as(cm)
      .put(
        `/api/case-notes/${created.id}`,
        note({ ...created, readOnly: false, title: 'Signed agreement (corrected)' }),
      );
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json()).toMatchObject({ readOnly: false, title: 'Signed agreement (corrected)', canEdit: true });
    const stale = await t.as(manager).put(`/api/case-notes/${created.id}`, note({ ...created, readOnly: false }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const actions = await t.database.db
      .select({ action: auditEventTable.action })
      .from(auditEventTable)
      .where(eq(auditEventTable.entityId, created.id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['case_note.create', 'case_note.unlock']));
  });

  it('prints a read-only note as a PDF, and refuses to print an editable one', async () => {
    const locked = (await create(cm, { title: 'Release of information', readOnly: true })).json();
    const pdf = await t.as(manager).get(`/api/case-notes/${locked.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const open = (await create(cm, { title: 'Draft' })).json();
    const refused = await t.as(cm).get(`/api/case-notes/${open.id}/pdf`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('check Read Only');
  });

  it('deletes softly: only the author or an admin, and the delete is audited', async () => {
    const draft = (await create(cm, { title: 'Wrong client' })).json();
    expect((await t.as(manager).delete(`/api/case-notes/${draft.id}?version=${draft.version}`)).statusCode).toBe(403);
    expect((await t.as(cm).delete(`/api/case-notes/${draft.id}?version=${draft.version}`)).statusCode).toBe(200);
    const titles = (await t.as(cm).get('/api/clients/6000001/case-notes'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(titles).not.toContain('Wrong client');
    const [row] = await t.database.db.select().from(caseNoteTable).where(eq(caseNoteTable.id, draft.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const audit = await t.database.db.select().from(auditEventTable).where(eq(auditEventTable.entityId, draft.id));
    expect(audit.map((a) => a.action)).toContain('case_note.delete');
  });

  it('refuses a note attached to another client’s enrollment, and blank titles', async () => {
    await addClients(t.database.db, [{ PersonalID: '6000002' }]);
    const [theirs] = await enroll(t, cm, [{ PersonalID: '6000002', ProjectID: 'PRJ-TH', EntryDate: daysAgo(3) }]);
    const res = await create(cm, { EnrollmentID: theirs });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.EnrollmentID).toContain('this client');
    const blank = await create(cm, { title: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields.title).toContain('title');
  });
});
