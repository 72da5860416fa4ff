// Saves CAS set-up in one transaction: settings row, roles and provider contacts replaced as sent.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.ts';
import {
  appUserTable,
  casProviderContactTable,
  casSettingsTable,
  casUserRoleTable,
  organizationTable,
  userOrganizationTable,
} from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestContext } from '../http/context.ts';
import { type FieldErrors, staleVersion, validationFailed } from '../http/errors.ts';
import { getCasSettings } from './get-cas-settings.ts';
import type { CasSettingsInput } from './settings.schema.ts';

export async function updateCasSettings(db: Db, ctx: RequestContext, input: CasSettingsInput) {
  return db.transaction(async (tx) => {
    const errors: FieldErrors = {};
    const userIds = [
      ...new Set([...input.admins, ...input.prioritizers, ...input.providerContacts.map((c) => c.userId)]),
    ];
    const orgIds = [
      ...new Set([
        ...(input.leadOrganizationId ? [input.leadOrganizationId] : []),
        ...input.providerContacts.map((c) => c.organizationId),
      ]),
    ];
    const users = userIds.length
      ? await tx
          .select({ id: appUserTable.id })
          .from(appUserTable)
          .where(and(inArray(appUserTable.id, userIds), eq(appUserTable.active, true)))
      : [];
    const activeUsers = new Set(users.map((u) => u.id));
    const orgs = orgIds.length
      ? await tx
          .select({ id: organizationTable.OrganizationID })
          .from(organizationTable)
          .where(and(inArray(organizationTable.OrganizationID, orgIds), isNull(organizationTable.DateDeleted)))
      : [];
    const liveOrgs = new Set(orgs.map((o) => o.id));
    const access = userIds.length
      ? await tx
          .select({ userId: userOrganizationTable.userId, orgId: userOrganizationTable.organizationId })
          .from(userOrganizationTable)
          .where(inArray(userOrganizationTable.userId, userIds))
      : [];
    const canWorkAs = (u: string, o: string) => access.some((a) => a.userId === u && a.orgId === o);

    if (input.leadOrganizationId && !liveOrgs.has(input.leadOrganizationId))
      errors.leadOrganizationId = 'Choose an organization that exists';
    for (const key of ['admins', 'prioritizers'] as const) {
      input[key].forEach((u, i) => {
        if (!activeUsers.has(u)) errors[`${key}.${i}`] = 'Choose an active user';
        else if (!input.leadOrganizationId)
          errors.leadOrganizationId ??= 'Choose the CAS lead organization: CAS staff are its users';
        else if (!canWorkAs(u, input.leadOrganizationId))
          errors[`${key}.${i}`] = 'This user has no access to the CAS lead organization';
      });
    }
    const seen = new Set<string>();
    input.providerContacts.forEach((c, i) => {
      if (seen.has(c.organizationId))
        errors[`providerContacts.${i}.organizationId`] = 'A provider has one CAS contact; this one is listed twice';
      seen.add(c.organizationId);
      if (!liveOrgs.has(c.organizationId))
        errors[`providerContacts.${i}.organizationId`] = 'Choose an organization that exists';
      if (!activeUsers.has(c.userId)) errors[`providerContacts.${i}.userId`] = 'Choose an active user';
      else if (!canWorkAs(c.userId, c.organizationId))
        errors[`providerContacts.${i}.userId`] = "The CAS contact must have access to the provider's organization";
    });
    if (Object.keys(errors).length) throw validationFailed(errors);

    const updated = await tx
      .update(casSettingsTable)
      .set({
        leadOrganizationId: input.leadOrganizationId,
        noContactDays: input.noContactDays,
        updatedAt: new Date(),
        updatedBy: ctx.user.id,
        version: sql`${casSettingsTable.version} + 1`,
      })
      .where(and(eq(casSettingsTable.id, 1), eq(casSettingsTable.version, input.version)))
      .returning({ id: casSettingsTable.id });
    if (!updated.length) throw staleVersion('CAS set-up');
    await tx.delete(casUserRoleTable);
    const roles = [
      ...[...new Set(input.admins)].map((userId) => ({ userId, role: 'admin' as const })),
      ...[...new Set(input.prioritizers)].map((userId) => ({ userId, role: 'prioritizer' as const })),
    ];
    if (roles.length) await tx.insert(casUserRoleTable).values(roles.map((r) => ({ ...r, createdBy: ctx.user.id })));
    await tx.delete(casProviderContactTable);
    if (input.providerContacts.length)
      await tx
        .insert(casProviderContactTable)
        .values(input.providerContacts.map((c) => ({ ...c, createdBy: ctx.user.id })));
    await recordAudit(tx, ctx, {
      action: 'cas.settings_updated',
      entityType: 'cas_settings',
      entityId: '1',
      detail: {
        leadOrganizationId: input.leadOrganizationId,
        noContactDays: input.noContactDays,
        admins: input.admins,
        prioritizers: input.prioritizers,
        providerContacts: input.providerContacts,
      },
    });
    return getCasSettings(tx);
  });
}
