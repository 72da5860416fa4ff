// The Document Check column of the CAS caseloads: documents ready of those required, per client
// (the Document Check feature decides which documents the user's organization may see).
import type { DbOrTx } from '../../db/connect.ts';
import { documentCheckStatus } from '../document-check/document-check-status.ts';
import type { DocumentCheckStatus } from '../document-check/schemas.ts';
import type { RequestContext } from '../http/context.ts';

export async function documentCheckStatuses(
  db: DbOrTx,
  ctx: RequestContext,
  personalIds: string[],
): Promise<Map<string, DocumentCheckStatus>> {
  return new Map(Object.entries(await documentCheckStatus(db, ctx, personalIds)));
}
