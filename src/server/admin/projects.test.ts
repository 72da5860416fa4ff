import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientTable, enrollmentTable } from '../../db/schema/index.ts';
import {
  Availability,
  BedType,
  FundingSource,
  HMISParticipationType,
  HouseholdType,
  NoYes,
  NoYesReasons,
  ProjectType,
  RRHSubType,
} from '../../hud/codes.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const coc = { CoCCode: 'TX-600', Geocode: '489113', City: 'Dallas', State: 'tx', ZIP: '75201', GeographyType: 1 };
const beds = (other: number) => ({
  CHVetBedInventory: 0,
  YouthVetBedInventory: 0,
  VetBedInventory: 0,
  CHYouthBedInventory: 0,
  YouthBedInventory: 0,
  CHBedInventory: 0,
  OtherBedInventory: other,
});
function shelter(overrides: Record<string, unknown> = {}) {
  return {
    OrganizationID: 'ORG-HHP',
    ProjectName: 'Winter Shelter',
    OperatingStartDate: '2026-01-01',
    ContinuumProject: NoYes.Yes,
    ProjectType: ProjectType.EmergencyShelterEntryExit,
    HousingType: 1,
    cocs: [coc],
    funders: [
      { Funder: FundingSource.EsgEmergencyShelter, GrantID: 'ESG-2026-99', StartDate: '2026-01-01', EndDate: null },
    ],
    inventory: [
      {
        CoCCode: 'TX-600',
        HouseholdType: HouseholdType.WithoutChildren,
        Availability: Availability.Seasonal,
        ESBedType: BedType.FacilityBased,
        UnitInventory: 20,
        BedInventory: 25,
        ...beds(20),
        VetBedInventory: 5,
        InventoryStartDate: '2026-01-01',
      },
    ],
    participations: [
      {
        HMISParticipationType: HMISParticipationType.HmisParticipating,
        HMISParticipationStatusStartDate: '2026-01-01',
      },
    ],
    ...overrides,
  };
}

async function create(body: Record<string, unknown>) {
  return t.as(admin).post('/api/admin/projects', body);
}

