// Sign-in: verifies the password, enforces lockout, opens a server-side session.
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { appUserTable, sessionTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { countHit } from '../http/rate-limit-store.ts';
import { verifySecret } from './password.ts';
import { hashToken } from './session-hook.ts';
import { usernameKey } from './throttle.ts';

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
    // Unknown usernames lock like real ones, so a lockout does not tell that an account exists.
    const { hits, ttlMs } = await countHit(
      deps.database.raw,
      `sign-in:unknown:${usernameKey(input.username)}`,
      config.lockoutMinutes * 60_000,
    );
    if (hits <= config.lockoutAttempts) await verifySecret(DUMMY_HASH, input.password);
    await recordAudit(db, actor, {
      action: 'auth.login_failed',
      detail: { reason: user ? 'inactive' : 'unknown_user' },
    });
    if (hits >= config.lockoutAttempts) throw lockedError(new Date(Date.now() + ttlMs));
    throw new AppError(401, 'invalid_credentials', WRONG);
  }
  const attempt = await reserveAttempt(deps, user.id);
  if (attempt === undefined) {
    const [current] = await db
      .select({ lockedUntil: appUserTable.lockedUntil })
      .from(appUserTable)
      .where(eq(appUserTable.id, user.id));
    await recordAudit(db, actor, { action: 'auth.login_refused_locked', entityType: 'user', entityId: user.id });
    throw lockedError(current?.lockedUntil ?? new Date(Date.now() + config.lockoutMinutes * 60_000));
  }
  if (!(await verifySecret(user.passwordHash, input.password))) {
    const lock = attempt.failed >= config.lockoutAttempts;
    await db.transaction(async (tx) => {
      await recordAudit(tx, actor, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        detail: { attempt: attempt.failed },
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
    if (lock && attempt.lockedUntil) throw lockedError(attempt.lockedUntil);
    throw new AppError(401, 'invalid_credentials', WRONG);
  }
  const now = new Date();
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

/**
 * Counts this attempt as a failure before the password is checked, in one UPDATE, and locks the
 * account when it is the last one allowed; a locked account (or one whose last allowed attempts
 * are being checked right now) gets no attempt. So a burst of guesses evaluates at most the limit.
 * A right password then clears the count.
 */
async function reserveAttempt(
  deps: Deps,
  userId: string,
): Promise<{ failed: number; lockedUntil: Date | null } | undefined> {
  const u = appUserTable;
  const { lockoutAttempts, lockoutMinutes } = deps.config;
  // A lockout that has run out starts the count again.
  const before = sql`(CASE WHEN ${u.lockedUntil} <= now() THEN 0 ELSE ${u.failedLogins} END)`;
  const [row] = await deps.database.db
    .update(u)
    .set({
      failedLogins: sql`${before} + 1`,
      lockedUntil: sql`CASE WHEN ${before} + 1 >= ${lockoutAttempts}
        THEN now() + ${lockoutMinutes * 60}::double precision * interval '1 second' ELSE NULL END`,
    })
    .where(and(eq(u.id, userId), or(isNull(u.lockedUntil), lte(u.lockedUntil, sql`now()`))))
    .returning({ failed: u.failedLogins, lockedUntil: u.lockedUntil });
  return row;
}

function lockedError(until: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(
    423,
    'account_locked',
    `This account is locked after too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or recover your account with your security question.`,
  );
}
