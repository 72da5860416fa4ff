// Referrals from the queue and Incoming Housing Referrals: CAS staff refer, the provider records
// the outcome (with or without an intake), and HUD's Event row carries the result.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { casReferralTable, enrollmentTable, eventTable } from '../../db/schema/index.ts';
import { EventType, ReferralResult } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { adultEntryAnswers, childEntryAnswers } from '../enrollments/fixtures.test-support.ts';
import { hudToday } from '../http/ids.ts';
import { type CasFamily, casIntake } from './cas.test-support.ts';

let t: TestApp;
let access: string;
let cas: string;
let provider: string; // casemanager: Hearth Housing Partners (PSH, RRH, TH, ES), its CAS contact
let otherProvider: string; // casemanager2: Open Door Outreach
const start = addDays(hudToday(), -30);

beforeAll(async () => {
  t = await createTestApp();
  access = await t.login('accesspoint');
  cas = await t.login('casadmin');
  provider = await t.login('casemanager');
  otherProvider = await t.login('casemanager2');
});
afterAll(() => t.close());

const refer = (cookie: string, f: CasFamily, body: Record<string, unknown> = {}) =>
  t.as(cookie).post('/api/cas/referrals', { EnrollmentID: f.EnrollmentID, ProjectID: 'PRJ-PSH', ...body });

describe('referring a household on the queue', () => {
  it('writes a 4.20 referral to the PSH opening, naming the project, for CAS staff only', async () => {
    const f = await casIntake(t, access, { EntryDate: start });
    expect((await refer(access, f)).statusCode).toBe(403);
    const res = await refer(cas, f, { EventDate: addDays(start, 5), comment: 'Unit 4B opens on the 1st' });
    expect(res.statusCode).toBe(201);
    const [e] = await t.database.db.select().from(eventTable).where(eq(eventTable.EventID, res.json().id));
    expect(e).toMatchObject({
      EnrollmentID: f.EnrollmentID,
      PersonalID: f.hoh,
      EventDate: addDays(start, 5),
      Event: EventType.PshOpening,
      LocationCrisisOrPHHousing: 'Hearth Permanent Supportive Housing',
      ReferralResult: null,
      ResultDate: null,
    });
    const [r] = await t.database.db.select().from(casReferralTable).where(eq(casReferralTable.eventId, res.json().id));
    expect(r).toMatchObject({ projectId: 'PRJ-PSH', referredBy: 'USR-CASADMIN', providerResult: null });
    // While it awaits a result, the caseload's Document Check counts what a PSH referral needs.
    const mine: { PersonalID: string; documentCheck: { required: number; missing: string[] } }[] = (
      await t.as(access).get('/api/cas/cases/mine')
    ).json().items;
    expect(mine.find((c) => c.PersonalID === f.hoh)?.documentCheck).toEqual({
      ready: 0,
      required: 5,
      missing: [
        'Photo ID',
        'Social Security card',
        'Income verification',
        'Disability verification',
        'Homelessness verification',
      ],
    });
    // A second referral to the same project while the first awaits its result is refused.
    const again = await refer(cas, f);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.ProjectID).toMatch(/still awaiting a result/);
  });

  it('makes one referral of two sent at once to the same project; the other is refused', async () => {
    const f = await casIntake(t, access, { EntryDate: start, lastName: 'Twice' });
    const results = await Promise.all([refer(cas, f), refer(cas, f)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    const made = await t.database.db
      .select()
      .from(casReferralTable)
      .innerJoin(eventTable, eq(eventTable.EventID, casReferralTable.eventId))
      .where(eq(eventTable.EnrollmentID, f.EnrollmentID));
    expect(made).toHaveLength(1);
  });

  it('refuses a referral dated before the CAS enrollment, to a project not taking referrals, or of a household not on the queue', async () => {
    const f = await casIntake(t, access, { EntryDate: start });
    const early = await refer(cas, f, { EventDate: addDays(start, -1) });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.EventDate).toMatch(/before the CAS enrollment/);
    const notReceiving = await refer(cas, f, { ProjectID: 'PRJ-SO' });
    expect(notReceiving.json().error.fields.ProjectID).toMatch(/does not receive CE referrals/);
    const vsp = await refer(cas, f, { ProjectID: 'PRJ-DV' });
    expect(vsp.statusCode).toBe(400);
    expect(vsp.json().error.fields.ProjectID).toMatch(/victim service provider/);
    const diverted = await casIntake(t, access, {
      EntryDate: start,
      cas: { decision: { outcome: 'diverted', ProbSolDivRRResult: 1 } },
    });
    const notQueued = await refer(cas, diverted);
    expect(notQueued.json().error.fields.EnrollmentID).toMatch(/not on the queue/);
    expect(await t.database.db.select().from(eventTable).where(eq(eventTable.EnrollmentID, f.EnrollmentID))).toEqual(
      [],
    );
  });
});

