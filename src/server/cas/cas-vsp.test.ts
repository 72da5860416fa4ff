// A victim service provider's household never appears outside it: once the head of household
// also stays at Safe Harbor's shelter, every CAS route answers its IDs exactly like IDs that do
// not exist, for the access point, CAS staff and the housing provider, and writes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  assessmentTable,
  caseAssignmentTable,
  enrollmentTable,
  eventTable,
  notificationTable,
} from '../../db/schema/index.ts';
import { EventType, PrioritizationStatus, ReferralResult } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { adultEntryAnswers } from '../enrollments/fixtures.test-support.ts';
import { hudNow, hudToday } from '../http/ids.ts';
import { type CasFamily, casIntake, demoAssessment } from './cas.test-support.ts';

let t: TestApp;
let cookies: Record<string, string>;
let f: CasFamily;
let referralId: string;
let eventId: string;
let tieId: string;
let notices: { id: string; userId: string }[] = [];
const today = hudToday();
const MISSING = 'NO-SUCH-ID';

beforeAll(async () => {
  t = await createTestApp();
  cookies = {
    access: await t.login('accesspoint'),
    cas: await t.login('casadmin'),
    provider: await t.login('casemanager'),
  };
  f = await casIntake(t, cookies.access as string, { EntryDate: addDays(today, -10), lastName: 'Hidden' });
  const referral = await t
    .as(cookies.cas as string)
    .post('/api/cas/referrals', { EnrollmentID: f.EnrollmentID, ProjectID: 'PRJ-PSH' });
  referralId = referral.json().id;
  const event = await t
    .as(cookies.access as string)
    .post(`/api/cas/households/${f.EnrollmentID}/events`, { EventDate: today, Event: EventType.HousingNavigation });
  eventId = event.json().id;
  const ties = await t.as(cookies.access as string).get(`/api/clients/${f.hoh}/area-ties`);
  tieId = ties.json()[0].id;
  if (!referralId || !eventId || !tieId) throw new Error('set-up failed');
  // Every list shows the household until Safe Harbor serves it, and so do the notices about it.
  for (const [who, url] of LISTS) if (!(await listed(who, url)).includes(f.hoh)) throw new Error(`not on ${url}`);
  notices = (await t.database.db.select().from(notificationTable).where(eq(notificationTable.personalId, f.hoh))).map(
    (n) => ({ id: n.id, userId: n.userId }),
  );
  const shown = await t.as(cookies.provider as string).get('/api/notifications');
  if (!notices.some((n) => shown.json().items.some((i: { id: string }) => i.id === n.id)))
    throw new Error("the provider's referral notice is not listed");
  const now = hudNow();
  await t.database.db.insert(enrollmentTable).values({
    EnrollmentID: 'VSP-WALK-1',
    PersonalID: f.hoh,
    ProjectID: 'PRJ-DV',
    EntryDate: addDays(today, -2),
    HouseholdID: 'VSP-WALK-HH',
    RelationshipToHoH: 1,
    DisablingCondition: 99,
    DateCreated: now,
    DateUpdated: now,
    UserID: 'demo-system',
  });
});
afterAll(() => t.close());

const LISTS = [
  ['access', '/api/cas/cases/mine'],
  ['access', '/api/cas/cases/agency'],
  ['cas', '/api/cas/prioritization-list?status=all'],
  ['provider', '/api/cas/referrals/incoming?result=all'],
] as const;

async function listed(who: string, url: string): Promise<string[]> {
  const res = await t.as(cookies[who] as string).get(url);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return body.items.map((r: { PersonalID: string }) => r.PersonalID);
}

type Call = { method: 'get' | 'post' | 'put' | 'delete'; url: (id: string) => string; body?: (id: string) => unknown };

