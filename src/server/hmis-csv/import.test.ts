import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientTable, enrollmentTable, exportTable, organizationTable } from '../../db/schema/index.ts';
import { download, fixture, type JobBody, unzip, upload, waitForJob, zipFiles } from './test-support.ts';

let t: TestApp;
let admin: string;
let kit: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  kit = await unzip(fixture('datalab-fy2026.zip'));
});
afterAll(() => t.close());

type Finding = {
  severity: string;
  checkId: string;
  file: string | null;
  line: number | null;
  column: string | null;
  message: string;
};

async function findings(jobId: string, query = ''): Promise<Finding[]> {
  const res = await t.as(admin).get(`/api/jobs/${jobId}/findings?limit=1000${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

async function importZip(name: string, data: Buffer): Promise<JobBody> {
  const res = await upload(t, admin, name, data);
  expect(res.statusCode).toBe(202);
  return waitForJob(t, admin, res.json().jobId);
}

const clients = async () => (await t.database.db.select({ n: count() }).from(clientTable))[0]?.n ?? 0;

/** The Data Lab kit with some files changed. */
async function changedKit(change: (files: Map<string, string>) => void): Promise<Buffer> {
  const files = new Map(kit);
  change(files);
  return zipFiles(files);
}

function editCell(files: Map<string, string>, file: string, dataRow: number, column: string, value: string) {
  const lines = (files.get(file) ?? '').split('\n');
  const header = (lines[0] ?? '').split(',').map((h) => h.replaceAll('"', ''));
  const cells = (lines[dataRow] ?? '').split(',');
  cells[header.indexOf(column)] = value;
  lines[dataRow] = cells.join(',');
  files.set(file, lines.join('\n'));
}

describe('importing HUD’s Data Lab kit', () => {
  let first: JobBody;
  it('loads every file, reports the kit’s own errors, and keeps a report under Files on Server', async () => {
    first = await importZip('datalab-fy2026.zip', fixture('datalab-fy2026.zip'));
    expect(first.status).toBe('done');
    expect(first.progress).toBe(100);
    const result = first.result as { loaded: boolean; files: { file: string; rows: number; inserted: number }[] };
    expect(result.loaded).toBe(true);
    expect(result.files.find((f) => f.file === 'Client.csv')).toMatchObject({ rows: 514, inserted: 514 });
    expect(result.files.find((f) => f.file === 'Enrollment.csv')).toMatchObject({ rows: 574, inserted: 574 });
    expect(await clients()).toBe(514);
    const found = await findings(first.id);
    // The kit's ExportDate is written 02-07-2023 (US month first): read, and reported as an Error.
    expect(found).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        checkId: 'nonstandard_date_format',
        file: 'Export.csv',
        column: 'ExportDate',
        line: 2,
      }),
    );
    const [exportRow] = await t.database.db.select().from(exportTable).where(eq(exportTable.ExportID, '1036'));
    expect(exportRow?.ExportDate).toBe('2023-02-07 12:00:00');
    // Funder 47 was retired in FY2026: an Error, and the row still loads.
    expect(found.filter((f) => f.checkId === 'invalid_value' && f.file === 'Funder.csv')).toHaveLength(3);
    expect(found.some((f) => f.severity === 'high_priority')).toBe(false);
    const report = (await download(t, admin, first.fileId ?? '')).toString();
    expect(report.split('\n')[0]).toBe('"Severity","Check","File","Line","Column","RecordID","Value","Problem"');
    expect(report).toContain('"Error","Value not on its HUD list","Funder.csv"');
  });

  it('changes nothing when the same export is imported again: IDs, timestamps and versions stay', async () => {
    const [before] = await t.database.db
      .select()
      .from(enrollmentTable)
      .where(eq(enrollmentTable.EnrollmentID, '849668'));
    const again = await importZip('datalab-fy2026.zip', fixture('datalab-fy2026.zip'));
    expect(again.status).toBe('done');
    const files = (again.result as { files: { inserted: number; updated: number; unchanged: number; rows: number }[] })
      .files;
    expect(files.reduce((n, f) => n + f.inserted + f.updated, 0)).toBe(0);
    expect(files.reduce((n, f) => n + f.unchanged, 0)).toBe(files.reduce((n, f) => n + f.rows, 0));
    const [after] = await t.database.db
      .select()
      .from(enrollmentTable)
      .where(eq(enrollmentTable.EnrollmentID, '849668'));
    expect(after).toEqual(before);
    expect(after).toMatchObject({ DateCreated: '2022-05-09 13:38:05', DateUpdated: '2022-05-09 13:42:46', version: 1 });
  });

  it('converts the FY2024 edition of the kit to the same FY2026 records', async () => {
    const job = await importZip('datalab-fy2024.zip', fixture('datalab-fy2024.zip'));
    expect(job.status).toBe('done');
    const result = job.result as { version: string; files: { file: string; inserted: number; updated: number }[] };
    expect(result.version).toBe('FY2024');
    // Only Export.csv's own row differs (its CSVVersion says 2024).
    const changed = result.files.filter((f) => f.inserted + f.updated > 0).map((f) => f.file);
    expect(changed).toEqual(['Export.csv']);
    expect((await findings(job.id)).map((f) => f.checkId)).toContain('fy2024_converted');
  });

  it('updates a record whose newer copy arrives, and bumps its version', async () => {
    const data = await changedKit((files) => {
      editCell(files, 'Enrollment.csv', 1, 'DisablingCondition', '0');
      editCell(files, 'Enrollment.csv', 1, 'DateUpdated', '2023-01-01 10:00:00');
    });
    const job = await importZip('datalab-changed.zip', data);
    expect(job.status).toBe('done');
    const [row] = await t.database.db.select().from(enrollmentTable).where(eq(enrollmentTable.EnrollmentID, '849668'));
    expect(row).toMatchObject({ DisablingCondition: 0, DateUpdated: '2023-01-01 10:00:00', version: 2 });
  });

  it('tells the format from Client.csv’s columns when CSVVersion is empty', async () => {
    const data = await changedKit((files) => editCell(files, 'Export.csv', 1, 'CSVVersion', ''));
    const job = await importZip('no-version.zip', data);
    expect(job.status).toBe('done');
    expect((job.result as { version: string }).version).toBe('FY2026');
    expect((await findings(job.id)).map((f) => f.message)).toContainEqual(
      expect.stringContaining('CSVVersion is empty'),
    );
  });

  it('keeps commas, quotes and line breaks inside a value', async () => {
    const data = await changedKit((files) =>
      files.set(
        'Organization.csv',
        (files.get('Organization.csv') ?? '').replace('"Humanitarian"', '"Humanitarian, ""HS""\nsecond line"'),
      ),
    );
    expect((await importZip('quotes.zip', data)).status).toBe('done');
    const [org] = await t.database.db
      .select()
      .from(organizationTable)
      .where(eq(organizationTable.OrganizationID, '1361'));
    expect(org?.OrganizationCommonName).toBe('Humanitarian, "HS"\nsecond line');
  });

  it('is for HMIS admins only', async () => {
    const cm = await t.login('dqo');
    const res = await upload(t, cm, 'datalab.zip', fixture('datalab-fy2026.zip'));
    expect(res.statusCode).toBe(403);
  });
});

describe('bad input fails the job with a report, and nothing is written', () => {
  async function expectRejected(name: string, data: Buffer, expected: Partial<Finding>[]) {
    const before = await clients();
    const job = await importZip(name, data);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/Nothing was imported/);
    const found = await findings(job.id, '&severity=high_priority');
    for (const e of expected) expect(found).toContainEqual(expect.objectContaining(e));
    expect(await clients()).toBe(before);
    return found;
  }

  it('refuses an upload over the size limit before any job starts', async () => {
    const small = await createTestApp({ config: { uploadLimitBytes: 100_000 } });
    try {
      const cookie = await small.login('admin');
      const res = await upload(small, cookie, 'datalab.zip', fixture('datalab-fy2026.zip'));
      expect(res.statusCode).toBe(413);
      expect((await small.as(cookie).get('/api/jobs')).json().total).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('refuses a file that is not a zip', async () => {
    await expectRejected('export.zip', Buffer.from('PersonalID,FirstName\n1,Ann\n'), [{ checkId: 'not_zip' }]);
  });

  it('refuses a zip bomb', async () => {
    const bomb = await zipFiles(
      new Map([...kit, ['Client.csv', `${kit.get('Client.csv')}${'0'.repeat(30 * 1024 ** 2)}`]]),
    );
    expect(bomb.length).toBeLessThan(1024 ** 2);
    await expectRejected('bomb.zip', bomb, [{ checkId: 'zip_too_large' }]);
  });

  it('refuses a zip with a required file missing, or the files in a folder', async () => {
    // The missing file does not hide the other files' problems: all are reported in one run.
    const missing = await changedKit((files) => {
      files.delete('Services.csv');
      editCell(files, 'Enrollment.csv', 3, 'EntryDate', '2022-13-45');
    });
    await expectRejected('missing.zip', missing, [
      { checkId: 'missing_file', file: 'Services.csv' },
      { checkId: 'incorrect_date_format', file: 'Enrollment.csv', line: 4, column: 'EntryDate' },
    ]);
    const nested = await zipFiles(new Map([...kit].map(([n, v]) => [`export/${n}`, v])));
    await expectRejected('nested.zip', nested, [{ checkId: 'misstructured_zip', file: 'Client.csv' }]);
  });

  it('refuses a CSVVersion that is not FY2026 or FY2024', async () => {
    const old = await changedKit((files) => editCell(files, 'Export.csv', 1, 'CSVVersion', '2022 v1.3'));
    await expectRejected('fy2022.zip', old, [{ checkId: 'csv_version', file: 'Export.csv', column: 'CSVVersion' }]);
  });

  it('names the file, line, column and problem of each broken value and reference', async () => {
    const broken = await changedKit((files) => {
      files.set(
        'Client.csv',
        (files.get('Client.csv') ?? '').replace('PersonalID,', 'PersonalID,Nickname,').replace(/\n(\d+),/g, '\n$1,x,'),
      );
      files.set('Event.csv', (files.get('Event.csv') ?? '').replace(',"Event",', ','));
      editCell(files, 'Enrollment.csv', 3, 'EntryDate', '2022-13-45');
      editCell(files, 'Enrollment.csv', 4, 'RelationshipToHoH', '7');
      editCell(files, 'Exit.csv', 2, 'EnrollmentID', '"999999999"');
    });
    const found = await expectRejected('broken.zip', broken, [
      { checkId: 'incorrect_columns', file: 'Client.csv', line: 1, column: 'Nickname' },
      { checkId: 'incorrect_columns', file: 'Event.csv', line: 1, column: 'Event' },
      { checkId: 'incorrect_date_format', file: 'Enrollment.csv', line: 4, column: 'EntryDate' },
      { checkId: 'missing_reference', file: 'Exit.csv', line: 3, column: 'EnrollmentID' },
    ]);
    expect(found.find((f) => f.column === 'EntryDate')?.message).toContain('2022-13-45');
    const errors = await findings((await t.as(admin).get('/api/jobs?limit=1')).json().items[0].id, '&severity=error');
    expect(errors).toContainEqual(
      expect.objectContaining({
        checkId: 'invalid_value',
        file: 'Enrollment.csv',
        line: 5,
        column: 'RelationshipToHoH',
      }),
    );
  });
});
