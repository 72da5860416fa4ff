// A stored file the user may reach: the rule of jobs (src/server/access/work-records.ts).
import type { DbOrTx } from '../../db/connect.ts';
import { requireStoredFile } from '../access/work-records.ts';
import type { RequestContext } from '../http/context.ts';

export function readableFile(db: DbOrTx, ctx: RequestContext, id: string) {
  return requireStoredFile(db, ctx, id);
}
