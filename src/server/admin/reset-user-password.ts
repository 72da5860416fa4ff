import { and, eq, sql } from 'drizzle-orm';
import { appUserTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashSecret, newPasswordProblem } from '../auth/password.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { getUser } from './list-users.ts';
import { endSessions } from './user-helpers.ts';
import { missingOrStale } from './write-helpers.ts';

/**
 * Gives a user a temporary password they must change at next sign-in, unlocks the account,
 * and signs them out everywhere (whoever knew the old password no longer gets in).
 */
export async function resetUserPassword(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { temporaryPassword: string; version: number },
) {
  const u = appUserTable;
  if (id === ctx.user.id) throw validationFailed({ temporaryPassword: 'Change your own password in Settings instead' });
  const user = await getUser(deps.database.db, id);
  const problem = await newPasswordProblem(deps, user, input.temporaryPassword);
  if (problem) throw validationFailed({ temporaryPassword: problem });
  const passwordHash = await hashSecret(input.temporaryPassword);
  return deps.database.db.transaction(async (tx) => {
    const updated = await tx
      .update(u)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
        updatedBy: ctx.user.id,
        version: sql`${u.version} + 1`,
      })
      .where(and(eq(u.id, id), eq(u.version, input.version)))
      .returning({ id: u.id });
    if (!updated.length) throw await missingOrStale(tx, u, u.id, id, 'This user');
    const sessionsEnded = await endSessions(tx, id, 'password_reset');
    await recordAudit(tx, ctx, {
      action: 'admin.user_password_reset',
      entityType: 'user',
      entityId: id,
      detail: { sessionsEnded },
    });
    return getUser(tx, id);
  });
}
