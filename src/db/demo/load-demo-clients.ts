// The demo CoC's clients, households, enrollments, services and exits: HUD's Data Lab test kit
// (bundled here), loaded through the HMIS CSV importer on first start, with the demo users given
// access to its organizations so every screen has realistic records.
import { readFileSync } from 'node:fs';
import { importHmisCsv } from '../../server/hmis-csv/import/import-hmis-csv.ts';
import type { Database } from '../connect.ts';
import { userOrganizationTable } from '../schema/index.ts';

// Data Lab organizations by program: shelters and housing with Hearth Housing Partners' staff,
// outreach, night shelter and services-only with Open Door Outreach's.
const HOUSING_ORGS = ['1361', '773', '6', '75', '106'];
const OUTREACH_ORGS = ['93', '119', '450'];
const ACCESS: Record<string, string[] | 'all'> = {
  'USR-ADMIN': 'all',
  'USR-DQO': 'all',
  'USR-MANAGER': HOUSING_ORGS,
  'USR-CM': HOUSING_ORGS,
  'USR-CM2': OUTREACH_ORGS,
};

export async function loadDemoClients(database: Database): Promise<{ clients: number; enrollments: number }> {
  const data = readFileSync(new URL('./datalab-fy2026.zip', import.meta.url));
  const outcome = await importHmisCsv({
    database,
    data: new Blob([data as Uint8Array<ArrayBuffer>]),
    actor: { userId: null, username: 'demo-setup' },
  });
  if (!outcome.loaded) throw new Error('The bundled Data Lab kit did not load; the demo has no clients.');
  const orgs = (await database.raw.query<{ id: string }>('SELECT organization_id AS id FROM organization')).rows.map(
    (r) => r.id,
  );
  const imported = orgs.filter((o) => !o.startsWith('ORG-'));
  await database.db.transaction(async (tx) => {
    for (const [userId, access] of Object.entries(ACCESS)) {
      const list = access === 'all' ? imported : access.filter((o) => imported.includes(o));
      if (list.length) {
        await tx
          .insert(userOrganizationTable)
          .values(list.map((organizationId) => ({ userId, organizationId })))
          .onConflictDoNothing();
      }
    }
  });
  const count = (file: string) => outcome.files.find((f) => f.file === file)?.inserted ?? 0;
  return { clients: count('Client.csv'), enrollments: count('Enrollment.csv') };
}
