// Deletes a case note (soft, audited): its author or an HMIS admin, and never while read only.
import { and, eq } from 'drizzle-orm';
import { caseNoteTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { forbidden, staleVersion } from '../http/errors.ts';
import { assertVersion } from '../http/versions.ts';
import { lockCaseNote } from './find-case-notes.ts';
import { mayUnlock, readOnlyNote } from './update-case-note.ts';

export async function deleteCaseNote(deps: Deps, ctx: RequestContext, id: string, version: number) {
  await deps.database.db.transaction(async (tx) => {
    const row = await lockCaseNote(tx, ctx, id);
    assertVersion(row.version, version, 'This case note');
    if (row.readOnly) throw readOnlyNote('deleted');
    if (!mayUnlock(ctx, row)) throw forbidden('Only the author of this case note or an HMIS admin can delete it');
    const now = new Date();
    const done = await tx
      .update(caseNoteTable)
      .set({ deletedAt: now, deletedBy: ctx.user.id, updatedAt: now, updatedBy: ctx.user.id, version: row.version + 1 })
      .where(and(eq(caseNoteTable.id, id), eq(caseNoteTable.version, row.version)))
      .returning({ id: caseNoteTable.id });
    if (!done.length) throw staleVersion('This case note');
    await recordAudit(tx, ctx, {
      action: 'case_note.delete',
      entityType: 'case_note',
      entityId: id,
      clientId: row.personalId,
    });
  });
}
