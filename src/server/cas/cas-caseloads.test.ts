// My and Agency CAS Active Cases, reassignment, and the prioritization list: who sees which
// households, in what order, and that every list audits the clients it shows.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, caseAssignmentTable, enrollmentTable } from '../../db/schema/index.ts';
import { PrioritizationStatus } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudNow, hudToday } from '../http/ids.ts';
import { type CasFamily, casIntake, demoAnswers, demoAssessment } from './cas.test-support.ts';

let t: TestApp;
let access: string;
let cas: string;
let ceManager: string;
let provider: string;
let high: CasFamily;
let low: CasFamily;
let family: CasFamily;
const today = hudToday();

type Row = { PersonalID: string; EnrollmentID: string; [k: string]: unknown };
const ids = (rows: Row[]) => rows.map((r) => r.PersonalID);

beforeAll(async () => {
  t = await createTestApp();
  access = await t.login('accesspoint');
  cas = await t.login('casadmin');
  ceManager = await t.login('cemanager');
  provider = await t.login('casemanager');
  // Three households on the queue: scores 8 (older enrollment), 2, and a family scoring 8 (newer).
  high = await casIntake(t, access, { EntryDate: addDays(today, -60), lastName: 'High' });
  const lowAnswers = demoAnswers().map((a) => ({
    ...a,
    value: (a.value ?? '').replace(/-\d$/, a.questionId === 'sleep' ? '-4' : '-2'),
  }));
  low = await casIntake(t, access, {
    EntryDate: addDays(today, -90),
    lastName: 'Low',
    cas: {
      areaTies: [{ areaId: 'AREA-05', tieKind: 'work' }],
      assessment: demoAssessment(
        addDays(today, -90),
        lowAnswers.map((a) => (a.questionId === 'notes' ? { ...a, value: null } : a)),
      ),
      decision: { outcome: 'queue' },
    },
  });
  family = await casIntake(t, access, { EntryDate: addDays(today, -10), lastName: 'Family', withChild: true });
});
afterAll(() => t.close());

describe('My CAS Active Cases', () => {
  it("lists the intake user's households with assessment, score, status, ties, last contact", async () => {
    const res = await t.as(access).get('/api/cas/cases/mine');
    expect(res.statusCode).toBe(200);
    const rows: Row[] = res.json().items;
    expect(res.json().total).toBe(3);
    expect(ids(rows).sort()).toEqual([high.hoh, low.hoh, family.hoh].sort());
    expect(rows.find((r) => r.PersonalID === family.hoh)).toMatchObject({
      EnrollmentID: family.EnrollmentID,
      householdSize: 2,
      ProjectName: 'Coordinated Entry Access Point',
      EntryDate: addDays(today, -10),
      daysActive: 10,
      caseManagers: [{ userId: 'USR-ACCESS', name: 'Alex Access' }],
      AssessmentDate: addDays(today, -10),
      score: '8',
      band: 'Medium',
      PrioritizationStatus: PrioritizationStatus.Placed,
      areaTies: [{ areaId: 'AREA-02', name: 'East Dallas', tieKind: 'family' }],
      referralsAwaiting: 0,
      documentCheck: { ready: 0, required: 2, missing: ['Photo ID', 'Homelessness verification'] },
      lastContact: addDays(today, -10),
      daysSinceContact: 10,
    });
    expect(rows.find((r) => r.PersonalID === low.hoh)).toMatchObject({ score: '2', band: 'Low' });
    // Another user's caseload is theirs alone.
    expect((await t.as(cas).get('/api/cas/cases/mine')).json()).toEqual({ items: [], total: 0 });
    const audit = await t.database.db
      .select()
      .from(auditEventTable)
      .where(and(eq(auditEventTable.action, 'client.read'), eq(auditEventTable.userId, 'USR-ACCESS')));
    expect(
      audit.filter((a) => (a.detail as { view?: string })?.view === 'my CAS active cases').map((a) => a.clientId),
    ).toEqual(expect.arrayContaining([high.hoh, low.hoh, family.hoh]));
  });
});

describe('Agency CAS Active Cases and reassignment', () => {
  it('shows every case of the access point to its users; not to another agency', async () => {
    const agency: Row[] = (await t.as(ceManager).get('/api/cas/cases/agency')).json().items;
    expect(ids(agency)).toEqual(expect.arrayContaining([high.hoh, low.hoh, family.hoh]));
    const elsewhere: Row[] = (await t.as(provider).get('/api/cas/cases/agency')).json().items;
    expect(ids(elsewhere)).not.toContain(high.hoh);
  });

  it('lets the program manager reassign a case to another access point user, for every member', async () => {
    expect(
      (await t.as(access).post(`/api/cas/households/${family.EnrollmentID}/case-manager`, { userId: 'USR-CASADMIN' }))
        .statusCode,
    ).toBe(403);
    const notThere = await t
      .as(ceManager)
      .post(`/api/cas/households/${family.EnrollmentID}/case-manager`, { userId: 'USR-CM' });
    expect(notThere.statusCode).toBe(400);
    expect(notThere.json().error.fields.userId).toMatch(/access to Coordinated Entry Hub/);
    const res = await t
      .as(ceManager)
      .post(`/api/cas/households/${family.EnrollmentID}/case-manager`, { userId: 'USR-CASADMIN' });
    expect(res.statusCode, res.body).toBe(200);
    const active = await t.database.db
      .select()
      .from(caseAssignmentTable)
      .where(and(eq(caseAssignmentTable.personalId, family.child ?? '')));
    expect(active.map((a) => [a.userId, a.endDate === null])).toEqual(
      expect.arrayContaining([
        ['USR-ACCESS', false],
        ['USR-CASADMIN', true],
      ]),
    );
    expect(ids((await t.as(access).get('/api/cas/cases/mine')).json().items)).not.toContain(family.hoh);
    expect(ids((await t.as(cas).get('/api/cas/cases/mine')).json().items)).toEqual([family.hoh]);
  });
});

