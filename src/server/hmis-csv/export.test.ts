import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  enrollmentTable,
  exitTable,
  funderTable,
  organizationTable,
  projectTable,
  servicesTable,
} from '../../db/schema/index.ts';
import { hashName, hashSsn } from '../../hud/hash.ts';
import { hudSpec } from '../../hud/spec.generated.ts';
import { csvRows, download, fixture, unzip, upload, waitForJob } from './test-support.ts';

let t: TestApp;
let admin: string;
let kit: Map<string, Record<string, string>[]>;
const ALL = { startDate: '2000-01-01', endDate: '2030-12-31', allOrganizations: true, cocCode: 'XX-501' };

const records = (text: string): Record<string, string>[] => {
  const [header = [], ...rows] = csvRows(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const res = await upload(t, admin, 'datalab.zip', fixture('datalab-fy2026.zip'));
  expect((await waitForJob(t, admin, res.json().jobId)).status).toBe('done');
  kit = new Map(
    [...(await unzip(fixture('datalab-fy2026.zip')))].map(([n, text]) => [n.replace('.csv', ''), records(text)]),
  );
});
afterAll(() => t.close());

type Export = { raw: Map<string, string>; files: Map<string, Record<string, string>[]> };

async function runExport(body: Record<string, unknown>, cookie = admin): Promise<Export> {
  const res = await t.as(cookie).post('/api/hmis-csv/exports', body);
  expect(res.statusCode, res.body).toBe(202);
  const job = await waitForJob(t, cookie, res.json().jobId);
  expect(job.error).toBeUndefined();
  const raw = await unzip(await download(t, cookie, job.fileId ?? ''));
  return { raw, files: new Map([...raw].map(([n, text]) => [n.replace('.csv', ''), records(text)])) };
}

const rows = (e: Export, file: string) => e.files.get(file) ?? [];
const ids = (e: Export, file: string, column: string) => new Set(rows(e, file).map((r) => r[column]));

