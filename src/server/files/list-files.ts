// Files on Server: the user's files that have not expired or been deleted (every user's for an admin,
// but a victim-service provider's only while working as it).
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, jobRunTable, storedFileTable } from '../../db/schema/index.ts';
import { storedFileVisibleSql } from '../access/work-records.ts';
import { requireRole } from '../auth/session-hook.ts';
import type { RequestContext } from '../http/context.ts';

export async function listFiles(db: DbOrTx, ctx: RequestContext, scope: 'mine' | 'all') {
  const where: SQL[] = [storedFileVisibleSql(ctx)];
  if (scope === 'all') requireRole(ctx, 'hmis_admin');
  else where.push(eq(storedFileTable.ownerId, ctx.user.id));
  const rows = await db
    .select({
      file: storedFileTable,
      jobTitle: jobRunTable.title,
      ownerFirst: appUserTable.firstName,
      ownerLast: appUserTable.lastName,
    })
    .from(storedFileTable)
    .leftJoin(jobRunTable, eq(jobRunTable.id, storedFileTable.jobId))
    .leftJoin(appUserTable, eq(appUserTable.id, storedFileTable.ownerId))
    .where(and(...where))
    .orderBy(desc(storedFileTable.createdAt))
    .limit(500);
  return rows.map((r) => ({
    id: r.file.id,
    name: r.file.name,
    contentType: r.file.contentType,
    sizeBytes: r.file.sizeBytes,
    containsClientData: r.file.containsClientData,
    jobId: r.file.jobId,
    jobTitle: r.jobTitle,
    ownerName: [r.ownerFirst, r.ownerLast].filter(Boolean).join(' '),
    createdAt: r.file.createdAt.toISOString(),
    expiresAt: r.file.expiresAt?.toISOString() ?? null,
    version: r.file.version,
  }));
}
