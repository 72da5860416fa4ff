// The Document Check column of the CAS caseloads: documents ready of those required, per client.
import type { DbOrTx } from '../../db/connect.ts';
import type { RequestContext } from '../http/context.ts';

export type DocumentCheckStatus = { ready: number; required: number };

/**
 * SEAM: Document Check (src/server/document-check/) is being built on another branch. Until it
 * lands this answers null, and the caseloads show the column as not available.
 */
export async function documentCheckStatuses(
  _db: DbOrTx,
  _ctx: RequestContext,
  _personalIds: string[],
): Promise<Map<string, DocumentCheckStatus> | null> {
  return null;
}
