// The User Tracker as a CSV or Excel file, with the columns users know from the report.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { hudNow } from '../http/ids.ts';
import type { UserTrackerRow } from './user-tracker.ts';

const COLUMNS = [
  'Active Status',
  'User ID',
  'Username',
  'Name',
  'Email',
  'Organization Last Logged On To',
  'User Created Date',
  'Last Login Date',
] as const;

// Times are the CoC's local time, like every HUD timestamp.
const local = (iso: string | null) => (iso ? hudNow(new Date(iso)) : '');
const status = (r: UserTrackerRow) => (r.active ? 'Active' : 'Inactive');

export function userTrackerCsv(rows: UserTrackerRow[]): string {
  return stringify(
    rows.map((r) => [
      status(r),
      r.userId,
      r.username,
      r.name,
      r.email ?? '',
      r.lastLoginOrganization ?? '',
      local(r.createdAt),
      local(r.lastLoginAt),
    ]),
    { header: true, columns: [...COLUMNS], bom: true },
  );
}

export async function userTrackerXlsx(rows: UserTrackerRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hearth HMIS';
  const sheet = wb.addWorksheet('User Tracker', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((header) => ({ header, width: Math.max(14, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      status(r),
      r.userId,
      r.username,
      r.name,
      r.email ?? '',
      r.lastLoginOrganization ?? '',
      local(r.createdAt),
      local(r.lastLoginAt),
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
