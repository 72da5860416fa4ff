// Signed-in account actions: sign out, change password, security question, organization switch.
import { and, eq, isNull } from 'drizzle-orm';
import { appUserTable, organizationTable, sessionTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { AppError, forbidden, validationFailed } from '../http/errors.ts';
import { hashSecret, newPasswordProblem, verifySecret } from './password.ts';

export async function signOut(deps: Deps, ctx: RequestContext) {
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(sessionTable)
      .set({ endedAt: new Date(), endedReason: 'logout' })
      .where(eq(sessionTable.id, ctx.sessionId));
    await recordAudit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.user.id });
  });
}

async function checkCurrentPassword(deps: Deps, ctx: RequestContext, password: string) {
  const [u] = await deps.database.db.select().from(appUserTable).where(eq(appUserTable.id, ctx.user.id));
  if (!u || !(await verifySecret(u.passwordHash, password))) {
    throw new AppError(400, 'validation_failed', 'Current password is incorrect', {
      currentPassword: 'Current password is incorrect',
    });
  }
}

export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
) {
  await checkCurrentPassword(deps, ctx, input.currentPassword);
  const problem = await newPasswordProblem(deps, ctx.user, input.newPassword);
  if (problem) throw validationFailed({ newPassword: problem });
  if (input.newPassword === input.currentPassword)
    throw validationFailed({ newPassword: 'New password must differ from the current one' });
  const passwordHash = await hashSecret(input.newPassword);
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(appUserTable)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date(), updatedBy: ctx.user.id })
      .where(eq(appUserTable.id, ctx.user.id));
    // Other sessions of this user end: whoever knew the old password is signed out.
    await tx
      .update(sessionTable)
      .set({ endedAt: new Date(), endedReason: 'password' })
      .where(and(eq(sessionTable.userId, ctx.user.id), isNull(sessionTable.endedAt)));
    await tx.update(sessionTable).set({ endedAt: null, endedReason: null }).where(eq(sessionTable.id, ctx.sessionId));
    await recordAudit(tx, ctx, { action: 'auth.password_changed', entityType: 'user', entityId: ctx.user.id });
  });
}

export async function setSecurityQuestion(
  deps: Deps,
  ctx: RequestContext,
  input: { currentPassword: string; question: string; answer: string },
) {
  await checkCurrentPassword(deps, ctx, input.currentPassword);
  const question = input.question.trim();
  if (question.length < 5) throw validationFailed({ question: 'Write a question of at least 5 characters' });
  if (input.answer.trim().length < 3) throw validationFailed({ answer: 'The answer must be at least 3 characters' });
  // Answers are case-sensitive, exactly as typed (the seed's rule).
  const securityAnswerHash = await hashSecret(input.answer);
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(appUserTable)
      .set({ securityQuestion: question, securityAnswerHash, updatedAt: new Date(), updatedBy: ctx.user.id })
      .where(eq(appUserTable.id, ctx.user.id));
    await recordAudit(tx, ctx, { action: 'auth.security_question_set', entityType: 'user', entityId: ctx.user.id });
  });
}

export async function switchOrganization(deps: Deps, ctx: RequestContext, organizationId: string) {
  if (!ctx.user.organizationIds.includes(organizationId))
    throw forbidden('You do not have access to that organization');
  const [org] = await deps.database.db
    .select({ id: organizationTable.OrganizationID })
    .from(organizationTable)
    .where(and(eq(organizationTable.OrganizationID, organizationId), isNull(organizationTable.DateDeleted)));
  if (!org) throw forbidden('That organization is no longer active');
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(appUserTable)
      .set({ currentOrganizationId: organizationId, lastLoginOrganizationId: organizationId })
      .where(eq(appUserTable.id, ctx.user.id));
    await recordAudit(
      tx,
      { ...ctx, user: { ...ctx.user, currentOrganizationId: organizationId } },
      {
        action: 'auth.organization_switched',
        entityType: 'organization',
        entityId: organizationId,
      },
    );
  });
}

/** The languages Hearth speaks; a user's choice is kept on the account (any device, server messages). */
export const LANGUAGES = ['en', 'es'] as const;

export async function setLanguage(deps: Deps, ctx: RequestContext, language: (typeof LANGUAGES)[number]) {
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(appUserTable)
      .set({ language, updatedAt: new Date(), updatedBy: ctx.user.id })
      .where(eq(appUserTable.id, ctx.user.id));
    await recordAudit(tx, ctx, {
      action: 'auth.language_set',
      entityType: 'user',
      entityId: ctx.user.id,
      detail: { language },
    });
  });
}
