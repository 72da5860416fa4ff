// A project is offered, and may record, only the service types HUD collects for its type and the
// grants active on the service date: the allowed-types API and every path that records a service.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { funderTable, serviceTable } from '../../db/schema/index.ts';
import { FundingSource } from '../../hud/codes.ts';
import { addGrant, createClients, daysAgo, enroll, exitAnswers } from './test-fixtures.ts';

const BED_NIGHT = 'SVC-001';
const CASE_MANAGEMENT = 'SVC-002';
const PATH_RE_ENGAGEMENT = 'SVC-006';
const MOVING_ON = 'SVC-013';
const HUD_MAPPED = [
  'Bed Night',
  'PATH Re-engagement',
  'PATH Case Management',
  'RHY Education Services',
  'HOPWA Case Management',
  'SSVF Case Management',
  'SSVF Rental Assistance',
  'HOPWA Rental Assistance',
  'Moving On: Housing Referral',
];

let t: TestApp;
let cm: string;
let cm2: string;
let rrhClient: string;
let outreachClient: string;
let rrhEnrollment: string;
let outreachEnrollment: string;
/** The PATH grant of the street outreach project ended 10 days ago. */
const pathEnded = daysAgo(10);

beforeAll(async () => {
  t = await createTestApp();
  [cm, cm2] = await Promise.all([t.login('casemanager'), t.login('casemanager2')]);
  [rrhClient] = (await createClients(t, cm, [{ LastName: 'Rapid' }])) as [string];
  [outreachClient] = (await createClients(t, cm2, [{ LastName: 'Outreach' }])) as [string];
  [rrhEnrollment] = (await enroll(t, cm, [
    { PersonalID: rrhClient, ProjectID: 'PRJ-RRH', EntryDate: daysAgo(40) },
  ])) as [string];
  [outreachEnrollment] = (await enroll(t, cm2, [
    { PersonalID: outreachClient, ProjectID: 'PRJ-SO', EntryDate: daysAgo(40) },
  ])) as [string];
  await addGrant(t.database.db, {
    ProjectID: 'PRJ-SO',
    Funder: FundingSource.PathStreetOutreach,
    StartDate: daysAgo(100),
    EndDate: pathEnded,
  });
});
afterAll(() => t.close());

type TypeItem = { id: string; name: string; recordTypeLabel: string | null };
const offered = async (cookie: string, projectId: string, date?: string) => {
  const res = await t.as(cookie).get(`/api/services/projects/${projectId}/service-types${date ? `?date=${date}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as TypeItem[]).map((i) => i.name);
};
const serviceCount = () => t.database.db.$count(serviceTable);

describe('the service types a project is offered', () => {
  it('offers an RRH project the CoC’s own services and none of the HUD-mapped ones it does not collect', async () => {
    const names = await offered(cm, 'PRJ-RRH');
    expect(names).toEqual(expect.arrayContaining(['Case Management Session', 'Meal', 'Hygiene Kit', 'Bus Pass']));
    for (const hud of HUD_MAPPED) expect(names).not.toContain(hud);
  });

  it('offers Bed Night in the night-by-night shelter and Moving On in CoC permanent supportive housing', async () => {
    const shelter = await offered(cm2, 'PRJ-NBN');
    expect(shelter).toContain('Bed Night');
    expect(shelter).not.toContain('Moving On: Housing Referral');
    const psh = await offered(cm, 'PRJ-PSH');
    expect(psh).toContain('Moving On: Housing Referral');
    expect(psh).not.toContain('Bed Night');
  });

  it('follows the grants active on the date: PATH only while the PATH grant ran', async () => {
    expect(await offered(cm2, 'PRJ-SO', daysAgo(15))).toEqual(
      expect.arrayContaining(['PATH Re-engagement', 'PATH Case Management']),
    );
    expect(await offered(cm2, 'PRJ-SO', pathEnded)).toContain('PATH Re-engagement');
    const after = await offered(cm2, 'PRJ-SO', daysAgo(9));
    expect(after).not.toContain('PATH Re-engagement');
    expect(after).not.toContain('PATH Case Management');
    expect(after).toContain('Case Management Session');
  });

  it('answers only for the organization’s own projects, and names a bad date', async () => {
    const other = await t.as(cm).get('/api/services/projects/PRJ-NBN/service-types');
    expect(other.statusCode).toBe(403);
    const missing = await t.as(cm).get('/api/services/projects/PRJ-NOPE/service-types');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.projectId).toContain('No such project');
    const bad = await t.as(cm).get('/api/services/projects/PRJ-RRH/service-types?date=tomorrow');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['date']);
  });
});

