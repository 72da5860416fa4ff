// Account recovery with the user's own security question (answer is case-sensitive).
// Rate-limited per account through the audit trail itself: failed answers are audit rows.
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { appUserTable, auditEventTable, sessionTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import { AppError, validationFailed } from '../http/errors.ts';
import { hashSecret, passwordProblem, verifySecret } from './password.ts';

const NOT_SET_UP = 'Account recovery is not set up for this username. Ask your HMIS admin to reset your password.';

async function findUser(deps: Deps, username: string) {
  const [u] = await deps.database.db
    .select()
    .from(appUserTable)
    .where(eq(sql`lower(${appUserTable.username})`, username.trim().toLowerCase()));
  return u?.active && u.securityQuestion && u.securityAnswerHash ? u : undefined;
}

export async function recoveryQuestion(deps: Deps, username: string): Promise<string> {
  const u = await findUser(deps, username);
  if (!u?.securityQuestion) throw new AppError(404, 'recovery_not_set_up', NOT_SET_UP);
  return u.securityQuestion;
}

export async function recoverAccount(
  deps: Deps,
  input: { username: string; answer: string; newPassword: string; ip: string },
) {
  const { db } = deps.database;
  const u = await findUser(deps, input.username);
  if (!u?.securityAnswerHash) throw new AppError(404, 'recovery_not_set_up', NOT_SET_UP);
  const actor = { userId: u.id, username: u.username, ip: input.ip };
  const since = new Date(Date.now() - 3_600_000);
  const [recent] = await db
    .select({ n: count() })
    .from(auditEventTable)
    .where(
      and(
        eq(auditEventTable.userId, u.id),
        eq(auditEventTable.action, 'auth.recovery_failed'),
        gt(auditEventTable.at, since),
      ),
    );
  if ((recent?.n ?? 0) >= deps.config.recoveryAttemptsPerHour) {
    await recordAudit(db, actor, { action: 'auth.recovery_rate_limited', entityType: 'user', entityId: u.id });
    throw new AppError(
      429,
      'too_many_attempts',
      'Too many recovery attempts for this account. Try again in an hour, or ask your HMIS admin.',
    );
  }
  if (!(await verifySecret(u.securityAnswerHash, input.answer))) {
    await recordAudit(db, actor, { action: 'auth.recovery_failed', entityType: 'user', entityId: u.id });
    throw new AppError(400, 'validation_failed', 'That answer does not match. Answers are case-sensitive.', {
      answer: 'That answer does not match. Answers are case-sensitive.',
    });
  }
  const problem = passwordProblem(u.username, input.newPassword);
  if (problem) throw validationFailed({ newPassword: problem });
  const passwordHash = await hashSecret(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(appUserTable)
      .set({ passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(appUserTable.id, u.id));
    await tx
      .update(sessionTable)
      .set({ endedAt: new Date(), endedReason: 'recovery' })
      .where(and(eq(sessionTable.userId, u.id), isNull(sessionTable.endedAt)));
    await recordAudit(tx, actor, { action: 'auth.recovered', entityType: 'user', entityId: u.id });
  });
}
