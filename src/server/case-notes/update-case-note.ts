// Edits a case note. A read-only note refuses every change until its author (or an HMIS
// admin) unchecks Read Only; they may uncheck it and edit in the same save.
import { and, eq } from 'drizzle-orm';
import { caseNoteTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import { hasRole, type RequestContext } from '../http/context.ts';
import { AppError, forbidden, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { checkNoteEnrollment } from './check-note-enrollment.ts';
import { type CaseNoteRow, lockCaseNote } from './find-case-notes.ts';
import { getCaseNote } from './get-case-note.ts';
import type { CaseNoteUpdate } from './schemas.ts';

export const readOnlyNote = (action: string) =>
  new AppError(
    409,
    'read_only',
    `This case note is read only and cannot be ${action}: its author or an HMIS admin must uncheck Read Only first`,
  );

export const mayUnlock = (ctx: RequestContext, row: CaseNoteRow) =>
  row.authorId === ctx.user.id || hasRole(ctx.user, 'hmis_admin');

export async function updateCaseNote(deps: Deps, ctx: RequestContext, id: string, input: CaseNoteUpdate) {
  const { db } = deps.database;
  await db.transaction(async (tx) => {
    const row = await lockCaseNote(tx, ctx, id);
    assertVersion(row.version, input.version, 'This case note');
    if (row.readOnly && input.readOnly) throw readOnlyNote('edited');
    if (row.readOnly && !mayUnlock(ctx, row)) {
      throw forbidden('Only the author of this case note or an HMIS admin can uncheck Read Only');
    }
    await checkNoteEnrollment(tx, input.EnrollmentID, row.personalId, row.organizationId);
    const done = await tx
      .update(caseNoteTable)
      .set({
        noteDate: input.noteDate,
        title: input.title,
        note: input.note,
        readOnly: input.readOnly,
        enrollmentId: input.EnrollmentID,
        updatedAt: new Date(),
        updatedBy: ctx.user.id,
        version: row.version + 1,
      })
      .where(and(eq(caseNoteTable.id, id), eq(caseNoteTable.version, row.version)))
      .returning({ id: caseNoteTable.id });
    if (!done.length) throw staleVersion('This case note');
    await recordAudit(tx, ctx, {
      action: row.readOnly && !input.readOnly ? 'case_note.unlock' : 'case_note.update',
      entityType: 'case_note',
      entityId: id,
      clientId: row.personalId,
      detail: { readOnly: input.readOnly },
    });
  });
  return getCaseNote(deps, ctx, id, { audit: false });
}
