// Reads case notes of the organization the user works as: they are private to the writing
// organization, so another organization's note answers 404 as if it did not exist.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import { appUserTable, caseNoteTable, enrollmentTable, projectTable } from '../../db/schema/index.ts';
import { requireCaseNote } from '../access/client-records.ts';
import { clientVisibleSql } from '../access/visibility.ts';
import { currentOrganization } from '../auth/session-hook.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { CaseNoteOut } from './schemas.ts';

export type CaseNoteRow = typeof caseNoteTable.$inferSelect;

export async function findCaseNotes(
  db: DbOrTx,
  ctx: RequestContext,
  f: { personalId?: string; id?: string },
): Promise<CaseNoteOut[]> {
  const org = currentOrganization(ctx);
  const rows = await db
    .select({
      n: caseNoteTable,
      ProjectName: projectTable.ProjectName,
      first: appUserTable.firstName,
      last: appUserTable.lastName,
      serviceCount:
        sql<number>`(select count(*) from service s where s.case_note_id = ${caseNoteTable.id} and s.deleted_at is null)`.mapWith(
          Number,
        ),
    })
    .from(caseNoteTable)
    .innerJoin(appUserTable, eq(appUserTable.id, caseNoteTable.authorId))
    .leftJoin(enrollmentTable, eq(enrollmentTable.EnrollmentID, caseNoteTable.enrollmentId))
    .leftJoin(projectTable, eq(projectTable.ProjectID, enrollmentTable.ProjectID))
    .where(
      and(
        eq(caseNoteTable.organizationId, org),
        isNull(caseNoteTable.deletedAt),
        clientVisibleSql(caseNoteTable.personalId, org),
        f.personalId ? eq(caseNoteTable.personalId, f.personalId) : undefined,
        f.id ? eq(caseNoteTable.id, f.id) : undefined,
      ),
    )
    .orderBy(desc(caseNoteTable.noteDate), desc(caseNoteTable.createdAt))
    .limit(500);
  return rows.map(({ n, ...r }) => {
    const mayUnlock = n.authorId === ctx.user.id || hasRole(ctx.user, 'hmis_admin');
    return {
      id: n.id,
      PersonalID: n.personalId,
      noteDate: n.noteDate,
      title: n.title,
      note: n.note,
      readOnly: n.readOnly,
      EnrollmentID: n.enrollmentId,
      ProjectName: r.ProjectName,
      author: { id: n.authorId, name: `${r.first} ${r.last}` },
      organizationId: n.organizationId,
      createdAt: n.createdAt.toISOString(),
      updatedAt: n.updatedAt.toISOString(),
      serviceCount: r.serviceCount,
      canEdit: !n.readOnly,
      canUnlock: n.readOnly && mayUnlock,
      canDelete: !n.readOnly && mayUnlock,
      version: n.version,
    };
  });
}

export async function findCaseNote(db: DbOrTx, ctx: RequestContext, id: string): Promise<CaseNoteOut> {
  const [note] = await findCaseNotes(db, ctx, { id });
  if (!note) throw notFound('The case note');
  return note;
}

/** The stored row of a note of the user's organization, locked for this transaction. */
export function lockCaseNote(db: DbOrTx, ctx: RequestContext, id: string): Promise<CaseNoteRow> {
  return requireCaseNote(db, ctx, id, { lock: true });
}
