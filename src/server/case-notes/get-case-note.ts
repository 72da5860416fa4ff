// One case note with the services recorded in the same save.

import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { findServices } from '../services/find-services.ts';
import { findCaseNote } from './find-case-notes.ts';

export async function getCaseNote(deps: Deps, ctx: RequestContext, id: string, opts = { audit: true }) {
  const { db } = deps.database;
  const note = await findCaseNote(db, ctx, id);
  const { items } = await findServices(db, ctx, { caseNoteId: id });
  if (opts.audit) {
    await recordAudit(db, ctx, {
      action: 'case_note.read',
      entityType: 'case_note',
      entityId: id,
      clientId: note.PersonalID,
    });
  }
  return { ...note, services: items };
}
