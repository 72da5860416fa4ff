import { and, count, eq, isNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  ceParticipationTable,
  enrollmentTable,
  funderTable,
  hmisParticipationTable,
  inventoryTable,
  projectCocTable,
  projectTable,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { conflict } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { hudUpdated, missingOrStale, sameVersion } from './write-helpers.ts';

/** Soft-deletes a project with no enrollments, together with its set-up records. */
export async function deleteProject(deps: Deps, ctx: RequestContext, id: string, version: number) {
  const p = projectTable;
  await deps.database.db.transaction(async (tx) => {
    const [enrollments] = await tx
      .select({ n: count() })
      .from(enrollmentTable)
      .where(and(eq(enrollmentTable.ProjectID, id), isNull(enrollmentTable.DateDeleted)));
    if (enrollments && enrollments.n > 0) {
      throw conflict(
        `This project has ${enrollments.n} enrollment${enrollments.n === 1 ? '' : 's'}, so it cannot be deleted. Set an operating end date instead.`,
      );
    }
    const now = hudNow();
    const deleted = await tx
      .update(p)
      .set({ ...hudUpdated(ctx, p.version), DateDeleted: now })
      .where(sameVersion(p.ProjectID, id, p.version, version, p.DateDeleted))
      .returning({ id: p.ProjectID });
    if (!deleted.length) throw await missingOrStale(tx, p, p.ProjectID, id, 'This project', p.DateDeleted);
    const subTables: (PgTable & { ProjectID: PgColumn; DateDeleted: PgColumn; version: PgColumn })[] = [
      projectCocTable,
      funderTable,
      inventoryTable,
      hmisParticipationTable,
      ceParticipationTable,
    ];
    for (const t of subTables) {
      await tx
        .update(t)
        .set({ ...hudUpdated(ctx, t.version), DateDeleted: now })
        .where(and(eq(t.ProjectID, id), isNull(t.DateDeleted)));
    }
    await recordAudit(tx, ctx, { action: 'admin.project_deleted', entityType: 'project', entityId: id });
  });
}
