// Admin → CAS (settings, roles, provider contacts, areas, assessment tools), HUD 2.09 CE
// participation in project set-up, and area ties edited from the client's dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { AssessmentLevel, NoYes } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import { casIntake } from './cas.test-support.ts';

let t: TestApp;
let admin: string;
let access: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  access = await t.login('accesspoint');
});
afterAll(() => t.close());

describe('CAS settings', () => {
  it('are for HMIS admins only', async () => {
    expect((await t.as(access).get('/api/admin/cas/settings')).statusCode).toBe(403);
    expect((await t.as(access).put('/api/admin/cas/settings', {})).statusCode).toBe(403);
  });

  it('name the lead agency, its CAS staff and one CAS contact per provider, checked against access', async () => {
    const s = (await t.as(admin).get('/api/admin/cas/settings')).json();
    expect(s).toMatchObject({
      leadOrganizationId: 'ORG-CE',
      noContactDays: 30,
      admins: [{ userId: 'USR-CASADMIN', name: 'Cameron Coordinator' }],
      prioritizers: [{ userId: 'USR-CASADMIN', name: 'Cameron Coordinator' }],
    });
    const body = {
      version: s.version,
      leadOrganizationId: 'ORG-CE',
      noContactDays: 14,
      admins: ['USR-CASADMIN'],
      prioritizers: ['USR-CASADMIN', 'USR-CM'],
      providerContacts: [
        { organizationId: 'ORG-HHP', userId: 'USR-CM2' },
        { organizationId: 'ORG-HHP', userId: 'USR-CM' },
      ],
    };
    const bad = await t.as(admin).put('/api/admin/cas/settings', body);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      'prioritizers.1': expect.stringMatching(/no access to the CAS lead organization/),
      'providerContacts.0.userId': expect.stringMatching(/access to the provider/),
      'providerContacts.1.organizationId': expect.stringMatching(/listed twice/),
    });
    const valid = {
      ...body,
      prioritizers: ['USR-CASADMIN', 'USR-ACCESS'],
      providerContacts: [{ organizationId: 'ORG-HHP', userId: 'USR-MANAGER' }],
    };
    const ok = await t.as(admin).put('/api/admin/cas/settings', valid);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ noContactDays: 14, version: s.version + 1 });
    expect((await t.as(access).get('/api/cas/me')).json()).toEqual({ admin: false, prioritizer: true, contactFor: [] });
    expect((await t.as(admin).put('/api/admin/cas/settings', valid)).statusCode).toBe(409);
  });
});

describe('areas and assessment tools', () => {
  it('keeps an area list with unique names; inactive areas are not offered', async () => {
    const created = await t.as(admin).post('/api/admin/cas/areas', { name: 'Carrollton', sortOrder: 5 });
    expect(created.statusCode).toBe(201);
    const dup = await t.as(admin).post('/api/admin/cas/areas', { name: 'carrollton' });
    expect(dup.json().error.fields.name).toMatch(/already an area/);
    const { id, ...area } = created.json();
    const updated = await t.as(admin).put(`/api/admin/cas/areas/${id}`, { ...area, active: false });
    expect(updated.json()).toMatchObject({ active: false, version: 2 });
    const offered = (await t.as(access).get('/api/cas/areas')).json();
    expect(offered.map((a: { name: string }) => a.name)).not.toContain('Carrollton');
    expect(offered[0].name).toBe('Downtown Dallas');
  });

  it('takes a tool as data and refuses a malformed one, naming the question', async () => {
    const tool = {
      name: 'Crisis Needs Screen',
      assessmentLevel: AssessmentLevel.CrisisNeeds,
      scoreName: 'Crisis score',
      questions: [
        { group: 'Safety', text: 'Safe tonight?', kind: 'choice', options: [{ label: 'Yes', points: 0 }] },
        { group: 'Safety', text: 'Nights outside this week', kind: 'number', min: 7, max: 0 },
      ],
    };
    const bad = await t.as(admin).post('/api/admin/cas/assessment-tools', tool);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      'questions.0.options': expect.stringMatching(/at least two answers/),
      'questions.1.max': expect.stringMatching(/cannot be below/),
    });
    const good = await t.as(admin).post('/api/admin/cas/assessment-tools', {
      ...tool,
      questions: [
        {
          ...tool.questions[0],
          options: [
            { label: 'Yes', points: 0 },
            { label: 'No', points: 5 },
          ],
        },
        { ...tool.questions[1], min: 0, max: 7 },
      ],
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().questions[0]).toMatchObject({
      id: 'safe-tonight',
      options: [{ value: 'yes' }, { value: 'no' }],
    });
    const offered = (await t.as(access).get('/api/cas/assessment-tools')).json();
    expect(offered.map((x: { name: string }) => x.name)).toEqual(['Crisis Needs Screen', 'Housing Needs Assessment']);
  });
});

