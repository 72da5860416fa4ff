// Test helpers for reports: HUD rows written as an import would write them, and the three
// download formats read back (Excel with exceljs, PDF text with unpdf, CSV with csv-parse).
import { randomInt } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Database } from '../../db/connect.ts';

const STAMP = `'2025-01-01 00:00:00', '2025-01-01 00:00:00', 'test'`;
const q = (database: Database, text: string, params: unknown[]) => database.raw.query(text, params);

export async function addPerson(
  database: Database,
  p: { first: string; last: string; dob: string | null; ssn?: string; veteran?: number; ssnQuality?: number },
): Promise<string> {
  const id = `T${randomInt(1e9, 9e9)}`;
  await q(
    database,
    `INSERT INTO client (personal_id, first_name, last_name, name_data_quality, ssn, ssn_data_quality, dob, dob_data_quality,
      am_ind_ak_native, asian, black_af_american, hispanic_latinao, mid_east_n_african, native_hi_pacific, white,
      veteran_status, date_created, date_updated, user_id)
     VALUES ($1, $2, $3, 1, $4, $5, $6, $7, 0, 0, 1, 0, 0, 0, 0, $8, ${STAMP})`,
    [id, p.first, p.last, p.ssn ?? null, p.ssnQuality ?? (p.ssn ? 1 : 99), p.dob, p.dob ? 1 : 99, p.veteran ?? 0],
  );
  return id;
}

export type Stay = {
  personalId: string;
  projectId: string;
  householdId: string;
  relationship?: number;
  entry: string;
  exit?: string;
  moveIn?: string;
  disabling?: number;
  livingSituation?: number | null;
  dateToStreet?: string;
  incomeAtStart?: boolean;
};

export async function addStay(database: Database, s: Stay): Promise<string> {
  const id = `E${randomInt(1e9, 9e9)}`;
  await q(
    database,
    `INSERT INTO enrollment (enrollment_id, personal_id, project_id, entry_date, household_id, relationship_to_hoh,
      enrollment_coc, living_situation, length_of_stay, date_to_street_essh, times_homeless_past_three_years,
      months_homeless_past_three_years, disabling_condition, move_in_date, date_created, date_updated, user_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'TX-600', $7, 4, $8, 1, 103, $9, $10, ${STAMP})`,
    [
      id,
      s.personalId,
      s.projectId,
      s.entry,
      s.householdId,
      s.relationship ?? 1,
      s.livingSituation === undefined ? 116 : s.livingSituation,
      s.dateToStreet ?? s.entry,
      s.disabling ?? 0,
      s.moveIn ?? null,
    ],
  );
  if (s.exit) {
    await q(
      database,
      `INSERT INTO exit (exit_id, enrollment_id, personal_id, exit_date, destination, date_created, date_updated, user_id)
       VALUES ($1, $2, $3, $4, 410, ${STAMP})`,
      [`X${id}`, id, s.personalId, s.exit],
    );
  }
  if (s.incomeAtStart !== false) {
    await q(
      database,
      `INSERT INTO income_benefits (income_benefits_id, enrollment_id, personal_id, information_date, income_from_any_source,
        data_collection_stage, date_created, date_updated, user_id) VALUES ($1, $2, $3, $4, 0, 1, ${STAMP})`,
      [`I${id}`, id, s.personalId, s.entry],
    );
  }
  return id;
}

export async function addBedNight(database: Database, enrollmentId: string, personalId: string, date: string) {
  await q(
    database,
    `INSERT INTO services (services_id, enrollment_id, personal_id, date_provided, record_type, type_provided,
      date_created, date_updated, user_id) VALUES ($1, $2, $3, $4, 200, 200, ${STAMP})`,
    [`S${randomInt(1e9, 9e9)}`, enrollmentId, personalId, date],
  );
}

export async function addContact(database: Database, enrollmentId: string, personalId: string, date: string) {
  await q(
    database,
    `INSERT INTO current_living_situation (current_living_sit_id, enrollment_id, personal_id, information_date,
      current_living_situation, date_created, date_updated, user_id) VALUES ($1, $2, $3, $4, 116, ${STAMP})`,
    [`L${randomInt(1e9, 9e9)}`, enrollmentId, personalId, date],
  );
}

/** Every sheet of a workbook as rows of cell texts, with the sheet's autofilter range. */
export async function readXlsx(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: Record<string, { rows: string[][]; autoFilter: unknown; frozen: boolean }> = {};
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v))));
    });
    sheets[ws.name] = { rows, autoFilter: ws.autoFilter, frozen: ws.views?.[0]?.state === 'frozen' };
  });
  return sheets;
}

export async function readPdfText(data: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(data));
  const { text } = await extractText(pdf, { mergePages: false });
  return text as string[];
}

export function readCsv(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
}
