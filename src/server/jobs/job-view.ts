// Reads job_run rows as the API shows them; who may see a job is decided by requireJob.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, jobRunTable, storedFileTable } from '../../db/schema/index.ts';
import { requireJob } from '../access/work-records.ts';
import type { RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { JobView } from './schemas.ts';

export function jobSelection() {
  return {
    job: jobRunTable,
    ownerFirst: appUserTable.firstName,
    ownerLast: appUserTable.lastName,
    file: {
      id: storedFileTable.id,
      name: storedFileTable.name,
      sizeBytes: storedFileTable.sizeBytes,
      expiresAt: storedFileTable.expiresAt,
      deletedAt: storedFileTable.deletedAt,
    },
  };
}

type Row = {
  job: typeof jobRunTable.$inferSelect;
  ownerFirst: string | null;
  ownerLast: string | null;
  file: { id: string; name: string; sizeBytes: number; expiresAt: Date | null; deletedAt: Date | null } | null;
};

/** A job's parameters as shown: sealed secrets (e.g. a validation file's password) stay on the server. */
function shownParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parameters).filter(([key]) => !key.startsWith('sealed')));
}

export function toJobView(r: Row): JobView {
  const j = r.job;
  return {
    id: j.id,
    kind: j.kind,
    title: j.title,
    status: j.status,
    progress: j.progress,
    progressNote: j.progressNote,
    ...(j.fileId ? { fileId: j.fileId } : {}),
    file: r.file
      ? {
          id: r.file.id,
          name: r.file.name,
          sizeBytes: r.file.sizeBytes,
          expiresAt: r.file.expiresAt?.toISOString() ?? null,
          deleted: r.file.deletedAt !== null,
        }
      : null,
    ...(j.error ? { error: j.error } : {}),
    ownerId: j.ownerId,
    ownerName: [r.ownerFirst, r.ownerLast].filter(Boolean).join(' '),
    parameters: shownParameters(j.parameters),
    result: j.result,
    queuedAt: j.queuedAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

/** The job if the user may see it (src/server/access/work-records.ts), else 404 so ids are not probed. */
export async function readableJob(db: DbOrTx, ctx: RequestContext, jobId: string): Promise<JobView> {
  await requireJob(db, ctx, jobId);
  const [row] = await db
    .select(jobSelection())
    .from(jobRunTable)
    .leftJoin(appUserTable, eq(appUserTable.id, jobRunTable.ownerId))
    .leftJoin(storedFileTable, eq(storedFileTable.id, jobRunTable.fileId))
    .where(eq(jobRunTable.id, jobId));
  if (!row) throw notFound('The job');
  return toJobView(row);
}
