// A client's case notes written by the organization the user works as.

import { readClientAudited } from '../clients/client-access.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { findCaseNotes } from './find-case-notes.ts';

export async function listCaseNotes(deps: Deps, ctx: RequestContext, personalId: string) {
  const { db } = deps.database;
  await readClientAudited(db, ctx, personalId, 'case-notes');
  return findCaseNotes(db, ctx, { personalId });
}
