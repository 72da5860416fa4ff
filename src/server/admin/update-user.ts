import { and, eq, sql } from 'drizzle-orm';
import { appUserTable, hmisUserTable, userOrganizationTable } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../deps.ts';
import type { RequestContext } from '../http/context.ts';
import { validationFailed } from '../http/errors.ts';
import { hudNow } from '../http/ids.ts';
import { getUser } from './list-users.ts';
import type { UserUpdate } from './user.schema.ts';
import { assertOrganizationsExist } from './user-helpers.ts';
import { missingOrStale } from './write-helpers.ts';

/** Edits a user's names, contact details, roles and organizations (and the HUD User record). */
export async function updateUser(deps: Deps, ctx: RequestContext, id: string, input: UserUpdate) {
  const u = appUserTable;
  if (id === ctx.user.id && !input.roles.includes('hmis_admin'))
    throw validationFailed({ roles: 'You cannot remove your own HMIS admin role' });
  return deps.database.db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    await assertOrganizationsExist(tx, input.organizationIds);
    const [current] = await tx.select({ org: u.currentOrganizationId }).from(u).where(eq(u.id, id));
    const keepCurrent = current?.org && input.organizationIds.includes(current.org);
    const updated = await tx
      .update(u)
      .set({
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        roles: input.roles,
        currentOrganizationId: keepCurrent ? current.org : (input.organizationIds[0] ?? null),
        updatedAt: new Date(),
        updatedBy: ctx.user.id,
        version: sql`${u.version} + 1`,
      })
      .where(and(eq(u.id, id), eq(u.version, input.version)))
      .returning({ id: u.id });
    if (!updated.length) throw await missingOrStale(tx, u, u.id, id, 'This user');
    await tx.delete(userOrganizationTable).where(eq(userOrganizationTable.userId, id));
    await tx
      .insert(userOrganizationTable)
      .values(input.organizationIds.map((organizationId) => ({ userId: id, organizationId })));
    await tx
      .update(hmisUserTable)
      .set({
        UserFirstName: input.firstName,
        UserLastName: input.lastName,
        UserPhone: input.phone,
        UserEmail: input.email,
        DateUpdated: hudNow(),
        version: sql`${hmisUserTable.version} + 1`,
      })
      .where(eq(hmisUserTable.UserID, id));
    const fields = ['firstName', 'lastName', 'email', 'phone'] as const;
    const changed: string[] = fields.filter((k) => before[k] !== input[k]);
    const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
    if (
      !sameSet(
        before.roles.filter((r) => r !== 'case_manager'),
        input.roles,
      )
    )
      changed.push('roles');
    if (!sameSet(before.organizationIds, input.organizationIds)) changed.push('organizationIds');
    await recordAudit(tx, ctx, {
      action: 'admin.user_updated',
      entityType: 'user',
      entityId: id,
      detail: { changed, roles: input.roles, organizationIds: input.organizationIds },
    });
    return getUser(tx, id);
  });
}
