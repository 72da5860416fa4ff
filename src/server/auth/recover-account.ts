// Account recovery with the user's own security question (answer is case-sensitive).
// Every username answers alike: one without an account or a question gets a decoy question
// (stable, derived from the username with a server secret) and "the answer does not match",
// after the same work. Failed answers are limited per username and hour: each try is counted
// before the answer is checked (so a burst cannot slip past), and a right one is taken back.
import { createHmac } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { appUserTable, sessionTable, userOrganizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import { AppError, tooManyAttempts, validationFailed } from '../http/errors.ts';
import { countHit, releaseHit } from '../http/rate-limit-store.ts';
import { DECOY_QUESTIONS } from './decoy-questions.ts';
import { hashSecret, newPasswordProblem, passwordProblem, verifySecret } from './password.ts';
import { usernameKey } from './throttle.ts';

const WRONG_ANSWER =
  'That answer does not match. Answers are case-sensitive. If you never set up a security question, ask your HMIS admin to reset your password.';
// Verified against when there is no answer to check, so every username costs the same.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$LgfDjz9ch55d6iSH5Fdf+w$p+vO3pA7dD2C1/gCja0t44GvhtAj86nNumH7/HJfDeM';
const HOUR_MS = 3_600_000;

const secrets = new WeakMap<Deps['database'], Promise<Buffer>>();
function decoySecret(deps: Deps): Promise<Buffer> {
  let secret = secrets.get(deps.database);
  if (!secret) {
    secret = deps.database.raw
      .query<{ value: Buffer | Uint8Array }>("SELECT value FROM server_secret WHERE name = 'recovery_decoy'")
      .then(({ rows }) => {
        if (!rows[0]) throw new Error('server secret recovery_decoy is missing');
        return Buffer.from(rows[0].value);
      });
    secret.catch(() => secrets.delete(deps.database));
    secrets.set(deps.database, secret);
  }
  return secret;
}

async function decoyQuestion(deps: Deps, username: string): Promise<string> {
  const digest = createHmac('sha256', await decoySecret(deps))
    .update(username.trim().toLowerCase())
    .digest();
  return DECOY_QUESTIONS[digest.readUInt32BE(0) % DECOY_QUESTIONS.length] as string;
}

async function findUser(deps: Deps, username: string) {
  const [u] = await deps.database.db
    .select()
    .from(appUserTable)
    .where(eq(sql`lower(${appUserTable.username})`, username.trim().toLowerCase()));
  return u?.active && u.securityQuestion && u.securityAnswerHash ? u : undefined;
}

export async function recoveryQuestion(deps: Deps, username: string): Promise<string> {
  const [u, decoy] = await Promise.all([findUser(deps, username), decoyQuestion(deps, username)]);
  return u?.securityQuestion ?? decoy;
}

export async function recoverAccount(
  deps: Deps,
  input: { username: string; answer: string; newPassword: string; ip: string },
) {
  const { db, raw } = deps.database;
  // Rules that need no account first: refusing them does not use up an attempt.
  const basic = passwordProblem(input.username, input.newPassword);
  if (basic) throw validationFailed({ newPassword: basic });
  const key = `recovery:answer:${usernameKey(input.username)}`;
  const { hits, ttlMs } = await countHit(raw, key, HOUR_MS);
  const u = await findUser(deps, input.username);
  const actor = { userId: u?.id ?? null, username: input.username.slice(0, 64), ip: input.ip };
  if (hits > deps.config.recoveryAttemptsPerHour) {
    if (u) await recordAudit(db, actor, { action: 'auth.recovery_rate_limited', entityType: 'user', entityId: u.id });
    throw tooManyAttempts(
      'Too many recovery attempts for this account. Try again in an hour, or ask your HMIS admin.',
      Math.ceil(ttlMs / 1000),
    );
  }
  const matches = await verifySecret(u?.securityAnswerHash ?? DUMMY_HASH, input.answer);
  if (!u || !matches) {
    await recordAudit(db, actor, {
      action: 'auth.recovery_failed',
      ...(u ? { entityType: 'user', entityId: u.id } : { detail: { reason: 'no_question' } }),
    });
    throw new AppError(400, 'validation_failed', WRONG_ANSWER, { answer: WRONG_ANSWER });
  }
  await releaseHit(raw, key);
  const organizationIds = (
    await db
      .select({ id: userOrganizationTable.organizationId })
      .from(userOrganizationTable)
      .where(eq(userOrganizationTable.userId, u.id))
  ).map((o) => o.id);
  const problem = await newPasswordProblem(deps, { username: u.username, organizationIds }, input.newPassword);
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
