// The jobs behind Files on Server and the Task List: the user's own, or everyone's for an HMIS admin
// (a victim-service provider's only while working as it).
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, jobRunTable, storedFileTable } from '../../db/schema/index.ts';
import { jobVisibleSql } from '../access/work-records.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';
import { jobSelection, toJobView } from './job-view.ts';
import type { JobView, jobListQuery } from './schemas.ts';

export async function listJobs(
  db: DbOrTx,
  ctx: RequestContext,
  q: z.infer<typeof jobListQuery>,
): Promise<{ items: JobView[]; total: number }> {
  const where: SQL[] = [jobVisibleSql(ctx)];
  if (q.scope === 'all') requireRole(ctx, 'hmis_admin');
  else where.push(eq(jobRunTable.ownerId, ctx.user.id));
  if (q.state === 'active') where.push(inArray(jobRunTable.status, ['queued', 'running']));
  if (q.state === 'finished') where.push(inArray(jobRunTable.status, ['done', 'failed']));
  const cond = and(...where);
  const rows = await db
    .select(jobSelection())
    .from(jobRunTable)
    .leftJoin(appUserTable, eq(appUserTable.id, jobRunTable.ownerId))
    .leftJoin(storedFileTable, eq(storedFileTable.id, jobRunTable.fileId))
    .where(cond)
    .orderBy(desc(jobRunTable.queuedAt), desc(jobRunTable.id))
    .limit(q.limit)
    .offset(q.offset);
  const total = await db.$count(jobRunTable, cond);
  return { items: rows.map(toJobView), total };
}