describe('recording a service type the project does not record', () => {
  it('Add New Service: refuses PATH in a CoC RRH project, naming serviceTypeId, in English and Spanish', async () => {
    const before = await serviceCount();
    const body = { EnrollmentID: rrhEnrollment, serviceTypeId: PATH_RE_ENGAGEMENT, DateProvided: daysAgo(1), units: 1 };
    const res = await t.as(cm).post(`/api/clients/${rrhClient}/services`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      serviceTypeId: `PATH services are recorded only in PATH-funded projects; Hearth Rapid Re-Housing has no PATH grant on ${daysAgo(1)}`,
    });
    const es = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${rrhClient}/services`,
      headers: { cookie: cm, 'accept-language': 'es' },
      payload: body,
    });
    expect(es.json().error.fields.serviceTypeId).toBe(
      `Los servicios de PATH solo se registran en proyectos financiados por PATH; Hearth Rapid Re-Housing no tiene una subvención de PATH el ${daysAgo(1)}`,
    );
    const night = await t.as(cm).post(`/api/clients/${rrhClient}/services`, { ...body, serviceTypeId: BED_NIGHT });
    expect(night.json().error.fields.serviceTypeId).toContain(
      'Bed nights are recorded only in night-by-night shelters',
    );
    expect(await serviceCount()).toBe(before);
  });

  it('Add New Service: a PATH service is recorded while the grant ran and refused after it ended', async () => {
    const record = (DateProvided: string) =>
      t.as(cm2).post(`/api/clients/${outreachClient}/services`, {
        EnrollmentID: outreachEnrollment,
        serviceTypeId: PATH_RE_ENGAGEMENT,
        DateProvided,
        units: 1,
      });
    expect((await record(daysAgo(15))).statusCode).toBe(201);
    const late = await record(daysAgo(5));
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields.serviceTypeId).toBe(
      `PATH services are recorded only in PATH-funded projects; Open Door Street Outreach has no PATH grant on ${daysAgo(5)}`,
    );
  });

  it('Quick Services: refuses the whole save, naming serviceTypeId', async () => {
    const before = await serviceCount();
    const res = await t.as(cm).post('/api/quick-services', {
      projectId: 'PRJ-RRH',
      serviceTypeId: MOVING_ON,
      DateProvided: daysAgo(1),
      units: 1,
      personalIds: [rrhClient],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.serviceTypeId).toContain(
      'Moving On Assistance is recorded only in CoC-funded permanent supportive housing; Hearth Rapid Re-Housing is not one',
    );
    expect(await serviceCount()).toBe(before);
  });

  it('Batches: refuses the set-up, and the posting when the grant no longer covers the date', async () => {
    const batch = (body: Record<string, unknown>) =>
      t.as(cm2).post('/api/batches', { name: 'Outreach', units: 1, unitValue: 0, ...body });
    const refused = await batch({ projectId: 'PRJ-NBN', serviceTypeId: PATH_RE_ENGAGEMENT, DateProvided: daysAgo(2) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.serviceTypeId).toContain(
      'PATH services are recorded only in PATH-funded projects',
    );

    const set = await batch({ projectId: 'PRJ-SO', serviceTypeId: PATH_RE_ENGAGEMENT, DateProvided: daysAgo(12) });
    expect(set.statusCode, set.body).toBe(201);
    const { id } = set.json();
    expect((await t.as(cm2).post(`/api/batches/${id}/entries`, { personalId: outreachClient })).statusCode).toBe(201);
    // The grant's end is corrected to before the batch's date after the batch was set up.
    await t.database.db
      .update(funderTable)
      .set({ EndDate: daysAgo(13) })
      .where(and(eq(funderTable.ProjectID, 'PRJ-SO'), eq(funderTable.Funder, FundingSource.PathStreetOutreach)));
    const before = await serviceCount();
    const { version } = (await t.as(cm2).get(`/api/batches/${id}`)).json().batch;
    const post = await t.as(cm2).post(`/api/batches/${id}/post`, { version });
    expect(post.statusCode, post.body).toBe(400);
    expect(post.json().error.fields.serviceTypeId).toContain('has no PATH grant on');
    expect(await serviceCount()).toBe(before);
    expect((await t.as(cm2).get(`/api/batches/${id}`)).json().batch.status).toBe('open');
    await t.database.db
      .update(funderTable)
      .set({ EndDate: pathEnded })
      .where(and(eq(funderTable.ProjectID, 'PRJ-SO'), eq(funderTable.Funder, FundingSource.PathStreetOutreach)));
  });

  it('Case notes and services at exit: refuse it on the service’s row', async () => {
    const note = await t.as(cm).post(`/api/clients/${rrhClient}/case-notes`, {
      noteDate: daysAgo(0),
      title: 'Check-in',
      note: 'Weekly check-in.',
      readOnly: false,
      EnrollmentID: rrhEnrollment,
      services: [
        { serviceTypeId: CASE_MANAGEMENT, units: 1 },
        { serviceTypeId: PATH_RE_ENGAGEMENT, units: 1 },
      ],
    });
    expect(note.statusCode).toBe(400);
    expect(Object.keys(note.json().error.fields)).toEqual(['services.1.serviceTypeId']);

    const [member] = (await t.as(cm).get(`/api/enrollments/${rrhEnrollment}`)).json().members as {
      EnrollmentID: string;
      version: number;
    }[];
    const exit = await t.as(cm).post(`/api/enrollments/${rrhEnrollment}/exit`, {
      ExitDate: daysAgo(0),
      members: [{ EnrollmentID: rrhEnrollment, version: member?.version, ...exitAnswers() }],
      services: [{ EnrollmentID: rrhEnrollment, serviceTypeId: MOVING_ON, units: 1 }],
    });
    expect(exit.statusCode).toBe(400);
    expect(exit.json().error.fields['services.0.serviceTypeId']).toContain('Moving On Assistance is recorded only');
  });
});
