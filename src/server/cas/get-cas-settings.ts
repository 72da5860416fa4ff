import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connect.ts';
import {
  appUserTable,
  casProviderContactTable,
  casSettingsTable,
  casUserRoleTable,
  organizationTable,
} from '../../db/schema/index.ts';
import type { RequestContext } from '../http/context.ts';
import { casRolesOf } from './cas-access.ts';
import type { CasSettingsView } from './settings.schema.ts';

const userName = sql<string>`${appUserTable.firstName} || ' ' || ${appUserTable.lastName}`;

export async function loadCasSettings(db: DbOrTx) {
  const [s] = await db.select().from(casSettingsTable).where(eq(casSettingsTable.id, 1));
  if (!s) throw new Error('cas_settings row missing (migration 0800)');
  return s;
}

export async function getCasSettings(db: DbOrTx): Promise<CasSettingsView> {
  const s = await loadCasSettings(db);
  const [lead] = s.leadOrganizationId
    ? await db
        .select({ name: organizationTable.OrganizationName })
        .from(organizationTable)
        .where(eq(organizationTable.OrganizationID, s.leadOrganizationId))
    : [];
  const roles = await db
    .select({ userId: casUserRoleTable.userId, role: casUserRoleTable.role, name: userName })
    .from(casUserRoleTable)
    .innerJoin(appUserTable, eq(appUserTable.id, casUserRoleTable.userId))
    .orderBy(asc(appUserTable.lastName), asc(appUserTable.firstName));
  const contacts = await db
    .select({
      organizationId: casProviderContactTable.organizationId,
      organizationName: organizationTable.OrganizationName,
      userId: casProviderContactTable.userId,
      name: userName,
    })
    .from(casProviderContactTable)
    .innerJoin(organizationTable, eq(organizationTable.OrganizationID, casProviderContactTable.organizationId))
    .innerJoin(appUserTable, eq(appUserTable.id, casProviderContactTable.userId))
    .orderBy(asc(organizationTable.OrganizationName));
  const pick = (role: string) => roles.filter((r) => r.role === role).map(({ userId, name }) => ({ userId, name }));
  return {
    version: s.version,
    leadOrganizationId: s.leadOrganizationId,
    leadOrganizationName: lead?.name ?? null,
    noContactDays: s.noContactDays,
    admins: pick('admin'),
    prioritizers: pick('prioritizer'),
    providerContacts: contacts,
  };
}

/** What the signed-in user is in CAS (screens show CAS menus from it). */
export async function getCasMe(db: DbOrTx, ctx: RequestContext) {
  const roles = await casRolesOf(db, ctx.user.id);
  const contactFor = await db
    .select({ id: casProviderContactTable.organizationId })
    .from(casProviderContactTable)
    .where(eq(casProviderContactTable.userId, ctx.user.id));
  return { admin: roles.has('admin'), prioritizer: roles.has('prioritizer'), contactFor: contactFor.map((c) => c.id) };
}
