// A client's case notes written by the organization the user works as.
import type { Deps } from '../app.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { requireClient } from '../services/require-client.ts';
import { findCaseNotes } from './find-case-notes.ts';

export async function listCaseNotes(deps: Deps, ctx: RequestContext, personalId: string) {
  const { db } = deps.database;
  await requireClient(db, personalId);
  const items = await findCaseNotes(db, ctx, { personalId });
  await recordAudit(db, ctx, {
    action: 'client.read',
    entityType: 'client',
    entityId: personalId,
    clientId: personalId,
    detail: { via: 'case-notes', count: items.length },
  });
  return items;
}
