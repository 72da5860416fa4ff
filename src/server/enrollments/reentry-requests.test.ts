// After 90 days only an HMIS admin may re-enter an enrollment: the case manager asks, the admin acts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { Destination } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { enrollFamily } from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const today = hudToday();
type Request = { id: string; EnrollmentID: string; clientName: string; reason: string; version: number };

async function exitedDaysAgo(days: number) {
  const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -days - 50), size: 1 });
  const m = h.members[0];
  if (!m) throw new Error('no member');
  const res = await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/exit`, {
    ExitDate: addDays(today, -days),
    members: [
      {
        EnrollmentID: m.EnrollmentID,
        version: m.version,
        Destination: Destination.NoExitInterviewCompleted,
        assessment: { Exit: {} },
      },
    ],
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return m.EnrollmentID;
}
const openRequests = async () => (await t.as(admin).get('/api/admin/reentry-requests')).json().items as Request[];
const exitDateOf = async (id: string) =>
  (await t.as(cm).get(`/api/enrollments/${id}`)).json().members[0].ExitDate as string | null;

describe('re-entry requests', () => {
  it('lets a case manager ask, and the HMIS admin approve: the enrollment is open again', async () => {
    const id = await exitedDaysAgo(120);
    const asked = await t.as(cm).post(`/api/enrollments/${id}/reentry-request`, { reason: 'Exited in error' });
    expect(asked.statusCode, asked.body).toBe(201);
    const again = await t.as(cm).post(`/api/enrollments/${id}/reentry-request`, { reason: 'Please' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already been requested/);
    const open = (await t.as(cm).get(`/api/enrollments/${id}/reentry-request`)).json().request;
    expect(open).toMatchObject({ reason: 'Exited in error' });

    const mine = (await openRequests()).find((r) => r.EnrollmentID === id);
    expect(mine).toMatchObject({ clientName: 'Jo Park', reason: 'Exited in error' });
    if (!mine) throw new Error('not listed');
    expect((await t.as(cm).get('/api/admin/reentry-requests')).statusCode).toBe(403);
    expect((await t.as(cm).post(`/api/admin/reentry-requests/${mine.id}/approve`, { version: 1 })).statusCode).toBe(
      403,
    );
    const stale = await t.as(admin).post(`/api/admin/reentry-requests/${mine.id}/approve`, { version: 9 });
    expect(stale.statusCode).toBe(409);
    expect(await exitDateOf(id)).not.toBeNull();

    const ok = await t.as(admin).post(`/api/admin/reentry-requests/${mine.id}/approve`, { version: mine.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await exitDateOf(id)).toBeNull();
    expect((await openRequests()).some((r) => r.id === mine.id)).toBe(false);
    expect((await t.as(cm).get(`/api/enrollments/${id}/reentry-request`)).json().request).toBeNull();
  });

  it('declining keeps the exit, and the case manager may ask again', async () => {
    const id = await exitedDaysAgo(100);
    await t.as(cm).post(`/api/enrollments/${id}/reentry-request`, { reason: 'Wrong client exited' });
    const mine = (await openRequests()).find((r) => r.EnrollmentID === id);
    if (!mine) throw new Error('not listed');
    const no = await t.as(admin).post(`/api/admin/reentry-requests/${mine.id}/decline`, { version: mine.version });
    expect(no.statusCode, no.body).toBe(200);
    expect(await exitDateOf(id)).not.toBeNull();
    const twice = await t.as(admin).post(`/api/admin/reentry-requests/${mine.id}/approve`, { version: mine.version });
    expect(twice.statusCode).toBe(409);
    const again = await t.as(cm).post(`/api/enrollments/${id}/reentry-request`, { reason: 'It was an error' });
    expect(again.statusCode).toBe(201);
  });

  it('refuses a request the case manager does not need, or without a reason', async () => {
    const recent = await exitedDaysAgo(10);
    const own = await t.as(cm).post(`/api/enrollments/${recent}/reentry-request`, { reason: 'Error' });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toMatch(/re-enter this enrollment yourself/);
    const old = await exitedDaysAgo(95);
    const blank = await t.as(cm).post(`/api/enrollments/${old}/reentry-request`, { reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(JSON.stringify(blank.json().error)).toMatch(/Say why/);
    expect((await t.as(cm).post('/api/enrollments/NOPE/reentry-request', { reason: 'x' })).statusCode).toBe(404);
  });
});
