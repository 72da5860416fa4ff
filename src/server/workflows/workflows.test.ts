import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { enrollmentTable, workflowDraftTable } from '../../db/schema/index.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { addClient, adultEntryAnswers, bornYearsAgo } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const start = addDays(hudToday(), -3);

describe('paused workflows', () => {
  it('keeps a workflow left part-way, resumes it at the same step, and finishes it in one transaction', async () => {
    const pid = await addClient(t.database, { FirstName: 'Una', LastName: 'Bell', DOB: bornYearsAgo(33) });
    const created = await t.as(cm).post('/api/workflows', { kind: 'intake', PersonalID: pid });
    expect(created.statusCode).toBe(201);
    const d = created.json();
    const input = {
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [{ PersonalID: pid, RelationshipToHoH: 1, assessment: { Enrollment: { LivingSituation: 116 } } }],
    };
    const saved = await t
      .as(cm)
      .put(`/api/workflows/${d.id}`, { step: `assess:${pid}:income`, data: { input }, version: d.version });
    expect(saved.statusCode, saved.body).toBe(200);

    // Signing out does not lose it: a new session lists it and resumes at the same step.
    await t.as(cm).post('/api/auth/logout');
    cm = await t.login('casemanager');
    const list = await t.as(cm).get('/api/workflows');
    expect(list.json()).toMatchObject([
      { id: d.id, kind: 'intake', step: `assess:${pid}:income`, clientName: 'Una Bell' },
    ]);
    const resumed = await t.as(cm).get(`/api/workflows/${d.id}`);
    expect(resumed.json().data.input.members[0].assessment.Enrollment.LivingSituation).toBe(116);

    const incomplete = await t.as(cm).post(`/api/workflows/${d.id}/finish`, { version: resumed.json().version });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.fields['members.0.Enrollment.LengthOfStay']).toMatch(/3.917 Prior Living Situation/);
    expect(await t.database.db.$count(enrollmentTable, eq(enrollmentTable.PersonalID, pid))).toBe(0);
    expect(await t.database.db.$count(workflowDraftTable, eq(workflowDraftTable.id, d.id))).toBe(1);

    const complete = { ...input, members: [{ ...input.members[0], assessment: adultEntryAnswers() }] };
    const again = await t
      .as(cm)
      .put(`/api/workflows/${d.id}`, { step: 'review', data: { input: complete }, version: resumed.json().version });
    const done = await t.as(cm).post(`/api/workflows/${d.id}/finish`, { version: again.json().version });
    expect(done.statusCode, done.body).toBe(200);
    expect(await t.database.db.$count(enrollmentTable, eq(enrollmentTable.PersonalID, pid))).toBe(1);
    expect((await t.as(cm).get('/api/workflows')).json()).toEqual([]);
  });

  it('restarts and deletes drafts, and keeps each user’s drafts to themselves', async () => {
    const d = (
      await t.as(cm).post('/api/workflows', { kind: 'intake', step: 'family', data: { input: { EntryDate: start } } })
    ).json();
    const restarted = await t.as(cm).post(`/api/workflows/${d.id}/restart`, { version: d.version });
    expect(restarted.json()).toMatchObject({ step: 'start', data: {} });
    const other = await t.login('manager');
    expect((await t.as(other).get(`/api/workflows/${d.id}`)).statusCode).toBe(404);
    expect((await t.as(other).delete(`/api/workflows/${d.id}`)).statusCode).toBe(404);
    expect((await t.as(cm).delete(`/api/workflows/${d.id}`)).statusCode).toBe(204);
    expect((await t.as(cm).get(`/api/workflows/${d.id}`)).statusCode).toBe(404);
  });

  it('refuses a save from a stale copy', async () => {
    const d = (await t.as(cm).post('/api/workflows', { kind: 'intake' })).json();
    await t.as(cm).put(`/api/workflows/${d.id}`, { step: 'family', data: {}, version: d.version });
    const stale = await t.as(cm).put(`/api/workflows/${d.id}`, { step: 'enrollment', data: {}, version: d.version });
    expect(stale.statusCode).toBe(409);
  });
});

describe('one paused workflow per enrollment', () => {
  it('offers the paused one instead of starting a second, per kind and per user', async () => {
    const pid = await addClient(t.database, { FirstName: 'Wyn', LastName: 'Doubler', DOB: bornYearsAgo(44) });
    const e = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: start,
      members: [{ PersonalID: pid, RelationshipToHoH: 1, assessment: adultEntryAnswers() }],
    });
    expect(e.statusCode, e.body).toBe(201);
    const EnrollmentID = e.json().EnrollmentID;
    const first = await t.as(cm).post('/api/workflows', { kind: 'assessment', EnrollmentID });
    expect(first.statusCode).toBe(201);
    const again = await t.as(cm).post('/api/workflows', { kind: 'assessment', EnrollmentID });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'paused_workflow_exists', draftId: first.json().id });
    // Another kind on the same enrollment, or another user, is a workflow of its own.
    expect((await t.as(cm).post('/api/workflows', { kind: 'exit', EnrollmentID })).statusCode).toBe(201);
    const manager = await t.login('manager');
    expect((await t.as(manager).post('/api/workflows', { kind: 'assessment', EnrollmentID })).statusCode).toBe(201);
    // Once the paused one is gone, a new one starts.
    expect((await t.as(cm).delete(`/api/workflows/${first.json().id}`)).statusCode).toBe(204);
    expect((await t.as(cm).post('/api/workflows', { kind: 'assessment', EnrollmentID })).statusCode).toBe(201);
  });

  it('offers a paused intake of the same client too', async () => {
    const pid = await addClient(t.database, { FirstName: 'Ode', LastName: 'Doubler', DOB: bornYearsAgo(44) });
    const first = await t.as(cm).post('/api/workflows', { kind: 'intake', PersonalID: pid });
    expect(first.statusCode).toBe(201);
    const again = await t.as(cm).post('/api/workflows', { kind: 'intake', PersonalID: pid });
    expect(again.json().error).toMatchObject({ code: 'paused_workflow_exists', draftId: first.json().id });
  });
});
