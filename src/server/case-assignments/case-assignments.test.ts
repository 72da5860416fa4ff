import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { enrollFamily } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';

let t: TestApp;
let cm: string;
let manager: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  manager = await t.login('manager');
});
afterAll(() => t.close());

const today = hudToday();

describe('case assignments', () => {
  it('lists a client’s active and inactive case managers; adds and ends assignments', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -10), size: 1 });
    const pid = h.ids[0] ?? '';
    const added = await t.as(cm).post('/api/case-assignments', { PersonalID: pid, userId: 'USR-MANAGER' });
    expect(added.statusCode, added.body).toBe(201);
    const list = await t.as(cm).get(`/api/case-assignments?PersonalID=${pid}`);
    expect(list.json().map((a: { userName: string; active: boolean }) => [a.userName, a.active])).toEqual(
      expect.arrayContaining([
        ['Casey Manager', true],
        ['Morgan Manager', true],
      ]),
    );
    const mine = list.json().find((a: { userId: string }) => a.userId === 'USR-CM');
    const ended = await t.as(cm).post(`/api/case-assignments/${mine.id}/end`, { version: mine.version });
    expect(ended.statusCode, ended.body).toBe(200);
    const after = await t.as(cm).get(`/api/case-assignments?PersonalID=${pid}`);
    expect(after.json().find((a: { id: string }) => a.id === mine.id)).toMatchObject({ active: false, endDate: today });
    const stale = await t.as(cm).post(`/api/case-assignments/${mine.id}/end`, { version: mine.version });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a case manager without access to the organization', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -10), size: 1 });
    const res = await t.as(cm).post('/api/case-assignments', { PersonalID: h.ids[0], userId: 'USR-CM2' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.userId).toMatch(/access to Hearth Housing Partners/);
  });

  it('shows My Case Assignments with filters, and a program manager can see a colleague’s caseload', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -5) });
    const all = await t.as(cm).get('/api/case-assignments/mine');
    expect(all.statusCode).toBe(200);
    const ids = all.json().map((r: { PersonalID: string }) => r.PersonalID);
    expect(ids).toEqual(expect.arrayContaining(h.ids));
    const search = await t.as(cm).get(`/api/case-assignments/mine?search=${h.ids[2]}`);
    expect(search.json().map((r: { PersonalID: string }) => r.PersonalID)).toEqual([h.ids[2]]);
    const byName = await t.as(cm).get('/api/case-assignments/mine?search=bea');
    expect(byName.json().every((r: { FirstName: string }) => r.FirstName === 'Bea')).toBe(true);
    const other = await t.as(manager).get('/api/case-assignments/mine?userId=USR-CM');
    expect(other.statusCode).toBe(200);
    expect(other.json().length).toBe(all.json().length);
    const refused = await t.as(cm).get('/api/case-assignments/mine?userId=USR-MANAGER');
    expect(refused.statusCode).toBe(403);
  });

  it('finds assignable users of the organization by name', async () => {
    const res = await t.as(cm).get('/api/case-assignments/users?search=morg');
    expect(res.json()).toEqual([{ id: 'USR-MANAGER', name: 'Morgan Manager', username: 'manager' }]);
    const none = await t.as(cm).get('/api/case-assignments/users?search=jordan');
    expect(none.json()).toEqual([]);
  });
});

describe('case assignments tied to an enrollment', () => {
  type Row = { userId: string; EnrollmentID: string | null; ProjectName: string | null; startDate: string };
  const list = async (pid: string) => (await t.as(cm).get(`/api/case-assignments?PersonalID=${pid}`)).json() as Row[];

  it('ties an added assignment to the enrollment chosen', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -12), size: 1 });
    const pid = h.ids[0] ?? '';
    const EnrollmentID = h.members[0]?.EnrollmentID;
    const added = await t
      .as(cm)
      .post('/api/case-assignments', { PersonalID: pid, userId: 'USR-MANAGER', EnrollmentID });
    expect(added.statusCode, added.body).toBe(201);
    expect((await list(pid)).find((a) => a.userId === 'USR-MANAGER')).toMatchObject({
      EnrollmentID,
      ProjectName: 'Hearth Rapid Re-Housing',
    });
  });

  it('moves the assignment made at intake when Edit entry moves the project start date', async () => {
    const start = addDays(today, -20);
    const h = await enrollFamily(t, cm, { EntryDate: start, size: 1 });
    const pid = h.ids[0] ?? '';
    const m = h.members[0];
    if (!m) throw new Error('no member');
    expect((await list(pid)).find((a) => a.userId === 'USR-CM')?.startDate).toBe(start);
    const moved = addDays(today, -15);
    const res = await t.as(cm).put(`/api/enrollments/${m.EnrollmentID}/entry`, {
      members: [{ EnrollmentID: m.EnrollmentID, version: m.version, EntryDate: moved }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await list(pid)).find((a) => a.userId === 'USR-CM')?.startDate).toBe(moved);
  });
});