/** Each route with the hidden household's ID put in by `url`/`body`; MISSING stands for one that does not exist. */
const calls = (): Record<string, Call> => ({
  household: { method: 'get', url: (id) => `/api/cas/households/${id === MISSING ? id : f.EnrollmentID}` },
  assessment: {
    method: 'post',
    url: (id) => `/api/cas/households/${id === MISSING ? id : f.EnrollmentID}/assessments`,
    body: () => ({ ...demoAssessment(today), PrioritizationStatus: PrioritizationStatus.Placed }),
  },
  event: {
    method: 'post',
    url: (id) => `/api/cas/households/${id === MISSING ? id : f.EnrollmentID}/events`,
    body: () => ({ EventDate: today, Event: EventType.HousingNavigation }),
  },
  'edit event': {
    method: 'put',
    url: (id) => `/api/cas/events/${id === MISSING ? id : eventId}`,
    body: () => ({ EventDate: today, Event: EventType.HousingNavigation, version: 1 }),
  },
  reassign: {
    method: 'post',
    url: (id) => `/api/cas/households/${id === MISSING ? id : f.EnrollmentID}/case-manager`,
    body: () => ({ userId: 'USR-CASADMIN' }),
  },
  'area ties': { method: 'get', url: (id) => `/api/clients/${id === MISSING ? id : f.hoh}/area-ties` },
  'add area tie': {
    method: 'post',
    url: (id) => `/api/clients/${id === MISSING ? id : f.hoh}/area-ties`,
    body: () => ({ areaId: 'AREA-01', tieKind: 'work' }),
  },
  'remove area tie': {
    method: 'delete',
    url: (id) => `/api/clients/${id === MISSING ? id : f.hoh}/area-ties/${id === MISSING ? id : tieId}`,
  },
  refer: {
    method: 'post',
    url: () => '/api/cas/referrals',
    body: (id) => ({ EnrollmentID: id === MISSING ? id : f.EnrollmentID, ProjectID: 'PRJ-RRH' }),
  },
  outcome: {
    method: 'post',
    url: (id) => `/api/cas/referrals/${id === MISSING ? id : referralId}/outcome`,
    body: () => ({
      version: 1,
      providerResult: 'rejected',
      ReferralResult: ReferralResult.UnsuccessfulProviderRejected,
      ResultDate: today,
    }),
  },
});

async function send(cookie: string, c: Call, id: string) {
  const as = t.as(cookie);
  const url = c.url(id);
  if (c.method === 'get') return as.get(url);
  if (c.method === 'delete') return as.delete(url);
  return as[c.method](url, c.body?.(id) ?? {});
}

describe("a victim service provider's household in CAS", () => {
  for (const who of ['access', 'cas', 'provider'] as const) {
    it(`answers every CAS route like a missing record for the ${who} user (404, or 403 before any look-up)`, async () => {
      const cookie = cookies[who] as string;
      for (const [name, c] of Object.entries(calls())) {
        const hidden = await send(cookie, c, 'hidden');
        const missing = await send(cookie, c, MISSING);
        // Routes for CAS staff only refuse others (403) before looking anything up.
        expect([403, 404], `${name}: ${hidden.body}`).toContain(hidden.statusCode);
        expect(hidden.statusCode, name).toBe(missing.statusCode);
        expect(hidden.json(), name).toEqual(missing.json());
      }
    });
  }

  it('starting the intake from its referral is 404 too, and nothing was written', async () => {
    const res = await t.as(cookies.provider as string).post('/api/cas/referrals/intake', {
      ProjectID: 'PRJ-PSH',
      EntryDate: today,
      members: [{ PersonalID: f.hoh, RelationshipToHoH: 1, assessment: adultEntryAnswers() }],
      referral: { EventID: referralId, version: 1 },
    });
    expect(res.statusCode, res.body).toBe(404);
    const events = await t.database.db.select().from(eventTable).where(eq(eventTable.EnrollmentID, f.EnrollmentID));
    expect(events.map((e) => [e.EventID, e.ReferralResult]).sort()).toEqual(
      [
        [referralId, null],
        [eventId, null],
      ].sort(),
    );
    expect(
      await t.database.db.select().from(assessmentTable).where(eq(assessmentTable.EnrollmentID, f.EnrollmentID)),
    ).toHaveLength(1);
    const managers = await t.database.db
      .select()
      .from(caseAssignmentTable)
      .where(eq(caseAssignmentTable.personalId, f.hoh));
    expect(managers.map((m) => m.userId)).toEqual(['USR-ACCESS']);
  });

  it('is on no CAS list outside it', async () => {
    for (const [who, url] of LISTS) expect(await listed(who, url), url).not.toContain(f.hoh);
  });
});

describe('notices about the household from before Safe Harbor served it', () => {
  it('no longer show outside Safe Harbor: not listed, not counted, and unknown by ID', async () => {
    const provider = cookies.provider as string;
    const mine = notices.filter((n) => n.userId === 'USR-CM');
    expect(mine.length).toBeGreaterThan(0);
    const list = (await t.as(provider).get('/api/notifications')).json();
    const ids = list.items.map((i: { id: string }) => i.id);
    for (const n of mine) {
      expect(ids).not.toContain(n.id);
      expect((await t.as(provider).get(`/api/notifications/${n.id}`)).statusCode).toBe(404);
      const dismissed = await t.as(provider).post('/api/notifications/dismiss-all', { ids: [n.id] });
      expect(dismissed.statusCode).toBe(404);
    }
    expect(JSON.stringify(list)).not.toContain(f.hoh);
    const summary = (await t.as(provider).get('/api/notifications/summary')).json();
    expect(summary.unread).toBe(list.items.filter((i: { state: string }) => i.state === 'new').length);
  });
});
