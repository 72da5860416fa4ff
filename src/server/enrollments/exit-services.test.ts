// Services provided at exit are recorded with the exit, on the exit date, in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { Destination } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { enrollFamily } from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const BUS_PASS = 'SVC-005';
const BED_NIGHT = 'SVC-001';
const today = hudToday();
const exitBody = (m: { EnrollmentID: string; version: number }, services: unknown[], ExitDate = today) => ({
  ExitDate,
  members: [
    {
      EnrollmentID: m.EnrollmentID,
      version: m.version,
      Destination: Destination.NoExitInterviewCompleted,
      assessment: { Exit: {} },
    },
  ],
  services,
});
type Service = { serviceName: string; DateProvided: string; units: number; unitValue: number };
const services = async (pid: string) =>
  ((await t.as(cm).get(`/api/clients/${pid}/services`)).json().items as Service[]) ?? [];

describe('services provided at exit', () => {
  it('records them on the exit date with the exit', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -40), size: 1 });
    const m = h.members[0];
    if (!m) throw new Error('no member');
    const exitDate = addDays(today, -1);
    const res = await t
      .as(cm)
      .post(
        `/api/enrollments/${m.EnrollmentID}/exit`,
        exitBody(m, [{ EnrollmentID: m.EnrollmentID, serviceTypeId: BUS_PASS, units: 2, unitValue: 2.5 }], exitDate),
      );
    expect(res.statusCode, res.body).toBe(200);
    expect(await services(h.ids[0] ?? '')).toEqual([
      expect.objectContaining({ serviceName: 'Bus Pass', DateProvided: exitDate, units: 2, unitValue: 2.5 }),
    ]);
  });

  it('refuses a service for someone not exiting, or a bed night, and writes nothing', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -40), size: 2 });
    const [hoh, spouse] = h.members;
    if (!hoh || !spouse) throw new Error('no members');
    const wrong = await t.as(cm).post(`/api/enrollments/${spouse.EnrollmentID}/exit`, {
      ...exitBody(spouse, [{ EnrollmentID: hoh.EnrollmentID, serviceTypeId: BUS_PASS, units: 1 }]),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields['services.0.EnrollmentID']).toMatch(/household members who are exiting/);
    const night = await t
      .as(cm)
      .post(
        `/api/enrollments/${spouse.EnrollmentID}/exit`,
        exitBody(spouse, [{ EnrollmentID: spouse.EnrollmentID, serviceTypeId: BED_NIGHT, units: 1 }]),
      );
    expect(night.statusCode).toBe(400);
    expect(JSON.stringify(night.json().error.fields)).toMatch(/bed night|Bed nights/i);
    expect(await services(h.ids[1] ?? '')).toEqual([]);
    const still = (await t.as(cm).get(`/api/enrollments/${spouse.EnrollmentID}`)).json();
    expect(still.members.every((x: { ExitDate: string | null }) => x.ExitDate === null)).toBe(true);
  });
});
