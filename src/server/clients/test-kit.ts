// Helpers the clients tests share: creating clients over the API, multipart bodies, and HUD
// enrollment rows (another feature owns enrollments; these tests only need rows to exist).
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/support/test-app.ts';
import type { Database } from '../../db/connect.ts';
import { clientTable, enrollmentTable, exitTable } from '../../db/schema/index.ts';
import {
  Destination,
  DOBDataQuality,
  NameDataQuality,
  NoYes,
  NoYesReasons,
  RelationshipToHoH,
  SSNDataQuality,
} from '../../hud/codes.ts';
import { hudNow, newId } from '../http/ids.ts';

export type Part = { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer };

export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----hearth${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'value' in p
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type}\r\n\r\n`;
    chunks.push(Buffer.from(head), 'value' in p ? Buffer.from(p.value) : p.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function upload(t: TestApp, cookie: string, url: string, parts: Part[]): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipart(parts);
  return t.app.inject({ method: 'POST', url, payload, headers: { ...headers, cookie } });
}

/** Creates a client (confirming past any duplicate warning) and returns the API's answer. */
export async function addClient(t: TestApp, cookie: string, body: Record<string, unknown>) {
  const res = await t.as(cookie).post('/api/clients', { confirmedNotDuplicate: true, ...body });
  if (res.statusCode !== 201) throw new Error(`create client: ${res.statusCode} ${res.body}`);
  return res.json() as { PersonalID: string; version: number } & Record<string, unknown>;
}

/** A client as an HMIS CSV import would load it: straight into the table, no duplicate check. */
export async function importClient(
  database: Database,
  c: { FirstName: string; LastName: string; DOB?: string; SSN?: string },
): Promise<string> {
  const PersonalID = `IMP-${newId().slice(0, 8)}`;
  await database.db.insert(clientTable).values({
    PersonalID,
    ...c,
    NameDataQuality: NameDataQuality.Full,
    SSNDataQuality: c.SSN ? SSNDataQuality.Full : SSNDataQuality.DataNotCollected,
    DOBDataQuality: c.DOB ? DOBDataQuality.Full : DOBDataQuality.DataNotCollected,
    AmIndAKNative: NoYes.No,
    Asian: NoYes.No,
    BlackAfAmerican: NoYes.No,
    HispanicLatinao: NoYes.No,
    MidEastNAfrican: NoYes.No,
    NativeHIPacific: NoYes.No,
    White: NoYes.Yes,
    VeteranStatus: NoYesReasons.DataNotCollected,
    DateCreated: hudNow(),
    DateUpdated: hudNow(),
    UserID: 'import',
  });
  return PersonalID;
}

/** An enrollment row (and optionally its exit) straight into the HUD tables. */
export async function addEnrollment(
  database: Database,
  e: { personalId: string; projectId: string; entryDate: string; exitDate?: string; householdId?: string },
): Promise<string> {
  const id = newId();
  const stamp = { DateCreated: hudNow(), DateUpdated: hudNow(), UserID: 'USR-ADMIN' };
  await database.db.insert(enrollmentTable).values({
    EnrollmentID: id,
    PersonalID: e.personalId,
    ProjectID: e.projectId,
    EntryDate: e.entryDate,
    HouseholdID: e.householdId ?? newId(),
    RelationshipToHoH: RelationshipToHoH.Self,
    DisablingCondition: NoYesReasons.DataNotCollected,
    ...stamp,
  });
  if (e.exitDate) {
    await database.db.insert(exitTable).values({
      ExitID: newId(),
      EnrollmentID: id,
      PersonalID: e.personalId,
      ExitDate: e.exitDate,
      Destination: Destination.DataNotCollected,
      ...stamp,
    });
  }
  return id;
}
