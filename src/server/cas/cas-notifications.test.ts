// CAS tells the people the CoC's CAS names: prioritizing users when a household is placed on the
// queue, the provider's CAS contact of a referral, the case managers and CAS administrators of a
// referral result, and the case managers when there has been no contact for the set number of days.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  casSettingsTable,
  casUserRoleTable,
  enrollmentTable,
  eventTable,
  notificationTable,
} from '../../db/schema/index.ts';
import { EventType } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudNow, hudToday } from '../http/ids.ts';
import { casIntake } from './cas.test-support.ts';
import { checkCasNoContact } from './check-cas-no-contact.ts';

let t: TestApp;
let access: string;
let cas: string;
let provider: string;

beforeAll(async () => {
  t = await createTestApp();
  access = await t.login('accesspoint');
  cas = await t.login('casadmin');
  provider = await t.login('casemanager');
});
afterAll(() => t.close());

const notices = (userId: string, kind: string, personalId: string) =>
  t.database.db
    .select()
    .from(notificationTable)
    .where(
      and(
        eq(notificationTable.userId, userId),
        eq(notificationTable.kind, kind),
        eq(notificationTable.personalId, personalId),
      ),
    );

describe('CAS notifications', () => {
  it('follows a household from the queue through a referral to its result', async () => {
    const f = await casIntake(t, access, { EntryDate: addDays(hudToday(), -4), lastName: 'Notified' });
    const queued = await notices('USR-CASADMIN', 'cas_placed_on_queue', f.hoh);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      title: "Dee Notified's household was placed on the queue",
      link: '/cas/prioritization-list',
    });
    expect(await notices('USR-CM', 'cas_placed_on_queue', f.hoh)).toEqual([]);

    const referral = await t.as(cas).post('/api/cas/referrals', { EnrollmentID: f.EnrollmentID, ProjectID: 'PRJ-PSH' });
    expect(referral.statusCode).toBe(201);
    const told = await notices('USR-CM', 'cas_referral', f.hoh);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      title: 'New referral to Hearth Permanent Supportive Housing: Dee Notified',
      organizationId: 'ORG-HHP',
      link: '/cas/incoming-referrals?projectId=PRJ-PSH',
    });
    // Open Door's CAS contact is not told of Hearth Housing Partners' referrals.
    expect(await notices('USR-CM2', 'cas_referral', f.hoh)).toEqual([]);

    const outcome = await t.as(provider).post(`/api/cas/referrals/${referral.json().id}/outcome`, {
      version: 1,
      providerResult: 'rejected',
      ReferralResult: 3,
      ResultDate: hudToday(),
    });
    expect(outcome.statusCode).toBe(200);
    for (const user of ['USR-ACCESS', 'USR-CASADMIN']) {
      const [n] = await notices(user, 'cas_referral_result', f.hoh);
      expect(n?.title).toBe(
        'Referral of Dee Notified to Hearth Permanent Supportive Housing: Unsuccessful referral: provider rejected',
      );
    }
    expect(await notices('USR-CM', 'cas_referral_result', f.hoh)).toEqual([]);
  });

  it('tells case managers of cases without contact for the set number of days, once per last contact', async () => {
    const old = await casIntake(t, access, { EntryDate: addDays(hudToday(), -12), lastName: 'Quiet' });
    const recent = await casIntake(t, access, { EntryDate: addDays(hudToday(), -2), lastName: 'Recent' });
    await t.database.db.update(casSettingsTable).set({ noContactDays: 10 });
    const deps = { database: t.database, config: t.config, storage: t.storage };
    await checkCasNoContact(deps);
    const [n] = await notices('USR-ACCESS', 'cas_no_contact', old.hoh);
    expect(n).toMatchObject({ title: `No contact with Dee Quiet since ${addDays(hudToday(), -12)}` });
    expect(await notices('USR-ACCESS', 'cas_no_contact', recent.hoh)).toEqual([]);
    await checkCasNoContact(deps);
    expect(await notices('USR-ACCESS', 'cas_no_contact', old.hoh)).toHaveLength(1);
    // A new contact (an assessment today) ends the silence: no notice for it.
    const res = await t.as(access).post(`/api/cas/households/${old.EnrollmentID}/events`, {
      EventDate: hudToday(),
      Event: EventType.HousingNavigation,
    });
    expect(res.statusCode).toBe(201);
    await checkCasNoContact(deps);
    expect(await notices('USR-ACCESS', 'cas_no_contact', old.hoh)).toHaveLength(1);
  });

  it("never brings a victim service provider's household to anyone outside it, nor refers it through HMIS", async () => {
    const f = await casIntake(t, access, { EntryDate: addDays(hudToday(), -20), lastName: 'Sheltered' });
    // The head of household also stays at Safe Harbor's shelter: visible only to Safe Harbor.
    const now = hudNow();
    await t.database.db.insert(enrollmentTable).values({
      EnrollmentID: 'VSP-NOTIFY-1',
      PersonalID: f.hoh,
      ProjectID: 'PRJ-DV',
      EntryDate: addDays(hudToday(), -3),
      HouseholdID: 'VSP-NOTIFY-HH',
      RelationshipToHoH: 1,
      DisablingCondition: 99,
      DateCreated: now,
      DateUpdated: now,
      UserID: 'demo-system',
    });
    await t.database.db.update(casSettingsTable).set({ noContactDays: 10 });
    await checkCasNoContact({ database: t.database, config: t.config, storage: t.storage });
    // Its CAS case manager works at the access point, outside Safe Harbor: not told.
    expect(await notices('USR-ACCESS', 'cas_no_contact', f.hoh)).toEqual([]);

    // A prioritizer working as Safe Harbor sees the household, but cannot send it to a provider who cannot.
    await t.database.db.insert(casUserRoleTable).values({ userId: 'USR-ADMIN', role: 'prioritizer' });
    const admin = await t.login('admin');
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
    const events = () => t.database.db.select().from(eventTable).where(eq(eventTable.EnrollmentID, f.EnrollmentID));
    const before = await events();
    const res = await t.as(admin).post('/api/cas/referrals', { EnrollmentID: f.EnrollmentID, ProjectID: 'PRJ-PSH' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.EnrollmentID).toMatch(/victim service provider.*outside HMIS/);
    expect(await events()).toEqual(before);
    expect(await notices('USR-CM', 'cas_referral', f.hoh)).toEqual([]);
  });
});
