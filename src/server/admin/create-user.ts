import { eq, sql } from 'drizzle-orm';
import { appUserTable, hmisUserTable, userOrganizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashSecret, newPasswordProblem } from '../auth/password.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { hudNow, newId } from '../http/ids.ts';
import { getUser } from './list-users.ts';
import type { UserCreate } from './user.schema.ts';
import { assertOrganizationsExist } from './user-helpers.ts';
import { isUniqueViolation } from './write-helpers.ts';

/** A new account that must choose its own password at first sign-in, and its HUD User record. */
export async function createUser(deps: Deps, ctx: RequestContext, input: UserCreate) {
  const problem = await newPasswordProblem(deps, input, input.initialPassword);
  if (problem) throw validationFailed({ initialPassword: problem });
  const passwordHash = await hashSecret(input.initialPassword);
  const id = newId();
  const saved = deps.database.db.transaction(async (tx) => {
    const taken = await tx
      .select({ id: appUserTable.id })
      .from(appUserTable)
      .where(eq(sql`lower(${appUserTable.username})`, input.username.toLowerCase()));
    if (taken.length) throw validationFailed({ username: 'This username is already taken' });
    await assertOrganizationsExist(tx, input.organizationIds);
    const now = hudNow();
    await tx.insert(hmisUserTable).values({
      UserID: id,
      UserFirstName: input.firstName,
      UserLastName: input.lastName,
      UserPhone: input.phone,
      UserEmail: input.email,
      DateCreated: now,
      DateUpdated: now,
    });
    await tx.insert(appUserTable).values({
      id,
      username: input.username,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone,
      passwordHash,
      mustChangePassword: true,
      roles: input.roles,
      currentOrganizationId: input.organizationIds[0] ?? null,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await tx
      .insert(userOrganizationTable)
      .values(input.organizationIds.map((organizationId) => ({ userId: id, organizationId })));
    await recordAudit(tx, ctx, {
      action: 'admin.user_created',
      entityType: 'user',
      entityId: id,
      detail: { roles: input.roles, organizationIds: input.organizationIds },
    });
    return getUser(tx, id);
  });
  // The check above cannot see a user created at the same moment; the unique index can.
  return saved.catch((e) => {
    throw isUniqueViolation(e) ? validationFailed({ username: 'This username is already taken' }) : e;
  });
}
