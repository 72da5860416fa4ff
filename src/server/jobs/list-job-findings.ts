// The problems an import found, per file, line and column, for the job's report screen.
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/connect.ts';
import { jobFindingTable } from '../../db/schema/index.ts';
import type { RequestContext } from '../http/context.ts';
import { readableJob } from './job-view.ts';
import type { findingQuery, findingView } from './schemas.ts';

export async function listJobFindings(
  db: DbOrTx,
  ctx: RequestContext,
  jobId: string,
  q: z.infer<typeof findingQuery>,
): Promise<{ items: z.infer<typeof findingView>[]; total: number }> {
  await readableJob(db, ctx, jobId);
  const where: SQL[] = [eq(jobFindingTable.jobId, jobId)];
  if (q.severity) where.push(eq(jobFindingTable.severity, q.severity));
  if (q.file) where.push(eq(jobFindingTable.file, q.file));
  const rows = await db
    .select()
    .from(jobFindingTable)
    .where(and(...where))
    .orderBy(asc(jobFindingTable.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db
    .select({ n: count() })
    .from(jobFindingTable)
    .where(and(...where));
  return {
    items: rows.map((r) => ({
      id: r.id,
      severity: r.severity,
      checkId: r.checkId,
      file: r.file,
      line: r.line,
      column: r.columnName,
      recordId: r.recordId,
      value: r.value,
      message: r.message,
    })),
    total: total?.n ?? 0,
  };
}
