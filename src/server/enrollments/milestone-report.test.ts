import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { addClient, adultEntryAnswers, bornYearsAgo, childEntryAnswers } from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
const today = hudToday();
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

describe('Client Milestone Age Status report', () => {
  it('lists clients turning 18 in the range while enrolled, with the adult elements and the workflow for each', async () => {
    const parent = await addClient(t.database, { FirstName: 'Di', LastName: 'Cole', DOB: bornYearsAgo(45) });
    const teen = await addClient(t.database, {
      FirstName: 'Eli',
      LastName: 'Cole',
      DOB: addDays(addYears(today, -18), 5),
    });
    const young = await addClient(t.database, { FirstName: 'Fay', LastName: 'Cole', DOB: bornYearsAgo(12) });
    const res = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-RRH',
      EntryDate: addDays(today, -30),
      members: [
        { PersonalID: parent, RelationshipToHoH: 1, assessment: adultEntryAnswers() },
        { PersonalID: teen, RelationshipToHoH: 2, assessment: childEntryAnswers() },
        { PersonalID: young, RelationshipToHoH: 2, assessment: childEntryAnswers() },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const report = await t.as(cm).get(`/api/reports/client-milestone-age?from=${today}&to=${addDays(today, 30)}`);
    expect(report.statusCode).toBe(200);
    const rows = report.json().items;
    expect(rows.map((r: { PersonalID: string }) => r.PersonalID)).toEqual([teen]);
    expect(rows[0].turns18On).toBe(addDays(today, -5 + 10));
    const elements = Object.fromEntries(
      rows[0].elements.map((e: { element: string; workflow: string }) => [e.element, e.workflow]),
    );
    expect(elements).toMatchObject({ '3.07': 'edit-entry', '3.917': 'edit-entry', '4.02': 'update', '4.03': 'update' });
    // Dates of birth are masked as on every other screen; data quality officers see them in full.
    const dob = addDays(addYears(today, -18), 5);
    expect(rows[0].DOB).toBe(`**/**/${dob.slice(0, 4)}`);
    const dqo = await t.login('dqo');
    const full = await t.as(dqo).get(`/api/reports/client-milestone-age?from=${today}&to=${addDays(today, 30)}`);
    expect(full.json().items[0].DOB).toBe(dob);
    // The report is a read of every client it lists.
    const admin = await t.login('admin');
    const audit = await t.as(admin).get(`/api/admin/audit?clientId=${teen}&action=client.read&userId=USR-CM`);
    expect(audit.json().items.map((r: { detail: { view: string } }) => r.detail.view)).toContain(
      'report:client-milestone-age',
    );
    const before = await t
      .as(cm)
      .get(`/api/reports/client-milestone-age?from=${addDays(today, -60)}&to=${addDays(today, -31)}`);
    expect(before.json().items).toEqual([]);
  });
});
