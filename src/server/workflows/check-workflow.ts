// A page's check: the workflow's values run through Finish's own use-case inside a transaction
// that is always rolled back, so every page is checked by exactly the rules Finish applies and
// nothing is written. The screen shows the problems that belong to the pages already seen.
import type { Db } from '../../db/connect.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, type FieldErrors } from '../http/errors.ts';
import { loadDraft } from './drafts.ts';
import { runWorkflow } from './finish-workflow.ts';

export type CheckResult = { ok: boolean; code: string | null; message: string | null; fields: FieldErrors };

class DryRun extends Error {}

export async function checkWorkflow(
  db: Db,
  ctx: RequestContext,
  id: string,
  data: Record<string, unknown>,
): Promise<CheckResult> {
  const d = await loadDraft(db, ctx, id);
  try {
    await db.transaction(async (tx) => {
      await runWorkflow(tx, ctx, d, data);
      throw new DryRun();
    });
  } catch (e) {
    if (e instanceof DryRun) return { ok: true, code: null, message: null, fields: {} };
    if (e instanceof AppError && e.status < 500)
      return { ok: false, code: e.code, message: e.message, fields: e.fields ?? {} };
    throw e;
  }
  throw new Error('a dry run returned without rolling back');
}
