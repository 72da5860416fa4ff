import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DEMO_USERS } from '../../db/demo/seed-demo.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  await t.login('casemanager2');
});
afterAll(() => t.close());

type Row = { username: string; active: boolean; lastLoginOrganization: string | null; lastLoginAt: string | null };

describe('User Tracker report', () => {
  it('shows each user with status, email, last organization and last sign-in', async () => {
    const res = await t.as(admin).get('/api/reports/user-tracker');
    expect(res.statusCode).toBe(200);
    const rows = res.json().items as Row[];
    expect(rows).toHaveLength(DEMO_USERS.length);
    expect(rows.find((r) => r.username === 'casemanager2')).toMatchObject({
      active: true,
      userId: 'USR-CM2',
      name: 'Jordan Rivera',
      email: 'casemanager2@demo.hearth.invalid',
      lastLoginOrganization: 'Open Door Outreach',
      lastLoginAt: expect.any(String),
    });
    expect(rows.find((r) => r.username === 'manager')?.lastLoginAt).toBeNull();
  });

  it('filters by organization', async () => {
    const rows = (await t.as(admin).get('/api/reports/user-tracker?organizationId=ORG-ODO')).json().items as Row[];
    expect(rows.map((r) => r.username).sort()).toEqual(['admin', 'casemanager2', 'dqo']);
  });

  it('program managers see only the users of their own organizations', async () => {
    const manager = t.as(await t.login('manager'));
    const rows = (await manager.get('/api/reports/user-tracker')).json().items as Row[];
    expect(rows.map((r) => r.username).sort()).toEqual(['admin', 'casemanager', 'dqo', 'manager']);
    expect((await manager.get('/api/reports/user-tracker?organizationId=ORG-ODO')).statusCode).toBe(403);
  });

  it('data quality officers see the users of their own organizations', async () => {
    const dqo = t.as(await t.login('dqo'));
    const rows = (await dqo.get('/api/reports/user-tracker?organizationId=ORG-ODO')).json().items as Row[];
    expect(rows.map((r) => r.username).sort()).toEqual(['admin', 'casemanager2', 'dqo']);
    expect((await dqo.get('/api/reports/user-tracker?organizationId=ORG-SH')).statusCode).toBe(403);
  });

  it('is not for case managers', async () => {
    const as = t.as(await t.login('casemanager'));
    expect((await as.get('/api/reports/user-tracker')).statusCode).toBe(403);
    expect((await as.get('/api/reports/user-tracker/download?format=csv')).statusCode).toBe(403);
    expect((await as.get('/api/reports/user-tracker/download?format=xlsx')).statusCode).toBe(403);
  });

  it('downloads as CSV with the report’s columns, and the download is audited', async () => {
    const res = await t.as(admin).get('/api/reports/user-tracker/download?format=csv&organizationId=ORG-ODO');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="user-tracker-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'Active Status,User ID,Username,Name,Email,Organization Last Logged On To,User Created Date,Last Login Date',
    );
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('casemanager2'))).toMatch(
      /^Active,USR-CM2,casemanager2,Jordan Rivera,casemanager2@demo\.hearth\.invalid,Open Door Outreach,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{4}-/,
    );
    const audit = (await t.as(admin).get('/api/admin/audit?action=report.downloaded')).json().items;
    expect(audit[0].detail).toEqual({ format: 'csv', organizationId: 'ORG-ODO', rows: 3 });
  });

  it('downloads as an Excel workbook that opens with the same rows', async () => {
    const res = await t.as(admin).get('/api/reports/user-tracker/download?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('User Tracker');
    expect(sheet?.rowCount).toBe(DEMO_USERS.length + 1);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Active Status');
    const usernames = DEMO_USERS.map((_, i) => sheet?.getRow(i + 2).getCell(3).value);
    expect(usernames).toContain('casemanager2');
  });
});
