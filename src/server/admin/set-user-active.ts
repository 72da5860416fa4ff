import { and, eq, sql } from 'drizzle-orm';
import { appUserTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { getUser } from './list-users.ts';
import { endSessions } from './user-helpers.ts';
import { missingOrStale } from './write-helpers.ts';

/** Deactivates (signing the user out everywhere) or reactivates an account. */
export async function setUserActive(deps: Deps, ctx: RequestContext, id: string, active: boolean, version: number) {
  const u = appUserTable;
  if (id === ctx.user.id && !active) throw validationFailed({ id: 'You cannot deactivate your own account' });
  return deps.database.db.transaction(async (tx) => {
    const updated = await tx
      .update(u)
      .set({ active, updatedAt: new Date(), updatedBy: ctx.user.id, version: sql`${u.version} + 1` })
      .where(and(eq(u.id, id), eq(u.version, version)))
      .returning({ id: u.id });
    if (!updated.length) throw await missingOrStale(tx, u, u.id, id, 'This user');
    const sessionsEnded = active ? 0 : await endSessions(tx, id, 'deactivated');
    await recordAudit(tx, ctx, {
      action: active ? 'admin.user_reactivated' : 'admin.user_deactivated',
      entityType: 'user',
      entityId: id,
      detail: active ? undefined : { sessionsEnded },
    });
    return getUser(tx, id);
  });
}