describe('the export file', () => {
  let all: Export;
  beforeAll(async () => {
    all = await runExport(ALL);
  });

  it('is a zip of the 24 FY2026 files with exactly the spec’s headers, in order', () => {
    expect([...all.raw.keys()].sort()).toEqual(hudSpec.map((s) => `${s.file}.csv`).sort());
    for (const spec of hudSpec) {
      expect(all.raw.get(`${spec.file}.csv`)?.split('\n')[0]).toBe(spec.columns.map((c) => c.name).join(','));
    }
  });

  it('writes HUD’s formats: dates, timestamps, quoted strings, bare numbers and empty nulls', () => {
    const line = all.raw
      .get('Enrollment.csv')
      ?.split('\n')
      .find((l) => l.startsWith('"849668"'));
    expect(line).toMatch(/^"849668","595460","1362",2022-05-04,"s_849668",1,"XX-501",336,,3,,,2022-05-04,1,101,1,/);
    expect(line).toMatch(/,2022-05-09 13:38:05,2022-05-09 13:42:46,"27",,"[0-9a-f]{32}"$/);
    const income = rows(all, 'IncomeBenefits').find((r) => r.IncomeBenefitsID === '826158_1');
    expect(income?.TotalMonthlyIncome).toBe('1100.00');
  });

  it('describes itself in Export.csv with one ExportID shared by every file', () => {
    const [meta] = rows(all, 'Export');
    expect(rows(all, 'Export')).toHaveLength(1);
    expect(meta).toMatchObject({
      SourceType: '1',
      CSVVersion: '2026 v1.0',
      ExportStartDate: '2000-01-01',
      ExportEndDate: '2030-12-31',
      ExportPeriodType: '3',
      ExportDirective: '2',
      HashStatus: '1',
      SoftwareName: 'Hearth',
      SourceContactFirst: 'Avery',
    });
    expect(meta?.SourceID).toBe('XX-501');
    expect(meta?.ExportDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    for (const spec of hudSpec)
      expect([...ids(all, spec.file, 'ExportID')].every((id) => id === meta?.ExportID)).toBe(true);
    expect(rows(all, 'Client')).toHaveLength(514);
    expect(rows(all, 'Enrollment')).toHaveLength(574);
  });
});

describe('filters', () => {
  it('keeps to the chosen organization, its projects and their clients', async () => {
    const e = await runExport({ ...ALL, allOrganizations: false, organizationIds: ['1361'] });
    expect(ids(e, 'Organization', 'OrganizationID')).toEqual(new Set(['1361']));
    expect(ids(e, 'Project', 'ProjectID')).toEqual(new Set(['1362']));
    expect(ids(e, 'Enrollment', 'ProjectID')).toEqual(new Set(['1362']));
    const clients = new Set(
      kit
        .get('Enrollment')
        ?.filter((r) => r.ProjectID === '1362')
        .map((r) => r.PersonalID),
    );
    expect(ids(e, 'Client', 'PersonalID')).toEqual(clients);
    const users = new Set(
      ['Project', 'Enrollment', 'Client', 'Exit', 'Services', 'Funder'].flatMap((f) => [...ids(e, f, 'UserID')]),
    );
    for (const u of ids(e, 'User', 'UserID')) expect(users.has(u)).toBe(true);
  });

  it('exports enrollments active at some point between the dates', async () => {
    const e = await runExport({ ...ALL, startDate: '2022-01-01', endDate: '2022-03-31' });
    const exits = new Map(kit.get('Exit')?.map((x) => [x.EnrollmentID, x.ExitDate]));
    const expected = kit
      .get('Enrollment')
      ?.filter((r) => (r.EntryDate ?? '') <= '2022-03-31' && (exits.get(r.EnrollmentID) ?? '9999') >= '2022-01-01')
      .map((r) => r.EnrollmentID);
    expect(ids(e, 'Enrollment', 'EnrollmentID')).toEqual(new Set(expected));
    expect(expected?.length).toBeGreaterThan(100);
    expect(expected?.length).toBeLessThan(574);
  });

  it('leaves deleted records out unless asked to include them', async () => {
    await t.database.db
      .update(enrollmentTable)
      .set({ DateDeleted: '2024-01-01 00:00:00' })
      .where(eq(enrollmentTable.EnrollmentID, '849668'));
    try {
      expect(ids(await runExport(ALL), 'Enrollment', 'EnrollmentID').has('849668')).toBe(false);
      const withDeleted = await runExport({ ...ALL, excludeDeleted: false });
      expect(rows(withDeleted, 'Enrollment').find((r) => r.EnrollmentID === '849668')?.DateDeleted).toBe(
        '2024-01-01 00:00:00',
      );
    } finally {
      await t.database.db
        .update(enrollmentTable)
        .set({ DateDeleted: null })
        .where(eq(enrollmentTable.EnrollmentID, '849668'));
    }
  });

  it('hashes names and SSN with HUD’s SHA-256 rule when asked', async () => {
    const e = await runExport({ ...ALL, hashed: true });
    expect(rows(e, 'Export')[0]?.HashStatus).toBe('4');
    const plain = kit.get('Client')?.find((c) => c.PersonalID === '528656');
    const hashed = rows(e, 'Client').find((c) => c.PersonalID === '528656');
    expect(plain?.FirstName).toBe('Herringbone');
    expect(hashed?.FirstName).toBe(hashName('Herringbone'));
    expect(hashed?.LastName).toMatch(/^[0-9a-f]{64}$/);
    expect(hashed?.SSN).toBe(hashSsn('227930267'));
    expect(hashed?.SSN?.slice(0, 4)).toBe('0267');
    expect(hashed?.MiddleName).toBe('');
    expect(hashed?.NameSuffix).toBe('Jr.');
    expect(hashed?.DOB).toBe('1990-07-24');
  });

  it('keeps services within the enrollment dates when asked', async () => {
    const [svc] = await t.database.db.select().from(servicesTable).where(eq(servicesTable.ServicesID, '1'));
    await t.database.db
      .update(servicesTable)
      .set({ DateProvided: '2001-01-01' })
      .where(eq(servicesTable.ServicesID, '1'));
    try {
      expect(ids(await runExport(ALL), 'Services', 'ServicesID').has('1')).toBe(true);
      expect(ids(await runExport({ ...ALL, servicesWithinEnrollment: true }), 'Services', 'ServicesID').has('1')).toBe(
        false,
      );
    } finally {
      await t.database.db
        .update(servicesTable)
        .set({ DateProvided: svc?.DateProvided })
        .where(eq(servicesTable.ServicesID, '1'));
    }
  });

  it('keeps only the chosen assessment stages', async () => {
    const e = await runExport({ ...ALL, assessmentTypes: ['entry', 'exit'] });
    expect(ids(e, 'IncomeBenefits', 'DataCollectionStage')).toEqual(new Set(['1', '3']));
    expect(ids(e, 'Disabilities', 'DataCollectionStage')).toEqual(new Set(['1', '3']));
  });

  it('leaves out aftercare recorded more than 180 days after exit when asked', async () => {
    const [x] = await t.database.db.select().from(exitTable).limit(1);
    const exitId = x?.ExitID ?? '';
    await t.database.db
      .update(exitTable)
      .set({ AftercareDate: '2099-01-01', AftercareProvided: 1 })
      .where(eq(exitTable.ExitID, exitId));
    const kept = rows(await runExport(ALL), 'Exit').find((r) => r.ExitID === exitId);
    expect(kept).toMatchObject({ AftercareDate: '2099-01-01', AftercareProvided: '1' });
    const cut = rows(await runExport({ ...ALL, aftercareWithin180Days: true }), 'Exit').find(
      (r) => r.ExitID === exitId,
    );
    expect(cut).toMatchObject({ AftercareDate: '', AftercareProvided: '' });
  });

  it('keeps to one CoC', async () => {
    const demo = await runExport({ ...ALL, cocFilter: 'TX-600' });
    expect(ids(demo, 'Project', 'ProjectID')).toEqual(
      new Set(['PRJ-ES', 'PRJ-NBN', 'PRJ-SO', 'PRJ-TH', 'PRJ-RRH', 'PRJ-PSH', 'PRJ-SSO', 'PRJ-CE', 'PRJ-DV']),
    );
    expect(ids(demo, 'ProjectCoC', 'CoCCode')).toEqual(new Set(['TX-600']));
    expect(rows(demo, 'Enrollment')).toHaveLength(0);
  });

  it('keeps to the chosen grants', async () => {
    const e = await runExport({ ...ALL, grantIds: ['ACSJXE'] });
    expect(ids(e, 'Project', 'ProjectID')).toEqual(new Set(['1060']));
    expect(ids(e, 'Funder', 'GrantID')).toEqual(new Set(['ACSJXE']));
  });

  it('the RHY endpoint keeps RHY-funded projects and the elements RHY collects', async () => {
    await t.database.db.insert(funderTable).values({
      FunderID: 'TEST-RHY',
      ProjectID: '1362',
      Funder: 22,
      GrantID: 'RHY-1',
      StartDate: '2015-01-01',
      DateCreated: '2024-01-01 00:00:00',
      DateUpdated: '2024-01-01 00:00:00',
      UserID: 'USR-ADMIN',
    });
    const e = await runExport({ ...ALL, sourceEndpoint: 'rhy', hashed: true, aftercareWithin180Days: true });
    expect(ids(e, 'Project', 'ProjectID')).toEqual(new Set(['1362']));
    expect(ids(e, 'Services', 'RecordType')).toEqual(new Set());
    expect(ids(e, 'Enrollment', 'PercentAMI')).toEqual(new Set(['']));
    expect(rows(e, 'Assessment')).toHaveLength(0);
    expect(rows(e, 'Enrollment').length).toBeGreaterThan(0);
    const ssvf = await runExport({ ...ALL, sourceEndpoint: 'ssvf' });
    expect(rows(ssvf, 'Project')).toHaveLength(0);
    expect(ssvf.raw.size).toBe(24);
  });
});

describe('who may export', () => {
  it('needs a program manager, data quality officer or admin, and their own organizations', async () => {
    const cm = await t.login('casemanager');
    expect(
      (await t.as(cm).post('/api/hmis-csv/exports', { ...ALL, allOrganizations: false, organizationIds: ['ORG-HHP'] }))
        .statusCode,
    ).toBe(403);
    const dqo = await t.login('dqo');
    expect((await t.as(dqo).post('/api/hmis-csv/exports', ALL)).statusCode).toBe(403);
    const notMine = await t
      .as(dqo)
      .post('/api/hmis-csv/exports', { ...ALL, allOrganizations: false, organizationIds: ['1361'] });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.fields.organizationIds).toContain('1361');
    const mine = await runExport({ ...ALL, allOrganizations: false, organizationIds: ['ORG-HHP'] }, dqo);
    expect(ids(mine, 'Organization', 'OrganizationID')).toEqual(new Set(['ORG-HHP']));
    const options = (await t.as(dqo).get('/api/hmis-csv/export-options')).json();
    expect(options.organizations.map((o: { id: string }) => o.id).sort()).toEqual(['ORG-CE', 'ORG-HHP', 'ORG-ODO']);
    expect(options.canExportAll).toBe(false);
  });

  it('answers bad parameters with the field named', async () => {
    const res = await t
      .as(admin)
      .post('/api/hmis-csv/exports', { ...ALL, startDate: '2024-02-01', endDate: '2024-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.endDate).toBeTruthy();
    const noOrg = await t.as(admin).post('/api/hmis-csv/exports', { startDate: '2024-01-01', endDate: '2024-12-31' });
    expect(noOrg.json().error.fields.organizationIds).toBeTruthy();
    // A CoC HMIS export names its CoC in Export.SourceID: without one it is refused, not written blank.
    expect(noOrg.json().error.fields.cocCode).toMatch(/Choose the Continuum of Care code/);
  });

  it('ends an export that selects nothing with a warning, not as if it were a real one', async () => {
    const res = await t
      .as(admin)
      .post('/api/hmis-csv/exports', { ...ALL, startDate: '1901-01-01', endDate: '1901-12-31' });
    const job = await waitForJob(t, admin, res.json().jobId);
    expect(job.status).toBe('done');
    expect(job.result?.warning).toMatch(/^Nothing matched: no enrollments/);
    const full = await t.as(admin).post('/api/hmis-csv/exports', ALL);
    expect((await waitForJob(t, admin, full.json().jobId)).result?.warning).toBeUndefined();
  });

  it('leaves a victim service provider’s client data out of exports its own staff did not run', async () => {
    const stamp = { DateCreated: '2024-01-01 00:00:00', DateUpdated: '2024-01-01 00:00:00', UserID: 'USR-ADMIN' };
    const { db } = t.database;
    await db
      .insert(organizationTable)
      .values({ OrganizationID: 'VSP-2', OrganizationName: 'Other VSP', VictimServiceProvider: 1, ...stamp });
    await db.insert(projectTable).values({
      ProjectID: 'VSP-2-ES',
      OrganizationID: 'VSP-2',
      ProjectName: 'Other VSP Shelter',
      OperatingStartDate: '2020-01-01',
      ContinuumProject: 1,
      ProjectType: 0,
      ...stamp,
    });
    await db.insert(enrollmentTable).values({
      EnrollmentID: 'VSP-2-E1',
      PersonalID: '528656',
      ProjectID: 'VSP-2-ES',
      EntryDate: '2023-01-01',
      HouseholdID: 'VSP-2-H1',
      RelationshipToHoH: 1,
      DisablingCondition: 0,
      ...stamp,
    });
    const e = await runExport(ALL);
    expect(ids(e, 'Project', 'ProjectID').has('VSP-2-ES')).toBe(true);
    expect(ids(e, 'Enrollment', 'EnrollmentID').has('VSP-2-E1')).toBe(false);
    expect(ids(e, 'Enrollment', 'EnrollmentID').has('849668')).toBe(true);
  });
});
