// Household workflows record the client's universal data elements: a quick-added person with
// all of them, and an existing client's corrections on Basic Client Information.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { clientTable } from '../../db/schema/index.ts';
import { DOBDataQuality, NameDataQuality, NoYes, SSNDataQuality } from '../../hud/codes.ts';
import { addDays } from '../../hud/rules/dates.ts';
import { hudToday } from '../http/ids.ts';
import {
  addClient,
  adultEntryAnswers,
  bornYearsAgo,
  childEntryAnswers,
  enrollFamily,
} from './fixtures.test-support.ts';

let t: TestApp;
let cm: string;
beforeAll(async () => {
  t = await createTestApp();
  cm = await t.login('casemanager');
});
afterAll(() => t.close());

const start = addDays(hudToday(), -2);
const clientRow = async (id: string) =>
  (await t.database.db.select().from(clientTable).where(eq(clientTable.PersonalID, id)))[0];

describe('universal data elements in household workflows', () => {
  it('creates a quick-added person with name, SSN, DOB, their quality, race and sex', async () => {
    const res = await t.as(cm).post('/api/enrollments', {
      ProjectID: 'PRJ-ES',
      EntryDate: start,
      members: [
        {
          newClient: {
            FirstName: 'Lior',
            LastName: 'Adebayo',
            NameDataQuality: NameDataQuality.Full,
            SSN: '219-44-7001',
            SSNDataQuality: SSNDataQuality.Full,
            DOB: bornYearsAgo(37),
            DOBDataQuality: DOBDataQuality.Full,
            BlackAfAmerican: NoYes.Yes,
            Sex: 1,
          },
          RelationshipToHoH: 1,
          assessment: { ...adultEntryAnswers(), Client: { VeteranStatus: 0, Sex: 1 } },
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().members[0].PersonalID;
    const c = await clientRow(id);
    expect(c).toMatchObject({
      SSN: '219447001',
      SSNDataQuality: 1,
      DOBDataQuality: 1,
      BlackAfAmerican: 1,
      RaceNone: null,
      VeteranStatus: 0,
    });
    const alerts = (await t.as(cm).get(`/api/clients/${id}`)).json().dataQualityAlerts;
    expect(alerts).toEqual([]);
  });

  it('records an existing client’s missing SSN and race on Basic Client Information, with Edit client’s rules', async () => {
    const id = await addClient(t.database, { FirstName: 'Mina', LastName: 'Adebayo', DOB: bornYearsAgo(30) });
    await t.database.db
      .update(clientTable)
      .set({ HispanicLatinao: 0, RaceNone: 99 })
      .where(eq(clientTable.PersonalID, id));
    const body = (client: Record<string, unknown>) => ({
      ProjectID: 'PRJ-ES',
      EntryDate: start,
      members: [{ PersonalID: id, RelationshipToHoH: 1, clientVersion: 1, client, assessment: adultEntryAnswers() }],
    });
    const bad = await t.as(cm).post('/api/enrollments', body({ SSN: '000-12-3456', SSNDataQuality: 1 }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['members.0.client.SSN']).toMatch(/Mina Adebayo: No SSN starts with 000/);
    expect((await clientRow(id))?.SSN).toBeNull();

    const ok = await t
      .as(cm)
      .post('/api/enrollments', body({ SSN: '219-44-7002', SSNDataQuality: 1, Asian: 1, RaceNone: null }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await clientRow(id)).toMatchObject({ SSN: '219447002', SSNDataQuality: 1, Asian: 1, RaceNone: null });
  });

  it('adds someone not yet in HMIS to an enrollment in Edit entry, after the duplicate check', async () => {
    const fam = await enrollFamily(t, cm, { EntryDate: start, size: 1 });
    const hoh = fam.members[0];
    if (!hoh) throw new Error('no head of household');
    const newborn = {
      FirstName: 'Tobi',
      LastName: 'Park',
      NameDataQuality: 1,
      DOB: addDays(hudToday(), -1),
      DOBDataQuality: 1,
      SSNDataQuality: 99,
      HispanicLatinao: 1,
    };
    const edit = (confirmedNotDuplicate?: boolean) =>
      t.as(cm).put(`/api/enrollments/${hoh.EnrollmentID}/entry`, {
        members: [
          {
            newClient: newborn,
            confirmedNotDuplicate,
            RelationshipToHoH: 2,
            EntryDate: hudToday(),
            assessment: childEntryAnswers(),
          },
        ],
      });
    const res = await edit();
    expect(res.statusCode, res.body).toBe(200);
    const joined = res.json().members.find((m: { FirstName: string }) => m.FirstName === 'Tobi');
    expect(joined).toMatchObject({ LastName: 'Park', RelationshipToHoH: 2, EntryDate: hudToday() });
    // The same baby again is a likely duplicate: refused until confirmed.
    const again = await edit();
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields['members.0.newClient']).toMatch(/may already be in HMIS/);
  });
});