describe('CE participation (HUD 2.09) in project set-up', () => {
  it('saves the access point answers with the project and requires them of an access point', async () => {
    const p = (await t.as(admin).get('/api/admin/projects/PRJ-CE')).json();
    expect(p.ceParticipations).toEqual([
      expect.objectContaining({ AccessPoint: NoYes.Yes, ReceivesReferrals: NoYes.No, HousingAssessment: NoYes.Yes }),
    ]);
    const { ProjectID: _i, OrganizationName: _o, DateCreated: _c, DateUpdated: _u, ...rest } = p;
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ DateCreated: _a, DateUpdated: _b, ...r }) => r);
    const body = {
      ...rest,
      cocs: strip(p.cocs),
      funders: strip(p.funders),
      inventory: strip(p.inventory),
      participations: strip(p.participations),
      ceParticipations: [
        ...strip(p.ceParticipations),
        {
          AccessPoint: 1,
          ReceivesReferrals: 0,
          CEParticipationStatusStartDate: '2026-01-01',
          CEParticipationStatusEndDate: '2025-01-01',
        },
      ],
    };
    const bad = await t.as(admin).put('/api/admin/projects/PRJ-CE', body);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      'ceParticipations.1.CrisisAssessment': 'Answer this for a CE access point',
      'ceParticipations.1.CEParticipationStatusEndDate': expect.stringMatching(/before its start/),
    });
  });
});

describe('area ties on the dashboard', () => {
  it('adds and removes a tie, refusing an unknown area and a second tie to the same area', async () => {
    const f = await casIntake(t, access, { EntryDate: addDays(hudToday(), -5) });
    const list = await t.as(access).get(`/api/clients/${f.hoh}/area-ties`);
    expect(list.json().map((x: { areaName: string }) => x.areaName)).toEqual(['East Dallas']);
    const added = await t.as(access).post(`/api/clients/${f.hoh}/area-ties`, { areaId: 'AREA-05', tieKind: 'work' });
    expect(added.statusCode).toBe(201);
    expect(added.json().map((x: { areaName: string }) => x.areaName)).toEqual(['East Dallas', 'Irving']);
    expect(
      (await t.as(access).post(`/api/clients/${f.hoh}/area-ties`, { areaId: 'AREA-05', tieKind: 'lived' })).statusCode,
    ).toBe(409);
    const unknown = await t.as(access).post(`/api/clients/${f.hoh}/area-ties`, { areaId: 'AREA-XX', tieKind: 'lived' });
    expect(unknown.json().error.fields.areaId).toMatch(/CoC’s list/);
    const tie = added.json().find((x: { areaName: string }) => x.areaName === 'Irving');
    const removed = await t.as(access).delete(`/api/clients/${f.hoh}/area-ties/${tie.id}`);
    expect(removed.json().map((x: { areaName: string }) => x.areaName)).toEqual(['East Dallas']);
    expect((await t.as(access).delete(`/api/clients/${f.hoh}/area-ties/${tie.id}`)).statusCode).toBe(404);
  });
});

describe('CE events after the intake', () => {
  it('records an event with HUD’s dependent fields and refuses one before the CAS enrollment', async () => {
    const f = await casIntake(t, access, { EntryDate: addDays(hudToday(), -5) });
    const early = await t.as(access).post(`/api/cas/households/${f.EnrollmentID}/events`, {
      EventDate: addDays(hudToday(), -6),
      Event: 7,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.EventDate).toMatch(/before the CAS enrollment/);
    const misplaced = await t.as(access).post(`/api/cas/households/${f.EnrollmentID}/events`, {
      EventDate: hudToday(),
      Event: 7,
      ProbSolDivRRResult: 1,
      ResultDate: hudToday(),
    });
    expect(misplaced.json().error.fields).toMatchObject({
      ProbSolDivRRResult: expect.stringMatching(/problem-solving\/diversion event/),
      ReferralResult: expect.stringMatching(/needs a referral result/),
    });
    const ok = await t.as(access).post(`/api/cas/households/${f.EnrollmentID}/events`, {
      EventDate: hudToday(),
      Event: 17,
      LocationCrisisOrPHHousing: 'Dallas Housing Authority',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const other = await t.login('casemanager');
    expect(
      (await t.as(other).post(`/api/cas/households/${f.EnrollmentID}/events`, { EventDate: hudToday(), Event: 7 }))
        .statusCode,
    ).toBe(403);
  });
});
