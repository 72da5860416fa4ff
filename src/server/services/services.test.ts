import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { auditEventTable, servicesTable, serviceTable } from '../../db/schema/index.ts';
import { FundingSource, RecordType } from '../../hud/codes.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { prepareServices } from './prepare-services.ts';
import { addGrant, createClients, daysAgo, enroll } from './test-fixtures.ts';
import { writeServices } from './write-services.ts';

let t: TestApp;
let cm: string;
let cm2: string;
let c1: string;
let c2: string;
let c3: string;
let esEnrollment: string;
let nbnEnrollment: string;
let ssvfEnrollment: string;
let pshEnrollment: string;
const today = daysAgo(0);

beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
  cm2 = await t.login('casemanager2');
  [c1, c2, c3] = (await createClients(t, cm, [{}, {}, {}])) as [string, string, string];
  [esEnrollment, ssvfEnrollment, pshEnrollment] = (await enroll(t, cm, [
    { PersonalID: c1, ProjectID: 'PRJ-ES', EntryDate: daysAgo(30), ExitDate: daysAgo(5) },
    { PersonalID: c3, ProjectID: 'PRJ-RRH', EntryDate: daysAgo(60) },
    { PersonalID: c3, ProjectID: 'PRJ-PSH', EntryDate: daysAgo(10) },
  ])) as [string, string, string];
  // SSVF assistance is recorded in SSVF-funded rapid re-housing: the demo RRH gets that grant too.
  await addGrant(t.database.db, {
    ProjectID: 'PRJ-RRH',
    Funder: FundingSource.SsvfSupportiveServices,
    StartDate: daysAgo(90),
  });
  [nbnEnrollment] = (await enroll(t, cm2, [
    { PersonalID: c2, ProjectID: 'PRJ-NBN', EntryDate: daysAgo(20), ExitDate: daysAgo(2) },
  ])) as [string];
});
afterAll(() => t.close());

const record = (cookie: string, personalId: string, body: Record<string, unknown>) =>
  t.as(cookie).post(`/api/clients/${personalId}/services`, body);
const countRows = async () => ({
  app: await t.database.db.$count(serviceTable),
  hud: await t.database.db.$count(servicesTable),
});