describe('reassigning on the Case Managers page', () => {
  it('makes the new case manager the CAS case manager once the old assignment ends', async () => {
    const added = await t.as(access).post('/api/case-assignments', { PersonalID: low.hoh, userId: 'USR-CEMANAGER' });
    expect(added.statusCode, added.body).toBe(201);
    expect(ids((await t.as(ceManager).get('/api/cas/cases/mine')).json().items)).toEqual([low.hoh]);
    const mine = (await t.as(access).get(`/api/case-assignments?PersonalID=${low.hoh}`)).json();
    const old = mine.find((a: { userId: string; active: boolean }) => a.userId === 'USR-ACCESS' && a.active);
    expect((await t.as(access).post(`/api/case-assignments/${old.id}/end`, { version: old.version })).statusCode).toBe(
      200,
    );
    expect(ids((await t.as(access).get('/api/cas/cases/mine')).json().items)).not.toContain(low.hoh);
    const row = (await t.as(ceManager).get('/api/cas/cases/mine')).json().items[0];
    expect(row.caseManagers).toEqual([{ userId: 'USR-CEMANAGER', name: 'Quinn Lead' }]);
  });
});

describe('the prioritization list', () => {
  it('is for CAS administrators and prioritizing users only', async () => {
    expect((await t.as(access).get('/api/cas/prioritization-list')).statusCode).toBe(403);
    expect((await t.as(provider).get('/api/cas/prioritization-list')).statusCode).toBe(403);
  });

  it('orders by score, then days since CAS enrollment, and gives household type and sub-populations', async () => {
    const rows: Row[] = (await t.as(cas).get('/api/cas/prioritization-list')).json().items;
    expect(ids(rows)).toEqual([high.hoh, family.hoh, low.hoh]);
    expect(rows[1]).toMatchObject({ householdType: 'adult_child', scoreValue: 8, veteran: false, youth: false });
    expect(rows[0]).toMatchObject({ householdType: 'adults' });
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    // A household type narrows the list; each household keeps its place on the whole list.
    const families = (await t.as(cas).get('/api/cas/prioritization-list?householdType=adult_child')).json();
    expect(families).toMatchObject({ total: 1, items: [{ PersonalID: family.hoh, rank: 2 }] });
  });

  it('drops a household whose new assessment does not place it, and a household the user may not see', async () => {
    const res = await t.as(access).post(`/api/cas/households/${low.EnrollmentID}/assessments`, {
      ...demoAssessment(today),
      PrioritizationStatus: PrioritizationStatus.NotPlaced,
    });
    expect(res.statusCode, res.body).toBe(201);
    // The high scorer also stays at a victim service provider's shelter: hidden from everyone else.
    const now = hudNow();
    await t.database.db.insert(enrollmentTable).values({
      EnrollmentID: 'VSP-STAY-1',
      PersonalID: high.hoh,
      ProjectID: 'PRJ-DV',
      EntryDate: today,
      HouseholdID: 'VSP-HH-1',
      RelationshipToHoH: 1,
      DisablingCondition: 99,
      DateCreated: now,
      DateUpdated: now,
      UserID: 'demo-system',
    });
    const rows: Row[] = (await t.as(cas).get('/api/cas/prioritization-list')).json().items;
    expect(ids(rows)).toEqual([family.hoh]);
    const all: Row[] = (await t.as(cas).get('/api/cas/prioritization-list?status=all')).json().items;
    expect(ids(all)).toEqual([family.hoh, low.hoh]);
    expect(ids((await t.as(access).get('/api/cas/cases/mine')).json().items)).not.toContain(high.hoh);
    expect((await t.as(cas).get(`/api/cas/households/${high.EnrollmentID}`)).statusCode).toBe(404);
    expect(
      (await t.as(cas).post('/api/cas/referrals', { EnrollmentID: high.EnrollmentID, ProjectID: 'PRJ-PSH' }))
        .statusCode,
    ).toBe(404);
    expect((await t.as(access).get(`/api/clients/${high.hoh}/area-ties`)).statusCode).toBe(404);
  });
});

// Last: its household would otherwise appear in the lists the tests above compare.
describe('concurrent reassignments', () => {
  it('leave one active CAS case manager per member, whichever came last', async () => {
    const f = await casIntake(t, access, { EntryDate: addDays(today, -5), withChild: true, lastName: 'Race' });
    const reassign = (userId: string) =>
      t.as(ceManager).post(`/api/cas/households/${f.EnrollmentID}/case-manager`, { userId });
    const results = await Promise.all([reassign('USR-CASADMIN'), reassign('USR-CEMANAGER')]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    for (const personalId of [f.hoh, f.child ?? '']) {
      const active = await t.database.db
        .select()
        .from(caseAssignmentTable)
        .where(and(eq(caseAssignmentTable.personalId, personalId), isNull(caseAssignmentTable.endDate)));
      expect(active, personalId).toHaveLength(1);
    }
  });
});
