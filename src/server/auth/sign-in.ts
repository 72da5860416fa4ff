// Sign-in: verifies the password, enforces lockout, opens a server-side session.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { appUserTable, sessionTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { verifySecret } from './password.ts';
import { hashToken } from './session-hook.ts';

const WRONG = 'Username or password is incorrect';
// Verified against when the username is unknown, so both failures take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$LgfDjz9ch55d6iSH5Fdf+w$p+vO3pA7dD2C1/gCja0t44GvhtAj86nNumH7/HJfDeM';

export type SignInResult = { token: string; userId: string };

export async function signIn(
  deps: Deps,
  input: { username: string; password: string; ip: string; userAgent?: string },
): Promise<SignInResult> {
  const { db } = deps.database;
  const { config } = deps;
  const [user] = await db
    .select()
    .from(appUserTable)
    .where(eq(sql`lower(${appUserTable.username})`, input.username.trim().toLowerCase()));
  const actor = { userId: user?.id ?? null, username: input.username.slice(0, 64), ip: input.ip };

  if (!user?.active) {
    await verifySecret(DUMMY_HASH, input.password);
    await recordAudit(db, actor, {
      action: 'auth.login_failed',
      detail: { reason: user ? 'inactive' : 'unknown_user' },
    });
    throw new AppError(401, 'invalid_credentials', WRONG);
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(db, actor, { action: 'auth.login_refused_locked', entityType: 'user', entityId: user.id });
    throw lockedError(user.lockedUntil);
  }
  const ok = await verifySecret(user.passwordHash, input.password);
  if (!ok) {
    // A lockout that has run out starts the count again.
    const prior = user.lockedUntil ? 0 : user.failedLogins;
    const failed = prior + 1;
    const lock = failed >= config.lockoutAttempts;
    const lockedUntil = lock ? new Date(now.getTime() + config.lockoutMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(appUserTable)
        .set({ failedLogins: lock ? 0 : failed, lockedUntil })
        .where(eq(appUserTable.id, user.id));
      await recordAudit(tx, actor, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        detail: { attempt: failed },
      });
      if (lock) {
        await recordAudit(tx, actor, {
          action: 'auth.lockout',
          entityType: 'user',
          entityId: user.id,
          detail: { minutes: config.lockoutMinutes },
        });
      }
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError(401, 'invalid_credentials', WRONG);
  }

  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx
      .update(appUserTable)
      .set({
        failedLogins: 0,
        lockedUntil: null,
        lastLoginAt: now,
        lastLoginOrganizationId: user.currentOrganizationId,
      })
      .where(eq(appUserTable.id, user.id));
    await tx.insert(sessionTable).values({
      id: hashToken(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(
      tx,
      { ...actor, organizationId: user.currentOrganizationId },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
  });
  return { token, userId: user.id };
}

function lockedError(until: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(
    423,
    'account_locked',
    `This account is locked after too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or recover your account with your security question.`,
  );
}