describe('recording a service on an enrollment', () => {
  it('records a catalog service that is not HUD-mapped without a HUD Services row, at $0.00', async () => {
    const res = await record(cm, c1, {
      EnrollmentID: esEnrollment,
      serviceTypeId: 'SVC-003',
      DateProvided: daysAgo(10),
      units: 3,
      unitValue: 0,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      serviceName: 'Meal',
      PersonalID: c1,
      ProjectName: 'Hearth Family Shelter',
      DateProvided: daysAgo(10),
      units: 3,
      unitValue: 0,
      ServicesID: null,
      recordedBy: { id: 'USR-CM', name: 'Casey Manager' },
      canDelete: true,
    });
  });

  it('writes HUD financial assistance with its RecordType, TypeProvided and FAAmount = units × unit value', async () => {
    const res = await record(cm, c3, {
      EnrollmentID: ssvfEnrollment,
      serviceTypeId: 'SVC-011',
      DateProvided: daysAgo(3),
      units: 2,
      unitValue: 612.5,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      RecordType: RecordType.SsvfFinancialAssistance,
      TypeProvided: 1,
      hudServiceLabel: 'Rental assistance',
      totalValue: 1225,
    });
    const [hud] = await t.database.db.select().from(servicesTable).where(eq(servicesTable.ServicesID, body.ServicesID));
    expect(hud).toMatchObject({
      EnrollmentID: ssvfEnrollment,
      PersonalID: c3,
      DateProvided: daysAgo(3),
      RecordType: RecordType.SsvfFinancialAssistance,
      TypeProvided: 1,
      FAAmount: '1225.00',
      UserID: 'USR-CM',
      DateDeleted: null,
    });
  });

  it('gives services that are not financial assistance no FAAmount, and names Moving On "Other" types', async () => {
    const res = await record(cm, c3, {
      EnrollmentID: pshEnrollment,
      serviceTypeId: 'SVC-013',
      DateProvided: today,
      units: 1,
      unitValue: 40,
    });
    expect(res.statusCode).toBe(201);
    const [hud] = await t.database.db
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.ServicesID, res.json().ServicesID));
    expect(hud).toMatchObject({ RecordType: RecordType.MovingOnAssistance, TypeProvided: 4, FAAmount: null });
  });

  it('refuses a service outside the enrollment’s dates and writes nothing', async () => {
    const before = await countRows();
    const early = await record(cm, c1, {
      EnrollmentID: esEnrollment,
      serviceTypeId: 'SVC-002',
      DateProvided: daysAgo(31),
      units: 1,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.DateProvided).toContain('outside the enrollment');
    expect(early.json().error.fields.DateProvided).toContain(daysAgo(30));
    const late = await record(cm, c1, {
      EnrollmentID: esEnrollment,
      serviceTypeId: 'SVC-002',
      DateProvided: daysAgo(4),
      units: 1,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toContain(`exited on ${daysAgo(5)}`);
    expect(await countRows()).toEqual(before);
  });

  it('refuses negative units and values, unknown service types and future dates, naming the field', async () => {
    const before = await countRows();
    const base = {
      EnrollmentID: ssvfEnrollment,
      serviceTypeId: 'SVC-002',
      DateProvided: today,
      units: 1,
      unitValue: 0,
    };
    const negUnits = await record(cm, c3, { ...base, units: -1 });
    expect(negUnits.statusCode).toBe(400);
    expect(negUnits.json().error.fields.units).toContain('Units must be more than 0');
    const negValue = await record(cm, c3, { ...base, unitValue: -5 });
    expect(negValue.statusCode).toBe(400);
    expect(negValue.json().error.fields.unitValue).toContain('cannot be negative');
    const unchosen = await record(cm, c3, { ...base, EnrollmentID: '', serviceTypeId: '' });
    expect(unchosen.statusCode).toBe(400);
    expect(unchosen.json().error.fields).toMatchObject({
      EnrollmentID: 'Choose the enrollment',
      serviceTypeId: 'Choose a service',
    });
    const unknown = await record(cm, c3, { ...base, serviceTypeId: 'SVC-999' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.serviceTypeId).toContain('Unknown service type');
    const future = await record(cm, c3, { ...base, DateProvided: daysAgo(-1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.DateProvided).toContain('in the future');
    expect(await countRows()).toEqual(before);
  });

  it('refuses an enrollment of another client, and a project of another organization', async () => {
    const other = await record(cm, c1, {
      EnrollmentID: ssvfEnrollment,
      serviceTypeId: 'SVC-002',
      DateProvided: today,
      units: 1,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields.EnrollmentID).toContain('another client');
    const foreign = await record(cm, c2, {
      EnrollmentID: nbnEnrollment,
      serviceTypeId: 'SVC-002',
      DateProvided: daysAgo(10),
      units: 1,
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toContain('Open Door Night Shelter');
  });
});

describe('bed nights in a night-by-night shelter', () => {
  const night = (date: string) => ({
    EnrollmentID: nbnEnrollment,
    serviceTypeId: 'SVC-001',
    DateProvided: date,
    units: 1,
  });

  it('records a night once per client and date; the second identical night is refused, not duplicated', async () => {
    const first = await record(cm2, c2, night(daysAgo(10)));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      RecordType: RecordType.BedNight,
      TypeProvided: 200,
      hudServiceLabel: 'Bed Night',
    });
    const again = await record(cm2, c2, night(daysAgo(10)));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain(`already recorded for client ${c2}`);
    const rows = await t.database.db
      .select()
      .from(servicesTable)
      .where(and(eq(servicesTable.PersonalID, c2), eq(servicesTable.DateProvided, daysAgo(10))));
    expect(rows).toHaveLength(1);
    expect((await record(cm2, c2, night(daysAgo(9)))).statusCode).toBe(201);
  });

  it('refuses one of two identical nights saved at the same moment', async () => {
    const both = await Promise.all([record(cm2, c2, night(daysAgo(12))), record(cm2, c2, night(daysAgo(12)))]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const rows = await t.database.db
      .select()
      .from(serviceTable)
      .where(and(eq(serviceTable.personalId, c2), eq(serviceTable.dateProvided, daysAgo(12))));
    expect(rows).toHaveLength(1);
  });

  it('has the database refuse a second night even when the check is bypassed', async () => {
    const ctx: RequestContext = {
      user: {
        id: 'USR-CM2',
        username: 'casemanager2',
        firstName: 'Jordan',
        lastName: 'Rivera',
        roles: [],
        organizationIds: ['ORG-ODO'],
        currentOrganizationId: 'ORG-ODO',
        mustChangePassword: false,
      },
      sessionId: 'test',
      ip: '127.0.0.1',
    };
    const db = t.database.db;
    const prepared = await prepareServices(db, ctx, [{ ...night(daysAgo(13)), unitValue: 0 }]);
    await db.transaction((tx) => writeServices(tx, ctx, prepared, { via: 'test' }));
    const again = await db.transaction((tx) => writeServices(tx, ctx, prepared, { via: 'test' })).catch((e) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(again.status).toBe(409);
  });

  it('does not count a night on the exit date (the client left that morning)', async () => {
    const res = await record(cm2, c2, night(daysAgo(2)));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.DateProvided).toContain('exit date');
  });

  it('counts a bed night as one unit', async () => {
    const res = await record(cm2, c2, { ...night(daysAgo(11)), units: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.units).toContain('units must be 1');
  });

  it('records bed nights only in night-by-night shelters', async () => {
    const res = await record(cm, c1, { ...night(daysAgo(10)), EnrollmentID: esEnrollment });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.serviceTypeId).toContain('night-by-night');
  });

  it('allows the night again once the first one is deleted', async () => {
    const list = await t.as(cm2).get(`/api/clients/${c2}/services?serviceTypeId=SVC-001`);
    const nine = list.json().items.find((s: { DateProvided: string }) => s.DateProvided === daysAgo(9));
    const del = await t.as(cm2).delete(`/api/services/${nine.id}?version=${nine.version}`);
    expect(del.statusCode).toBe(200);
    expect((await record(cm2, c2, night(daysAgo(9)))).statusCode).toBe(201);
  });
});

describe("a client's services page", () => {
  it('lists services newest first with filters, and audits the read', async () => {
    const all = await t.as(cm).get(`/api/clients/${c3}/services`);
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((s: { serviceName: string }) => s.serviceName)).toEqual([
      'Moving On: Housing Referral',
      'SSVF Rental Assistance',
    ]);
    const filtered = await t.as(cm).get(`/api/clients/${c3}/services?serviceTypeId=SVC-011&to=${daysAgo(1)}`);
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ serviceName: 'SSVF Rental Assistance' }] });
    const byDate = await t.as(cm).get(`/api/clients/${c3}/services?from=${today}`);
    expect(byDate.json().total).toBe(1);
    const audits = await t.database.db
      .select()
      .from(auditEventTable)
      .where(and(eq(auditEventTable.action, 'client.read'), eq(auditEventTable.clientId, c3)));
    expect(audits.length).toBeGreaterThanOrEqual(3);
  });

  it('documents every services route in the OpenAPI description', async () => {
    const spec = (await t.as(cm).get('/api/openapi.json')).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/clients/{personalId}/services',
        '/api/quick-services',
        '/api/my-services',
        '/api/batches/{id}/post',
        '/api/case-notes/{id}/pdf',
        '/api/admin/service-deletion-requests',
      ]),
    );
  });

  it('answers 404 for a client that does not exist', async () => {
    const res = await t.as(cm).get('/api/clients/9999999/services');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Client was not found');
  });

  it('offers the enrollments of the organization the user works as', async () => {
    const mine = await t.as(cm).get(`/api/clients/${c3}/service-enrollments`);
    expect(mine.json().items).toMatchObject([
      { EnrollmentID: pshEnrollment, ProjectName: 'Hearth Permanent Supportive Housing' },
      { EnrollmentID: ssvfEnrollment, ProjectName: 'Hearth Rapid Re-Housing' },
    ]);
    const theirs = await t.as(cm2).get(`/api/clients/${c3}/service-enrollments`);
    expect(theirs.json().items).toEqual([]);
  });

  it("keeps a victim-service provider's client and services inside it", async () => {
    const admin = await t.login('admin');
    expect((await t.as(admin).put('/api/auth/organization', { organizationId: 'ORG-SH' })).statusCode).toBe(200);
    const [dvClient = ''] = await createClients(t, admin, [{}]);
    const [dv] = await enroll(t, admin, [{ PersonalID: dvClient, ProjectID: 'PRJ-DV', EntryDate: daysAgo(5) }]);
    const res = await record(admin, dvClient, {
      EnrollmentID: dv,
      serviceTypeId: 'SVC-002',
      DateProvided: today,
      units: 1,
    });
    expect(res.statusCode).toBe(201);
    expect((await t.as(admin).get(`/api/clients/${dvClient}/services`)).json().total).toBe(1);
    const outside = await t.as(cm).get(`/api/clients/${dvClient}/services`);
    expect(outside.statusCode).toBe(404);
    expect(
      (await record(cm, dvClient, { EnrollmentID: dv, serviceTypeId: 'SVC-002', DateProvided: today, units: 1 }))
        .statusCode,
    ).toBe(404);
  });
});
