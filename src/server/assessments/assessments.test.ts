import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { enrollmentTable, incomeBenefitsTable } from '../../db/schema/index.ts';
import { DataCollectionStage } from '../../hud/codes.ts';
import { addDays, addYears } from '../../hud/rules/dates.ts';
import { enrollFamily } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const today = hudToday();
const income = (amount: number) => ({
  IncomeBenefits: {
    IncomeFromAnySource: 1,
    EarnedAmount: amount,
    BenefitsFromAnySource: 0,
    InsuranceFromAnySource: 1,
    Medicaid: 1,
  },
});
const insurance = { IncomeBenefits: { InsuranceFromAnySource: 1, Medicaid: 1 } };

describe('update and annual assessments', () => {
  it('records an update for the household on one date, and refuses a second one on the same date', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -60) });
    const date = addDays(today, -5);
    const body = {
      DataCollectionStage: DataCollectionStage.Update,
      InformationDate: date,
      members: h.members.map((m, i) => ({
        EnrollmentID: m.EnrollmentID,
        version: m.version,
        assessment: i < 2 ? income(1200) : insurance,
      })),
    };
    const res = await t.as(cm).post(`/api/enrollments/${h.members[0]?.EnrollmentID}/assessments`, body);
    expect(res.statusCode, res.body).toBe(201);
    const updates = await t.database.db
      .select()
      .from(incomeBenefitsTable)
      .where(
        and(
          eq(incomeBenefitsTable.DataCollectionStage, DataCollectionStage.Update),
          eq(incomeBenefitsTable.PersonalID, h.ids[0] ?? ''),
        ),
      );
    expect(updates).toMatchObject([{ InformationDate: date, EarnedAmount: '1200.00' }]);
    const again = await t.as(cm).post(`/api/enrollments/${h.members[0]?.EnrollmentID}/assessments`, {
      ...body,
      members: body.members.map((m) => ({ ...m, version: m.version + 1 })),
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields['members.0.InformationDate']).toMatch(/already has an update assessment dated/);
  });

  it('accepts an annual inside the window and refuses one outside it with a message naming the window', async () => {
    const entry = addYears(today, -1);
    const h = await enrollFamily(t, cm, { EntryDate: entry, size: 1 });
    const m = h.members[0];
    if (!m) throw new Error('no member');
    const post = (InformationDate: string, version: number) =>
      t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/assessments`, {
        DataCollectionStage: DataCollectionStage.Annual,
        InformationDate,
        members: [{ EnrollmentID: m.EnrollmentID, version, assessment: income(900) }],
      });
    const outside = await post(addDays(today, -45), m.version);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields.InformationDate).toBe(
      `An annual assessment must be dated within 30 days before or after an anniversary of the project start date (${entry}). ${addDays(today, -45)} is outside every window; the nearest is ${addDays(today, -30)} to ${addDays(today, 30)} (anniversary ${today}).`,
    );
    const inside = await post(addDays(today, -10), m.version);
    expect(inside.statusCode, inside.body).toBe(201);
    const twice = await post(today, m.version + 1);
    expect(twice.json().error.fields['members.0.InformationDate']).toMatch(
      /already has the annual assessment for this year/,
    );
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -30), size: 1 });
    const m = h.members[0];
    if (!m) throw new Error('no member');
    const body = (version: number, date: string) => ({
      DataCollectionStage: DataCollectionStage.Update,
      InformationDate: date,
      members: [{ EnrollmentID: m.EnrollmentID, version, assessment: income(100) }],
    });
    expect(
      (await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/assessments`, body(m.version, addDays(today, -2))))
        .statusCode,
    ).toBe(201);
    const stale = await t
      .as(cm)
      .post(`/api/enrollments/${m.EnrollmentID}/assessments`, body(m.version, addDays(today, -1)));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const rows = await t.database.db.$count(
      incomeBenefitsTable,
      and(
        eq(incomeBenefitsTable.EnrollmentID, m.EnrollmentID),
        eq(incomeBenefitsTable.InformationDate, addDays(today, -1)),
      ),
    );
    expect(rows).toBe(0);
  });

  it('edits an existing update, and serves the latest answers for "default from last assessment"', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -40), size: 1 });
    const m = h.members[0];
    if (!m) throw new Error('no member');
    const date = addDays(today, -3);
    await t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/assessments`, {
      DataCollectionStage: DataCollectionStage.Update,
      InformationDate: date,
      members: [{ EnrollmentID: m.EnrollmentID, version: m.version, assessment: income(400) }],
    });
    const latest = await t.as(cm).get(`/api/enrollments/${m.EnrollmentID}/answers?latest=true`);
    expect(latest.statusCode).toBe(200);
    expect(latest.json().members[0].assessment.IncomeBenefits).toMatchObject({ EarnedAmount: 400, Medicaid: 1 });
    expect(latest.json().members[0].assessment.IncomeBenefits).not.toHaveProperty('InformationDate');
    expect(latest.json().members[0].assessment.Disabilities).toHaveLength(6);
    const edited = await t.as(cm).put(`/api/enrollments/${m.EnrollmentID}/assessments/2/${date}`, {
      InformationDate: addDays(today, -2),
      members: [
        { EnrollmentID: m.EnrollmentID, version: m.version + 1, assessment: { IncomeBenefits: { EarnedAmount: 450 } } },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stored = await t.as(cm).get(`/api/enrollments/${m.EnrollmentID}/answers?stage=2&date=${addDays(today, -2)}`);
    expect(stored.json().members[0].assessment.IncomeBenefits).toMatchObject({
      EarnedAmount: 450,
      TotalMonthlyIncome: 450,
    });
  });

  it('refuses an update that answers nothing for a member, naming them, and writes nothing', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -30), size: 2 });
    const [head, spouse] = h.members;
    if (!head || !spouse) throw new Error('no household');
    const before = await t.database.db.$count(incomeBenefitsTable);
    const res = await t.as(cm).post(`/api/enrollments/${head.EnrollmentID}/assessments`, {
      DataCollectionStage: DataCollectionStage.Update,
      InformationDate: today,
      members: [
        { EnrollmentID: head.EnrollmentID, version: head.version, assessment: income(300) },
        { EnrollmentID: spouse.EnrollmentID, version: spouse.version, assessment: {} },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields['members.1.assessment']).toMatch(/^Max Park: nothing is answered in this update/);
    expect(res.json().error.fields['members.0.assessment']).toBeUndefined();
    expect(await t.database.db.$count(incomeBenefitsTable)).toBe(before);
  });

  it('records a move-in date at an update, but refuses a prior living situation there', async () => {
    const h = await enrollFamily(t, cm, { EntryDate: addDays(today, -40), size: 2 });
    const m = h.members[0];
    if (!m) throw new Error('no member');
    const post = (Enrollment: Record<string, unknown>) =>
      t.as(cm).post(`/api/enrollments/${m.EnrollmentID}/assessments`, {
        DataCollectionStage: DataCollectionStage.Update,
        InformationDate: addDays(today, -1),
        members: [{ EnrollmentID: m.EnrollmentID, version: m.version, assessment: { ...income(10), Enrollment } }],
      });
    const refused = await post({ LivingSituation: 101 });
    expect(refused.json().error.fields['members.0.Enrollment.LivingSituation']).toMatch(/recorded at project start/);
    const ok = await post({ MoveInDate: addDays(today, -1) });
    expect(ok.statusCode, ok.body).toBe(201);
    const [e] = await t.database.db
      .select()
      .from(enrollmentTable)
      .where(eq(enrollmentTable.EnrollmentID, m.EnrollmentID));
    expect(e?.MoveInDate).toBe(addDays(today, -1));
    // The household moves in together.
    const spouse = h.members[1]?.EnrollmentID ?? '';
    const [s2] = await t.database.db.select().from(enrollmentTable).where(eq(enrollmentTable.EnrollmentID, spouse));
    expect(s2?.MoveInDate).toBe(addDays(today, -1));
  });
});