describe('project set-up', () => {
  it('creates a project with its CoC, funder, inventory and participation in one save, audited', async () => {
    const res = await create(shelter());
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ ProjectName: 'Winter Shelter', OrganizationName: 'Hearth Housing Partners', version: 1 });
    expect(p.cocs).toEqual([expect.objectContaining({ CoCCode: 'TX-600', State: 'TX', version: 1 })]);
    expect(p.funders).toEqual([
      expect.objectContaining({ Funder: FundingSource.EsgEmergencyShelter, GrantID: 'ESG-2026-99' }),
    ]);
    expect(p.inventory).toEqual([expect.objectContaining({ BedInventory: 25, VetBedInventory: 5 })]);
    expect(p.participations).toHaveLength(1);
    const { rows } = await t.database.raw.query<{ user_id: string }>(
      'SELECT user_id FROM funder WHERE project_id = $1',
      [p.ProjectID],
    );
    expect(rows).toEqual([{ user_id: 'USR-ADMIN' }]);
    const audit = (await t.as(admin).get('/api/admin/audit?action=admin.project_created')).json().items;
    expect(audit[0]).toMatchObject({
      entityId: p.ProjectID,
      detail: { records: { funders: { added: 1, updated: 0, removed: 0 } } },
    });
  });

  it('lists projects with their funders for every signed-in user, filtered by organization', async () => {
    const cm = await t.login('casemanager');
    const res = await t.as(cm).get('/api/projects?organizationId=ORG-ODO');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { ProjectID: string; OrganizationID: string; funders: unknown[] }[];
    expect(items.map((i) => i.ProjectID).sort()).toEqual(['PRJ-NBN', 'PRJ-SO', 'PRJ-SSO']);
    expect(items[0]).toMatchObject({ OrganizationID: 'ORG-ODO', cocCodes: ['TX-600'] });
    expect(items[0]?.funders).toHaveLength(1);
    const one = await t.as(cm).get('/api/projects/PRJ-DV');
    expect(one.json()).toMatchObject({
      ProjectType: ProjectType.EmergencyShelterEntryExit,
      VictimServiceProvider: NoYes.Yes,
    });
    expect((await t.as(cm).get('/api/admin/projects/PRJ-DV')).statusCode).toBe(403);
  });

  it('saves edits to sub-records together: updates, adds and removes in one transaction', async () => {
    const p = (await create(shelter({ ProjectName: 'Edit Me' }))).json();
    const [funder] = p.funders;
    const res = await t.as(admin).put(`/api/admin/projects/${p.ProjectID}`, {
      ...shelter({ ProjectName: 'Edited Shelter' }),
      version: p.version,
      cocs: p.cocs.map((c: Record<string, unknown>) => ({ ...c })),
      funders: [
        { ...funder, EndDate: '2026-12-31' },
        {
          Funder: FundingSource.LocalOrOther,
          OtherFunder: 'City of Dallas',
          GrantID: 'CITY-1',
          StartDate: '2026-02-01',
        },
      ],
      inventory: [],
      participations: p.participations,
    });
    expect(res.statusCode).toBe(200);
    const saved = res.json();
    expect(saved.version).toBe(2);
    expect(saved.funders).toHaveLength(2);
    expect(saved.funders.find((f: { FunderID: string }) => f.FunderID === funder.FunderID)).toMatchObject({
      EndDate: '2026-12-31',
      version: 2,
    });
    expect(saved.inventory).toEqual([]);
    expect(saved.cocs[0].version).toBe(1);
    const audit = (await t.as(admin).get('/api/admin/audit?action=admin.project_updated')).json().items;
    expect(audit[0].detail).toEqual({
      changed: ['ProjectName'],
      records: {
        cocs: { added: 0, updated: 0, removed: 0 },
        funders: { added: 1, updated: 1, removed: 0 },
        inventory: { added: 0, updated: 0, removed: 1 },
        participations: { added: 0, updated: 0, removed: 0 },
        ceParticipations: { added: 0, updated: 0, removed: 0 },
      },
    });
  });

  it('refuses a save from a stale version with 409 and changes nothing', async () => {
    const p = (await create(shelter({ ProjectName: 'Contested' }))).json();
    const url = `/api/admin/projects/${p.ProjectID}`;
    const body = {
      ...shelter(),
      cocs: p.cocs,
      funders: p.funders,
      inventory: p.inventory,
      participations: p.participations,
    };
    expect((await t.as(admin).put(url, { ...body, ProjectName: 'First', version: 1 })).statusCode).toBe(200);
    const stale = await t.as(admin).put(url, { ...body, ProjectName: 'Second', funders: [], version: 1 });
    expect(stale.statusCode).toBe(409);
    const now = (await t.as(admin).get(url)).json();
    expect(now.ProjectName).toBe('First');
    expect(now.funders).toHaveLength(1);
  });

  it('rolls back the whole save when a sub-record is stale', async () => {
    const p = (await create(shelter({ ProjectName: 'Half saved?' }))).json();
    const url = `/api/admin/projects/${p.ProjectID}`;
    const res = await t.as(admin).put(url, {
      ...shelter({ ProjectName: 'Should not stick' }),
      version: p.version,
      cocs: p.cocs,
      funders: [{ ...p.funders[0], version: 7 }],
      inventory: p.inventory,
      participations: p.participations,
    });
    expect(res.statusCode).toBe(409);
    expect((await t.as(admin).get(url)).json()).toMatchObject({ ProjectName: 'Half saved?', version: 1 });
  });

  it('checks HUD rules across fields and names every bad field', async () => {
    const res = await create(
      shelter({
        OperatingEndDate: '2025-12-31',
        RRHSubType: RRHSubType.ServicesOnly,
        cocs: [coc, { ...coc, Geocode: '12345' }, { ...coc, CoCCode: 'XX-999' }],
        funders: [
          { Funder: FundingSource.LocalOrOther, GrantID: 'G', StartDate: '2026-03-01', EndDate: '2026-02-01' },
          { Funder: 999, GrantID: '', StartDate: 'soon' },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields).toMatchObject({
      'cocs.1.Geocode': expect.stringContaining('The geocode is 6 digits'),
      'cocs.2.CoCCode': expect.stringContaining('This CoC code is not on HUD list 2.03.1'),
      'funders.1.Funder': expect.stringContaining('funding source'),
      'funders.1.GrantID': expect.stringContaining('Enter the grant ID'),
      'funders.1.StartDate': expect.stringContaining('yyyy-mm-dd'),
    });
    const cross = await create(
      shelter({
        OperatingEndDate: '2025-12-31',
        RRHSubType: RRHSubType.ServicesOnly,
        cocs: [coc, coc],
        funders: [{ Funder: FundingSource.LocalOrOther, GrantID: 'G', StartDate: '2026-03-01', EndDate: '2026-02-01' }],
        inventory: [
          {
            CoCCode: 'TX-601',
            HouseholdType: HouseholdType.WithoutChildren,
            UnitInventory: 30,
            BedInventory: 25,
            ...beds(20),
            InventoryStartDate: '2025-06-01',
          },
        ],
      }),
    );
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.fields).toEqual({
      OperatingEndDate: 'Operating end date cannot be before the operating start date',
      RRHSubType: 'The RRH sub-type applies only to rapid re-housing projects',
      'cocs.1.CoCCode': 'The project already has a CoC record for TX-600',
      'funders.0.OtherFunder': 'Name the funder when the source is "Local or Other Funding Source"',
      'funders.0.EndDate': 'Grant end date cannot be before the grant start date',
      'inventory.0.CoCCode': 'Choose one of the CoC codes the project operates in (add it under CoC first)',
      'inventory.0.Availability': 'Choose the availability of this shelter',
      'inventory.0.ESBedType': 'Choose the bed type of this shelter',
      'inventory.0.BedInventory': 'Total beds (25) must equal the dedicated and other beds added together (20)',
      'inventory.0.UnitInventory': 'A project cannot have more units than beds',
      'inventory.0.InventoryStartDate': "Inventory cannot start before the project's operating start date",
      'inventory.0.InventoryEndDate': "Inventory must end by the project's operating end date",
    });
  });

  it('applies project-type rules: RRH sub-type, housing type, residential affiliation, shelter-only fields', async () => {
    const rrh = await create(
      shelter({ ProjectType: ProjectType.RapidReHousing, HousingType: null, inventory: [], funders: [] }),
    );
    expect(rrh.json().error.fields).toEqual({
      RRHSubType: 'Choose the RRH sub-type for a rapid re-housing project',
    });
    const rrhServices = await create(
      shelter({
        ProjectType: ProjectType.RapidReHousing,
        RRHSubType: RRHSubType.ServicesOnly,
        HousingType: 3,
        inventory: [],
      }),
    );
    expect(rrhServices.json().error.fields).toEqual({
      HousingType: 'Housing type applies only to shelters, transitional, safe haven and housing projects',
      ResidentialAffiliation: 'Say whether the project is affiliated with a residential project',
    });
    const sso = await create(
      shelter({
        ProjectType: ProjectType.ServicesOnly,
        HousingType: null,
        ResidentialAffiliation: NoYes.No,
      }),
    );
    expect(sso.json().error.fields).toEqual({
      inventory:
        'Bed and unit inventory is recorded only for shelters, transitional, safe haven and housing projects; remove it',
      'inventory.0.Availability': 'Availability applies only to emergency shelters',
      'inventory.0.ESBedType': 'Bed type applies only to emergency shelters',
    });
    const th = await create(shelter({ ProjectType: ProjectType.TransitionalHousing }));
    expect(th.json().error.fields).toEqual({
      'inventory.0.Availability': 'Availability applies only to emergency shelters',
      'inventory.0.ESBedType': 'Bed type applies only to emergency shelters',
    });
    const ok = await create(
      shelter({
        ProjectType: ProjectType.RapidReHousing,
        RRHSubType: RRHSubType.HousingWithOrWithoutServices,
        HousingType: 3,
        inventory: [],
      }),
    );
    expect(ok.statusCode).toBe(201);
  });

  it('keeps a victim service provider out of HMIS participation', async () => {
    const res = await create(shelter({ OrganizationID: 'ORG-SH' }));
    expect(res.json().error.fields).toEqual({
      'participations.0.HMISParticipationType':
        'A victim service provider may not enter data in HMIS; choose Comparable Database Participating',
    });
    const unknownOrg = await create(shelter({ OrganizationID: 'ORG-NOPE' }));
    expect(unknownOrg.json().error.fields).toEqual({ OrganizationID: 'Choose an organization that exists' });
  });

  it('soft-deletes a project without enrollments; other users no longer see it', async () => {
    const p = (await create(shelter({ ProjectName: 'Closing down' }))).json();
    const url = `/api/admin/projects/${p.ProjectID}`;
    expect((await t.as(admin).delete(`${url}?version=9`)).statusCode).toBe(409);
    expect((await t.as(admin).delete(`${url}?version=1`)).statusCode).toBe(200);
    expect((await t.as(admin).get(url)).statusCode).toBe(404);
    expect((await t.as(admin).get(`/api/projects/${p.ProjectID}`)).statusCode).toBe(404);
    const { rows } = await t.database.raw.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM funder WHERE project_id = $1 AND date_deleted IS NULL',
      [p.ProjectID],
    );
    expect(rows[0]?.n).toBe(0);
    const audit = (await t.as(admin).get('/api/admin/audit?action=admin.project_deleted')).json().items;
    expect(audit[0].entityId).toBe(p.ProjectID);
  });

  it('refuses to delete a project that has enrollments', async () => {
    const stamp = { DateCreated: '2026-01-05 10:00:00', DateUpdated: '2026-01-05 10:00:00', UserID: 'USR-ADMIN' };
    const dq = NoYesReasons.DataNotCollected;
    await t.database.db.insert(clientTable).values({
      PersonalID: 'C-1',
      NameDataQuality: dq,
      SSNDataQuality: dq,
      DOBDataQuality: dq,
      AmIndAKNative: 0,
      Asian: 0,
      BlackAfAmerican: 0,
      HispanicLatinao: 0,
      MidEastNAfrican: 0,
      NativeHIPacific: 0,
      White: 1,
      VeteranStatus: dq,
      ...stamp,
    });
    await t.database.db.insert(enrollmentTable).values({
      EnrollmentID: 'E-1',
      PersonalID: 'C-1',
      ProjectID: 'PRJ-TH',
      EntryDate: '2026-01-05',
      HouseholdID: 'H-1',
      RelationshipToHoH: 1,
      DisablingCondition: dq,
      ...stamp,
    });
    const res = await t.as(admin).delete('/api/admin/projects/PRJ-TH?version=1');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('1 enrollment');
  });

  it('answers 400 for a bad edit and 404 for an unknown project', async () => {
    const p = (await create(shelter({ ProjectName: 'Bad edit' }))).json();
    const res = await t.as(admin).put(`/api/admin/projects/${p.ProjectID}`, {
      ...shelter({ ProjectName: '', OperatingStartDate: '01/01/2026' }),
      version: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['OperatingStartDate', 'ProjectName']);
    expect((await t.as(admin).put('/api/admin/projects/PRJ-NOPE', { ...shelter(), version: 1 })).statusCode).toBe(404);
    expect((await t.as(admin).get('/api/admin/projects/PRJ-NOPE')).statusCode).toBe(404);
  });

  it('is for HMIS admins only', async () => {
    const dqo = t.as(await t.login('dqo'));
    expect((await dqo.get('/api/admin/projects')).statusCode).toBe(403);
    expect((await dqo.get('/api/admin/projects/PRJ-ES')).statusCode).toBe(403);
    expect((await dqo.post('/api/admin/projects', shelter())).statusCode).toBe(403);
    expect((await dqo.put('/api/admin/projects/PRJ-ES', { ...shelter(), version: 1 })).statusCode).toBe(403);
    expect((await dqo.delete('/api/admin/projects/PRJ-ES?version=1')).statusCode).toBe(403);
    expect((await t.as(admin).get('/api/admin/projects/PRJ-ES')).json().version).toBe(1);
  });
});