describe('Incoming Housing Referrals', () => {
  let f: CasFamily;
  let eventId: string;
  beforeAll(async () => {
    f = await casIntake(t, access, { EntryDate: start, withChild: true, lastName: 'Incoming' });
    eventId = (await refer(cas, f, { EventDate: addDays(start, 2) })).json().id;
  });

  it("lists the referral for the provider's users, with the household to enroll; not for another provider", async () => {
    const mine = await t.as(provider).get('/api/cas/referrals/incoming?projectId=PRJ-PSH');
    expect(mine.statusCode).toBe(200);
    const row = mine.json().items.find((r: { EventID: string }) => r.EventID === eventId);
    expect(row).toMatchObject({
      PersonalID: f.hoh,
      ProjectName: 'Hearth Permanent Supportive Housing',
      referredBy: 'Cameron Coordinator',
      daysWaiting: 28,
      ReferralResult: null,
      casCaseManagers: ['Alex Access'],
    });
    expect(row.members.map((m: { PersonalID: string }) => m.PersonalID)).toEqual([f.hoh, f.child]);
    const other = await t.as(otherProvider).get('/api/cas/referrals/incoming');
    expect(other.json().items.some((r: { EventID: string }) => r.EventID === eventId)).toBe(false);
    const done = await t.as(provider).get('/api/cas/referrals/incoming?result=1');
    expect(done.json().items.some((r: { EventID: string }) => r.EventID === eventId)).toBe(false);
  });

  it('refuses an outcome from another provider, one that contradicts itself, or dated before the referral', async () => {
    const body = { version: 1, providerResult: 'rejected', ReferralResult: 3, ResultDate: addDays(start, 3) };
    const other = await t.as(otherProvider).post(`/api/cas/referrals/${eventId}/outcome`, body);
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields.ProjectID).toMatch(/recorded by that provider/);
    const contradicts = await t
      .as(provider)
      .post(`/api/cas/referrals/${eventId}/outcome`, { ...body, providerResult: 'enrolled' });
    expect(contradicts.json().error.fields.ReferralResult).toMatch(/successful referral/);
    const early = await t
      .as(provider)
      .post(`/api/cas/referrals/${eventId}/outcome`, { ...body, ResultDate: addDays(start, 1) });
    expect(early.json().error.fields.ResultDate).toMatch(/before the referral/);
    const [e] = await t.database.db.select().from(eventTable).where(eq(eventTable.EventID, eventId));
    expect(e?.ReferralResult).toBeNull();
  });

  it('refuses a referral result on an event that is not a referral', async () => {
    const diverted = await casIntake(t, access, {
      EntryDate: start,
      cas: { decision: { outcome: 'diverted', ProbSolDivRRResult: 1 } },
    });
    const [e] = await t.database.db.select().from(eventTable).where(eq(eventTable.EnrollmentID, diverted.EnrollmentID));
    const res = await t.as(provider).post(`/api/cas/referrals/${e?.EventID}/outcome`, {
      version: 1,
      providerResult: 'enrolled',
      ReferralResult: 1,
      ResultDate: hudToday(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.ReferralResult).toMatch(/needs a referral/);
    const edit = await t.as(access).put(`/api/cas/events/${e?.EventID}`, {
      version: 1,
      EventDate: e?.EventDate,
      Event: EventType.ProblemSolvingDiversion,
      ProbSolDivRRResult: 1,
      ReferralResult: 1,
      ResultDate: hudToday(),
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.fields.ReferralResult).toMatch(/needs a referral/);
    expect(
      (
        await t.as(provider).post('/api/cas/referrals/nope/outcome', {
          version: 1,
          providerResult: 'enrolled',
          ReferralResult: 1,
          ResultDate: hudToday(),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('starts the intake from the referral: enrolls the household and records "successful: client accepted"', async () => {
    const intake = {
      ProjectID: 'PRJ-PSH',
      EntryDate: addDays(start, 10),
      members: [
        { PersonalID: f.hoh, RelationshipToHoH: 1, assessment: adultEntryAnswers() },
        { PersonalID: f.child, RelationshipToHoH: 2, assessment: childEntryAnswers() },
      ],
    };
    const wrongProject = await t.as(provider).post('/api/cas/referrals/intake', {
      ...intake,
      ProjectID: 'PRJ-RRH',
      referral: { EventID: eventId, version: 1 },
    });
    expect(wrongProject.statusCode).toBe(400);
    expect(wrongProject.json().error.fields.ProjectID).toMatch(/referred to Hearth Permanent Supportive Housing/);
    const res = await t
      .as(provider)
      .post('/api/cas/referrals/intake', { ...intake, referral: { EventID: eventId, version: 1 } });
    expect(res.statusCode, res.body).toBe(201);
    const enrollmentId = res.json().EnrollmentID;
    const [e] = await t.database.db.select().from(eventTable).where(eq(eventTable.EventID, eventId));
    expect(e).toMatchObject({
      ReferralResult: ReferralResult.SuccessfulClientAccepted,
      ResultDate: addDays(start, 10),
      version: 2,
    });
    const [r] = await t.database.db.select().from(casReferralTable).where(eq(casReferralTable.eventId, eventId));
    expect(r).toMatchObject({ providerResult: 'enrolled', resultEnrollmentId: enrollmentId, resultBy: 'USR-CM' });
    const [enrolled] = await t.database.db
      .select()
      .from(enrollmentTable)
      .where(eq(enrollmentTable.EnrollmentID, enrollmentId));
    expect(enrolled).toMatchObject({ ProjectID: 'PRJ-PSH', PersonalID: f.hoh });
    // The result is recorded once: a second intake from it is refused.
    const again = await t
      .as(provider)
      .post('/api/cas/referrals/intake', { ...intake, referral: { EventID: eventId, version: 2 } });
    expect(again.statusCode).toBe(409);
  });

  it('records an outcome without intake and shows it under its result', async () => {
    const g = await casIntake(t, access, { EntryDate: start, lastName: 'Declined' });
    const id = (await refer(cas, g, { ProjectID: 'PRJ-RRH' })).json().id;
    const res = await t.as(provider).post(`/api/cas/referrals/${id}/outcome`, {
      version: 1,
      providerResult: 'no_show',
      ReferralResult: ReferralResult.UnsuccessfulClientRejected,
      ResultDate: hudToday(),
      comment: 'Three calls, no answer',
    });
    expect(res.statusCode, res.body).toBe(200);
    const stale = await t.as(provider).post(`/api/cas/referrals/${id}/outcome`, {
      version: 1,
      providerResult: 'rejected',
      ReferralResult: ReferralResult.UnsuccessfulProviderRejected,
      ResultDate: hudToday(),
    });
    expect(stale.statusCode).toBe(409);
    const list = await t.as(provider).get('/api/cas/referrals/incoming?result=2');
    expect(list.json().items.find((r: { EventID: string }) => r.EventID === id)).toMatchObject({
      providerResult: 'no_show',
      ReferralResult: 2,
      resultComment: 'Three calls, no answer',
      daysWaiting: null,
    });
  });
});
