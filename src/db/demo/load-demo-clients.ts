// The demo CoC's clients, households, enrollments, services and exits: HUD's Data Lab test kit
// (bundled here), loaded through the HMIS CSV importer on first start, with the demo users given
// access to its organizations so every screen has realistic records. The load is kept as the HMIS
// admin's import job, so Files on Server and the admin's Home show it like any other import.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { importHmisCsv } from '../../server/hmis-csv/import/import-hmis-csv.ts';
import { IMPORT_JOB } from '../../server/hmis-csv/run-import-job.ts';
import { newId } from '../../server/http/ids.ts';
import type { Database } from '../connect.ts';
import { jobRunTable, userOrganizationTable } from '../schema/index.ts';

const FILE = 'datalab-fy2026.zip';

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
  const data = readFileSync(new URL(`./${FILE}`, import.meta.url));
  const jobId = newId();
  await database.db.insert(jobRunTable).values({
    id: jobId,
    kind: IMPORT_JOB,
    title: `HMIS CSV Import: ${FILE} (demo set-up)`,
    status: 'running',
    ownerId: 'USR-ADMIN',
    organizationId: 'ORG-HHP',
    parameters: { fileName: FILE, sizeBytes: data.byteLength },
    startedAt: new Date(),
  });
  const outcome = await importHmisCsv({
    database,
    data: new Blob([data as Uint8Array<ArrayBuffer>]),
    actor: { userId: null, username: 'demo-setup' },
    jobId,
  });
  if (!outcome.loaded) throw new Error('The bundled Data Lab kit did not load; the demo has no clients.');
  const { counts } = outcome.findings;
  await database.db
    .update(jobRunTable)
    .set({
      status: 'done',
      progress: 100,
      finishedAt: new Date(),
      result: {
        loaded: outcome.loaded,
        version: outcome.version,
        exportIds: outcome.exportIds,
        files: outcome.files,
        counts: { highPriority: counts.high_priority, errors: counts.error, warnings: counts.warning },
      },
    })
    .where(eq(jobRunTable.id, jobId));
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
